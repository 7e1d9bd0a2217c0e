package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// discussionTurn opens Harbour Blackout at the port's first turn in a 1280×800 window.
func discussionTurn(t *testing.T) (*App, *rig, *turn) {
	t.Helper()
	sc := loadScenario(t, "regional_outage.toml")
	a := NewApp(sc, Options{SavePath: filepath.Join(t.TempDir(), "save.jsonl")})
	t.Cleanup(a.Close)
	r, tu := turnRig(t, a) // the common briefing, the port's hand-over and its briefing
	if sc.Sides[tu.sd].ID != "port" {
		t.Fatalf("on the turn of %s, want the port's", sc.Sides[tu.sd].ID)
	}
	return a, r, tu
}

// TestWindowAnswerRecorded types an answer to a key question into its box on a discussion
// exercise's turn screen and presses Enter: the session and its log hold it, with the side and
// the question's id, and the screen shows it recorded; no score, winner, draw or side ahead is
// shown.
func TestWindowAnswerRecorded(t *testing.T) {
	a, r, tu := discussionTurn(t)
	if tu.tab != "discussion" {
		t.Fatalf("the turn opens on %q, want the discussion", tu.tab)
	}
	const answer = "Only the port knows; we call the city within the hour."
	if err := r.typeInto(tu.w.inputs["answer:known"], answer); err != nil {
		t.Fatal(err)
	}
	r.key(ebiten.KeyEnter)
	found := false
	for _, an := range a.Sess.Log().Answers() {
		found = found || (an.Side == "port" && an.Question == "known" && an.Answer == answer)
	}
	if !found {
		t.Fatalf("the log's answers %+v lack the port's answer to known", a.Sess.Log().Answers())
	}
	text := flat(textOf(r.driver))
	if !strings.Contains(text, "Recorded: "+answer) {
		t.Errorf("the screen does not show the answer recorded:\n%s", text)
	}
	if !strings.Contains(text, "round 1 · Mon 2 Mar 06:00") {
		t.Errorf("the screen lacks the exercise clock:\n%s", text)
	}
	r.shot("discussion-answered")
	for _, tab := range []string{"tab:discussion", "tab:feed", "tab:orders"} {
		r.click(tab)
		for _, l := range Texts(r.mgr.Scene()) {
			if w := scoreWord(l); w != "" {
				t.Errorf("%s of a discussion exercise says %q: %q", tab, w, l)
			}
		}
	}
}

// TestWindowSegmentCountdown: the turn screen shows the current segment with its time left,
// counting down a frame at a time, and moves to the next segment when the time runs out;
// paused, it stands still.
func TestWindowSegmentCountdown(t *testing.T) {
	a, r, _ := discussionTurn(t)
	s, _ := a.segmentText()
	if s != "assess 1/3 · 10:00" && s != "assess 1/3 · 9:59" {
		t.Fatalf("segment shown as %q, want assess 1/3 with 10:00 left", s)
	}
	a.Sess.Tick(10*time.Minute - 2*time.Second) // two seconds left
	r.frames(ticksPerSecond)                    // one second passes
	if s, _ := a.segmentText(); s != "assess 1/3 · 0:01" {
		t.Errorf("a second before the end, segment shown as %q, want assess 1/3 with 0:01 left", s)
	}
	r.frames(ticksPerSecond + 2)
	if s, _ := a.segmentText(); !strings.HasPrefix(s, "discuss 2/3 · 20:00") && !strings.HasPrefix(s, "discuss 2/3 · 19:59") {
		t.Errorf("after the segment's time, segment shown as %q, want discuss 2/3 with 20:00 left", s)
	}
	if !strings.Contains(flat(textOf(r.driver)), "Segment 2 of 3: discuss") || !strings.Contains(a.Status, "discuss") {
		t.Errorf("the discussion does not name the new segment (status %q)", a.Status)
	}
	r.shot("segment-discuss")
	a.pause()
	before, _ := a.segmentText()
	r.frames(2 * ticksPerSecond)
	if after, _ := a.segmentText(); after != before || !strings.HasSuffix(after, "(paused)") {
		t.Errorf("paused, the segment went from %q to %q", before, after)
	}
}

// TestWindowInjectInFull: the feed shows an inject longer than a line of the old feed (160
// characters) whole, grouped under its turn, its last word inside its button; clicking it opens
// it on its own card, and Esc closes the card.
func TestWindowInjectInFull(t *testing.T) {
	a, r, tu := discussionTurn(t)
	in := a.Sc.Injects[a.Sc.Inject("ransom_port")]
	if n := len([]rune(in.Text)); n <= 160 {
		t.Fatalf("the inject's text is %d characters: too short to test", n)
	}
	words := strings.Fields(in.Text)
	last := words[len(words)-1]
	r.click("tab:feed")
	th := a.Theme(&Context{Scale: 1})
	found := ""
	for _, name := range tu.w.ButtonNames() {
		if !strings.HasPrefix(name, "feed:") {
			continue
		}
		b, _ := tu.w.Find(name)
		label := b.Text().Label
		if !strings.Contains(label, in.Title) {
			continue
		}
		found = name
		if !strings.HasSuffix(strings.TrimSpace(label), last) || strings.Contains(label, "…") {
			t.Errorf("the feed's inject ends %q, want its last word %q", label[max(0, len(label)-40):], last)
		}
		rc := b.GetWidget().Rect
		for _, l := range strings.Split(label, "\n") {
			if w, _ := text.Measure(l, th.Body, 0); w > float64(rc.Dx()) {
				t.Errorf("line %q is %.0f px wide in a %d px button", l, w, rc.Dx())
			}
		}
	}
	if found == "" {
		t.Fatalf("the feed has no entry for %q: %v", in.Title, tu.w.ButtonNames())
	}
	if !strings.Contains(textOf(r.driver), "round 1 · Mon 2 Mar 06:00") {
		t.Error("the feed has no heading for round 1")
	}
	r.click(found)
	if _, ok := r.mgr.Scene().(*card); !ok {
		t.Fatalf("on %T after clicking the inject, want its card", r.mgr.Scene())
	}
	if txt := flat(textOf(r.driver)); !strings.Contains(txt, flat(in.Text)) {
		t.Errorf("the card does not show the inject's whole text:\n%s", txt)
	}
	r.shot("inject-card")
	r.key(ebiten.KeyEscape)
	if r.mgr.Scene() != Scene(tu) {
		t.Fatalf("on %T after Esc, want the turn again", r.mgr.Scene())
	}
	r.key(ebiten.KeyI) // the newest inject of the turn opens with I
	if _, ok := r.mgr.Scene().(*card); !ok {
		t.Fatalf("on %T after I, want the newest inject's card", r.mgr.Scene())
	}
}
