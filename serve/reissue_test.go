package serve

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestReissueWhiteRefused: the white cell cannot reissue its own link (the new one would go to
// the connection it closes); a team's reissue is answered with the new link.
func TestReissueWhiteRefused(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	white.Send(ctx, Message{Type: MsgReissue, Side: "white"})
	if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgToken }); m.Type != MsgReject {
		t.Fatalf("reissuing the white cell's link: %s, want a rejection", m.Type)
	}
	white.Send(ctx, Message{Type: MsgReissue, Side: "blue"})
	if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgToken }); m.Type != MsgToken || m.Link == "" || m.Link == s.links["blue"] {
		t.Fatalf("reissuing blue's link: %s %q", m.Type, m.Link)
	}
}

// TestReissueUnsavedKeepsTheLink: a reissue whose new token cannot be saved is refused, and the
// seat keeps its link: the old one still joins (the new token would be lost with the server),
// and the server's log says no link was replaced.
func TestReissueUnsavedKeepsTheLink(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	var log lockedBuffer
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save, Log: &log})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	// The tokens' file cannot be written again: a folder stands in its place.
	unwritable(t, save+".tokens")
	white.Send(ctx, Message{Type: MsgReissue, Side: "blue"})
	m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgToken })
	if m.Type != MsgReject || m.Code != RejState || !strings.Contains(m.Reason, "keeps its link") {
		t.Fatalf("reissuing blue's link with no way to save it: %s %s %q, want refused", m.Type, m.Code, m.Reason)
	}
	if _, m := joined(t, ctx, s.links["blue"]); m.Type != MsgWelcome {
		t.Fatalf("blue's old link after the refused reissue: %s %s", m.Type, m.Reason)
	}
	if strings.Contains(log.String(), "new-link") {
		t.Errorf("the server's log says a link was replaced that was not:\n%s", log.String())
	}
}

// tokenHashes reads the tokens file at path: seat → hex SHA-256 of its token.
func tokenHashes(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return m
}

// hashOf is the hex SHA-256 of tok, as the tokens file holds it.
func hashOf(tok string) string {
	h := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(h[:])
}

// closedSoon reports whether c's connection ends within d (whatever it is sent before).
func closedSoon(c *Client, d time.Duration) bool {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	for {
		if _, err := c.Recv(ctx); err != nil {
			return ctx.Err() == nil
		}
	}
}

// TestReissueTeamLink: the white cell gives blue a new link in play. Blue's connection on the
// old token is closed and the old token no longer joins; the new one joins as blue and is sent
// blue's view, as the old was; the tokens file holds the new token's hash and not the old; the
// server's log says the link was replaced without giving it; no other seat (nor blue's old
// connection) is sent the new token in any frame; and a resume from the log and the tokens
// file takes the new link and not the old.
func TestReissueTeamLink(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	var log lockedBuffer
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save, Log: &log})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	_, oldTok, _ := ParseLink(s.links["blue"])
	white, _ := seated(t, ctx, s.links["white"])

	// Every other seat, and blue's old connection, keep every frame they are sent.
	others := []string{"red", "green", "observer", "observer-blue", "observer-red", "blue"}
	runs := map[string]*seatRun{}
	clients := map[string]*Client{}
	var before Message // blue's first snapshot on its old link
	for _, name := range others {
		sr := &seatRun{name: name}
		c := join(t, ctx, s.links[name], sr)
		m := until(t, ctx, c, isSnap)
		if name == "blue" {
			before = m
		}
		runs[name], clients[name] = sr, c
	}
	oldHash := tokenHashes(t, save+".tokens")["blue"]
	if oldHash != hashOf(oldTok) {
		t.Fatalf("the tokens file before: blue %s, want the hash of its link's token", oldHash)
	}

	white.Send(ctx, Message{Type: MsgReissue, Side: "blue"})
	m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgToken })
	if m.Type != MsgToken || m.Side != "blue" || m.Link == "" || m.Link == s.links["blue"] {
		t.Fatalf("reissuing blue's link: %s %s %q %q", m.Type, m.Side, m.Link, m.Reason)
	}
	link := m.Link
	_, newTok, err := ParseLink(link)
	if err != nil || len(newTok) != 32 {
		t.Fatalf("the new link %q: token %q, %v", link, newTok, err)
	}
	if base := s.url + "/#t="; !strings.HasPrefix(link, base) {
		t.Errorf("the new link %q is not of the form ttx serve prints (%sTOKEN)", link, base)
	}
	if !closedSoon(clients["blue"], 10*time.Second) {
		t.Fatal("blue's connection on its old token is still open after the new link")
	}

	// The old token is refused; the new one joins as blue, with blue's view.
	c, m := joined(t, ctx, s.links["blue"])
	if m.Type != MsgReject || m.Code != RejToken {
		t.Fatalf("blue's old link after the new one: %s %s, want refused (%s)", m.Type, m.Code, RejToken)
	}
	c.Close()
	nb, w := joined(t, ctx, link)
	if w.Type != MsgWelcome || w.Seat == nil || w.Seat.Role != RoleTeam || w.Seat.Side != "blue" {
		t.Fatalf("blue's new link: %s %+v %q, want blue's team seat", w.Type, w.Seat, w.Reason)
	}
	after := until(t, ctx, nb, isSnap)
	if got, want := jsonOf(t, after.View), jsonOf(t, before.View); got != want {
		t.Errorf("blue's view on its new link differs from the one on its old link:\n%s\nwant\n%s", got, want)
	}
	if got, want := jsonOf(t, after.Legal), jsonOf(t, before.Legal); got != want {
		t.Errorf("blue's legal orders on its new link differ from those on its old link")
	}

	hashes := tokenHashes(t, save+".tokens")
	if hashes["blue"] != hashOf(newTok) {
		t.Errorf("the tokens file after: blue %s, want the hash of the new token", hashes["blue"])
	}
	for seat, h := range hashes {
		if h == oldHash {
			t.Errorf("the tokens file after still holds blue's old hash (seat %s)", seat)
		}
	}
	if fi, err := os.Stat(save + ".tokens"); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("the tokens file after: %v %v, want mode 0600", fi.Mode(), err)
	}
	l := log.String()
	if !strings.Contains(l, "new-link: seat blue's link was replaced") {
		t.Errorf("the server's log does not say blue's link was replaced:\n%s", l)
	}
	if strings.Contains(l, newTok) || strings.Contains(l, oldTok) {
		t.Errorf("the server's log holds a token:\n%s", l)
	}

	// A step, sent to every seat, and then nothing any other seat was sent holds the token.
	white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	for _, name := range others[:len(others)-1] {
		until(t, ctx, clients[name], func(m Message) bool { return isSnap(m) && m.View.Turn == 2 })
	}
	for name, sr := range runs {
		for _, f := range sr.frames {
			if bytes.Contains(f, []byte(newTok)) {
				t.Errorf("seat %s (its connection before the new link, for blue) was sent blue's new token: %s", name, f)
			}
		}
	}
	for _, c := range clients {
		c.Close()
	}
	nb.Close()
	white.Close()
	s.stop()

	// A resume takes the new link, not the old.
	r := serveGame(t, Config{Scenario: sc, Save: save, Resume: true})
	if len(r.links) != 0 {
		t.Errorf("the resume made links %v, want none", r.links)
	}
	if _, m := joined(t, ctx, r.url+"/#t="+oldTok); m.Type != MsgReject {
		t.Errorf("blue's old link after a resume: %s, want refused", m.Type)
	}
	if _, m := joined(t, ctx, r.url+"/#t="+newTok); m.Type != MsgWelcome || m.Seat.Side != "blue" {
		t.Errorf("blue's new link after a resume: %s %q, want blue's seat", m.Type, m.Reason)
	}
}

