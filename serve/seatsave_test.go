package serve

import (
	"slices"
	"strings"
	"testing"
)

// TestSeatSavedAtOnce: the white cell's handover of a side (seat) reached the log only with the
// next step, so a server that stopped in between resumed with the side played as before. The
// log on disk records the new seating as soon as the handover is acknowledged, before any step:
// red given to greedy, then back to its team.
func TestSeatSavedAtOnce(t *testing.T) {
	_, _, save, ctx, white := savedWhite(t, "../sim/testdata/markers.toml", 8)
	for i, c := range []struct {
		policy string
		want   []string
	}{
		{"greedy", []string{"red=greedy"}},
		{"person", nil},
	} {
		white.Send(ctx, Message{Type: MsgSeat, ID: i + 1, Side: "red", Policy: c.policy})
		if m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
			t.Fatalf("red to %s: %s %s %q, want taken", c.policy, m.Type, m.Code, m.Reason)
		}
		l := readLog(t, save)
		if !slices.Equal(l.Header.Policies, c.want) || len(l.Entries) != 0 {
			t.Errorf("the log once red went to %s: policies %v, %d entries; want %v and no step", c.policy, l.Header.Policies, len(l.Entries), c.want)
		}
	}
}

// TestSeatUnsavedKeepsTheSide: a handover that cannot be saved is refused (state), and the side
// keeps who played it: its team's orders are still taken.
func TestSeatUnsavedKeepsTheSide(t *testing.T) {
	_, s, save, ctx, white := savedWhite(t, "../sim/testdata/markers.toml", 8)
	// The log cannot be written again: a folder stands in its place.
	unwritable(t, save)
	white.Send(ctx, Message{Type: MsgSeat, Side: "red", Policy: "greedy"})
	m := until(t, ctx, white, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject })
	if m.Type != MsgReject || m.Code != RejState || !strings.Contains(m.Reason, "no handover (red keeps who plays it)") {
		t.Fatalf("red to greedy with no way to save it: %s %s %q, want refused", m.Type, m.Code, m.Reason)
	}
	red, snap := seated(t, ctx, s.links["red"])
	defer red.Close()
	red.Send(ctx, Message{Type: MsgSubmit, Turn: snap.View.Turn, Orders: firstLegal(snap)})
	if m := until(t, ctx, red, func(m Message) bool { return m.Type == MsgAck || m.Type == MsgReject }); m.Type != MsgAck {
		t.Errorf("red's orders after the refused handover: %s %s %q, want taken", m.Type, m.Code, m.Reason)
	}
}
