package load

import (
	"slices"
	"strings"

	"ttx/sim"
)

// expressions compiles every expression and effect of the file, each in its context.
func (b *builder) expressions(sc *sim.Scenario, f *File) {
	global := envKey{}
	for i, s := range f.Side {
		for j, o := range s.Objective {
			p := at(at("side", i)+".objective", j)
			if o.Score.Src == "" && b.missing(p, "score") {
				continue
			}
			sc.Sides[i].Objectives[j].Score = b.num(p+".score", o.Score.Src, global)
		}
	}
	b.circularScores(sc, f)
	for i, a := range f.Asset {
		if a.Freeze != nil {
			sc.Assets[i].Freeze = b.num(at("asset", i)+".freeze", a.Freeze.Src,
				envKey{self: true, target: sim.TargetAsset})
		}
	}
	for i, x := range f.Body {
		if x.Stance != nil {
			sc.Bodies[i].Stance = b.num(at("body", i)+".stance", x.Stance.Src,
				envKey{self: true, target: sim.TargetResolution})
		}
	}
	for i, r := range f.Resolution {
		p := at("resolution", i)
		k := envKey{target: sim.TargetResolution}
		sc.Resolutions[i].OnPass = b.effects(p+".on_pass", r.OnPass, k)
		sc.Resolutions[i].OnFail = b.effects(p+".on_fail", r.OnFail, k)
	}
	for i, in := range f.Inject {
		p := at("inject", i)
		if in.When != nil {
			sc.Injects[i].When = b.cond(p+".when", in.When.Src, global)
		}
		sc.Injects[i].Effects = b.effects(p+".effects", in.Effects, global)
	}
	for i, m := range f.Move {
		p := at("move", i)
		d := &sc.Moves[i]
		k := envKey{self: true, target: d.Target, arg: d.Arg == sim.ArgActor,
			correct: d.Target == sim.TargetIncident && d.Arg == sim.ArgActor}
		b.c.may = &mayBe{self: b.players(sc, i), target: targets(sc, d)}
		if d.Param.Kind == sim.ParamAmount {
			// The bounds read the order's actor, target and argument, not the parameter.
			if m.Param.Min != nil {
				d.Param.Min = b.num(p+".param.min", m.Param.Min.Src, k)
			}
			d.Param.Max = b.num(p+".param.max", m.Param.Max.Src, k)
		}
		// A move that gives param reads it, even when the table is wrong (a ladder misspelt,
		// no max, not a table): that is reported at param, and the reads of it are no mistake
		// of their own.
		k.param = m.Param != nil || slices.Contains(b.typed, p+".param")
		// Costs read what the condition reads, the parameter included.
		b.compileCosts(sc, p+".cost", d.CostExprs, k)
		b.compileCosts(sc, p+".param.cost", d.Param.CostExprs, k)
		if m.When != nil {
			d.When = b.cond(p+".when", m.When.Src, k)
			d.WhenSelf, d.WhenStatic, d.WhenTarget, d.WhenArgStatic, d.WhenArg, d.WhenSplit = b.c.guards(m.When.Src, k)
			d.WhenParts = b.c.parts(m.When.Src, k)
			if k.param && b.c.reads(m.When.Src, k, "param") {
				// Legal checks the whole condition once the parameter is chosen.
				d.WhenParam, d.WhenSplit = true, false
			}
			d.WhenTerms = b.c.whenTerms(m.When.Src, k)
		}
		if m.Chance != nil {
			d.Chance = b.num(p+".chance", m.Chance.Src, k)
		}
		d.OnSuccess = b.effects(p+".on_success", m.OnSuccess, k)
		d.OnFailure = b.effects(p+".on_failure", m.OnFailure, k)
		for j, e := range d.OnSuccess {
			if (e.Op == sim.OpPlant || e.Op == sim.OpCoauthor) && !d.Hostile {
				b.errAt(at(p+".on_success", j), "%s applies to hostile moves, which open incidents", sim.OpNames[e.Op])
			}
			if e.Op == sim.OpVote && d.Arg != sim.ArgBallot {
				b.errAt(at(p+".on_success", j), "vote needs the move's arg = \"ballot\"")
			}
			if e.Op == sim.OpAttribute && (d.Target != sim.TargetIncident || d.Arg != sim.ArgActor) {
				b.errAt(at(p+".on_success", j), "attribute needs target = \"incident\" and arg = \"actor\"")
			}
		}
		b.c.may = nil
	}
	if f.End != nil && f.End.When != nil {
		sc.End = b.cond("end.when", f.End.When.Src, global)
	}
	for i, o := range f.Outcome {
		d := sim.OutcomeDef{ID: o.ID, Text: o.Text}
		if p := at("outcome", i); o.When.Src != "" || !b.missing(p, "when") {
			d.When = b.cond(p+".when", o.When.Src, global)
		}
		sc.Outcomes = append(sc.Outcomes, d)
	}
}

