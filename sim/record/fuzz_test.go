package record_test

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/record"
)

// FuzzReplay replays arbitrary entries against mini, as a forger would write them: a log's
// chain hashes are no secret, so a save file or a log to replay can hold any entries, sealed.
// The fuzz input is the entries' lines (JSON; a line that is not an entry is left out); the
// test gives them a header of mini, seals the log and reads it back (it must read back as
// written), then replays it, taking each checksum the replay reports instead of the entry's so
// that every step is played, not only those before the first forged one. Replay must end in a
// state or a divergence without panicking, and a state whose invariants hold.
func FuzzReplay(f *testing.F) {
	sc := loadMiniAs(f)
	gold, err := os.ReadFile(golden)
	if err != nil {
		f.Fatal(err)
	}
	lines := strings.SplitAfter(string(gold), "\n")
	f.Add(strings.Join(lines[1:], ""))
	f.Add(`{"type":"override","turn":1,"actor":"red_group","track":"funds","value":-9223372036854775808}` + "\n" +
		`{"type":"inject","turn":1,"inject":"leak"}` + "\n" + `{"type":"end","turn":1}` + "\n")
	f.Add(`{"type":"turn","turn":1,"orders":[{"side":"red","actor":"red_group","move":"intrude","target":"red_state","param":-5}]}` + "\n" +
		`{"type":"answer","turn":1,"side":"blue","question":"q"}` + "\n" + `{"type":"note","turn":9,"note":"x"}` + "\n")
	f.Add(`{"type":"seat","turn":1,"side":"blue","player":"orders:plan.toml"}` + "\n" +
		`{"type":"seat","turn":2,"side":"grey","player":"person"}` + "\n")
	f.Add(`{"type":"seat","turn":0,"side":"red"}` + "\n")
	f.Fuzz(func(t *testing.T, text string) {
		l := &record.Log{Header: record.NewHeader(sc, 7, nil)}
		for _, line := range strings.Split(text, "\n") {
			var e record.Entry
			if json.Unmarshal([]byte(line), &e) == nil && len(l.Entries) < 64 {
				e.Chain = ""
				l.Entries = append(l.Entries, e)
			}
		}
		for try := 0; try <= len(l.Entries); try++ {
			var b bytes.Buffer
			if err := l.Write(&b); err != nil {
				t.Fatalf("Write: %v", err)
			}
			back, err := record.Read(&b)
			if err != nil {
				// Read refuses what Write writes only for what Read checks beyond the seal.
				if !strings.Contains(err.Error(), "unknown") && !strings.Contains(err.Error(), "after the end") &&
					!strings.Contains(err.Error(), "a seat entry names") {
					t.Fatalf("Read of a sealed log: %v", err)
				}
				return
			}
			if !sameEntries(back.Entries, l.Entries) {
				t.Fatalf("read back %+v, wrote %+v", back.Entries, l.Entries)
			}
			s, d := record.Replay(sc, back)
			if s != nil {
				if err := sim.Check(s); err != nil {
					t.Fatalf("replay reached a broken state (divergence %v): %v", d, err)
				}
			}
			if d == nil || d.Got == "" || d.Entry < 0 {
				return
			}
			l.Entries[d.Entry].Checksum = d.Got // play on past a forged step
		}
	})
}

// sameEntries reports whether two lists of entries write the same JSON but for their chain
// hashes (JSON drops what it cannot hold: an empty list, a string's invalid bytes).
func sameEntries(a, b []record.Entry) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		x.Chain, y.Chain = "", ""
		jx, err1 := json.Marshal(x)
		jy, err2 := json.Marshal(y)
		if err1 != nil || err2 != nil || !bytes.Equal(jx, jy) {
			return false
		}
	}
	return true
}
