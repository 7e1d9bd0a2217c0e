package report

import (
	"bytes"
	"testing"
)

// BenchmarkReviewBuild builds the report of a played game and writes its Markdown, as the
// window's after-action review does (its charts drawn by the window from their data, so no
// image is drawn here).
func BenchmarkReviewBuild(b *testing.B) {
	s, h, notes := game(b, nil, true)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Build(s, h, notes)
		if err != nil {
			b.Fatal(err)
		}
		var mb bytes.Buffer
		if err := r.Markdown(&mb, "chart-"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReportHTML builds the report of a played game and writes its HTML page, its
// charts drawn as images (what ttx report and a download of the report do).
func BenchmarkReportHTML(b *testing.B) {
	s, h, notes := game(b, nil, true)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Build(s, h, notes)
		if err != nil {
			b.Fatal(err)
		}
		var hb bytes.Buffer
		if err := r.HTML(&hb); err != nil {
			b.Fatal(err)
		}
	}
}