func (b *builder) num(path, src string, k envKey) sim.Num {
	if b.skip[path] {
		return sim.Num{}
	}
	n, err := b.c.Num(src, k)
	if err != nil {
		b.exprErr(path, err)
	}
	return n
}

func (b *builder) cond(path, src string, k envKey) sim.Bool {
	if b.skip[path] {
		return sim.Bool{}
	}
	c, err := b.c.Bool(src, k)
	if err != nil {
		b.exprErr(path, err)
	}
	return c
}

// verbs returns the verbs an effect table gives, with their values.
func verbs(e *Effect) (ops []sim.Op, vals []string) {
	for op, v := range []*string{e.Add, e.Set, e.Status, e.Reveal, e.Evidence, e.Plant, e.Coauthor,
		e.Attribute, e.Table, e.Vote, e.Steal, e.Hop, e.Trace, e.Freeze, e.Cashout} {
		if v != nil {
			ops = append(ops, sim.Op(op))
			vals = append(vals, *v)
		}
	}
	return ops, vals
}

// options each verb takes besides `if`.
var options = map[sim.Op][]string{
	sim.OpAdd: {"by"}, sim.OpSet: {"to"}, sim.OpStatus: {"to"}, sim.OpReveal: {"to"},
	sim.OpEvidence: {"strength"}, sim.OpPlant: {"strength"}, sim.OpSteal: {"to", "amount"},
	sim.OpHop: {"amount"}, sim.OpFreeze: {"amount"}, sim.OpCashout: {"into", "amount", "rate"},
}

// required options of each verb.
var required = map[sim.Op][]string{
	sim.OpAdd: {"by"}, sim.OpSet: {"to"}, sim.OpStatus: {"to"}, sim.OpEvidence: {"strength"},
	sim.OpPlant: {"strength"}, sim.OpSteal: {"to"}, sim.OpCashout: {"into"},
}

// effects compiles an effects list in context k.
func (b *builder) effects(path string, es []Effect, k envKey) []sim.Effect {
	if len(es) > maxEffects {
		b.errAt(path, "too many effects: %d, at most %d", len(es), maxEffects)
		return nil
	}
	var out []sim.Effect
	for i := range es {
		p := at(path, i)
		if e, ok := b.effect(p, &es[i], k); ok {
			out = append(out, e)
		}
	}
	return out
}

