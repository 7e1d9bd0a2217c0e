package sim

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Describe returns a one-line account of an event in plain words. Indices a view removed read
// as "someone" or "an unknown asset". An inject's text is cut at about 160 characters (see
// DescribeWhole).
func Describe(sc *Scenario, e Event) string { return describe(sc, e, oneLine) }

// DescribeWhole is Describe with an inject's text whole (its spaces and line breaks made single
// spaces), for a screen with room to read it.
func DescribeWhole(sc *Scenario, e Event) string {
	return describe(sc, e, func(s string) string { return strings.Join(strings.Fields(s), " ") })
}

// DescribeIn is Describe for e, one of the events of state s: an inject the facilitator fired
// by hand (s's step fired it, StepInject) came when the facilitator chose, not at the time in
// the turn the scenario gives it, and is told as fired by hand with no time, as the report
// tells it.
func DescribeIn(s *State, e Event) string {
	if e.Kind == EvInject && s.Step.Kind == StepInject {
		in := &s.Sc.Injects[e.Inject]
		return fmt.Sprintf("inject %q fired by hand: %s", in.Title, oneLine(in.Text))
	}
	return describe(s.Sc, e, oneLine)
}

// describe is Describe, with text giving what of an inject's text is told.
func describe(sc *Scenario, e Event, text func(string) string) string {
	actor := func(a int) string {
		if a < 0 {
			return "someone"
		}
		return sc.Actors[a].Name
	}
	asset := func(x int) string {
		if x < 0 {
			return "an unknown asset"
		}
		return sc.Assets[x].Name
	}
	var b strings.Builder
	switch e.Kind {
	case EvInject:
		in := &sc.Injects[e.Inject]
		if at := sc.Clock(int(e.Turn), in.At); at != "" {
			fmt.Fprintf(&b, "inject %q at %s: %s", in.Title, at, text(in.Text))
		} else {
			fmt.Fprintf(&b, "inject %q: %s", in.Title, text(in.Text))
		}
	case EvOrder:
		if e.Move < 0 && e.Obs >= 0 && int(e.Obs) < len(sc.Observations) {
			// Another side's order, as the side saw it.
			o := sc.Observations[e.Obs]
			fmt.Fprintf(&b, "seen: %s", o.Text)
			onTarget(&b, sc, o.Text, o.Target, int(e.Target))
			fmt.Fprintf(&b, ": %s", codeWords(e.Code))
			break
		}
		if e.Move < 0 || int(e.Move) >= len(sc.Moves) {
			// A refused order naming an actor or a move the scenario does not have.
			fmt.Fprintf(&b, "%s gives an order the scenario cannot play: %s", actor(int(e.Actor)), codeWords(e.Code))
			break
		}
		m := &sc.Moves[e.Move]
		fmt.Fprintf(&b, "%s plays %s", actor(int(e.Actor)), m.Name)
		onTarget(&b, sc, m.Name, m.Target, int(e.Target))
		switch m.Arg {
		case ArgActor:
			if e.Arg >= 0 {
				fmt.Fprintf(&b, " naming %s", actor(int(e.Arg)))
			}
		case ArgBallot:
			if e.Arg >= 0 {
				fmt.Fprintf(&b, " voting %s", BallotNames[e.Arg])
			}
		}
		if m.Param.Kind != ParamNone {
			fmt.Fprintf(&b, " at %s", sc.ParamText(int(e.Move), e.Param))
		}
		fmt.Fprintf(&b, ": %s", codeWords(e.Code))
	case EvIncident:
		fmt.Fprintf(&b, "incident %d opened by %s against %s", e.Incident+1, actor(int(e.Actor)), names(sc, e.Actors))
		if e.Move < 0 && e.Obs >= 0 && int(e.Obs) < len(sc.Observations) {
			fmt.Fprintf(&b, " (%s)", sc.Observations[e.Obs].Text)
		}
	case EvEvidence:
		fmt.Fprintf(&b, "%s finds evidence (strength %d) on incident %d pointing at %s", actor(int(e.Actor)), e.Amount, e.Incident+1, names(sc, e.Actors))
	case EvAttribution:
		fmt.Fprintf(&b, "%s publicly attributes incident %d to %s", actor(int(e.Actor)), e.Incident+1, actor(int(e.Arg)))
	case EvTabled:
		fmt.Fprintf(&b, "%s tables %q", actor(int(e.Actor)), sc.Resolutions[e.Res].Title)
	case EvTally:
		rs := &sc.Resolutions[e.Res]
		var yes, no, abst int
		var vetoes []string
		for _, s := range e.Seats {
			switch s.Ballot {
			case Yes:
				yes++
			case No:
				no++
			default:
				abst++
			}
			if s.Veto {
				vetoes = append(vetoes, sc.Actors[s.Actor].Name)
			}
		}
		fmt.Fprintf(&b, "vote on %q: %d yes, %d no, %d abstaining", rs.Title, yes, no, abst)
		if len(vetoes) > 0 {
			fmt.Fprintf(&b, ", vetoed by %s", strings.Join(vetoes, ", "))
		}
		fmt.Fprintf(&b, ": %s", e.Code)
	case EvTheft:
		fmt.Fprintf(&b, "%s steals %d from %s", actor(int(e.Actor)), e.Amount, asset(int(e.Asset)))
	case EvHop:
		fmt.Fprintf(&b, "%d leaves %s along %s", e.Amount, asset(int(e.Asset)), linkName(sc, int(e.Link)))
	case EvArrival:
		fmt.Fprintf(&b, "%d arrives at %s", e.Amount, asset(int(e.Asset)))
	case EvFreeze:
		fmt.Fprintf(&b, "%d frozen at %s", e.Amount, asset(int(e.Asset)))
	case EvTrace:
		fmt.Fprintf(&b, "%s traces %s", actor(int(e.Actor)), asset(int(e.Asset)))
	case EvCashout:
		fmt.Fprintf(&b, "%d cashed out at %s", e.Amount, asset(int(e.Asset)))
	case EvReveal:
		if e.Asset < 0 && e.Incident >= 0 {
			fmt.Fprintf(&b, "%s shares incident %d", actor(int(e.Actor)), e.Incident+1)
			break
		}
		fmt.Fprintf(&b, "%s comes to light", asset(int(e.Asset)))
	case EvOverride:
		b.WriteString("the facilitator changes a track")
	case EvEnd:
		b.WriteString("the " + sc.Noun() + " ends") // "the exercise ends" for a discussion exercise
	case EvNonFinite:
		describeNonFinite(&b, sc, e, actor, asset)
	}
	out := b.String()
	if len(e.Deltas) > 0 {
		out = strings.TrimSuffix(out, ".")
	}
	b.Reset()
	b.WriteString(out)
	for _, d := range e.Deltas {
		fmt.Fprintf(&b, "; %s %s %d→%d", sc.Actors[d.Actor].Name, sc.Tracks[d.Track].Label, d.From, d.To)
	}
	return b.String()
}

