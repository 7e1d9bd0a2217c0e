package main

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/internal/logpath"
	"ttx/sim/report"
)

func init() {
	register("report", "write the after-action report of an order log (HTML or Markdown)", reportCmd)
}

func reportCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "LOG -o FILE.html|FILE.md [flags]", "Replays a log written by 'ttx run --log' (or saved from the window) and writes the\nafter-action report: scenario, sides, timeline, votes, flows, attribution against the\ntruth, scores, charts, discussion questions, observer notes, strengths, areas for\nimprovement and an improvement plan. HTML is one self-contained page; Markdown writes\nits charts as PNG files in a folder beside it ("+chartsDir("FILE.md")+"/ID.png), replacing\nthat folder whole (no chart of an earlier report is left in it; a report stopped midway\nleaves a hidden ."+chartsDir("FILE.md")+".….tmp folder beside it, which the next report to FILE\nremoves). Exit 1 if the log does not replay.", stdout)
	out := fs.String("o", "", "the report file: .html or .md")
	scen := fs.String("scenario", "", "the scenario file (default: the file named in the log, from the log's folder)")
	as := fs.String("as", "", "write SIDE's own report, a handout for that team: only what it saw (no seed, truths, other\nsides' orders, briefings or scores, unaddressed injects, notes or true authors)")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) != 1 {
		return usageFail(fs, "%s", wantArgs("one log", len(pos)))
	}
	if *out == "" {
		return usageFail(fs, "say where to write the report: -o FILE.html or -o FILE.md")
	}
	ext := strings.ToLower(filepath.Ext(*out))
	if ext != ".html" && ext != ".htm" && ext != ".md" && ext != ".markdown" {
		fmt.Fprintf(stderr, "ttx report: %s: the report file must end in .html or .md\n", *out)
		return exitUsage
	}
	l, s, code := replayFile("report", pos[0], *scen, stderr)
	if s == nil {
		return code
	}
	// The report names the scenario file it was made with (the file the log names, found from
	// the log's folder, or --scenario) from the report's own folder, as a log names it from its
	// own: as the log has it, the path led from the log's folder, wrong for a report elsewhere.
	h := l.Header
	h.File = logpath.Rel(*out, s.Sc.File)
	var r *report.Report
	var err error
	side := "" // --as's side, as the scenario spells it whatever the case given
	if *as != "" {
		sd := sideArg(s.Sc, *as)
		if sd < 0 {
			fmt.Fprintf(stderr, "ttx report: --as %s: no such side (sides: %s)\n", *as, sideIDs(s.Sc))
			return exitUsage
		}
		side = s.Sc.Sides[sd].ID
		r, err = report.BuildAs(s, sd, h, l.Annotations())
	} else {
		r, err = report.Build(s, h, l.Annotations())
	}
	if err != nil {
		fmt.Fprintln(stderr, "ttx report:", err)
		return exitInvalid
	}
	// The report file first: a folder that does not exist is told, as by every other command
	// that writes a file, before anything (a Markdown report's charts) is written.
	f, err := atomicfile.Create(*out, 0o644)
	if err != nil {
		fmt.Fprintln(stderr, "ttx report:", err)
		return exitInvalid
	}
	defer f.Abort()
	var buf bytes.Buffer
	if ext == ".html" || ext == ".htm" {
		err = r.HTML(&buf)
	} else {
		err = writeMarkdown(r, *out, &buf)
	}
	if err == nil {
		_, err = f.Write(buf.Bytes())
	}
	if err == nil {
		err = f.Commit()
	}
	if err != nil {
		fmt.Fprintln(stderr, "ttx report:", err)
		return exitInvalid
	}
	if side != "" {
		fmt.Fprintf(stdout, "%s: %s's report of %s written to %s\n", pos[0], side, s.Sc.ID, *out)
		return exitOK
	}
	fmt.Fprintf(stdout, "%s: report of %s (seed %d) written to %s\n", pos[0], s.Sc.ID, l.Header.Seed, *out)
	return exitOK
}

// chartsDir is the name of the folder, beside the Markdown report out, that its charts go to:
// report_charts for report.md. The help names it too.
func chartsDir(out string) string {
	return strings.TrimSuffix(filepath.Base(out), filepath.Ext(out)) + "_charts"
}

// writeMarkdown renders the Markdown report of out into buf and writes its charts into a folder
// of their own beside out, named after it (chartsDir): report.md has report_charts/scores.png
// and so on. Out's own folder must exist.
func writeMarkdown(r *report.Report, out string, buf *bytes.Buffer) error {
	dir := chartsDir(out)
	if err := r.RenderCharts(); err != nil {
		return err
	}
	if err := writeCharts(r, filepath.Join(filepath.Dir(out), dir)); err != nil {
		return err
	}
	return r.Markdown(buf, dir+"/")
}
