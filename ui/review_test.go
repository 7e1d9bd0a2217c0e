package ui

import (
	"bytes"
	"image/color"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ebitenui/ebitenui/widget"
	"github.com/hajimehoshi/ebiten/v2"

	"ttx/sim/record"
	"ttx/sim/report"
)

// TestReviewTextUnscored: the review of a discussion exercise, played to its end, lists no
// scores (it listed every table at 0.0).
func TestReviewTextUnscored(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	s := NewSession(sc, 1)
	for !s.State.Over {
		playTurn(t, s)
	}
	md := ReviewText(s)
	for _, l := range reviewLines(md) {
		if strings.Contains(l, "Scores") {
			t.Errorf("the review of a discussion exercise shows %q", l)
		}
	}
	if !strings.Contains(md, "## 3. Timeline") || !strings.Contains(md, "ran its course") {
		t.Errorf("the review lacks its outcome or timeline:\n%s", md)
	}
	if a := &(App{Sc: sc, Sess: s}); newReview(a).scores() != nil {
		t.Error("the review of a discussion exercise charts scores")
	}
}

// TestReviewIsTheExportedReport: the window's review of a game, its text and every chart it
// draws, is the report `ttx report` makes from the game's saved log: the same Markdown and,
// chart by chart, the same lines with the same values and colours.
func TestReviewIsTheExportedReport(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 5)
	s.Override(2, 0, sc.Tracks[0].Max)
	s.AddNote("a note for the report", -1)
	for !s.State.Over {
		playTurn(t, s)
	}
	// What ttx report does with the save: read, replay, build.
	path := filepath.Join(t.TempDir(), "game.jsonl")
	if err := s.Save(path); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := record.Read(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	end, d := record.Replay(sc, l)
	if d != nil {
		t.Fatal(d)
	}
	l.Header.File = s.Log().Header.File // the save names the scenario from its own folder
	want, err := report.Build(end, l.Header, append(l.Notes(), l.Answers()...))
	if err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	if err := want.Markdown(&md, "chart-"); err != nil {
		t.Fatal(err)
	}

	r := newReview(&App{Sc: sc, Sess: s})
	if r.text != md.String() {
		t.Errorf("the review's text is not the exported report's Markdown")
	}
	// The charts the window draws: the scores above, then each other one (N).
	var drawn []*report.Chart
	if c := r.scores(); c != nil {
		drawn = append(drawn, c)
	}
	for _, i := range r.other {
		drawn = append(drawn, &r.rep.Charts[i])
	}
	if len(drawn) != len(want.Charts) || len(drawn) < 3 {
		t.Fatalf("the window draws %d charts, the report has %d (want at least scores and two more)", len(drawn), len(want.Charts))
	}
	for k, c := range drawn {
		w := &want.Charts[k]
		if c.ID != w.ID || c.Title != w.Title || !slices.Equal(c.X, w.X) {
			t.Errorf("chart %d: window %q %q over %v, report %q %q over %v", k, c.ID, c.Title, c.X, w.ID, w.Title, w.X)
			continue
		}
		lines := chartSeries(c)
		if len(lines) != len(w.Series) {
			t.Errorf("chart %s: the window draws %d lines, the report %d", c.ID, len(lines), len(w.Series))
			continue
		}
		for j, se := range lines {
			ws := w.Series[j]
			wr, wg, wb, wa := ws.Color.RGBA()
			gr, gg, gb, ga := color.Color(se.Color).RGBA()
			if se.Label != ws.Name || se.Start != ws.Start || !slices.Equal(se.Values, ws.Y) || [4]uint32{gr, gg, gb, ga} != [4]uint32{wr, wg, wb, wa} {
				t.Errorf("chart %s line %d: window %s from %d %v %v, report %s from %d %v %v", c.ID, j,
					se.Label, se.Start, se.Values, se.Color, ws.Name, ws.Start, ws.Y, ws.Color)
			}
		}
	}
	if !strings.HasPrefix(r.rep.Charts[r.other[r.shown]].ID, "track-") {
		t.Errorf("the review opens on chart %s, want a track's", r.rep.Charts[r.other[r.shown]].ID)
	}
}

