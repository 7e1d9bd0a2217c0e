package report

import (
	"strings"
	"testing"
)

// TestInjectsToldTo: in the facilitator's report of Harbour Blackout, HTML and Markdown, an
// inject that reached some tables is marked with whom it was told to ("told to: Port
// authority"), not as a secret; an order the other tables did not see is still marked
// "secret: …", and the handling note says what each mark means.
func TestInjectsToldTo(t *testing.T) {
	_, page, md := outageReport(t)
	const inject = "Inject: Ransom note on the terminal screens"
	for _, c := range []struct {
		name, doc, told, order, note string
	}{
		{"HTML", page, inject + `</strong> <span class="told">told to: Port authority</span>`,
			`<span class="secret">secret: Port authority</span>`, `an inject marked <span class="told">told to: …</span>`},
		{"Markdown", md, inject + "** (*told to: Port authority*)",
			"| **secret: Port authority** |", "an inject marked *told to: …*"},
	} {
		if !strings.Contains(c.doc, c.told) {
			t.Errorf("%s: the round 1 inject for the port is not marked %q", c.name, c.told)
		}
		if i := strings.Index(c.doc, inject); i >= 0 && strings.Contains(c.doc[i:i+len(inject)+80], "secret") {
			t.Errorf("%s: the round 1 inject for the port is marked secret: %q", c.name, c.doc[i:i+len(inject)+80])
		}
		if !strings.Contains(c.doc, c.order) {
			t.Errorf("%s: the port's own order is not marked %q", c.name, c.order)
		}
		if !strings.Contains(c.doc, c.note) {
			t.Errorf("%s: the handling note does not explain %q", c.name, c.note)
		}
	}
}
