package load

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"ttx/sim"
)

// OrdersFile is a file of scripted orders: the orders of one or several sides, turn by turn.
type OrdersFile struct {
	Scenario string       `toml:"scenario"`
	Order    []OrderEntry `toml:"order"`
}

// OrderEntry is one [[order]] of an orders file.
type OrderEntry struct {
	Turn      int    `toml:"turn"`
	Side      string `toml:"side"`
	Actor     string `toml:"actor"`
	Move      string `toml:"move"`
	Target    string `toml:"target"`
	Arg       string `toml:"arg"`
	Param     int    `toml:"param"`
	Rationale string `toml:"rationale"`
}

// Orders reads an orders file for scenario sc and returns the orders of each turn (index 0 is
// turn 1). Whether each order can be played is for the engine to say when it resolves; here
// the file must be well formed, name the scenario, give turns within the game and name things
// the scenario has: its side, actor, move, and a target or argument of the kind the move takes.
func Orders(name string, src []byte, sc *sim.Scenario) (turns [][]sim.Order, err error) {
	defer func() {
		if p := recover(); p != nil {
			turns, err = nil, Errors{{File: name, Msg: fmt.Sprintf("internal error while loading: %v", p)}}
		}
	}()
	if len(src) > MaxFileSize {
		return nil, Errors{{File: name, Msg: fmt.Sprintf("file is %d bytes, more than %d", len(src), MaxFileSize)}}
	}
	// Nesting is refused before decoding, as a scenario's is: the format library's decoding
	// of a megabyte of brackets takes seconds and half a gigabyte.
	text := string(src)
	if e := checkShape(name, text); e != nil {
		return nil, Errors{e}
	}
	b := &builder{file: name, src: src, format: reflect.TypeOf(OrdersFile{}), sc: sc}
	var f OrdersFile
	md, derr := toml.NewDecoder(strings.NewReader(text)).Decode(&f)
	if derr != nil {
		// As in a scenario, every value of the wrong type is reported, and the file is
		// checked on without them (see typeErrors), so one does not hide the others.
		fixed, paths := b.typeErrors()
		if fixed == nil {
			b.decodeError(derr)
			return nil, b.errs
		}
		b.typed = paths
		if md, derr = redecode(fixed, &f); derr != nil {
			b.sort()
			return nil, b.errs
		}
	}
	b.unknownKeys(md.Undecoded())
	if !b.dropFolded(text, md, nil, &f) {
		b.sort()
		return nil, b.errs
	}
	if f.Scenario != "" && f.Scenario != sc.ID && f.Scenario != sc.Base {
		// Orders of another scenario name its actors and moves: an error for each would bury
		// the one that says what is wrong. A variant has its base's ids: the base's orders
		// play on it.
		if sc.Base != "" {
			b.errAt("scenario", "orders for scenario %q, not %q (a variant of %q)", f.Scenario, sc.ID, sc.Base)
		} else {
			b.errAt("scenario", "orders for scenario %q, not %q", f.Scenario, sc.ID)
		}
		return nil, b.errs
	}
	turns = make([][]sim.Order, sc.Turns)
	for i, o := range f.Order {
		p := at("order", i)
		typedTurn := slices.Contains(b.typed, p+".turn") // reported: its ids are checked all the same
		if !typedTurn && (o.Turn < 1 || o.Turn > sc.Turns) {
			noun, turns := turnWords(sc)
			b.errAt(p+".turn", "turn %d is outside the %s's %s 1..%d", o.Turn, noun, turns, sc.Turns)
			continue
		}
		if o.Actor == "" || o.Move == "" {
			b.errAt(p, "an order needs actor and move")
			continue
		}
		if !b.orderIDs(p, o, sc) || typedTurn {
			continue
		}
		turns[o.Turn-1] = append(turns[o.Turn-1], sim.Order{Side: o.Side, Actor: o.Actor, Move: o.Move,
			Target: o.Target, Arg: o.Arg, Param: o.Param, Rationale: o.Rationale})
	}
	if n := len(b.typed); n > 0 { // the type errors come first: drop what comes of them
		b.errs = append(b.errs[:n], slices.DeleteFunc(b.errs[n:], func(e *Error) bool {
			return slices.ContainsFunc(b.typed, func(p string) bool { return comesOf(e, p) })
		})...)
	}
	if len(b.errs) > 0 {
		b.sort()
		return nil, b.errs
	}
	return turns, nil
}

// orderIDs records each id of order o (at path p) that scenario sc has no thing of, with the
// id it may mean, and reports whether there was none. What the ids name need not make a
// playable order: that is for the engine to say.
func (b *builder) orderIDs(p string, o OrderEntry, sc *sim.Scenario) bool {
	n := len(b.errs)
	sd := -1
	if o.Side != "" {
		sd = b.ref(p+".side", "side", o.Side, sc.Side)
	}
	if a := b.ref(p+".actor", "actor", o.Actor, sc.Actor); a >= 0 && sd >= 0 && sc.Actors[a].Side != sd {
		whose := "is on no side"
		if as := sc.Actors[a].Side; as >= 0 {
			whose = "is " + sc.Sides[as].ID + "'s"
		}
		b.errAt(p+".actor", "%s %s, not %s's: a side orders only its own actors", o.Actor, whose, o.Side)
	}
	mv := b.ref(p+".move", "move", o.Move, sc.Move)
	if mv >= 0 {
		m := &sc.Moves[mv]
		if o.Target != "" {
			switch m.Target {
			case sim.TargetActor:
				b.ref(p+".target", "actor", o.Target, sc.Actor)
			case sim.TargetAsset:
				b.ref(p+".target", "asset", o.Target, sc.Asset)
			case sim.TargetResolution:
				b.ref(p+".target", "resolution", o.Target, sc.Resolution)
			case sim.TargetIncident:
				if !incidentTarget.MatchString(o.Target) {
					b.errAt(p+".target", "%q is not an incident: write incident_N, N from 1 (the side's Nth incident)", o.Target)
				}
			}
		}
		switch {
		case o.Arg == "":
		case m.Arg == sim.ArgActor:
			b.ref(p+".arg", "actor", o.Arg, sc.Actor)
		case m.Arg == sim.ArgBallot && sim.Lookup(sim.BallotNames, o.Arg) < 0:
			b.errAt(p+".arg", "%s", unknownWord("ballot", o.Arg, sim.BallotNames))
		}
	}
	return len(b.errs) == n
}

// incidentTarget is how an order names an incident: incident_N, N from 1.
var incidentTarget = regexp.MustCompile(`^incident_[1-9][0-9]*$`)