// TestSeatReviewIsTheTeamsReport: a team's review over the network, made from the views its
// seat received, is the team's own report (report.BuildAs) of the game.
func TestSeatReviewIsTheTeamsReport(t *testing.T) {
	sc := loadScenario(t, "shared_infrastructure.toml")
	s := NewSession(sc, 3)
	for !s.State.Over {
		playTurn(t, s)
	}
	for sd := range sc.Sides {
		got, err := seatReport(sc, s, sd)
		want, werr := report.BuildAs(s.State, sd, record.NewHeader(sc, 0, nil), nil)
		if g, w := reviewMarkdown(got, err), reviewMarkdown(want, werr); g != w {
			t.Errorf("side %s: the seat's review differs from its report", sc.Sides[sd].ID)
		}
	}
}

// TestReviewLines: the report's Markdown reads as plain lines in the window.
func TestReviewLines(t *testing.T) {
	md := "# Title\n| a | b \\| c |\n| --- | --- |\n| **x** | `y` &lt;z&gt; \\* |\n![chart](chart-scores.png)\n- item\\_one\n" +
		"> A quote.\n1. [Overview](#1-overview), \\[not a link\\](x)\n| Water | *No answer recorded.* |\n*secret: 2 \\* 3*"
	want := []string{"# Title", "a · b | c", "x · y <z> *", "- item_one", "A quote.", "1. Overview, [not a link](x)", "Water · No answer recorded.", "secret: 2 * 3"}
	if got := reviewLines(md); !slices.Equal(got, want) {
		t.Errorf("reviewLines = %q, want %q", got, want)
	}
}

// TestWindowReview opens the review of a played game in the window: it draws the report's
// scores chart and its first track chart, in the report's colours, and N shows the next chart.
func TestWindowReview(t *testing.T) {
	sc := loadScenario(t, "campaign.toml")
	a := NewApp(sc, Options{})
	a.Start(&Context{mgr: &Manager{}})
	for !a.Sess.State.Over {
		playTurn(t, a.Sess)
	}
	rv := newReview(a)
	r := newRig(t, rv, 1280, 800)
	r.frames(3)
	img := r.shot("review")
	scores := rv.scores()
	if scores == nil || len(rv.other) < 2 {
		t.Fatalf("the review has scores %v and %d other charts, want both", scores != nil, len(rv.other))
	}
	for _, se := range chartSeries(scores) {
		if n := count(img, se.Color); n < 30 {
			t.Errorf("the scores line of %s (%v) has %d pixels drawn", se.Label, se.Color, n)
		}
	}
	first := rv.shown
	r.key(ebiten.KeyN)
	r.frames(2)
	if rv.shown != (first+1)%len(rv.other) {
		t.Errorf("after N the review shows chart %d, want %d", rv.shown, first+1)
	}
	r.shot("review-next")
}

// TestWindowReviewHeadingsWrap: a heading of the review longer than its column (a key question
// of the principals' game) wraps inside the column instead of running out of it.
func TestWindowReviewHeadingsWrap(t *testing.T) {
	sc := loadScenario(t, "principals_one_move.toml")
	a := NewApp(sc, Options{})
	a.Start(&Context{mgr: &Manager{}})
	answered := 0
	for sd := range sc.Sides { // the answers' section is headed by each question
		for _, q := range a.Sess.Questions(sd) {
			if a.Sess.Answer(sd, q.ID, "an answer") {
				answered++
			}
		}
	}
	if answered == 0 {
		t.Fatal("no key question to answer")
	}
	for !a.Sess.State.Over {
		playTurn(t, a.Sess)
	}
	rv := newReview(a)
	r := newRig(t, rv, 1280, 800)
	r.frames(3)
	view := rv.w.scrolls[0].sc.ViewRect()
	long := 0
	for _, c := range rv.w.scrolls[0].content.(*widget.Container).Children() {
		tx, ok := c.(*widget.Text)
		if !ok {
			continue
		}
		if tx.GetWidget().Rect.Dx() > 0 && len(tx.Label) > 60 {
			long++
		}
		pw, _ := tx.PreferredSize() // the width its lines take
		if right := tx.GetWidget().Rect.Min.X + pw; right > view.Max.X+1 {
			t.Errorf("%q runs to x=%d, out of its column (right edge %d)", tx.Label, right, view.Max.X)
		}
	}
	if long == 0 {
		t.Fatal("the review has no long line to test")
	}
}
