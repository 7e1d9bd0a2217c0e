package scentest

import (
	"fmt"
	"strings"
)

// Wide returns the TOML text of a valid scenario that is wide rather than deep: two sides
// sharing actors actors (alternately blue and red), assets servers each owned by one actor,
// and a move "blame" that every actor may play on any asset naming any actor, so that each
// actor has assets×actors legal orders a turn. A policy that lists or scores every legal order
// cannot decide a turn of it in reasonable time; random play is cheap.
func Wide(actors, assets int) []byte {
	var b strings.Builder
	b.WriteString(`[scenario]
id = "wide"
title = "Wide"
turns = 4
seed = 1

[tracks.exposure]
min = 0
max = 1000
public = true

[tracks.funds]
min = 0
max = 100
default = 20

[[side]]
id = "blue"
name = "Blue"
[[side.objective]]
id = "expose"
text = "Expose red"
score = "actor.a1.exposure"

[[side]]
id = "red"
name = "Red"
[[side.objective]]
id = "expose"
text = "Expose blue"
score = "actor.a0.exposure"
`)
	for i := range actors {
		side := "blue"
		if i%2 == 1 {
			side = "red"
		}
		fmt.Fprintf(&b, "\n[[actor]]\nid = \"a%d\"\nkind = \"group\"\nside = %q\n", i, side)
	}
	for i := range assets {
		fmt.Fprintf(&b, "\n[[asset]]\nid = \"s%d\"\nkind = \"server\"\nowners = [\"a%d\"]\n", i, i%max(actors, 1))
	}
	b.WriteString(`
[[move]]
id = "blame"
text = "Blame an actor for what was found on a server."
by = { kinds = ["group"] }
target = "asset"
arg = "actor"
cost = { funds = 1 }
chance = 0.5
on_success = [{ add = "arg.exposure", by = 1 }]

[[move]]
id = "rest"
by = { kinds = ["group"] }
on_success = [{ add = "self.funds", by = 1 }]
`)
	return []byte(b.String())
}