// onTarget writes " on " and the name of target t of a kind, a resolution's title quoted, after
// the move or observation named did: nothing for none, nor when did names the target already
// ("Report to the national CERT" on the National CERT).
func onTarget(b *strings.Builder, sc *Scenario, did string, kind, t int) {
	name := TargetName(sc, kind, t)
	if name == "" || namesWords(did, name) {
		return
	}
	if kind == TargetResolution {
		name = strconv.Quote(name)
	}
	b.WriteString(" on ")
	b.WriteString(name)
}

// namesWords reports whether s holds name as whole words, in any case: "Report to the
// national CERT" holds "National CERT", "Run operations" does not hold "UN".
func namesWords(s, name string) bool {
	s, name = strings.ToLower(s), strings.ToLower(name)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; name != ""; {
		k := strings.Index(s[i:], name)
		if k < 0 {
			return false
		}
		k += i
		before, _ := utf8.DecodeLastRuneInString(s[:k])
		after, _ := utf8.DecodeRuneInString(s[k+len(name):])
		if (k == 0 || !word(before)) && (k+len(name) == len(s) || !word(after)) {
			return true
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		i = k + w
	}
	return false
}

func linkName(sc *Scenario, l int) string {
	if l < 0 {
		return "an unknown route"
	}
	return sc.Assets[sc.Links[l].From].Name + " → " + sc.Assets[sc.Links[l].To].Name
}

func names(sc *Scenario, as []int) string {
	if len(as) == 0 {
		return "no one"
	}
	ns := make([]string, len(as))
	for i, a := range as {
		ns[i] = sc.Actors[a].Name
	}
	return strings.Join(ns, ", ")
}

// describeNonFinite writes an EvNonFinite event: which expression gave no finite number, and
// what became of it.
func describeNonFinite(b *strings.Builder, sc *Scenario, e Event, actor, asset func(int) string) {
	switch e.Code {
	case NonFiniteScore:
		name := "an objective"
		if e.Arg >= 0 && int(e.Arg) < len(sc.Sides) && e.Target >= 0 && int(e.Target) < len(sc.Sides[e.Arg].Objectives) {
			name = fmt.Sprintf("objective %q of %s", sc.Sides[e.Arg].Objectives[e.Target].ID, sc.Sides[e.Arg].Name)
		}
		fmt.Fprintf(b, "the score of %s (%s) is not a finite number: it counts 0", name, e.Expr)
	case NonFiniteInject:
		fmt.Fprintf(b, "an effect of inject %q (%s) is not a finite number: it and the effects after it are not applied", sc.Injects[e.Inject].Title, e.Expr)
	case NonFiniteVote:
		fmt.Fprintf(b, "an effect of the vote on %q (%s) is not a finite number: it and the effects after it are not applied", sc.Resolutions[e.Res].Title, e.Expr)
	case NonFiniteStance:
		fmt.Fprintf(b, "the stance of %s on %q (%s) is not a finite number: %s abstains", actor(int(e.Actor)), sc.Resolutions[e.Res].Title, e.Expr, actor(int(e.Actor)))
	case NonFiniteFreeze:
		fmt.Fprintf(b, "the freeze share of %s (%s) is not a finite number: nothing is frozen", asset(int(e.Asset)), e.Expr)
	default:
		fmt.Fprintf(b, "%s is not a finite number", e.Expr)
	}
}

func codeWords(code string) string {
	switch code {
	case "ok":
		return "succeeds"
	case "chance", ErrVeiled{}.Code():
		// A side's order that failed on what it cannot see, or another side's order seen
		// failing, was tried and failed: it was not refused.
		return "fails"
	case "non-finite":
		return "fails (an expression gives no finite number)"
	}
	return "refused (" + code + ")"
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 160 {
		cut := string(r[:159])
		if i := strings.LastIndexByte(cut, ' '); i > 100 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, " ,;:.") + "…"
	}
	return s
}

