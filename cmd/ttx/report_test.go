package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim/record"
)

// reportLog writes the log of a scripted game of sim/testdata/mini.toml into dir, with an
// observer note, and returns its path.
func reportLog(t *testing.T, dir string) string {
	t.Helper()
	log := filepath.Join(dir, "game.jsonl")
	var out, errb bytes.Buffer
	args := []string{"run", "../../sim/testdata/mini.toml", "--seed", "1", "-q",
		"--orders", "../../sim/report/testdata/mini_orders.toml", "--log", log}
	if code := Main(args, &out, &errb); code != exitOK {
		t.Fatalf("ttx %s = %d, want 0; %s", strings.Join(args, " "), code, errb.String())
	}
	// The note is added as the window adds it: through sim/record, which seals the log again.
	f, err := os.Open(log)
	if err != nil {
		t.Fatal(err)
	}
	l, err := record.Read(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	l.AddNote(3, "leak", "The firm hesitated <before> tracing.")
	var b bytes.Buffer
	if err := l.Write(&b); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(log, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return log
}

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	log := reportLog(t, dir)

	run := func(args ...string) (int, string) {
		var out, errb bytes.Buffer
		code := Main(append([]string{"report"}, args...), &out, &errb)
		return code, out.String() + errb.String()
	}

	// HTML: one page with the note, escaped.
	page := filepath.Join(dir, "aar.html")
	if code, msg := run(log, "-o", page); code != exitOK {
		t.Fatalf("report -o aar.html = %d, want 0; %s", code, msg)
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) || !bytes.Contains(data, []byte("The firm hesitated &lt;before&gt; tracing.")) {
		t.Error("the HTML report is not a page with the log's note")
	}

	// The same log gives the same bytes.
	again := filepath.Join(dir, "again.html")
	if code, msg := run(log, "-o", again); code != exitOK {
		t.Fatalf("report again = %d; %s", code, msg)
	}
	if data2, _ := os.ReadFile(again); !bytes.Equal(data, data2) {
		t.Error("two reports of the same log differ")
	}

	// Markdown: the document, and its charts in a folder of their own beside it, linked; nothing
	// else beside the document.
	doc := filepath.Join(dir, "aar.md")
	if code, msg := run(log, "-o", doc); code != exitOK {
		t.Fatalf("report -o aar.md = %d, want 0; %s", code, msg)
	}
	md, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	charts, _ := filepath.Glob(filepath.Join(dir, "aar_charts", "*.png"))
	if len(charts) < 4 {
		t.Fatalf("%d charts in aar_charts/, want at least 4", len(charts))
	}
	if beside, _ := filepath.Glob(filepath.Join(dir, "*.png")); len(beside) > 0 {
		t.Errorf("charts scattered beside the report: %v", beside)
	}
	for _, c := range charts {
		if !bytes.Contains(md, []byte("](<aar_charts/"+filepath.Base(c)+">)")) {
			t.Errorf("%s is not linked from the report", filepath.Base(c))
		}
		f, err := os.Open(c)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(f); err != nil {
			t.Errorf("%s: %v", filepath.Base(c), err)
		}
		f.Close()
	}

	// A log that diverges from its scenario (a checksum changed, the chain hashes recomputed) is
	// refused, and nothing is written; TestLogTampering refuses logs whose hashes do not match.
	lines, _ := os.ReadFile(log)
	bad := filepath.Join(dir, "bad.jsonl")
	i := bytes.Index(lines, []byte(`"checksum":"`)) + len(`"checksum":"`)
	tampered := append([]byte(nil), lines...)
	tampered[i] = '0'
	if lines[i] == '0' {
		tampered[i] = '1'
	}
	if err := os.WriteFile(bad, []byte(reseal(string(tampered))), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "bad.html")
	if code, msg := run(bad, "-o", out); code != exitInvalid || !strings.Contains(msg, "diverges") {
		t.Errorf("report of a diverging log = %d (%q), want %d and a divergence", code, msg, exitInvalid)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a report was written for a diverging log")
	}

	// Other failures and usage errors.
	for _, c := range []struct {
		args []string
		want int
	}{
		{[]string{filepath.Join(dir, "missing.jsonl"), "-o", out}, exitInvalid},
		{[]string{doc, "-o", out}, exitInvalid}, // not a log
		{[]string{log}, exitUsage},              // no -o
		{[]string{log, "-o", filepath.Join(dir, "aar.pdf")}, exitUsage},
		{[]string{log, log, "-o", out}, exitUsage},
		{[]string{log, "-o", out, "--scenario", "../../scenarios/security_council.toml"}, exitInvalid},
		{[]string{"--help"}, exitOK},
	} {
		if code, msg := run(c.args...); code != c.want {
			t.Errorf("ttx report %s = %d, want %d; %s", strings.Join(c.args, " "), code, c.want, msg)
		}
	}
}
