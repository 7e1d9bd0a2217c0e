package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ttx/sim"
	"ttx/sim/record"
)

// TestSecrecyOfEverythingOverTheWire plays the markers fixture over the wire doing everything a
// seat can do, and checks every frame each team's seat and the seats of its observers were sent.
// Green is played by random, then by its team, then by a search; Red by its team, then greedy,
// then its team again. Every table answers its key questions (each put to it alone, and one put
// to two), the white cell and every observers' seat write notes, each team's seat and observers
// ask for a forecast and a report, the white cell sets, pauses and extends the deadline, fires an
// inject told to Red alone, overrides Red's hidden track, undoes it and a whole turn, resolves,
// skips, hands sides over and back, gives two seats new links (which join again), and the log
// cannot be saved for a while (a team's answer and an observers' note not saved). A team
// drafts while a policy thinks, answers another table's question, and its observers write a
// note on an inject told to Red: each refused. Each team's seat and its observers get no other
// side's marker, no seed, no other side's rationale, no note of any seat, no other table's
// question or answer, nothing of who plays another side (in presence, players or any word), no
// draft count, no join link, no notice of the white cell's (thinking; the log's file and steps)
// and no frame of the white cell's alone (token); each view it is sent, and its history, is its
// sim.View of that step.
func TestSecrecyOfEverythingOverTheWire(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	const seed = 918273645
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s, gt := serveGated(t, Config{Scenario: sc, Seed: seed, Save: save, TeamForecasts: true,
		Policies: map[string]string{"green": "random"}})
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	w := &wireTable{t: t, ctx: ctx, seats: map[string]*wireSeat{}}
	defer w.close()
	names := []string{"white", "observer", "blue", "red", "green", "observer-blue", "observer-red", "observer-green"}
	for _, name := range names {
		w.join(name, s.links[name])
	}
	snap := map[string]Message{}
	for _, name := range names {
		snap[name] = w.snapAt(name, 1)
	}
	orders := func(name string, m Message) []sim.Order {
		os := firstLegal(m)
		for i := range os {
			os[i].Rationale = "rationale of " + name
		}
		return os
	}
	teamViews := []string{"blue", "red", "green", "observer-blue", "observer-red", "observer-green"}

	// Turn 1: green is played by random.
	w.ok("white", Message{Type: MsgDeadline, Seconds: 3600})
	w.ok("white", Message{Type: MsgPause, Paused: true})
	w.ok("white", Message{Type: MsgExtend, Seconds: 60})
	w.ok("white", Message{Type: MsgPause, Paused: false})
	for name, text := range map[string]string{"white": "MKWHITENOTE the cell", "observer": "MKOBSERVERNOTE the room",
		"observer-blue": "MKBLUENOTE the ministry", "observer-red": "MKREDNOTE the crew", "observer-green": "MKGREENNOTE the firm"} {
		w.ok(name, Message{Type: MsgNote, Text: text, Category: "gap", Tags: []string{"mktag"}, Action: "MKNOTEACTION"})
	}
	w.ok("blue", Message{Type: MsgAnswer, Question: "blue_lead", Text: "MKBLUEANSWER the minister"})
	w.ok("red", Message{Type: MsgAnswer, Question: "red_cover", Text: "MKREDANSWER a rented host"})
	w.ok("green", Message{Type: MsgAnswer, Question: "green_find", Text: "MKGREENANSWER all of it"})
	w.refused("blue", Message{Type: MsgAnswer, Question: "red_cover", Text: "a guess"}, RejBadMessage)
	w.refused("blue", Message{Type: MsgNote, Text: "a team's note"}, RejRole)
	w.refused("blue", Message{Type: MsgGetLog}, RejRole)
	w.ok("blue", Message{Type: MsgSubmit, Turn: 1, Orders: orders("blue", snap["blue"])})
	w.ok("red", Message{Type: MsgDraft, Turn: 1, Orders: orders("red", snap["red"])})
	w.ok("white", Message{Type: MsgResolve, Turn: 1})
	gt.wait(t, 1)
	// While random thinks for green: red's orders are refused, and a second observer of red's
	// view joins.
	w.refused("red", Message{Type: MsgDraft, Turn: 1, Orders: orders("red", snap["red"])}, RejState)
	w.join("observer-red", s.links["observer-red"])
	w.snapAt("observer-red", 1)
	gt.let(t)
	for _, name := range names {
		snap[name] = w.snapAt(name, 2)
	}

	// Turn 2: red to greedy, green to its team; an inject told to red alone, an override of red's
	// hidden track undone and made again, new links for red's observers and blue.
	w.ok("white", Message{Type: MsgSeat, Side: "red", Policy: "greedy"})
	w.ok("white", Message{Type: MsgSeat, Side: "green", Policy: "person"})
	w.ok("white", Message{Type: MsgFire, Inject: "mkredinjectid"})
	w.ok("white", Message{Type: MsgOverride, Actor: "red_group", Track: "secretwork", Value: 321})
	w.ok("white", Message{Type: MsgUndo})
	w.ok("white", Message{Type: MsgOverride, Actor: "red_group", Track: "secretwork", Value: 321})
	w.ok("observer-red", Message{Type: MsgNote, Text: "MKREDNOTE on the crew's inject", Inject: "mkredinjectid"})
	w.refused("observer-blue", Message{Type: MsgNote, Text: "on red's inject", Inject: "mkredinjectid"}, RejBadMessage)
	w.ok("blue", Message{Type: MsgAnswer, Question: "talks", Text: "MKBLUEANSWER we talk"})
	w.ok("red", Message{Type: MsgAnswer, Question: "talks", Text: "MKREDANSWER never"})
	for _, name := range teamViews {
		w.asked(name, Message{Type: MsgGetFc}, MsgForecast)
		w.asked(name, Message{Type: MsgGetRep}, MsgReport)
	}
	for _, seat := range []string{"observer-red", "blue"} {
		id, err := w.seats["white"].c.Send(ctx, Message{Type: MsgReissue, Side: seat})
		if err != nil {
			t.Fatal(err)
		}
		tok := w.await("white", "the new link of "+seat, func(m Message) bool { return m.Type == MsgToken || m.Type == MsgReject })
		if tok.Type != MsgToken || tok.ID != id {
			t.Fatalf("reissue %s: %s %q", seat, tok.Code, tok.Reason)
		}
		w.join(seat, tok.Link)
		snap[seat] = w.snapAt(seat, 2)
	}
	// Blue's snapshot is its new connection's; green's the last, once its team plays it.
	snap["green"] = w.lastSnap("green", "its orders offered", func(m Message) bool { return m.View.Turn == 2 && len(m.Legal) > 0 })
	for _, name := range []string{"blue", "green"} {
		w.ok(name, Message{Type: MsgSubmit, Turn: 2, Orders: orders(name, snap[name])})
	}
	gt.wait(t, 2)
	gt.let(t)
	for _, name := range names {
		snap[name] = w.snapAt(name, 3)
	}

	// Turn 3: red back to its team; every team submits, the white cell undoes the turn and the
	// teams submit their orders, back as drafts, again (the turn plays the same).
	w.ok("white", Message{Type: MsgSeat, Side: "red", Policy: "person"})
	snap["red"] = w.lastSnap("red", "its orders offered", func(m Message) bool { return m.View.Turn == 3 && len(m.Legal) > 0 })
	for _, name := range []string{"blue", "red", "green"} {
		w.ok(name, Message{Type: MsgSubmit, Turn: 3, Orders: orders(name, snap[name])})
	}
	w.snapAt("white", 4)
	w.ok("white", Message{Type: MsgUndo})
	for _, name := range []string{"blue", "red", "green"} {
		m := w.snapAt(name, 4)
		if m.View.Turn != 4 {
			t.Fatalf("%s: no snapshot of turn 4 before the undo", name)
		}
		m = w.snapAt(name, 3)
		if m.Submitted || len(m.Drafts) == 0 {
			t.Fatalf("%s's orders did not come back as drafts: %+v", name, m.Drafts)
		}
		w.ok(name, Message{Type: MsgSubmit, Turn: 3, Orders: m.Drafts})
	}
	for _, name := range names {
		snap[name] = w.snapAt(name, 4)
	}

	// Turn 4: green to a search; the log cannot be saved while blue answers and red's observers
	// write, then it can; the white cell resolves the turn with the drafts.
	w.ok("white", Message{Type: MsgSeat, Side: "green", Policy: "search:200"})
	unwritable(t, save)
	w.ok("observer-red", Message{Type: MsgNote, Text: "MKREDNOTE not saved"})
	w.ok("blue", Message{Type: MsgAnswer, Question: "blue_lead", Text: "MKBLUEANSWER the deputy"})
	for _, name := range []string{"observer-red", "blue"} {
		w.await(name, "its own notice unsaved", func(m Message) bool { return m.Type == MsgNotice && m.Code == NoticeUnsaved })
	}
	if err := os.Remove(save); err != nil {
		t.Fatal(err)
	}
	w.ok("white", Message{Type: MsgNote, Text: "MKWHITENOTE saved again"})
	for _, name := range []string{"observer-red", "blue"} {
		w.await(name, "its own notice saved", func(m Message) bool { return m.Type == MsgNotice && m.Code == NoticeSaved })
	}
	for _, name := range []string{"blue", "red"} {
		w.ok(name, Message{Type: MsgDraft, Turn: 4, Orders: orders(name, snap[name])})
	}
	w.ok("white", Message{Type: MsgResolve, Turn: 4})
	gt.wait(t, 4)
	gt.let(t)
	for _, name := range names {
		snap[name] = w.snapAt(name, 5)
	}

	// Turn 5: the white cell ends it (skip, with no segments: the turn resolves); the game is over.
	w.ok("white", Message{Type: MsgSkip, Turn: 5})
	gt.wait(t, 5)
	gt.let(t)
	for _, name := range names {
		if m := w.snapAt(name, 6); !m.View.Over {
			t.Fatalf("%s: the game is not over", name)
		}
	}
	w.refused("blue", Message{Type: MsgSubmit, Turn: 5}, RejOver)
	for _, name := range teamViews {
		w.asked(name, Message{Type: MsgGetRep}, MsgReport)
	}
	w.join("green", s.links["green"]) // taken over: green's history comes again
	w.snapAt("green", 6)
	logMsg := w.asked("white", Message{Type: MsgGetLog}, MsgLog)
	w.close()

	l, err := record.Read(strings.NewReader(logMsg.Log))
	if err != nil {
		t.Fatal(err)
	}
	end, d := record.Replay(sc, l)
	if d != nil {
		t.Fatal(d)
	}
	policies := map[string][]string{"red": {"greedy"}, "green": {"random", "search"}}
	for _, name := range teamViews {
		side, _ := strings.CutPrefix(name, "observer-")
		frames, msgs := w.got(name)
		checkWireSecrets(t, name, side, frames, seed, policies)
		checkWireMessages(t, name, sc.Side(side), msgs, end.History())
	}
	w.checkCovered(t, seed)
}

