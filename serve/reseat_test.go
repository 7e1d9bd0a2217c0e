package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"ttx/session"
	"ttx/sim/record"
)

// readLog reads the log at path.
func readLog(t *testing.T, path string) *record.Log {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	l, err := record.Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// steps returns a log's entries but its seat entries (who played a side for which turns) as
// JSON, without their chain hashes (which seal the header too).
func steps(l *record.Log) string {
	es := slices.DeleteFunc(slices.Clone(l.Entries), func(e record.Entry) bool { return e.Type == "seat" })
	for i := range es {
		es[i].Chain = ""
	}
	b, _ := json.Marshal(es)
	return string(b)
}

// seatings returns a log's seat entries as "SIDE=PLAYER from TURN", in the order written.
func seatings(l *record.Log) []string {
	var out []string
	for _, e := range l.Seatings() {
		out = append(out, fmt.Sprintf("%s=%s from %d", e.Side, e.Player, e.Turn))
	}
	return out
}

// TestResumeGivesSideToPerson: a side a policy played (--seat red=greedy) is given to a person
// on resume (Policies red=person, ttx serve --resume LOG --seat red=person): the resumed game
// makes the side a new link, which joins and may order (its old one no longer joins), and no
// other; the log's header no longer names the policy, so a later resume keeps the side a
// person's; the log's steps, the policy's orders included, are as they were, and replay to
// their checksums, and a seat entry says greedy played red's turn 1. A resume could not give
// the side back: it went on with the policy.
func TestResumeGivesSideToPerson(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	red := sc.Side("red")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	a := serveGame(t, Config{Scenario: sc, Seed: 9, Save: save, Policies: map[string]string{"red": "greedy"}})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	w, _ := seated(t, ctx, a.links["white"])
	w.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	until(t, ctx, w, func(m Message) bool { return isSnap(m) && m.View.Turn == 2 })
	w.Close()
	a.stop()
	before := readLog(t, save)
	if !slices.Contains(before.Header.Policies, "red=greedy") {
		t.Fatalf("the log's policies %v, want red=greedy", before.Header.Policies)
	}

	b := serveGame(t, Config{Scenario: sc, Save: save, Resume: true, Policies: map[string]string{"red": string(session.SeatPerson)}})
	if len(b.links) != 1 || b.links["red"] == "" {
		t.Fatalf("resumed with red given to a person: links %v, want red's alone", b.links)
	}
	oldRed := b.url + "/" + a.links["red"][strings.Index(a.links["red"], "#"):]
	c, err := Join(ctx, oldRed)
	if err != nil {
		t.Fatal(err)
	}
	if m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgWelcome || m.Type == MsgReject }); m.Type != MsgReject {
		t.Errorf("red's old link, after red's new one: %s, want refused", m.Type)
	}
	c.Close()
	r, m := seated(t, ctx, b.links["red"])
	r.Send(ctx, Message{Type: MsgSubmit, Turn: m.View.Turn, Orders: firstLegal(m)})
	if m := until(t, ctx, r, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Errorf("red's team's orders on its new link: %s %s %q, want taken", m.Type, m.Code, m.Reason)
	}
	r.Close()
	b.stop()

	after := readLog(t, save)
	if len(after.Header.Policies) != 0 {
		t.Errorf("the log's policies after red went to a person: %v, want none", after.Header.Policies)
	}
	if steps(before) != steps(after) {
		t.Error("giving red to a person changed the log's steps")
	}
	if got, want := seatings(after), []string{"red=greedy from 1"}; !slices.Equal(got, want) {
		t.Errorf("the log's seat entries after red went to a person: %q, want %q (greedy played turn 1)", got, want)
	}
	if _, d := record.Replay(sc, after); d != nil {
		t.Fatalf("the log after red went to a person: %v", d)
	}
	g, err := NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	if g.sess.Seats[red] != session.SeatPerson || len(g.Links()) != 0 {
		t.Errorf("a later resume: red played by %q, links %v; want a person, with the link it has", g.sess.Seats[red], g.Links())
	}
	if _, tok, _ := ParseLink(b.links["red"]); func() bool { s, ok := g.tokens.Seat(tok); return !ok || s != "red" }() {
		t.Error("a later resume does not take red's new link")
	}
}

// TestResumeGivesSideToPolicy: a side a person played is given to a policy on resume
// (Policies blue=greedy: a team that left): no link is made, the log's header names the
// policy, so a later resume keeps it, the log's steps are as they were, and a seat entry says
// a team played blue's turn 1.
func TestResumeGivesSideToPolicy(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	blue := sc.Side("blue")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	g, err := NewGame(Config{Scenario: sc, Seed: 9, Save: save, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	g.resolve()
	before := readLog(t, save)
	g, err = NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/", Policies: map[string]string{"blue": "greedy"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Links()) != 0 {
		t.Errorf("blue given to a policy on resume made links %v", g.Links())
	}
	after := readLog(t, save)
	if !slices.Equal(after.Header.Policies, []string{"blue=greedy"}) {
		t.Errorf("the log's policies after blue went to greedy: %v, want [blue=greedy]", after.Header.Policies)
	}
	if steps(before) != steps(after) || len(after.Entries) == 0 {
		t.Error("giving blue to a policy changed the log's steps")
	}
	if got, want := seatings(after), []string{"blue=person from 1"}; !slices.Equal(got, want) {
		t.Errorf("the log's seat entries after blue went to greedy: %q, want %q (a team played turn 1)", got, want)
	}
	g, err = NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	if g.sess.Seats[blue] != "greedy" {
		t.Errorf("a later resume: blue played by %q, want greedy", g.sess.Seats[blue])
	}
}

// TestResumeRefusedLeavesTheLog: a resume that gave red, played by greedy, to a person, with a
// tokens file it could not replace (made read-only), was refused, but only after it had saved
// the log with red given to a person: the same command run again, once the file could be
// written, took red for a person's already and made it no link, so the team that was to take
// the side back had none. A resume now tells that it cannot write the log or its tokens before
// it writes either: refused, it leaves both as they were, and the same resume run again gives
// red its link.
func TestResumeRefusedLeavesTheLog(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	if _, err := NewGame(Config{Scenario: sc, Seed: 9, Save: save, Base: "http://x/", Policies: map[string]string{"red": "greedy"}}); err != nil {
		t.Fatal(err)
	}
	logBefore, _ := os.ReadFile(save)
	tokensBefore, _ := os.ReadFile(save + ".tokens")
	if err := os.Chmod(save+".tokens", 0o400); err != nil {
		t.Fatal(err)
	}
	toPerson := Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/", Policies: map[string]string{"red": string(session.SeatPerson)}}
	if _, err := NewGame(toPerson); err == nil || !strings.Contains(err.Error(), save+".tokens") {
		t.Fatalf("resume with a read-only tokens file: %v, want refused, naming the file", err)
	}
	if b, _ := os.ReadFile(save); string(b) != string(logBefore) {
		t.Errorf("the refused resume rewrote the log: policies %v, were %v", readLog(t, save).Header.Policies, []string{"red=greedy"})
	}
	if b, _ := os.ReadFile(save + ".tokens"); string(b) != string(tokensBefore) {
		t.Error("the refused resume rewrote the tokens file")
	}
	if err := os.Chmod(save+".tokens", 0o600); err != nil {
		t.Fatal(err)
	}
	g, err := NewGame(toPerson)
	if err != nil {
		t.Fatal(err)
	}
	if g.Links()["red"] == "" {
		t.Errorf("the same resume run again: links %v, want red's new link", g.Links())
	}
}
