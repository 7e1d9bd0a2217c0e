package sim

// SeatScenario is the scenario as a side's seat may have it: what a server sends a team with
// its sight (SnapshotOf), and all a client needs to draw it. It keeps the length and order of
// every list a state indexes, but blanks each entry the side may not read: other sides'
// briefings and objectives, truths, injects not addressed to the side or not yet fired, the
// expected responses of every inject, assets the side does not know, links it cannot see both
// ends of, drafts of other sides, and the moves its actors cannot play unless they are public.
// Its key questions ([[question]]) are only those put to the side by the sight's turn; of the
// tables an inject is told to or a question put to, it names the side's own alone (the white
// cell's copy: every question, with every table). It has no seed and no expressions but the
// side's own moves' and objectives' sources. Because what a side knows grows during a game, a
// seat's scenario is worked out from its sight, and a server sends it again when it changes.
type SeatScenario struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary,omitempty"`
	Briefing  string   `json:"briefing,omitempty"`
	TurnLabel string   `json:"turn_label"`
	Turns     int      `json:"turns"`
	Sources   []string `json:"sources,omitempty"`
	// Unscored is whether the game keeps no score (Scenario.Scored false: a discussion
	// exercise), which a side with no objective of its own cannot tell from its own; Start,
	// Span and Open are the scenario's (Scenario): its exercise clock, open tables.
	Unscored bool  `json:"unscored,omitempty"`
	Start    int64 `json:"start,omitempty"`
	Span     int64 `json:"span,omitempty"`
	Open     bool  `json:"open,omitempty"`
	// Side is the seat's side, or -1 for the facilitator.
	Side         int            `json:"side"`
	Tracks       []TrackDef     `json:"tracks"`
	Kinds        []KindDef      `json:"kinds,omitempty"`
	Sides        []SeatSide     `json:"sides"`
	Actors       []SeatActor    `json:"actors"`
	Assets       []SeatAsset    `json:"assets"`
	Links        []SeatLink     `json:"links"`
	Moves        []SeatMove     `json:"moves"`
	Observations []Observation  `json:"observations"`
	Injects      []SeatInject   `json:"injects"`
	Questions    []SeatQuestion `json:"questions,omitempty"`
	Truths       int            `json:"truths"`
	Bodies       []SeatBody     `json:"bodies"`
	Resolutions  []SeatRes      `json:"resolutions"`
	Outcomes     []SeatOutcome  `json:"outcomes"`
	// Ladders are the scenario's ladders (their rungs are no secret: a move's parameter and a
	// public order's rung are read on them).
	Ladders []Ladder `json:"ladders,omitempty"`
	// CanPlay lists, for each actor of the seat's side (others: none), the moves it may play.
	CanPlay [][]int `json:"can_play"`
}

// SeatSide is a side as a seat sees it: its own briefing and objectives, the others' names.
type SeatSide struct {
	ID         string          `json:"id"`
	Name       string          `json:"name"`
	Color      string          `json:"color,omitempty"`
	Actors     []int           `json:"actors"`
	Briefing   string          `json:"briefing,omitempty"`
	Objectives []SeatObjective `json:"objectives,omitempty"`
}

// SeatObjective is one of the seat's own objectives.
type SeatObjective struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Score string `json:"score"`
}

// SeatActor is an actor; its tracks are its starting values (those a sight shows of the tracks
// the side cannot see).
type SeatActor struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Side    int      `json:"side"`
	Sponsor int      `json:"sponsor"`
	Tags    []string `json:"tags,omitempty"`
	Tracks  []int64  `json:"tracks"`
	// Lacks is ActorDef.Lacks: the tracks its kind does not have.
	Lacks uint64 `json:"lacks,omitempty"`
}

// SeatAsset is an asset the side knows, with the value the scenario starts it with, or a blank
// entry (Known false).
type SeatAsset struct {
	Known  bool   `json:"known"`
	ID     string `json:"id,omitempty"`
	Name   string `json:"name,omitempty"`
	Kind   string `json:"kind,omitempty"`
	Owners []int  `json:"owners,omitempty"`
	Value  int64  `json:"value,omitempty"`
}

// SeatLink is a link whose both ends the side knows, or a blank entry (From and To -1).
type SeatLink struct {
	ID    string `json:"id,omitempty"`
	From  int    `json:"from"`
	To    int    `json:"to"`
	FeeBP int64  `json:"fee_bp,omitempty"`
	Delay int    `json:"delay,omitempty"`
}