// checkWireSecrets checks every frame sent to seat name, a seat reading side's view: no other
// side's marker (those of red's draft, public once tabled, and of the inject told to all, once
// fired, are checked step by step by the views), no truth, no expected response, no seed, no
// other side's rationale, no note's marker (no seat's note reaches a team's view), none of the
// white cell's or its observers', no policy that played another side, no join link and no log.
func checkWireSecrets(t *testing.T, name, side string, frames [][]byte, seed uint64, policies map[string][]string) {
	t.Helper()
	errorf := capped(t, 5)
	bad := []string{"MKTRUTH", "MKEXPECTED", "MKWHITE", "MKOBSERVER", "NOTE", "mktag", fmt.Sprint(seed), "#t=", "ex.jsonl"}
	for _, o := range []string{"blue", "red", "green"} {
		if o == side {
			continue
		}
		bad = append(bad, "MK"+strings.ToUpper(o), "rationale of "+o)
		for _, p := range policies[o] {
			if !slices.Contains(policies[side], p) {
				bad = append(bad, p)
			}
		}
	}
	allowed := []string{"MKREDDRAFTTITLE", "MKREDDRAFTTEXT", "MKALLINJECT"}
	if len(frames) < 20 {
		t.Fatalf("%s got %d frames", name, len(frames))
	}
	for i, f := range frames {
		clean := f
		for _, a := range allowed {
			clean = bytes.ReplaceAll(clean, []byte(a), nil)
		}
		for _, b := range bad {
			if bytes.Contains(clean, []byte(b)) {
				errorf("frame %d to %s holds %q: %.600s", i, name, b, f)
			}
		}
	}
}

