package sim_test

import (
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/internal/scentest"
)

// TestDescribeWhole: Describe cuts a long inject's text to one line of about 160 characters;
// DescribeWhole, for a screen with room, tells it whole, and the two agree on everything else.
func TestDescribeWhole(t *testing.T) {
	long := 0
	for _, sc := range scentest.All(t, "testdata") {
		for i, in := range sc.Injects {
			words := strings.Fields(in.Text)
			if len([]rune(strings.Join(words, " "))) <= 160 {
				continue
			}
			long++
			e := sim.Event{Turn: 1, Phase: -1, Kind: sim.EvInject, Inject: int32(i), Actor: -1, Target: -1, Arg: -1}
			cut, whole := sim.Describe(sc, e), sim.DescribeWhole(sc, e)
			if !strings.HasSuffix(cut, "…") || strings.Contains(cut, words[len(words)-1]+" ") && strings.HasSuffix(cut, words[len(words)-1]) {
				t.Errorf("%s: Describe does not cut %s: %q", sc.ID, in.ID, cut)
			}
			if !strings.HasSuffix(whole, words[len(words)-1]) || strings.Contains(whole, "…") && !strings.Contains(in.Text, "…") {
				t.Errorf("%s: DescribeWhole does not tell %s whole: %q", sc.ID, in.ID, whole)
			}
			if head := strings.TrimSuffix(cut, "…"); !strings.HasPrefix(whole, head) {
				t.Errorf("%s: %s: the cut %q is not the start of the whole %q", sc.ID, in.ID, cut, whole)
			}
		}
	}
	if long == 0 {
		t.Fatal("no inject of the library is longer than a line: nothing tested")
	}
}

// TestOrderNamesItsTargetOnce: a move whose name already names its target ("Report to the
// national CERT") is not followed by " on National CERT", in an order's text or in its event;
// a move whose name does not is.
func TestOrderNamesItsTargetOnce(t *testing.T) {
	sc := scentest.Library(t, "regional_outage.toml")
	o := sim.Order{Actor: "port_authority", Move: "report", Target: "national_cert"}
	if got, want := sim.OrderText(sc, o), "Port authority plays Report to the national CERT"; got != want {
		t.Errorf("OrderText = %q, want %q", got, want)
	}
	a, m, cert := sc.Actor("port_authority"), sc.Move("report"), sc.Actor("national_cert")
	e := sim.Event{Turn: 1, Phase: 0, Kind: sim.EvOrder, Actor: int32(a), Move: int32(m), Target: int32(cert), Arg: -1, Code: "ok"}
	if got := sim.Describe(sc, e); strings.Contains(got, " on National CERT") || !strings.Contains(got, "Report to the national CERT") {
		t.Errorf("Describe = %q: the target named twice, or the move not at all", got)
	}
	// Another move on an actor still names it.
	sc = scentest.Library(t, "campaign.toml")
	o = sim.Order{Actor: "us", Move: "lobby_for", Target: "china"}
	if got := sim.OrderText(sc, o); !strings.HasSuffix(got, " on China") {
		t.Errorf("OrderText = %q, want it to end on China", got)
	}
}

// TestVeiledFailureFails: an order that failed where the side cannot see why (its own order
// whose chance read a hidden track, another side's order it was shown) reads "fails", as a
// failed roll does, not "refused (failed)": it was tried, not refused.
func TestVeiledFailureFails(t *testing.T) {
	sc := scentest.Library(t, "regional_outage.toml")
	a, m, cert := sc.Actor("port_authority"), sc.Move("report"), sc.Actor("national_cert")
	e := sim.Event{Turn: 1, Phase: 0, Kind: sim.EvOrder, Actor: int32(a), Move: int32(m), Target: int32(cert), Arg: -1, Code: sim.ErrVeiled{}.Code()}
	if got := sim.Describe(sc, e); !strings.HasSuffix(got, ": fails") || strings.Contains(got, "refused") {
		t.Errorf("own order, veiled: Describe = %q, want it to end \": fails\"", got)
	}
	if len(sc.Observations) == 0 {
		t.Fatal("regional_outage has no observations: nothing to test of another side's order")
	}
	e.Actor, e.Move, e.Obs = -1, -1, 0
	if got := sim.Describe(sc, e); !strings.HasPrefix(got, "seen: ") || !strings.HasSuffix(got, ": fails") || strings.Contains(got, "refused") {
		t.Errorf("another side's order, seen failing: Describe = %q, want \"seen: …: fails\"", got)
	}
}

// TestDescribeInByHand: an inject the facilitator fires by hand is told as fired by hand, with
// no time in the turn (the report gives it none: it came when the facilitator chose), in the
// facilitator's account and in a side's; the same inject fired on its schedule has its time,
// and DescribeIn of any other event is Describe.
func TestDescribeInByHand(t *testing.T) {
	sc := scentest.Library(t, "regional_outage.toml")
	i := sc.Inject("vendor_report")
	in := &sc.Injects[i]
	if in.At == 0 || sc.Span == 0 {
		t.Fatalf("vendor_report has no time in its turn (at %d, span %d): nothing tested", in.At, sc.Span)
	}
	fired := sim.Fire(sim.New(sc, 1), i)
	for _, sd := range []int{sim.Facilitator, 0} {
		v := sim.View(fired, sd)
		n := 0
		for _, e := range v.Events {
			if e.Kind != sim.EvInject {
				continue
			}
			n++
			got := sim.DescribeIn(v.State, e)
			want := "inject \"A vendor's report\" fired by hand: A security vendor publishes"
			if !strings.HasPrefix(got, want) || strings.Contains(got, sc.Clock(int(e.Turn), in.At)) {
				t.Errorf("side %d: DescribeIn of the inject fired by hand = %q, want it to start %q, with no time", sd, got, want)
			}
			// On its schedule (its event in a turn's step), it has its time.
			sched := sim.Describe(sc, e)
			if !strings.Contains(sched, " at "+sc.Clock(int(e.Turn), in.At)+": ") {
				t.Errorf("Describe of the inject = %q, without its time", sched)
			}
		}
		if n != 1 {
			t.Fatalf("side %d sees %d inject events, want 1", sd, n)
		}
	}
	// A turn's events, an inject on its schedule among them, are told as Describe tells them.
	s := sim.New(sc, 1)
	for s.Turn < in.Turn && !s.Over {
		s = sim.Resolve(s, nil)
	}
	found := false
	for _, e := range s.Events {
		found = found || e.Kind == sim.EvInject && int(e.Inject) == i
		if got, want := sim.DescribeIn(s, e), sim.Describe(sc, e); got != want {
			t.Errorf("DescribeIn of a turn's event = %q, want %q", got, want)
		}
	}
	if !found {
		t.Fatalf("vendor_report did not fire on its schedule in %s %d", sc.TurnLabel, in.Turn)
	}
}
