package record_test

import (
	"encoding/json"
	"maps"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/record"
)

// entryRow is a row of the table of entries in docs/logs.md: | `type` | what it records |.
var entryRow = regexp.MustCompile("^\\| `([a-z_]+)` \\|(.*)\\|\\s*$")

// docEntries returns the rows of docs/logs.md's table of entries, by entry type.
func docEntries(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../docs/logs.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(b), "\n## Entries\n")
	if !ok {
		t.Fatal("docs/logs.md has no section ## Entries")
	}
	section, _, _ = strings.Cut(section, "\n## ")
	rows := map[string]string{}
	last := ""
	for _, line := range strings.Split(section, "\n") {
		if strings.HasPrefix(line, "|---") {
			delete(rows, last) // the table's head: | `type` | what it records |
		}
		last = ""
		if m := entryRow.FindStringSubmatch(line); m != nil {
			rows[m[1]], last = m[2], m[1]
		}
	}
	if len(rows) == 0 {
		t.Fatal("docs/logs.md's section ## Entries has no table of entries")
	}
	return rows
}

// everyEntry returns a log of mini with an entry of each type, each as the package writes it:
// an inject fired and an override, turns of orders to the end, a note with all its fields, an
// answer and a seat entry.
func everyEntry(t *testing.T) *record.Log {
	t.Helper()
	sc := loadMiniAs(t)
	s := sim.New(sc, 7)
	s = sim.Fire(s, 0)
	s = sim.Override(s, 0, 0, 2)
	for !s.Over {
		var orders []sim.Order
		for sd := range sc.Sides {
			if legal := sim.Legal(sim.View(s, sd)); len(legal) > 0 {
				legal[0].Rationale = "why"
				orders = append(orders, legal[0])
			}
		}
		s = sim.Resolve(s, orders)
	}
	l := record.Of(record.NewHeader(sc, 7, nil), s)
	l.AddObservation(record.Entry{Turn: 1, Inject: sc.Injects[0].ID, Note: "a note", Category: record.Categories[0],
		Tags: []string{"Planning"}, Author: "an observer", Action: "an action", Key: "9f86d081884c7d65"})
	l.AddAnswer(1, sc.Sides[0].ID, "q1", "an answer")
	l.AddSeat(1, sc.Sides[0].ID, "greedy")
	return l
}

// TestLogsDocListsEveryEntry holds docs/logs.md's table of entries to the code: a row for each
// type of entry a log holds (record.EntryTypes, the types Read takes) and for no other, and in
// each row every key the package writes in an entry of that type (its type, chain hash and
// checksum aside, which the text after the table covers), every key of an order in the turn's.
// A type left out of the table (as answer once was), or a key of it, fails here.
func TestLogsDocListsEveryEntry(t *testing.T) {
	rows := docEntries(t)
	for _, typ := range record.EntryTypes {
		if _, ok := rows[typ]; !ok {
			t.Errorf("docs/logs.md's table of entries has no row for %q", typ)
		}
	}
	for _, typ := range slices.Sorted(maps.Keys(rows)) {
		if !slices.Contains(record.EntryTypes, typ) {
			t.Errorf("docs/logs.md's table of entries has a row for %q, which is no type of entry", typ)
		}
	}
	l := everyEntry(t)
	seen, told := map[string]bool{}, map[string]bool{}
	for _, e := range l.Entries {
		seen[e.Type] = true
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var keys map[string]json.RawMessage
		if err := json.Unmarshal(b, &keys); err != nil {
			t.Fatal(err)
		}
		for _, k := range slices.Sorted(maps.Keys(keys)) {
			if k == "type" || k == "chain" || k == "checksum" {
				continue
			}
			if row, ok := rows[e.Type]; ok && !strings.Contains(row, "`"+k+"`") && !told[e.Type+" "+k] {
				told[e.Type+" "+k] = true
				t.Errorf("docs/logs.md's row of %q does not name the key `%s` it has: %s", e.Type, k, b)
			}
		}
	}
	for _, typ := range record.EntryTypes {
		if !seen[typ] {
			t.Errorf("the test's log has no %q entry to check", typ)
		}
	}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[sim.Order]()) {
		k, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if k != "" && k != "-" && !strings.Contains(rows["turn"], "`"+k+"`") {
			t.Errorf("docs/logs.md's row of \"turn\" does not name the key `%s` of an order", k)
		}
	}
}
