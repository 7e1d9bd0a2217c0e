package sim

// Scenario returns the scenario a client draws from: ss's data in a Scenario, with the blanks
// the seat was given (an asset it does not know is "an unknown asset", a move it cannot play has
// only its observation) and no expressions: a client computes no rules (its seat is sent its
// legal orders and their chances).
func (ss *SeatScenario) Scenario() *Scenario {
	sc := &Scenario{ID: ss.ID, Title: ss.Title, Summary: ss.Summary, Briefing: ss.Briefing,
		TurnLabel: ss.TurnLabel, Turns: ss.Turns, Sources: ss.Sources, Tracks: ss.Tracks, Kinds: ss.Kinds,
		Unscored: ss.Unscored, Start: ss.Start, Span: ss.Span, Open: ss.Open,
		Observations: ss.Observations, CanPlay: ss.CanPlay, Ladders: ss.Ladders, seatCopy: true}
	for _, d := range ss.Sides {
		sd := SideDef{ID: d.ID, Name: d.Name, Briefing: d.Briefing, Color: d.Color, Actors: d.Actors}
		for _, o := range d.Objectives {
			sd.Objectives = append(sd.Objectives, ObjectiveDef{ID: o.ID, Text: o.Text, Score: Num{Src: o.Score}})
		}
		sc.Sides = append(sc.Sides, sd)
	}
	for _, a := range ss.Actors {
		sc.Actors = append(sc.Actors, ActorDef{ID: a.ID, Name: a.Name, Kind: a.Kind, Side: a.Side,
			Sponsor: a.Sponsor, Tags: a.Tags, Tracks: a.Tracks, Lacks: a.Lacks})
	}
	for _, a := range ss.Assets {
		d := AssetDef{ID: a.ID, Name: a.Name, Kind: a.Kind, Owners: a.Owners, Value: a.Value}
		if !a.Known {
			d.Name = "an unknown asset"
		}
		sc.Assets = append(sc.Assets, d)
	}
	for _, l := range ss.Links {
		sc.Links = append(sc.Links, LinkDef{ID: l.ID, From: l.From, To: l.To, FeeBP: l.FeeBP, Delay: l.Delay})
	}
	for _, m := range ss.Moves {
		d := MoveDef{ID: m.ID, Name: m.Name, Text: m.Text, Target: m.Target, Arg: m.Arg, Cost: m.Cost, CostExprs: costExprs(m.CostExprs),
			When: Bool{Src: m.When}, Chance: Num{Src: m.Chance}, Phase: m.Phase, Visibility: m.Visibility,
			Hostile: m.Hostile, Techniques: m.Techniques, Obs: m.Obs}
		if p := m.Param; p != nil && p.Ladder >= 0 && (p.Kind != ParamLadder || p.Ladder < len(ss.Ladders)) {
			d.Param = ParamDef{Kind: p.Kind, Ladder: p.Ladder, Label: p.Label, Min: Num{Src: p.MinSrc}, Max: Num{Src: p.MaxSrc},
				Cost: p.Cost, CostExprs: costExprs(p.CostExprs)}
		}
		if !m.Known && m.Obs >= 0 && m.Obs < len(ss.Observations) {
			d.Name = ss.Observations[m.Obs].Text
		}
		sc.Moves = append(sc.Moves, d)
	}
	for _, in := range ss.Injects {
		sc.Injects = append(sc.Injects, InjectDef{ID: in.ID, Title: in.Title, Text: in.Text, Questions: in.Questions, Turn: in.Turn, To: in.To, At: in.At})
	}
	for _, q := range ss.Questions {
		sc.Questions = append(sc.Questions, QuestionDef{ID: q.ID, Text: q.Text, Turn: q.Turn, To: q.To})
	}
	sc.Truths = make([]TruthDef, ss.Truths)
	for _, b := range ss.Bodies {
		sc.Bodies = append(sc.Bodies, BodyDef{ID: b.ID, Name: b.Name, Members: b.Members, Threshold: b.Threshold, Vetoes: b.Vetoes})
	}
	for _, r := range ss.Resolutions {
		sc.Resolutions = append(sc.Resolutions, ResolutionDef{ID: r.ID, Title: r.Title, Text: r.Text, Body: r.Body, VoteAfter: r.VoteAfter, DraftedBy: r.DraftedBy})
	}
	for _, o := range ss.Outcomes {
		sc.Outcomes = append(sc.Outcomes, OutcomeDef{ID: o.ID, Text: o.Text})
	}
	sc.IndexTracks() // the snapshot's tracks are by slot
	return sc
}

// Sight returns the sight sn describes, over sc (the seat's scenario, SeatScenario.Scenario):
// what a client draws. It has no history.
func (sn *Snapshot) Sight(sc *Scenario) *Sight {
	s := &State{Sc: sc, Turn: sn.Turn, Over: sn.Over, Outcome: sn.Outcome, Tracks: sn.Tracks,
		Known: sn.Known, Traced: sn.Traced, Value: sn.Value, Dirty: sn.Dirty, Transit: sn.Transit,
		Flow: sn.Flow, Fired: sn.Fired, Truth: sn.Truth, Incidents: sn.Incidents, Learned: sn.Learned,
		Evidence: sn.Evidence, Res: sn.Res, Scores: sn.Scores, Step: sn.Step, Events: sn.Events}
	s.Status = make([]Status, len(sn.Status))
	for i, name := range sn.Status {
		if k := Lookup(StatusNames, name); k >= 0 {
			s.Status[i] = Status(k)
		}
	}
	for _, r := range sn.Results {
		res := Result{Order: r.Order, Side: sn.Side, OK: r.OK, Chance: r.Chance, Roll: r.Roll}
		if r.Code != "ok" {
			res.Reason = wireReason{code: r.Code, why: r.Why}
		}
		s.Results = append(s.Results, res)
	}
	return &Sight{State: s, Side: sn.Side}
}

// wireReason is a reason as a client is sent it: its code and its words.
type wireReason struct{ code, why string }

func (w wireReason) Error() string { return w.why }
func (w wireReason) Code() string  { return w.code }