// SeatMove is a move the side's actors may play or a public one, or a blank entry (Known
// false): its observation is all the side sees of it.
type SeatMove struct {
	Known  bool          `json:"known"`
	ID     string        `json:"id,omitempty"`
	Name   string        `json:"name,omitempty"`
	Text   string        `json:"text,omitempty"`
	Target int           `json:"target"`
	Arg    int           `json:"arg"`
	Cost   []TrackAmount `json:"cost,omitempty"`
	// CostExprs are the costs given as expressions (the side's own moves).
	CostExprs  []SeatCost `json:"cost_exprs,omitempty"`
	When       string     `json:"when,omitempty"`
	Chance     string     `json:"chance,omitempty"`
	Phase      Phase      `json:"phase"`
	Visibility int        `json:"visibility"`
	Hostile    bool       `json:"hostile,omitempty"`
	Techniques []string   `json:"techniques,omitempty"`
	Obs        int        `json:"obs"`
	// Param is the move's parameter (known moves): its kind, ladder and label, and for the
	// side's own moves the sources of an amount's bounds.
	Param *SeatParam `json:"param,omitempty"`
}

// SeatParam is a move's parameter as a seat has it.
type SeatParam struct {
	Kind   int    `json:"kind"`
	Ladder int    `json:"ladder"`
	Label  string `json:"label"`
	// Cost is the cost per unit of the value (ParamDef.Cost), and CostExprs those given as
	// expressions (the side's own moves).
	Cost      []TrackAmount `json:"cost,omitempty"`
	CostExprs []SeatCost    `json:"cost_exprs,omitempty"`
	MinSrc    string        `json:"min,omitempty"`
	MaxSrc    string        `json:"max,omitempty"`
}

// SeatCost is a cost given as an expression (CostExpr), as a seat has it: its track and the
// expression's source, which a client shows and does not evaluate.
type SeatCost struct {
	Track int    `json:"track"`
	Src   string `json:"src"`
}

// seatCosts returns the seat's form of costs given as expressions.
func seatCosts(ces []CostExpr) []SeatCost {
	var out []SeatCost
	for _, ce := range ces {
		out = append(out, SeatCost{Track: ce.Track, Src: ce.Amount.Src})
	}
	return out
}

// costExprs returns the costs a seat was given, with their sources and no expressions.
func costExprs(scs []SeatCost) []CostExpr {
	var out []CostExpr
	for _, c := range scs {
		out = append(out, CostExpr{Track: c.Track, Amount: Num{Src: c.Src}})
	}
	return out
}

// SeatInject is an inject told to the side and fired, or a blank entry.
type SeatInject struct {
	ID        string   `json:"id,omitempty"`
	Title     string   `json:"title,omitempty"`
	Text      string   `json:"text,omitempty"`
	Questions []string `json:"questions,omitempty"`
	// Turn is the turn the inject is scheduled for (0: on its condition); only the white cell's
	// copy has it.
	Turn int `json:"turn,omitempty"`
	// To is the sides it is told to (a bitmask) as the seat may know them: the white cell's copy
	// every side's, a team's its own alone.
	To uint64 `json:"to,omitempty"`
	// At is its time within the turn it fires in, in seconds (InjectDef.At), from which a seat
	// shows when it came in exercise time as a hot seat does; like its text, only an inject told
	// to the seat and fired has it (the white cell's: every inject).
	At int64 `json:"at,omitempty"`
}

// SeatQuestion is a key question ([[question]]) put to the seat's side in a turn the game has
// reached (the white cell's copy: every question), with the sides it is put to (a bitmask) as
// the seat may know them: a team's copy its own side alone.
type SeatQuestion struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Turn int    `json:"turn"`
	To   uint64 `json:"to"`
}

// SeatBody is a voting body.
type SeatBody struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Members   []int  `json:"members"`
	Threshold int    `json:"threshold"`
	Vetoes    []int  `json:"vetoes,omitempty"`
}

// SeatRes is a resolution the side sees (tabled, decided or its own draft), or a blank entry.
type SeatRes struct {
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text,omitempty"`
	Body      int    `json:"body"`
	VoteAfter int    `json:"vote_after,omitempty"`
	DraftedBy int    `json:"drafted_by"` // the drafting side, -1 for none or not seen
}

