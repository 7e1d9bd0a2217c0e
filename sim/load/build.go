package load

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sort"

	"ttx/internal/words"
	"ttx/sim"
)

// room returns an empty list with room for n elements, or nil when n is 0.
func room[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

// build checks the decoded file and resolves it into a scenario.
func (b *builder) build(f *File, order tableOrder) *sim.Scenario {
	sc := &sim.Scenario{}
	b.sc = sc
	if f.Variant != nil {
		b.errAt("variant", "this file is a variant of %s, and is loaded with it: this program does not read variants", f.Variant.Base)
	}
	b.meta(sc, &f.Scenario)
	b.tracks(sc, f, order.tracks)
	b.kinds(sc, f, order.kinds)
	// Past a limit, stop: the file may be huge. Other problems so far do not stop the checks.
	before := len(b.errs)
	b.count("side", len(f.Side), maxSides)
	b.count("actor", len(f.Actor), maxActors)
	b.count("asset", len(f.Asset), maxAssets)
	b.count("link", len(f.Link), maxLinks)
	b.count("move", len(f.Move), maxMoves)
	b.count("inject", len(f.Inject), maxInjects)
	b.count("truth", len(f.Truth), maxTruths)
	b.count("body", len(f.Body), maxBodies)
	b.count("resolution", len(f.Resolution), maxResolution)
	b.count("outcome", len(f.Outcome), maxOutcomes)
	b.count("ladder", len(f.Ladder), maxLadders)
	if len(b.errs) > before {
		return sc
	}
	b.ids(f)
	// Room for each list at once: a move's definition is large, and growing the list copied
	// them over and over (a tenth of a load's bytes).
	sc.Sides, sc.Actors = room[sim.SideDef](len(f.Side)), room[sim.ActorDef](len(f.Actor))
	sc.Assets, sc.Links = room[sim.AssetDef](len(f.Asset)), room[sim.LinkDef](len(f.Link))
	sc.Truths, sc.Bodies = room[sim.TruthDef](len(f.Truth)), room[sim.BodyDef](len(f.Body))
	sc.Resolutions = room[sim.ResolutionDef](len(f.Resolution))
	sc.Injects, sc.Moves = room[sim.InjectDef](len(f.Inject)), room[sim.MoveDef](len(f.Move))
	b.sides(sc, f)
	b.actors(sc, f)
	b.assets(sc, f)
	b.links(sc, f)
	b.truths(sc, f)
	b.bodies(sc, f)
	b.resolutions(sc, f)
	b.injectsMeta(sc, f)
	b.questions(sc, f)
	b.segments(sc, f)
	b.ladders(sc, f)
	b.movesMeta(sc, f)
	b.votedTexts(sc)
	b.canPlay(sc)
	b.costTracks(sc)
	// Expressions need every id above, who may play each move, and where a state keeps each
	// actor's tracks.
	sc.IndexTracks()
	b.c = newCompiler(sc)
	b.expressions(sc, f)
	sc.ScoresUnread = !b.c.readsScore
	giveEnvSet(b.c.set)
	return sc
}

func (b *builder) count(key string, n, most int) {
	if n > most {
		b.errAt(at(key, most), "too many %s tables: %d, at most %d", key, n, most)
	}
}

// outsideTurns records that turn t, at path, is outside the game's turns: those of sc, or,
// when the file gives no valid number of turns, the most a game may have. It speaks the
// scenario's words (turnWords): "outside the exercise's rounds 1..3".
func (b *builder) outsideTurns(path string, t int, sc *sim.Scenario) {
	noun, turns := turnWords(sc)
	if b.noTurns {
		a := "a "
		if noun == "exercise" {
			a = "an "
		}
		b.errAt(path, "turn %d is outside 1..%d, the most %s %s may have", t, maxTurns, turns, a+noun)
		return
	}
	b.errAt(path, "turn %d is outside the %s's %s 1..%d", t, noun, turns, sc.Turns)
}

// turnWords returns what sc calls a play of itself and its turns, for the errors that name
// them: "game" and "turns", or for a discussion exercise whose turn_label is "round",
// "exercise" and "rounds". Sides and the scored key are read before any key that names a turn.
func turnWords(sc *sim.Scenario) (noun, turns string) {
	return sc.Noun(), words.Plural(sc.TurnLabel)
}

func (b *builder) text(path, s string) {
	if len(s) > maxText {
		b.errAt(path, "text is %d characters long, more than %d", len(s), maxText)
	}
}

func (b *builder) meta(sc *sim.Scenario, m *Meta) {
	if m.ID == "" {
		b.errAt("scenario", "missing key id")
	} else if !validID(m.ID) {
		b.errAt("scenario.id", "%q is not an id: use lower-case letters, digits and _, starting with a letter", m.ID)
	}
	if m.Title == "" {
		b.errAt("scenario", "missing key title")
	}
	if m.Turns < 1 || m.Turns > maxTurns {
		if m.Turns != 0 || !b.missing("scenario", "turns") {
			b.errAt("scenario.turns", "turns must be 1..%d, not %d", maxTurns, m.Turns)
		}
		// The rest of the file is checked against the most turns a game may have: an inject
		// on turn 2 is no mistake of its own when the number of turns is the mistake.
		m.Turns, b.noTurns = maxTurns, true
	}
	b.text("scenario.briefing", m.Briefing)
	sc.ID, sc.Title, sc.Summary, sc.Briefing = m.ID, m.Title, m.Summary, m.Briefing
	sc.Turns, sc.TurnLabel, sc.Sources = m.Turns, m.TurnLabel, m.Sources
	if sc.TurnLabel == "" {
		sc.TurnLabel = "turn"
	}
	sc.Unscored = m.Scored != nil && !*m.Scored
	sc.Open = m.OpenTables
	if m.Start != "" || m.TurnSpan != "" {
		b.clock(sc, m)
	}
	sc.Seed = 1
	if m.Seed != nil {
		if *m.Seed < 0 {
			b.errAt("scenario.seed", "seed must not be negative")
		}
		sc.Seed = uint64(*m.Seed)
	}
}

// tableNames returns the names of the [key.NAME] tables of m in the order the file gives them
// (order, from the decoder), or sorted should order not match m: never map order.
func tableNames[V any](order []string, m map[string]V) []string {
	names := order
	if len(names) != len(m) {
		names = make([]string, 0, len(m))
		for n := range m {
			names = append(names, n)
		}
		sort.Strings(names)
	}
	return names
}

// tracks reads [tracks.NAME] tables in the order the file gives them.
func (b *builder) tracks(sc *sim.Scenario, f *File, order []string) {
	names := tableNames(order, f.Tracks)
	if len(names) > maxTracks {
		b.errAt("tracks", "too many tracks: %d, at most %d", len(names), maxTracks)
		return
	}
	for _, n := range names {
		t := f.Tracks[n]
		p := keyPath("tracks", n)
		if !validID(n) {
			b.errAt(p, "%q is not an id: use lower-case letters, digits and _, starting with a letter", n)
		}
		for _, r := range reserved {
			if n == r {
				b.errAt(p, "%s is reserved and cannot name a track", n)
			}
		}
		d := sim.TrackDef{ID: n, Label: t.Label, Min: 0, Max: 100, Public: t.Public}
		if d.Label == "" {
			d.Label = n
		}
		if t.Min != nil {
			d.Min = *t.Min
		}
		if t.Max != nil {
			d.Max = *t.Max
		}
		// A bound of the wrong type (or a track that is no table) is reported at it; the
		// values checked against it are not, as the file does not say where it lies.
		lo, hi := b.typedAt(p, "min"), b.typedAt(p, "max")
		if lo || hi {
			if b.unbounded == nil {
				b.unbounded = map[string][2]bool{}
			}
			b.unbounded[n] = [2]bool{lo, hi}
		}
		if d.Min > d.Max && !lo && !hi {
			b.errAt(p+".min", "min %d is above max %d", d.Min, d.Max)
		}
		// Left out, a track starts at 0, or at the bound nearer 0 when 0 is outside its
		// range: a track of -10..10 (a stance) starts neutral, not at its most hostile.
		d.Def = min(max(0, d.Min), d.Max)
		if t.Default != nil {
			d.Def = *t.Default
			if d.Def < d.Min && !lo || d.Def > d.Max && !hi {
				b.errAt(p+".default", "default %d is outside %d..%d", d.Def, d.Min, d.Max)
			}
		}
		sc.Tracks = append(sc.Tracks, d)
	}
}

// ids checks every id is well formed and unique within its kind.
func (b *builder) ids(f *File) {
	check := func(kind string, n int, id func(int) string) {
		seen := map[string]int{}
		for i := 0; i < n; i++ {
			p := func() string { return fmt.Sprintf("%s[%d].id", kind, i) } // only for a problem
			v := id(i)
			switch {
			case v == "":
				b.errAt(at(kind, i), "missing key id")
			case !validID(v):
				b.errAt(p(), "%q is not an id: use lower-case letters, digits and _, starting with a letter", v)
			default:
				if j, dup := seen[v]; dup {
					b.errAt(p(), "duplicate %s id %q (first at %s[%d])", kind, v, kind, j)
				} else {
					seen[v] = i
				}
			}
		}
	}
	check("side", len(f.Side), func(i int) string { return f.Side[i].ID })
	check("actor", len(f.Actor), func(i int) string { return f.Actor[i].ID })
	check("asset", len(f.Asset), func(i int) string { return f.Asset[i].ID })
	check("link", len(f.Link), func(i int) string { return f.Link[i].ID })
	check("move", len(f.Move), func(i int) string { return f.Move[i].ID })
	check("inject", len(f.Inject), func(i int) string { return f.Inject[i].ID })
	check("truth", len(f.Truth), func(i int) string { return f.Truth[i].ID })
	check("body", len(f.Body), func(i int) string { return f.Body[i].ID })
	check("resolution", len(f.Resolution), func(i int) string { return f.Resolution[i].ID })
	check("outcome", len(f.Outcome), func(i int) string { return f.Outcome[i].ID })
	check("ladder", len(f.Ladder), func(i int) string { return f.Ladder[i].ID })
	for i, s := range f.Side {
		check(at("side", i)+".objective", len(s.Objective), func(j int) string { return s.Objective[j].ID })
	}
}

var colorRe = regexp.MustCompile(`^#[0-9a-fA-F]{6}$`)

// seatNames are the ids a side may not have: the names of a served exercise's other seats
// (serve.NewGame), each with whose seat it is. A team with one of them would share that
// seat's link.
var seatNames = map[string]string{"white": "the white cell's", "observer": "the observers'"}

// SeatNames returns the ids a side may not have, sorted: the names of a served exercise's other
// seats. The JSON Schema of the format refuses them too.
func SeatNames() []string {
	return slices.Sorted(maps.Keys(seatNames))
}

func (b *builder) sides(sc *sim.Scenario, f *File) {
	if len(f.Side) == 0 {
		b.errAt("scenario", "a scenario needs at least one [[side]]")
	}
	for i, s := range f.Side {
		p := at("side", i)
		if whose, ok := seatNames[s.ID]; ok {
			b.errAt(p+".id", "%q is reserved: it names %s seat of a served exercise; give the side another id", s.ID, whose)
		}
		if s.Name == "" {
			b.errAt(p, "missing key name")
		}
		if s.Color != "" && !colorRe.MatchString(s.Color) {
			b.errAt(p+".color", "colour %q is not #rrggbb", s.Color)
		}
		b.text(p+".briefing", s.Briefing)
		if len(s.Objective) > maxObjectives {
			b.errAt(p, "too many objectives: %d, at most %d", len(s.Objective), maxObjectives)
		}
		d := sim.SideDef{ID: s.ID, Name: s.Name, Briefing: s.Briefing, Color: s.Color}
		for _, o := range s.Objective {
			d.Objectives = append(d.Objectives, sim.ObjectiveDef{ID: o.ID, Text: o.Text})
		}
		sc.Sides = append(sc.Sides, d)
	}
}

// ref resolves an id of some kind, recording a problem when it does not exist.
func (b *builder) ref(path, kind, id string, find func(string) int) int {
	i := find(id)
	if i < 0 {
		b.errAt(path, "unknown %s %q%s", kind, id, didYouMean(id, idsOf(b.sc, kind)))
	}
	return i
}

func (b *builder) actors(sc *sim.Scenario, f *File) {
	for _, a := range f.Actor {
		sc.Actors = append(sc.Actors, sim.ActorDef{ID: a.ID, Name: a.Name, Kind: a.Kind, Side: -1, Sponsor: -1, Tags: a.Tags})
	}
	nt := len(sc.Tracks)
	b.sponsored = make([]bool, len(f.Actor))
	for i, a := range f.Actor {
		p := at("actor", i)
		d := &sc.Actors[i]
		if d.Name == "" {
			d.Name = a.ID
		}
		if a.Kind == "" {
			b.errAt(p, "missing key kind")
		}
		if a.Side != "" {
			d.Side = b.ref(p+".side", "side", a.Side, sc.Side)
		}
		if a.Sponsor != "" {
			b.sponsored[i] = true
			d.Sponsor = b.ref(p+".sponsor", "actor", a.Sponsor, sc.Actor)
			if d.Sponsor == i {
				b.errAt(p+".sponsor", "an actor cannot sponsor itself")
			}
		}
		d.Tracks = make([]int64, nt)
		for t := range sc.Tracks {
			d.Tracks[t] = sc.Tracks[t].Def
		}
		limited := b.actorKind(sc, p, d)
		keys := make([]string, 0, len(a.Tracks))
		for k := range a.Tracks {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			v := a.Tracks[k]
			t := sc.Track(k)
			if t < 0 {
				// Offered only a track of its kind: another kind's, the next load refuses.
				b.errAtKey(keyPath(p+".tracks", k), "%s", trackSlip(sc, k, a.ID, []int{i}, limited))
				continue
			}
			if !sc.HasTrack(i, t) {
				b.errAtKey(keyPath(p+".tracks", k), "%s has no track %s (its kind %s does not list it)", a.ID, k, a.Kind)
				continue
			}
			td, loose := sc.Tracks[t], b.unbounded[k]
			if v < td.Min && !loose[0] || v > td.Max && !loose[1] {
				b.errAt(keyPath(p+".tracks", k), "%s %d is outside %d..%d", k, v, td.Min, td.Max)
			}
			d.Tracks[t] = v
		}
		if d.Side >= 0 {
			sc.Sides[d.Side].Actors = append(sc.Sides[d.Side].Actors, i)
		}
	}
}

func (b *builder) sideMask(path string, sc *sim.Scenario, ids []string) uint64 {
	var m uint64
	for j, id := range ids {
		if s := b.ref(at(path, j), "side", id, sc.Side); s >= 0 {
			m |= 1 << uint(s)
		}
	}
	return m
}

func (b *builder) assets(sc *sim.Scenario, f *File) {
	for i, a := range f.Asset {
		p := at("asset", i)
		d := sim.AssetDef{ID: a.ID, Name: a.Name, Kind: a.Kind}
		if d.Name == "" {
			d.Name = a.ID
		}
		if a.Kind == "" {
			b.errAt(p, "missing key kind")
		}
		if len(a.Owners) == 0 {
			b.errAt(p, "an asset needs at least one owner")
		}
		for j, o := range a.Owners {
			if x := b.ref(at(p+".owners", j), "actor", o, sc.Actor); x >= 0 {
				if slices.Contains(d.Owners, x) {
					b.errAt(at(p+".owners", j), "owner %q is listed twice", o)
				}
				d.Owners = append(d.Owners, x)
			}
		}
		if a.Status != "" {
			st := sim.Lookup(sim.StatusNames, a.Status)
			if st < 0 {
				b.errAt(p+".status", "%s", unknownWord("status", a.Status, sim.StatusNames))
			} else {
				d.Status = sim.Status(st)
			}
		}
		d.HiddenFrom = b.sideMask(p+".hidden_from", sc, a.HiddenFrom)
		if a.Value != nil {
			if *a.Value < 0 || *a.Value > 1e12 {
				b.errAt(p+".value", "value must be 0..1000000000000, not %d", *a.Value)
			}
			d.Value = *a.Value
		}
		sc.Assets = append(sc.Assets, d)
	}
}

func (b *builder) links(sc *sim.Scenario, f *File) {
	for i, l := range f.Link {
		p := at("link", i)
		d := sim.LinkDef{ID: l.ID, From: -1, To: -1, Delay: l.Delay}
		if l.From == "" || l.To == "" {
			b.errAt(p, "a link needs from and to")
		} else {
			d.From = b.ref(p+".from", "asset", l.From, sc.Asset)
			d.To = b.ref(p+".to", "asset", l.To, sc.Asset)
			if d.From >= 0 && d.From == d.To {
				b.errAt(p+".to", "a link cannot lead back to its source")
			}
		}
		if l.Fee != nil {
			if *l.Fee < 0 || *l.Fee > 100 {
				b.errAt(p+".fee", "fee must be 0..100 percent, not %g", *l.Fee)
			}
			d.FeeBP = int64(float64(*l.Fee*100) + 0.5) // float64(): the same on arm64, unfused (sim/arith.go)
		}
		if l.Delay < 0 || l.Delay > 20 {
			b.errAt(p+".delay", "delay must be 0..20 turns, not %d", l.Delay)
		}
		sc.Links = append(sc.Links, d)
	}
}

func (b *builder) truths(sc *sim.Scenario, f *File) {
	for i, t := range f.Truth {
		d := sim.TruthDef{ID: t.ID, Text: t.Text, Chance: 0.5}
		if t.Chance != nil {
			d.Chance = *t.Chance
			if d.Chance < 0 || d.Chance > 1 {
				b.errAt(at("truth", i)+".chance", "chance must be 0..1, not %g", d.Chance)
			}
		}
		sc.Truths = append(sc.Truths, d)
	}
}

func (b *builder) bodies(sc *sim.Scenario, f *File) {
	for i, x := range f.Body {
		p := at("body", i)
		d := sim.BodyDef{ID: x.ID, Name: x.Name, Threshold: x.Threshold, YesAt: 1, NoAt: -1}
		if d.Name == "" {
			d.Name = x.ID
		}
		if len(x.Members) == 0 && !b.missing(p, "members") {
			b.errAt(p, "a body needs members")
		}
		for j, m := range x.Members {
			if a := b.ref(at(p+".members", j), "actor", m, sc.Actor); a >= 0 {
				if slices.Contains(d.Members, a) {
					b.errAt(at(p+".members", j), "member %q is listed twice", m)
				}
				d.Members = append(d.Members, a)
			}
		}
		switch {
		case x.Threshold == 0 && b.missing(p, "threshold"):
		case len(x.Members) == 0: // a body needs members, above; no threshold fits none
		case x.Threshold < 1 || x.Threshold > len(x.Members):
			b.errAt(p+".threshold", "threshold must be 1..%d (the number of members), not %d", len(x.Members), x.Threshold)
		}
		for j, v := range x.Vetoes {
			a := b.ref(at(p+".vetoes", j), "actor", v, sc.Actor)
			if a >= 0 && !slices.Contains(d.Members, a) {
				b.errAt(at(p+".vetoes", j), "%q holds a veto but is not a member", v)
			}
			d.Vetoes = append(d.Vetoes, a)
		}
		if x.YesAt != nil {
			d.YesAt = *x.YesAt
		}
		if x.NoAt != nil {
			d.NoAt = *x.NoAt
		}
		if d.NoAt >= d.YesAt {
			b.errAt(p+".no_at", "no_at %g must be below yes_at %g", d.NoAt, d.YesAt)
		}
		sc.Bodies = append(sc.Bodies, d)
	}
}

func (b *builder) resolutions(sc *sim.Scenario, f *File) {
	for i, r := range f.Resolution {
		p := at("resolution", i)
		d := sim.ResolutionDef{ID: r.ID, Title: r.Title, Text: r.Text, Body: -1, DraftedBy: -1, VoteAfter: 1}
		if r.Title == "" {
			b.errAt(p, "missing key title")
		}
		if r.Body == "" {
			b.errAt(p, "missing key body")
		} else {
			d.Body = b.ref(p+".body", "body", r.Body, func(id string) int {
				for j := range sc.Bodies {
					if sc.Bodies[j].ID == id {
						return j
					}
				}
				return -1
			})
		}
		if r.DraftedBy != "" {
			d.DraftedBy = b.ref(p+".drafted_by", "side", r.DraftedBy, sc.Side)
		}
		if r.VoteAfter != nil {
			d.VoteAfter = *r.VoteAfter
			switch {
			case d.VoteAfter < 0 || d.VoteAfter > 20:
				b.errAt(p+".vote_after", "vote_after must be 0..20 turns, not %d", d.VoteAfter)
			case d.VoteAfter >= sc.Turns:
				b.errAt(p+".vote_after", "vote_after = %d: a resolution tabled in turn 1 would come to a vote in turn %d, after the last turn (%d); it could never be voted on",
					d.VoteAfter, 1+d.VoteAfter, sc.Turns)
			}
		}
		sc.Resolutions = append(sc.Resolutions, d)
	}
}

func (b *builder) injectsMeta(sc *sim.Scenario, f *File) {
	for i, in := range f.Inject {
		p := at("inject", i)
		d := sim.InjectDef{ID: in.ID, Title: in.Title, Text: in.Text, Expected: in.Expected,
			Turn: in.Turn, Questions: in.Questions, To: sim.AllSides}
		if d.Title == "" {
			d.Title = in.ID
		}
		if in.Text == "" {
			b.errAt(p, "missing key text")
		}
		b.text(p+".text", in.Text)
		if in.Turn == 0 && in.When == nil {
			b.errAt(p, "an inject needs a turn, a when condition, or both")
		}
		if in.Turn < 0 || in.Turn > sc.Turns {
			b.outsideTurns(p+".turn", in.Turn, sc)
		}
		if in.To != nil {
			d.To = b.sideMask(p+".to", sc, in.To)
		}
		if in.At != "" {
			d.At = b.at(sc, p+".at", in.At)
		}
		sc.Injects = append(sc.Injects, d)
	}
}

func (b *builder) movesMeta(sc *sim.Scenario, f *File) {
	for i, m := range f.Move {
		p := at("move", i)
		n := len(b.errs)
		d := sim.MoveDef{ID: m.ID, Name: m.Name, Text: m.Text, ByKinds: m.By.Kinds,
			TargetKinds: m.TargetKinds, OwnTarget: m.OwnTarget, Priority: m.Priority, Hostile: m.Hostile,
			Phase: sim.PhaseOperations}
		if d.Name == "" {
			d.Name = m.ID
		}
		for j, a := range m.By.Actors {
			if x := b.ref(at(p+".by.actors", j), "actor", a, sc.Actor); x >= 0 {
				d.ByActors = append(d.ByActors, x)
			}
		}
		for j, s := range m.By.Sides {
			if x := b.ref(at(p+".by.sides", j), "side", s, sc.Side); x >= 0 {
				d.BySides = append(d.BySides, x)
			}
		}
		b.kindRefs(p+".by.kinds", m.By.Kinds, "actor", actorKinds(sc))
		if len(m.By.Actors)+len(m.By.Kinds)+len(m.By.Sides) == 0 && !b.missing(p, "by") {
			b.errAt(p+".by", "by must name actors, kinds or sides")
		}
		if len(b.errs) > n || slices.ContainsFunc(b.typed, func(t string) bool { return within(t, p+".by") }) {
			// Who may play the move is not known: by is reported, and the reads of self's
			// tracks are not checked against every actor, which a by of no use would match.
			if b.unknownBy == nil {
				b.unknownBy = map[int]bool{}
			}
			b.unknownBy[i] = true
		}
		d.Target = b.enum(p+".target", m.Target, sim.TargetNames, 0)
		d.Arg = b.enum(p+".arg", m.Arg, sim.ArgNames, 0)
		d.Visibility = b.enum(p+".visibility", m.Visibility, sim.VisibilityNames, 0)
		if m.Phase != "" {
			d.Phase = sim.Phase(b.enum(p+".phase", m.Phase, sim.PhaseNames, 0))
		}
		for j, tq := range m.Techniques {
			if !techniqueID.MatchString(tq) {
				b.errAt(at(p+".techniques", j), "%q is not an ATT&CK technique id (T1234 or T1234.567)", tq)
			}
		}
		d.Techniques = m.Techniques
		obs := m.ObservedAs
		if obs == "" {
			obs = sim.ObservedDefault(d.Phase, d.Hostile)
		}
		d.Obs = sc.Observe(obs, d.Target)
		if d.Arg == sim.ArgBallot && d.Target != sim.TargetResolution {
			b.errAt(p+".arg", "a ballot needs target = \"resolution\"")
		}
		switch {
		case len(m.TargetKinds) > 0 && d.Target != sim.TargetActor && d.Target != sim.TargetAsset:
			b.errAt(p+".target_kinds", "target_kinds applies to actor and asset targets")
		case d.Target == sim.TargetActor:
			b.kindRefs(p+".target_kinds", m.TargetKinds, "actor", actorKinds(sc))
		case d.Target == sim.TargetAsset:
			b.kindRefs(p+".target_kinds", m.TargetKinds, "asset", assetKinds(sc))
		}
		if m.OwnTarget && d.Target != sim.TargetAsset && d.Target != sim.TargetLink {
			b.errAt(p+".own_target", "own_target applies to asset and link targets")
		}
		d.Cost, d.CostExprs = b.costs(sc, p+".cost", m.Cost, i, &d)
		for j, v := range m.Via {
			if x := b.ref(at(p+".via", j), "asset", v, sc.Asset); x >= 0 {
				d.Via = append(d.Via, x)
			}
		}
		if len(m.Via) > 0 && !m.Hostile {
			b.errAt(p+".via", "via applies to hostile moves")
		}
		if m.Param != nil {
			d.Param = b.param(sc, p+".param", m.Param, i, &d)
		}
		sc.Moves = append(sc.Moves, d)
	}
}

// enum resolves a word among names; empty is def.
func (b *builder) enum(path, v string, names []string, def int) int {
	if v == "" {
		return def
	}
	i := sim.Lookup(names, v)
	if i < 0 {
		b.errAt(path, "%s", unknownWord("value", v, names))
		// The rest of the file is checked as if the value were the one it is a slip for, when
		// there is one: arg = "actors" would otherwise make every use of the move's arg an
		// error of its own.
		if n := nearest(v, names); n != "" {
			return sim.Lookup(names, n)
		}
		return def
	}
	return i
}

// canPlay indexes which moves each actor may play.
func (b *builder) canPlay(sc *sim.Scenario) {
	sc.CanPlay = make([][]int, len(sc.Actors))
	for a := range sc.Actors {
		for mv := range sc.Moves {
			if mayPlay(sc, a, &sc.Moves[mv]) {
				sc.CanPlay[a] = append(sc.CanPlay[a], mv)
			}
		}
	}
	b.deadMoves(sc)
}

// mayPlay reports whether actor a matches the by of move m.
func mayPlay(sc *sim.Scenario, a int, m *sim.MoveDef) bool {
	ad := &sc.Actors[a]
	return (len(m.ByActors) == 0 || slices.Contains(m.ByActors, a)) &&
		(len(m.ByKinds) == 0 || slices.Contains(m.ByKinds, ad.Kind)) &&
		(len(m.BySides) == 0 || slices.Contains(m.BySides, ad.Side))
}

// deadMoves records each move that no actor on a side may play (only a side's actors give
// orders): a card no team could ever play, most likely a by that asks for a kind and a side no
// actor has together. It is looked for only in a file with no problem so far: an actor's
// misspelt side or kind would otherwise make moves dead that are not.
func (b *builder) deadMoves(sc *sim.Scenario) {
	if len(b.errs) > 0 {
		return
	}
	played := make([]bool, len(sc.Moves))
	for a, mvs := range sc.CanPlay {
		if sc.Actors[a].Side < 0 {
			continue
		}
		for _, mv := range mvs {
			played[mv] = true
		}
	}
	for mv, ok := range played {
		if !ok {
			b.errAt(at("move", mv)+".by", "no actor on a side matches by: no team could ever play this move")
		}
	}
}

// techniqueID is the form of a MITRE ATT&CK technique or sub-technique id.
var techniqueID = regexp.MustCompile(`^T[0-9]{4}(\.[0-9]{3})?$`)

// clock reads the exercise clock: start ("2026-03-02 09:00", wall time) and turn_span (whole
// minutes such as "45m" or "24h"), both or neither.
func (b *builder) clock(sc *sim.Scenario, m *Meta) {
	b.clocked = true
	switch {
	case m.Start == "":
		b.errAt("scenario.turn_span", "turn_span needs start (\"2026-03-02 09:00\")")
		return
	case m.TurnSpan == "":
		b.errAt("scenario.start", "start needs turn_span (\"45m\", \"24h\")")
		return
	}
	t, okT := sim.ParseWallTime(m.Start)
	if !okT {
		b.errAt("scenario.start", "start %q is not a date and time like \"2026-03-02 09:00\"", m.Start)
	}
	d, okD := sim.ParseSpan(m.TurnSpan)
	if okD = okD && d >= 60 && d <= 31*24*3600; !okD {
		b.errAt("scenario.turn_span", "turn_span %q is not whole minutes from 1m to 744h (\"45m\", \"24h\")", m.TurnSpan)
	}
	if okT && okD {
		sc.Start, sc.Span = t, d
	}
}

// at reads an inject's time into its turn.
func (b *builder) at(sc *sim.Scenario, p, s string) int64 {
	d, ok := sim.ParseSpan(s)
	if s == "0m" || s == "0h" {
		d, ok = 0, true
	}
	switch {
	case sc.Span == 0 && !b.clocked:
		b.errAt(p, "at needs the scenario's exercise clock (start and turn_span)")
	case sc.Span == 0: // the clock is refused already
	case !ok:
		b.errAt(p, "at %q is not whole minutes into the turn (\"15m\", \"1h30m\")", s)
	case d >= sc.Span:
		// The turn's span is where the next turn starts: the last time in it is a minute before.
		b.errAt(p, "at %s is not a time in its turn, which spans %s: give 0m to %s", s, sim.SpanText(sc.Span), sim.SpanText(sc.Span-60))
	default:
		return d
	}
	return 0
}

// questions reads the [[question]] tables: each put to the sides of to (default: every side)
// in its turn.
func (b *builder) questions(sc *sim.Scenario, f *File) {
	b.count("question", len(f.Question), maxInjects)
	seen := map[string]bool{}
	for i, q := range f.Question {
		p := at("question", i)
		d := sim.QuestionDef{ID: q.ID, Turn: q.Turn, Text: q.Text, To: sim.AllSides}
		switch {
		case q.ID == "":
			b.errAt(p, "missing key id")
		case seen[q.ID]:
			b.errAt(p+".id", "question %q is given twice", q.ID)
		}
		seen[q.ID] = true
		if (q.Turn < 1 || q.Turn > sc.Turns) && (q.Turn != 0 || !b.missing(p, "turn")) {
			b.outsideTurns(p+".turn", q.Turn, sc)
		}
		if q.Text == "" {
			b.errAt(p, "missing key text")
		}
		if q.To != nil {
			d.To = b.sideMask(p+".to", sc, q.To)
		}
		sc.Questions = append(sc.Questions, d)
	}
}

// segments reads the [[segment]] tables: the timed parts of the turns they name (every turn
// when they name none), in the order written.
func (b *builder) segments(sc *sim.Scenario, f *File) {
	b.count("segment", len(f.Segment), maxInjects)
	for i, g := range f.Segment {
		p := at("segment", i)
		d := sim.SegmentDef{Name: g.Name, Turns: g.Turns}
		if g.Name == "" {
			b.errAt(p, "missing key name")
		}
		n, ok := sim.ParseSpan(g.Length)
		if (!ok || n < 60 || n > 24*3600) && (g.Length != "" || !b.missing(p, "length")) {
			b.errAt(p+".length", "length %q is not whole minutes from 1m to 24h (\"10m\", \"1h30m\")", g.Length)
		}
		d.Length = n
		for j, t := range g.Turns {
			if t < 1 || t > sc.Turns {
				b.outsideTurns(at(p+".turns", j), t, sc)
			}
		}
		sc.Segments = append(sc.Segments, d)
	}
}
