package record_test

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"

	"ttx/sim/record"
)

// TestPlayers: who played a side for which turns is the header's player for every turn of a
// side with no seat entries (every log written before them), and otherwise each seat entry's
// from its turn to the side's next, the header's before the first, whatever the order the
// entries are written in and whatever other sides' say.
func TestPlayers(t *testing.T) {
	h := record.Header{Policies: []string{"blue=orders:plan.toml", "red=greedy"}}
	seat := func(turn int, side, player string) record.Entry {
		return record.Entry{Type: "seat", Turn: turn, Side: side, Player: player}
	}
	for _, c := range []struct {
		name    string
		entries []record.Entry
		side    string
		turns   int
		want    string
	}{
		{"no seat entries", nil, "blue", 4, "orders:plan.toml 1-4"},
		{"no seat entries, named by none", nil, "green", 4, " 1-4"},
		{"no turn played", []record.Entry{seat(1, "blue", "person")}, "blue", 0, ""},
		{"a team from turn 3", []record.Entry{seat(1, "blue", "orders:plan.toml"), seat(3, "blue", "person")}, "blue", 4,
			"orders:plan.toml 1-2, person 3-4"},
		{"written out of order, with another side's and a note", []record.Entry{
			{Type: "note", Turn: 1, Note: "x"}, seat(4, "blue", "greedy"), seat(2, "red", "person"), seat(3, "blue", "person")}, "blue", 5,
			"orders:plan.toml 1-2, person 3-3, greedy 4-5"},
		{"the same player again", []record.Entry{seat(1, "red", "greedy"), seat(2, "red", "greedy")}, "red", 3, "greedy 1-3"},
		{"an entry after the last turn", []record.Entry{seat(1, "red", "greedy"), seat(4, "red", "person")}, "red", 3, "greedy 1-3"},
	} {
		var got []string
		for _, s := range record.Players(h, c.entries, c.side, c.turns) {
			got = append(got, fmt.Sprintf("%s %d-%d", s.Player, s.From, s.To))
		}
		if strings.Join(got, ", ") != c.want {
			t.Errorf("%s: Players(%s, %d turns) = %q, want %q", c.name, c.side, c.turns, strings.Join(got, ", "), c.want)
		}
	}
}

// TestSeatEntries: seat entries added to the golden log go before its end entry, are written as
// docs/logs.md shows them, read back as they were, and change nothing in the replay; an entry
// with no player is refused at its line, one of a side the scenario lacks by the replay.
func TestSeatEntries(t *testing.T) {
	sc := loadMiniAs(t)
	l := readGolden(t)
	end := l.Entries[len(l.Entries)-1]
	l.AddSeat(1, "blue", "random")
	l.AddSeat(3, "blue", "person")
	var b bytes.Buffer
	if err := l.Write(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(b.String(), "\n")
	if want := `{"type":"seat","turn":3,"side":"blue","player":"person","chain":"`; !strings.HasPrefix(lines[6], want) {
		t.Errorf("line 7 is %s, want the second seat entry, %s…", lines[6], want)
	}
	back, err := record.Read(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got := back.Seatings(); len(got) != 2 || got[1].Player != "person" || got[1].Turn != 3 || back.Entries[len(back.Entries)-1].Type != "end" {
		t.Errorf("read back, the seat entries are %+v and the last entry %+v", got, back.Entries[len(back.Entries)-1])
	}
	s, d := record.Replay(sc, back)
	if d != nil || record.Sum(s) != end.Checksum {
		t.Errorf("the log with seat entries replays to %v, %s; want no divergence and %s", d, record.Sum(s), end.Checksum)
	}
	if got := back.Annotations(); !slices.EqualFunc(got, back.Seatings(), func(a, b record.Entry) bool { return a.Type == b.Type && a.Turn == b.Turn }) {
		t.Errorf("Annotations() = %+v, want the seat entries (the golden log has no notes or answers)", got)
	}

	noPlayer := strings.Replace(lines[0], `"entries":7`, `"entries":2`, 1) + lines[1] + `{"type":"seat","turn":1,"side":"blue"}` + "\n"
	if _, err := record.Read(strings.NewReader(reseal(noPlayer))); err == nil || !strings.HasPrefix(err.Error(), "line 3: a seat entry names a side, its player and a turn from 1") {
		t.Errorf("Read(a seat entry with no player) = %v, want refused at line 3", err)
	}
	back.Entries[4].Side = "green"
	if _, d := record.Replay(sc, back); d == nil || d.Error() != `line 6: turn 1: who played an unknown side "green"` {
		t.Errorf("Replay(a seat entry of no side of the scenario) = %v", d)
	}
}