func (b *builder) effect(p string, e *Effect, k envKey) (sim.Effect, bool) {
	sc := b.c.sc
	ops, vals := verbs(e)
	if len(ops) != 1 {
		names := make([]string, len(ops))
		for i, op := range ops {
			names[i] = sim.OpNames[op]
		}
		if len(ops) == 0 {
			b.errAt(p, "an effect needs one verb: one of %s", strings.Join(sim.OpNames, ", "))
		} else {
			b.errAt(p, "an effect has one verb, this one has %s", strings.Join(names, " and "))
		}
		return sim.Effect{}, false
	}
	op, v := ops[0], vals[0]
	verb := sim.OpNames[op]
	given := map[string]bool{"by": e.By != nil, "to": e.To != nil, "strength": e.Strength != nil,
		"amount": e.Amount != nil, "rate": e.Rate != nil, "into": e.Into != nil}
	for _, o := range []string{"by", "to", "strength", "amount", "rate", "into"} {
		if given[o] && !slices.Contains(options[op], o) {
			b.errAtKey(p+"."+o, "%s does not take %s", verb, o)
		}
	}
	for _, o := range required[op] {
		if !given[o] {
			b.errAt(p, "%s needs %s", verb, o)
			return sim.Effect{}, false
		}
	}
	out := sim.Effect{Op: op, Asset: -1, To: -1, Actor: -1, Res: -1}
	vp := p + "." + verb
	if e.If != nil {
		out.If = b.cond(p+".if", e.If.Src, k)
	}
	exprOf := func(x *Expr) string { return x.Src }
	switch op {
	case sim.OpAdd, sim.OpSet:
		out.Who, out.Track = b.trackRef(vp, v, k)
		if op == sim.OpAdd {
			out.Amount = b.num(p+".by", exprOf(e.By), k)
		} else {
			out.Amount = b.num(p+".to", exprOf(e.To), k)
		}
	case sim.OpStatus:
		out.Asset = b.assetRef(vp, v, k, false)
		st := sim.Lookup(sim.StatusNames, e.To.Src)
		if st < 0 {
			b.errAt(p+".to", "%s", unknownWord("status", e.To.Src, sim.StatusNames))
		}
		out.Status = sim.Status(max(st, 0))
	case sim.OpReveal:
		incident := v == "target" && k.target == sim.TargetIncident // shared with a side
		switch {
		case incident:
			out.Asset = -1
		case v == "target" && k.target != sim.TargetAsset:
			out.Asset = -1
			b.errAt(vp, "target here needs the move's target to be an asset (made known) or an incident (shared)")
		default:
			out.Asset = b.assetRef(vp, v, k, false)
		}
		out.To = sim.RevealSelf
		if e.To != nil {
			switch e.To.Src {
			case "self":
			case "public":
				out.To = sim.RevealPublic
			default:
				out.To = sc.Side(e.To.Src)
				if out.To < 0 {
					// Not self either (RevealSelf is -1): the file is refused, and no more is
					// said of it than this.
					out.To = sim.RevealPublic
					names := append([]string{"self", "public"}, idsOf(sc, "side")...)
					b.errAt(p+".to", "%q is not self, public or a side%s (one of %s)",
						e.To.Src, didYouMean(e.To.Src, names), strings.Join(names, ", "))
				}
			}
		}
		switch {
		case incident && e.To == nil:
			b.errAt(p+".to", "sharing an incident needs a to key: the side to tell, or public")
		case incident && out.To == sim.RevealSelf:
			b.errAt(p+".to", "the acting side already knows the incident it targets: reveal it to a side or to public")
		case out.To == sim.RevealSelf && !k.self:
			b.errAt(p+".to", "there is no self here: reveal to public or to a side")
		}
	case sim.OpEvidence:
		if k.target != sim.TargetIncident || v != "target" {
			out.Asset = b.assetRef(vp, v, k, false)
		}
		if !k.self {
			b.errAt(vp, "evidence is found by an actor: use it in a move")
		}
		out.Amount = b.num(p+".strength", exprOf(e.Strength), k)
	case sim.OpPlant:
		out.Actor = b.ref(vp, "actor", v, sc.Actor)
		out.Amount = b.num(p+".strength", exprOf(e.Strength), k)
	case sim.OpCoauthor:
		out.Actor = b.ref(vp, "actor", v, sc.Actor)
	case sim.OpAttribute, sim.OpVote:
		if v != "target" {
			b.errAt(vp, "%s acts on the order's target: write %s = \"target\"", verb, verb)
		}
	case sim.OpTable:
		if v == "target" {
			if k.target != sim.TargetResolution {
				b.errAt(vp, "target here needs the move's target to be a resolution")
			}
		} else {
			out.Res = b.ref(vp, "resolution", v, sc.Resolution)
		}
		if !k.self {
			b.errAt(vp, "a resolution is tabled by an actor: use it in a move")
		}
	case sim.OpSteal:
		out.Asset = b.assetRef(vp, v, k, false)
		out.To = b.ref(p+".to", "asset", e.To.Src, sc.Asset)
	case sim.OpHop:
		if v != "target" || k.target != sim.TargetLink {
			b.errAt(vp, "hop moves value along the order's target link: use target = \"link\" and hop = \"target\"")
		}
	case sim.OpTrace, sim.OpFreeze, sim.OpCashout:
		out.Asset = b.assetRef(vp, v, k, false)
		if op == sim.OpTrace && !k.self {
			b.errAt(vp, "an asset is traced by an actor: use it in a move")
		}
	}
	if e.Amount != nil {
		out.Amount, out.HasAmount = b.num(p+".amount", exprOf(e.Amount), k), true
	}
	if op == sim.OpCashout {
		out.Who, out.Track = b.trackRef(p+".into", *e.Into, k)
		if e.Rate != nil {
			out.Rate = b.num(p+".rate", exprOf(e.Rate), k)
		}
	}
	return out, true
}