// jsonOf is v as JSON.
func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestReissueObserversLink: a new link for the observers of blue's view closes every
// connection that shares the old one, which no longer joins; the new one joins as those
// observers.
func TestReissueObserversLink(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	a, _ := seated(t, ctx, s.links["observer-blue"])
	b, _ := seated(t, ctx, s.links["observer-blue"])
	other, _ := seated(t, ctx, s.links["observer"])
	white.Send(ctx, Message{Type: MsgReissue, Side: "observer-blue"})
	m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgToken })
	if m.Type != MsgToken || m.Side != "observer-blue" {
		t.Fatalf("reissuing the observers' link: %s %q", m.Type, m.Reason)
	}
	for i, c := range []*Client{a, b} {
		if !closedSoon(c, 10*time.Second) {
			t.Errorf("observer %d of blue's view is still connected on the old link", i+1)
		}
	}
	// The white cell's observers keep their connection: a step reaches them.
	white.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	until(t, ctx, other, func(m Message) bool { return isSnap(m) && m.View.Turn == 2 })
	if _, m := joined(t, ctx, s.links["observer-blue"]); m.Type != MsgReject {
		t.Errorf("the observers' old link: %s, want refused", m.Type)
	}
	if _, w := joined(t, ctx, m.Link); w.Type != MsgWelcome || w.Seat.Role != RoleObserver || w.Seat.Side != "blue" {
		t.Errorf("the observers' new link: %s %+v, want the observers of blue's view", w.Type, w.Seat)
	}
}

// TestReissueOnlyWhiteCell: a team or an observer that asks for a seat's new link is refused
// (role), and the seat's link still joins.
func TestReissueOnlyWhiteCell(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, asker := range []string{"blue", "observer"} {
		c, _ := seated(t, ctx, s.links[asker])
		c.Send(ctx, Message{Type: MsgReissue, Side: "red"})
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgReject || m.Type == MsgToken || m.Type == MsgAck })
		if m.Type != MsgReject || m.Code != RejRole {
			t.Errorf("%s asking for red's new link: %s %s, want refused (%s)", asker, m.Type, m.Code, RejRole)
		}
		c.Close()
	}
	if _, m := joined(t, ctx, s.links["red"]); m.Type != MsgWelcome {
		t.Errorf("red's link after refused requests for a new one: %s %q", m.Type, m.Reason)
	}
}

// TestRemoteLinkReplaced: a team's window whose link the white cell replaced said it was
// joining again, and tried the dead link every two seconds for as long as it ran. Its Remote
// now says the link no longer joins and that the white cell has the new one, and stops.
func TestRemoteLinkReplaced(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	s := serveGame(t, Config{Scenario: sc, Seed: 8})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	white, _ := seated(t, ctx, s.links["white"])
	blue, err := JoinRemote(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer blue.Close()
	white.Send(ctx, Message{Type: MsgReissue, Side: "blue"})
	until(t, ctx, white, func(m Message) bool { return m.Type == MsgToken })
	waitFor(t, "blue's window told its link is replaced", func() bool { return blue.Problem() == LinkReplaced })
	if blue.Online() {
		t.Error("blue's window on its replaced link is online")
	}
}