// OrderText returns an order in plain words, by names not ids: "Japan plays Lobby for pressure
// on Switzerland". An id the scenario does not know reads as itself; an incident reads as the
// side's own number ("incident 3"). It shows only what the order itself names, so it suits the
// side that gave it.
func OrderText(sc *Scenario, o Order) string {
	name := func(n, id string) string {
		if n == "" {
			return id
		}
		return n
	}
	actor := func(id string) string {
		if a := sc.Actor(id); a >= 0 {
			return name(sc.Actors[a].Name, id)
		}
		return id
	}
	m := sc.Move(o.Move)
	if m < 0 {
		return strings.TrimSpace(actor(o.Actor) + " plays " + o.Move + " " + o.Target)
	}
	mv := &sc.Moves[m]
	var b strings.Builder
	fmt.Fprintf(&b, "%s plays %s", actor(o.Actor), name(mv.Name, mv.ID))
	if o.Target != "" {
		if t := TargetIndex(sc, mv.Target, o.Target); TargetName(sc, mv.Target, t) != "" {
			onTarget(&b, sc, name(mv.Name, mv.ID), mv.Target, t)
		} else {
			fmt.Fprintf(&b, " on %s", o.Target)
		}
	}
	if o.Arg != "" {
		switch mv.Arg {
		case ArgActor:
			fmt.Fprintf(&b, " naming %s", actor(o.Arg))
		case ArgBallot:
			fmt.Fprintf(&b, " voting %s", o.Arg)
		default:
			fmt.Fprintf(&b, " (%s)", o.Arg)
		}
	}
	if mv.Param.Kind != ParamNone || o.Param != 0 {
		if t := sc.ParamText(m, o.Param); t != "" {
			fmt.Fprintf(&b, " at %s", t)
		} else {
			fmt.Fprintf(&b, " at %d", o.Param)
		}
	}
	return b.String()
}