// trackRef resolves WHO.TRACK.
func (b *builder) trackRef(path, v string, k envKey) (sim.Who, int) {
	sc := b.c.sc
	dot := strings.LastIndexByte(v, '.')
	if dot < 0 {
		b.errAt(path, "%q is not WHO.TRACK (e.g. self.funds, target.exposure, lazarus.exposure)", v)
		return sim.Who{}, 0
	}
	who, tr := v[:dot], v[dot+1:]
	t := sc.Track(tr)
	known := t >= 0
	if !known {
		t = 0 // a stand-in, for the checks of who below; the file is refused
	}
	w := sim.Who{Kind: sim.Lookup(sim.WhoNames, who), Actor: -1}
	switch w.Kind {
	case sim.WhoSelf, sim.WhoSponsor:
		if !k.self {
			b.errAt(path, "there is no %s here", who)
		} else if msg := b.noSponsor(w); msg != "" {
			b.errAt(path, "%s", msg)
		}
	case sim.WhoTarget, sim.WhoTargetSponsor:
		if k.target != sim.TargetActor {
			b.errAt(path, "%s needs the move's target to be an actor", who)
		} else if msg := b.noSponsor(w); msg != "" {
			b.errAt(path, "%s", msg)
		}
	case sim.WhoOwners:
		if k.target != sim.TargetAsset && k.target != sim.TargetLink {
			b.errAt(path, "owners needs the move's target to be an asset or a link")
		}
	case sim.WhoArg:
		if !k.arg {
			b.errAt(path, "arg needs the move's arg to be an actor")
		}
	default:
		w.Kind = sim.WhoActor
		w.Actor = b.ref(path, "actor", who, sc.Actor)
	}
	if !known {
		b.errAt(path, "%s", b.c.unknownTrack(tr, who, w))
	}
	// Whether who has the track is asked of a track that exists: the stand-in would name
	// another track.
	if msg := b.c.may.lacksWho(sc, w, t); known && msg != "" {
		b.errAt(path, "%s", msg)
	}
	return w, t
}

// assetRef resolves "target" (the order's target asset) or an asset id; -1 is the target.
func (b *builder) assetRef(path, v string, k envKey, _ bool) int {
	if v == "target" {
		if k.target != sim.TargetAsset {
			b.errAt(path, "target here needs the move's target to be an asset")
		}
		return -1
	}
	x := b.ref(path, "asset", v, b.c.sc.Asset)
	if x < 0 {
		return 0
	}
	return x
}
