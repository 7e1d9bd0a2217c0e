package report

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkReviewBuild builds the report of a played game and writes its Markdown, as the
// window's after-action review does (its charts drawn by the window from their data, so no
// image is drawn here).
func BenchmarkReviewBuild(b *testing.B) {
	benchReport(b, func(r *Report, w io.Writer) error { return r.Markdown(w, "chart-") })
}

// BenchmarkReportHTML builds the report of a played game and writes its HTML page, its
// charts drawn as images (what ttx report and a download of the report do).
func BenchmarkReportHTML(b *testing.B) {
	benchReport(b, (*Report).HTML)
}

// benchReport builds the report of the test game and writes it with write.
func benchReport(b *testing.B, write func(*Report, io.Writer) error) {
	s, h, notes := game(b, nil, true)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Build(s, h, notes)
		if err != nil {
			b.Fatal(err)
		}
		var buf bytes.Buffer
		if err := write(r, &buf); err != nil {
			b.Fatal(err)
		}
	}
}
