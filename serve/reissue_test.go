package serve

import (
	"context"
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
// seat keeps its link: the old one still joins (the new token would be lost with the server).
func TestReissueUnsavedKeepsTheLink(t *testing.T) {
	sc := fixture(t, "../sim/testdata/markers.toml")
	save := filepath.Join(t.TempDir(), "ex.jsonl")
	s := serveGame(t, Config{Scenario: sc, Seed: 8, Save: save})
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
	blue, err := Join(ctx, s.links["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer blue.Close()
	if m := until(t, ctx, blue, func(m Message) bool { return m.Type == MsgWelcome || m.Type == MsgReject }); m.Type != MsgWelcome {
		t.Fatalf("blue's old link after the refused reissue: %s %s", m.Type, m.Reason)
	}
}