// checkWireMessages checks every message sent to seat name, a seat reading side sd's view of the
// game whose states are hist: each view and history entry is its sim.View of the step; who
// played a side, a policy, answers and drafts are of sd alone, no question names the tables it
// is put to, no team is told the drafts' count, and of the white cell's messages it gets no
// token, log or notice thinking, and its own unsaved and saved without the log's file or steps.
func checkWireMessages(t *testing.T, name string, sd int, msgs []Message, hist []*sim.State) {
	t.Helper()
	errorf := capped(t, 5)
	id := hist[0].Sc.Sides[sd].ID
	view := func(step int) []byte {
		b, _ := json.Marshal(wireSnapshot(sim.View(hist[step], sd)))
		return b
	}
	for _, m := range msgs {
		switch m.Type {
		case MsgToken, MsgLog:
			errorf("%s was sent a %s", name, m.Type)
		case MsgWelcome:
			if m.Seat == nil || m.Seat.Side != id {
				errorf("%s was welcomed as %+v", name, m.Seat)
			}
		case MsgNotice:
			if m.Code == NoticeThinking || m.File != "" || len(m.Steps) > 0 {
				errorf("%s was sent the white cell's notice: %+v", name, m)
			}
			for _, a := range m.Answers {
				if a.Side != id {
					errorf("%s was told of %s's answer not saved", name, a.Side)
				}
			}
		case MsgPresence:
			for _, p := range m.Seats {
				if p.Policy != "" && p.Seat != id {
					errorf("%s was told that %s plays %s", name, p.Policy, p.Seat)
				}
				if p.Drafts != 0 {
					errorf("%s was told %s's drafts", name, p.Seat)
				}
			}
		case MsgHistory:
			for i, h := range m.History {
				if got, _ := json.Marshal(h); !bytes.Equal(got, view(i)) {
					errorf("%s's history of step %d is not its sim.View:\n%s\n%s", name, i, got, view(i))
				}
			}
		case MsgSnapshot:
			if m.Step >= len(hist) {
				errorf("%s was sent step %d, past the game's %d", name, m.Step, len(hist)-1)
				continue
			}
			if got, _ := json.Marshal(m.View); !bytes.Equal(got, view(m.Step)) {
				errorf("%s's view of step %d is not its sim.View:\n%s\n%s", name, m.Step, got, view(m.Step))
			}
			for _, p := range m.Players {
				if p.Side != id {
					errorf("%s was told who played %s: %s", name, p.Side, p.Player)
				}
			}
			for _, q := range m.Questions {
				if len(q.To) > 0 {
					errorf("%s was told the tables question %s is put to: %v", name, q.ID, q.To)
				}
			}
			for _, a := range m.Answers {
				if a.Side != id {
					errorf("%s was sent %s's answer to %s", name, a.Side, a.Question)
				}
			}
			for _, o := range m.Drafts {
				if o.Side != id {
					errorf("%s was sent %s's draft %s", name, o.Side, o)
				}
			}
		}
	}
}

