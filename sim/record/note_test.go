package record

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
)

func loadMini(t *testing.T) *sim.Scenario {
	t.Helper()
	data, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.Load("mini.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestEntryBytes pins the bytes of entries without notes: adding notes to the format must not
// change logs that have none.
func TestEntryBytes(t *testing.T) {
	for _, c := range []struct {
		e    Entry
		want string
	}{
		{Entry{Type: "turn", Turn: 2, Orders: []sim.Order{{Side: "blue", Actor: "firm", Move: "hunt"}}, Checksum: "00000000000000ff"},
			`{"type":"turn","turn":2,"orders":[{"side":"blue","actor":"firm","move":"hunt"}],"checksum":"00000000000000ff"}`},
		{Entry{Type: "end", Turn: 4, Outcome: "draw", Scores: []float64{0, 1.5}, Checksum: "0000000000000001"},
			`{"type":"end","turn":4,"outcome":"draw","scores":[0,1.5],"checksum":"0000000000000001"}`},
		{Entry{Type: "note", Turn: 3, Inject: "leak", Note: "Blue hesitated"},
			`{"type":"note","turn":3,"inject":"leak","note":"Blue hesitated"}`},
	} {
		got, err := json.Marshal(c.e)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("json.Marshal(%+v) = %s, want %s", c.e, got, c.want)
		}
	}
}

// TestNotes checks that notes survive a write and a read, come before the end entry, and that
// Replay skips them: the log with notes replays to the same state as the log without.
func TestNotes(t *testing.T) {
	sc := loadMini(t)
	s := sim.New(sc, 3)
	for !s.Over {
		s = sim.Resolve(s, []sim.Order{{Side: "blue", Actor: "firm", Move: "hunt", Rationale: "find the relay"}})
	}
	plain := Of(NewHeader(sc, 3, nil), s)
	var want bytes.Buffer
	if err := plain.Write(&want); err != nil {
		t.Fatal(err)
	}

	l := Of(NewHeader(sc, 3, nil), s)
	l.AddNote(1, "report", "Blue read the vendor report aloud")
	l.AddNote(3, "", "Red argued for a <quiet> month")
	var buf bytes.Buffer
	if err := l.Write(&buf); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(buf.Bytes(), want.Bytes()) {
		t.Fatal("a log with notes writes the same bytes as one without")
	}
	// The header differs only in its count of entries (and so its chain hash).
	head := func(b []byte) string {
		l := string(b[:bytes.IndexByte(b, '\n')])
		return l[:strings.Index(l, `,"entries":`)]
	}
	if head(buf.Bytes()) != head(want.Bytes()) {
		t.Errorf("notes changed the header line:\n%s\nwant\n%s", head(buf.Bytes()), head(want.Bytes()))
	}

	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	ns := got.Notes()
	if len(ns) != 2 || ns[0].Note != "Blue read the vendor report aloud" || ns[0].Inject != "report" ||
		ns[0].Turn != 1 || ns[1].Note != "Red argued for a <quiet> month" || ns[1].Turn != 3 {
		t.Fatalf("Notes() = %+v, want the two notes added", ns)
	}
	if last := got.Entries[len(got.Entries)-1]; last.Type != "end" {
		t.Errorf("last entry is %q, want the end entry after the notes", last.Type)
	}
	r, d := Replay(sc, got)
	if d != nil {
		t.Fatalf("Replay with notes: %v", d)
	}
	if Sum(r) != Sum(s) {
		t.Errorf("Replay with notes ends at %s, want %s", Sum(r), Sum(s))
	}
	if len(plain.Notes()) != 0 {
		t.Errorf("Notes() of a log without notes = %v", plain.Notes())
	}
}