// SeatOutcome is a named way the game can end.
type SeatOutcome struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// SeatScenarioOf returns the scenario as the side of sight v may have it.
func SeatScenarioOf(v *Sight) *SeatScenario {
	sc := v.Sc
	out := &SeatScenario{ID: sc.ID, Title: sc.Title, Summary: sc.Summary, Briefing: sc.Briefing,
		TurnLabel: sc.TurnLabel, Turns: sc.Turns, Sources: sc.Sources, Side: v.Side,
		Unscored: !sc.Scored(), Start: sc.Start, Span: sc.Span, Open: sc.Open,
		Tracks: sc.Tracks, Kinds: sc.Kinds, Observations: sc.Observations, Truths: len(sc.Truths)}
	for i := range sc.Sides {
		d := &sc.Sides[i]
		ss := SeatSide{ID: d.ID, Name: d.Name, Color: d.Color, Actors: d.Actors}
		if v.Side == Facilitator || v.Side == i {
			ss.Briefing = d.Briefing
			for _, o := range d.Objectives {
				ss.Objectives = append(ss.Objectives, SeatObjective{ID: o.ID, Text: o.Text, Score: o.Score.Src})
			}
		}
		out.Sides = append(out.Sides, ss)
	}
	for i := range sc.Actors {
		d := &sc.Actors[i]
		out.Actors = append(out.Actors, SeatActor{ID: d.ID, Name: d.Name, Kind: d.Kind, Side: d.Side,
			Sponsor: d.Sponsor, Tags: d.Tags, Tracks: d.Tracks, Lacks: d.Lacks})
	}
	for x := range sc.Assets {
		d := &sc.Assets[x]
		a := SeatAsset{}
		if v.Knows(x) {
			// The value the file starts it with: the sight has what it holds now, where the side
			// sees it.
			a = SeatAsset{Known: true, ID: d.ID, Name: d.Name, Kind: d.Kind, Owners: d.Owners, Value: d.Value}
		}
		out.Assets = append(out.Assets, a)
	}
	for _, l := range sc.Links {
		sl := SeatLink{From: -1, To: -1}
		if v.Knows(l.From) && v.Knows(l.To) {
			sl = SeatLink{ID: l.ID, From: l.From, To: l.To, FeeBP: l.FeeBP, Delay: l.Delay}
		}
		out.Links = append(out.Links, sl)
	}
	plays := make([]bool, len(sc.Moves))
	if v.Side >= 0 {
		for _, a := range sc.Sides[v.Side].Actors {
			for _, mv := range sc.CanPlay[a] {
				plays[mv] = true
			}
		}
	}
	for mv := range sc.Moves {
		m := &sc.Moves[mv]
		sm := SeatMove{Target: m.Target, Obs: m.Obs}
		if v.Side == Facilitator || plays[mv] || m.Visibility == VisPublic {
			sm = SeatMove{Known: true, ID: m.ID, Name: m.Name, Text: m.Text, Target: m.Target, Arg: m.Arg,
				Cost: m.Cost, Phase: m.Phase, Visibility: m.Visibility, Hostile: m.Hostile, Techniques: m.Techniques, Obs: m.Obs}
			if m.Param.Kind != ParamNone {
				sm.Param = &SeatParam{Kind: m.Param.Kind, Ladder: m.Param.Ladder, Label: m.Param.Label, Cost: m.Param.Cost}
			}
			if plays[mv] || v.Side == Facilitator {
				sm.When, sm.Chance = m.When.Src, m.Chance.Src
				sm.CostExprs = seatCosts(m.CostExprs)
				if sm.Param != nil {
					sm.Param.MinSrc, sm.Param.MaxSrc = m.Param.Min.Src, m.Param.Max.Src
					sm.Param.CostExprs = seatCosts(m.Param.CostExprs)
				}
			}
		}
		out.Moves = append(out.Moves, sm)
	}
	// The sides of whom the seat may know that an inject or a question was asked: the white
	// cell every side of the scenario, a team itself.
	mask := sideBit(len(sc.Sides)) - 1
	if v.Side != Facilitator {
		mask = sideBit(v.Side)
	}
	for i := range sc.Injects {
		in := &sc.Injects[i]
		si := SeatInject{}
		if v.SeesInject(i) && v.Fired[i] != 0 || v.Side == Facilitator {
			si = SeatInject{ID: in.ID, Title: in.Title, Text: in.Text, Questions: in.Questions, To: in.To & mask, At: in.At}
			if v.Side == Facilitator {
				si.Turn = in.Turn
			}
		}
		out.Injects = append(out.Injects, si)
	}
	for _, q := range sc.Questions {
		if v.Side == Facilitator || q.To&mask != 0 && q.Turn <= v.Turn {
			out.Questions = append(out.Questions, SeatQuestion{ID: q.ID, Text: q.Text, Turn: q.Turn, To: q.To & mask})
		}
	}
	for i := range sc.Bodies {
		d := &sc.Bodies[i]
		out.Bodies = append(out.Bodies, SeatBody{ID: d.ID, Name: d.Name, Members: d.Members, Threshold: d.Threshold, Vetoes: d.Vetoes})
	}
	for i := range sc.Resolutions {
		d := &sc.Resolutions[i]
		sr := SeatRes{Body: d.Body, DraftedBy: -1}
		if v.SeesResolution(i) {
			sr = SeatRes{ID: d.ID, Title: d.Title, Text: d.Text, Body: d.Body, VoteAfter: d.VoteAfter, DraftedBy: d.DraftedBy}
		}
		out.Resolutions = append(out.Resolutions, sr)
	}
	for _, o := range sc.Outcomes {
		out.Outcomes = append(out.Outcomes, SeatOutcome{ID: o.ID, Text: o.Text})
	}
	out.Ladders = sc.Ladders
	out.CanPlay = make([][]int, len(sc.Actors))
	for a := range sc.Actors {
		if v.Side == Facilitator || sc.Actors[a].Side == v.Side {
			out.CanPlay[a] = sc.CanPlay[a]
		}
	}
	return out
}
