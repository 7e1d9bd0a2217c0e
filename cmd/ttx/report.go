package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/sim/report"
)

func init() {
	register("report", "write the after-action report of an order log (HTML or Markdown)", reportCmd)
}

func reportCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("report", "LOG -o FILE.html|FILE.md [flags]", "Replays a log written by 'ttx run --log' (or saved from the window) and writes the\nafter-action report: scenario, sides, timeline, votes, flows, attribution against the\ntruth, scores, charts, discussion questions, observer notes, strengths, areas for\nimprovement and an improvement plan. HTML is one self-contained page; Markdown writes\nits charts as PNG files in a folder beside it ("+chartsDir("FILE.md")+"/ID.png), replacing\nthat folder whole (no chart of an earlier report is left in it). Exit 1 if the log does\nnot replay.", stdout)
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
		r, err = report.BuildAs(s, sd, l.Header, l.Annotations())
	} else {
		r, err = report.Build(s, l.Header, l.Annotations())
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

// writeCharts puts the charts of r in the folder dir, replacing the folder as a whole: they are
// written to a new folder beside it, which takes the old one's place once every chart is in
// it. So the folder never holds half of the charts, nor charts of an earlier report written to
// the same name: a team's handout (--as) written over the facilitator's report must not keep
// beside it the facilitator's charts of what the team never saw. A report without charts
// removes the folder.
func writeCharts(r *report.Report, dir string) error {
	var fresh string
	if len(r.Charts) > 0 {
		var err error
		if fresh, err = newFolder(dir); err != nil {
			return &os.PathError{Op: "create", Path: dir, Err: cause(err)}
		}
		defer os.RemoveAll(fresh) // nothing is left there once it has taken the old folder's place
		for _, c := range r.Charts {
			if err := writeChart(filepath.Join(fresh, c.ID+".png"), c.PNG); err != nil {
				return &os.PathError{Op: "write", Path: filepath.Join(dir, c.ID+".png"), Err: cause(err)}
			}
		}
	}
	var old string
	if _, err := os.Lstat(dir); err == nil {
		old = fmt.Sprintf("%s.%d.old", filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)), os.Getpid())
		if err := os.Rename(dir, old); err != nil {
			return &os.PathError{Op: "replace", Path: dir, Err: cause(err)}
		}
	}
	if fresh != "" {
		if err := os.Rename(fresh, dir); err != nil {
			if old != "" {
				os.Rename(old, dir)
			}
			return &os.PathError{Op: "replace", Path: dir, Err: cause(err)}
		}
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}

// newFolder makes a new folder beside dir, named after it, whose mode is 0755 less the umask's,
// as any new folder's (os.MkdirTemp's is 0700).
func newFolder(dir string) (string, error) {
	for try := 0; ; try++ {
		name := filepath.Join(filepath.Dir(dir), fmt.Sprintf(".%s.%d.tmp", filepath.Base(dir), rand.Uint32()))
		err := os.Mkdir(name, 0o755)
		if errors.Is(err, fs.ErrExist) && try < 10000 {
			continue
		}
		return name, err
	}
}

// writeChart writes one chart's PNG and syncs it, as atomicfile does before it puts a file in
// place.
func writeChart(path string, png []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(png)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// cause is the error an operating system call's err wraps (the cause, without the temporary
// path it names), or err itself.
func cause(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}
