package sim

import "strings"

// Term is a value a condition reads (self.funds, target.status, turn), for a refusal to show
// what the failing condition saw (see MoveDef.WhenTerms).
type Term struct {
	Src string
	// Show returns the value as shown: a number, a word, true or false.
	Show func(*Ctx) string
}

// seen returns what the terms read in c, as "SRC is VALUE" joined with "and"; a term that reads
// anything c's side cannot see (see Ctx.Watch) is "unknown", so that a refusal shows a side
// nothing it could not see itself.
func seen(c *Ctx, ts []Term) string {
	if len(ts) == 0 {
		return ""
	}
	parts := make([]string, 0, len(ts))
	for _, t := range ts {
		w := *c
		w.Watch, w.Hidden = true, false
		v := t.Show(&w)
		if w.Hidden {
			v = "unknown"
		}
		parts = append(parts, t.Src+" is "+v)
	}
	return strings.Join(parts, " and ")
}
