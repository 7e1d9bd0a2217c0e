package serve

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestResumeNewLinks: a game whose tokens file is lost resumes with NewLinks (ttx serve --resume
// LOG --new-links): every seat has a new link, which joins the game where it stopped, and every
// old link is refused; the tokens file is written anew (mode 0600) with every seat's hash, so a
// later resume takes the new links. Without a way to replace the tokens the game could not be
// resumed at all.
func TestResumeNewLinks(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	a := serveGame(t, Config{Scenario: sc, Seed: 21, Save: save})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	w, _ := seated(t, ctx, a.links["white"])
	w.Send(ctx, Message{Type: MsgResolve, Turn: 1})
	until(t, ctx, w, func(m Message) bool { return isSnap(m) && m.View.Turn == 2 })
	w.Close()
	a.stop()
	if err := os.Remove(save + ".tokens"); err != nil {
		t.Fatal(err)
	}

	b := serveGame(t, Config{Scenario: sc, Save: save, Resume: true, NewLinks: true})
	seats := b.g.SeatNames()
	if len(b.links) != len(seats) {
		t.Fatalf("resumed with new links: %d links, want one for each of %d seats", len(b.links), len(seats))
	}
	old := map[string]string{} // the old links, on the new server's address
	for seat, l := range a.links {
		old[seat] = b.url + "/" + l[strings.Index(l, "#"):]
		if b.links[seat] == "" || b.links[seat] == old[seat] {
			t.Fatalf("seat %s: new link %q, old %q", seat, b.links[seat], old[seat])
		}
	}
	nw, m := seated(t, ctx, b.links["white"])
	defer nw.Close()
	if m.View.Turn != 2 {
		t.Fatalf("the game resumed with new links is at turn %d, want 2", m.View.Turn)
	}
	for _, seat := range []string{"blue", "white", "observer", "observer-red"} {
		c, err := Join(ctx, old[seat])
		if err != nil {
			t.Fatal(err)
		}
		m := until(t, ctx, c, func(m Message) bool { return m.Type == MsgWelcome || m.Type == MsgReject })
		c.Close()
		if m.Type != MsgReject || m.Code != RejToken {
			t.Errorf("seat %s's old link after new links: %s %s, want refused (%s)", seat, m.Type, m.Code, RejToken)
		}
	}
	c, m := seated(t, ctx, b.links["blue"])
	c.Close()
	if m.View.Turn != 2 {
		t.Errorf("blue's new link joined at turn %d, want 2", m.View.Turn)
	}

	fi, err := os.Stat(save + ".tokens")
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("the new tokens file has mode %v, want 0600", fi.Mode().Perm())
	}
	tk, err := LoadTokens(save + ".tokens")
	if err != nil {
		t.Fatal(err)
	}
	for seat, l := range b.links {
		_, tok, _ := ParseLink(l)
		if got, ok := tk.Seat(tok); !ok || got != seat {
			t.Errorf("the tokens file holds seat %s's new token as %q %v", seat, got, ok)
		}
	}
	if err := tk.cover(seats); err != nil {
		t.Errorf("the new tokens file: %v", err)
	}
}

// TestResumeRefusalIsTokensError: a resume refused for its tokens file (missing, damaged, not
// this game's) is a *TokensError, by which ttx serve offers --new-links, the way to resume the
// game all the same (TestResumeWithoutTokensNamesNewLinks): the package names no flag of a
// command. Its error named --new-links itself.
func TestResumeRefusalIsTokensError(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	for _, tokens := range []string{"", "not json\n", "{}\n"} {
		save := filepath.Join(t.TempDir(), "ex.jsonl")
		if _, err := NewGame(Config{Scenario: sc, Seed: 3, Save: save, Base: "http://x/"}); err != nil {
			t.Fatal(err)
		}
		if tokens == "" {
			os.Remove(save + ".tokens")
		} else if err := os.WriteFile(save+".tokens", []byte(tokens), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := NewGame(Config{Scenario: sc, Save: save, Resume: true, Base: "http://x/"})
		if _, ok := errors.AsType[*TokensError](err); !ok || !strings.Contains(err.Error(), "ex.jsonl.tokens") || strings.Contains(err.Error(), "--") {
			t.Errorf("resume with the tokens file %q: %v, want a *TokensError that names the file and no flag", tokens, err)
		}
		if _, err := NewGame(Config{Scenario: sc, Save: save, Resume: true, NewLinks: true, Base: "http://x/"}); err != nil {
			t.Errorf("resume with new links and the tokens file %q: %v", tokens, err)
		}
	}
}