// checkCovered checks that the script did what the secrecy checks are about: the white cell was
// told that policies thought, given two new links and told that the log was not saved, and was
// never sent the seed but in the log; the policies were named to their own sides' seats.
func (w *wireTable) checkCovered(t *testing.T, seed uint64) {
	t.Helper()
	frames, msgs := w.got("white")
	count := map[string]int{}
	for _, m := range msgs {
		count[m.Type+" "+m.Code]++
	}
	for what, least := range map[string]int{"notice thinking": 4, "token ": 2, "notice unsaved": 1, "notice saved": 1, "forecast ": 0} {
		if count[what] < least {
			t.Errorf("the white cell got %d %s, want at least %d", count[what], what, least)
		}
	}
	for _, f := range frames {
		if !bytes.HasPrefix(f, []byte(`{"type":"log"`)) && bytes.Contains(f, []byte(fmt.Sprint(seed))) {
			t.Errorf("the white cell was sent the seed: %.300s", f)
		}
	}
	for side, pol := range map[string]string{"red": "greedy", "green": "random", "observer-green": "search:200"} {
		_, msgs := w.got(side)
		told := false
		for _, m := range msgs {
			for _, p := range m.Seats {
				told = told || p.Policy == pol
			}
		}
		if !told {
			t.Errorf("%s was never told that %s played its side", side, pol)
		}
	}
}

// capped returns t.Errorf, which reports the first n errors it is given and then no more: a leak
// shows in every frame after it, and its first few say all.
func capped(t *testing.T, n int) func(string, ...any) {
	return func(format string, args ...any) {
		t.Helper()
		if n > 0 {
			t.Errorf(format, args...)
		}
		n--
	}
}
