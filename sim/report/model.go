package report

// Report is the after-action report of one game: everything the HTML and Markdown show, worked
// out once from the replayed state. Text fields hold the scenario's own words, unescaped; the
// writers escape them.
type Report struct {
	Title, ScenarioID, Summary, Briefing string
	// As is the name of the side whose handout this is (BuildAs), "" for the facilitator's.
	As string
	// Scored is false for a discussion exercise (sim.Scenario.Scored): the report has no scores.
	Scored     bool
	Sources    []string
	File, Hash string
	Seed       uint64
	// SeedWithheld says the report does not hold the seed, which is then 0: a served
	// exercise's, whose seed stays on the server (the log it keeps holds it).
	SeedWithheld bool
	// TurnLabel is what a turn is called, capitalised ("Week").
	TurnLabel          string
	Turns, TurnsPlayed int
	Over               bool
	// Schedule is the exercise's schedule, turn by turn, for a scenario with an exercise clock
	// or timed segments; nil for one with neither.
	Schedule *Schedule
	// Outcome is the outcome's id (or a side's id, or "draw"), OutcomeText what it means.
	Outcome, OutcomeText string

	Sides  []Side
	Truths []Truth

	Timeline  []Turn
	Votes     []Vote
	Flows     *Flows // nil when no value was stolen
	Incidents []Incident
	// Scores holds each side's total and each objective's score at the start (the scenario's
	// values, before turn 1's injects, in the facilitator's report), then after every turn.
	Scores Table
	// Tracks holds every actor's tracks at the start and the end, changed ones marked.
	Tracks  Table
	Injects []Inject
	// Answers are the tables' answers to the key questions, side by side.
	Answers []QuestionAnswers
	// Techniques is the ATT&CK coverage: the techniques the moves stand for, and how often each
	// was exercised.
	Techniques []Technique
	Notes      []Note

	Strengths, Improvements []Finding
	// Derived says what the findings drawn from the game's data are drawn from.
	Derived string
	// Observations are the observers' notes grouped by category (record.Categories' order,
	// then the notes given none).
	Observations []Observations
	// Plan is the improvement plan: every area for improvement of a scored game; in a
	// discussion exercise, those the observers' notes raised.
	Plan   []Finding
	Charts []Chart
	// Sections are the parts of the report in the order it shows them (see Section).
	Sections []Section
}

// Schedule is when each turn of the exercise runs and what is timed in it.
type Schedule struct {
	// Clock says when the exercise runs in exercise time ("Round 1 starts Mon 2 Mar 06:00; 3
	// rounds of 12h each, to Tue 3 Mar 18:00"); "" for a scenario with no exercise clock, whose
	// turns have neither times nor timed injects.
	Clock string
	// Segments is whether a turn has timed segments.
	Segments bool
	Turns    []ScheduleTurn
}

// ScheduleTurn is one turn of the schedule: its name ("Round 1"), its exercise time ("Mon 2
// Mar 06:00 to 18:00"), its segments with their lengths ("assess 10m, discuss 20m (30m in all)") and its
// injects at their times ("Mon 06:30 Phishing wave").
type ScheduleTurn struct {
	Turn, Time, Segments string
	Injects              []string
}

// Observations are the observers' notes of one category.
type Observations struct {
	Category string // as the report heads it ("Gap"), or "Other notes"
	Notes    []Note
}

// Side is a team of the exercise and who played it: Player names one player for the whole
// game, or each with its turns when the side changed hands ("greedy, weeks 1–2; team, week 3").
type Side struct {
	ID, Name, Player, Briefing string
	Actors                     []string
	Objectives                 []Objective
	Start, Final               float64
}

// Objective is a scored objective of a side, with its score at the start and the end.
type Objective struct {
	Text         string
	Start, Final float64
}

// Truth is a hidden truth and how the seed drew it.
type Truth struct {
	ID, Text string
	Value    bool
}

// Turn is one turn of the timeline.
type Turn struct {
	N      int
	Label  string // "Week 2"
	Played bool
	// Questions are the scenario's questions of the turn, asked at its start (an inject's own
	// come with the inject): in a side's report, those asked of the side.
	Questions []Question
	// Injects are the injects that fired at the start of the turn or by hand during it.
	Injects []InjectFire
	// Facilitator lists the facilitator's overrides during the turn.
	Facilitator []Line
	Decisions   []Decision
	// Rationale is true when a decision of the turn has a rationale.
	Rationale bool
	Events    []Line
	Notes     []Note
	// Scores is the sides' scores at the end of the turn, as text.
	Scores string
}

// Question is a discussion question as asked, and, in the facilitator's report, of which sides
// when not of all (AskedOf: "asked of: …").
type Question struct {
	Text, AskedOf string
}

// InjectFire is an inject as it fired.
type InjectFire struct {
	Title, Text, To, Expected string
	Questions                 []string
	ByHand                    bool
	// ToldTo is, in the facilitator's report, which sides it was told to when not all ("told
	// to: Port authority"): the script's, not a secret.
	ToldTo string
	// At is when it fired in exercise time ("Mon 2 Mar 06:30"), "" when the scenario has no
	// clock or the facilitator fired it by hand.
	At string
	at int64 // seconds into its turn
}

// order is where an inject comes in its turn's timeline: by its time in the turn, those fired
// by hand last.
func (f InjectFire) order() int64 {
	if f.ByHand {
		return 1 << 62
	}
	return f.at
}

// Decision is one order: who gave it, what happened, and the team's reason.
type Decision struct {
	Side, Text, Result, Chance, Rationale, Secret string
	OK                                            bool
}

// Line is an event described in one line.
type Line struct {
	Kind, Phase, Text, Secret string
}

// Vote is a tally, seat by seat.
type Vote struct {
	Turn                 string
	Title, Body, Result  string
	Threshold            int
	Yes, No, Abstain     int
	Passed, Vetoed       bool
	VetoedBy, TabledBy   string
	Seats                []SeatRow
	HasOrders, HasStance bool
}

// SeatRow is one member's vote.
type SeatRow struct {
	Member, Side, Ballot, By string
	HasVeto, Veto            bool
}

// Flows is the laundering of stolen value.
type Flows struct {
	// Turns has one row per turn: what was stolen, moved, paid in fees, frozen and cashed out
	// in the turn, and what was held and in transit at its end.
	Turns    []FlowRow
	Total    FlowRow
	Moves    []FlowMove
	Holdings []Holding
	// Conserved is false if the running totals ever failed to balance.
	Conserved bool
}

// FlowRow is one turn of the flows.
type FlowRow struct {
	Turn                                    string
	Stolen, Moved, Fees, Frozen, Cashed     int64
	Held, Transit, FrozenTotal, CashedTotal int64
}

// FlowMove is one movement of stolen value.
type FlowMove struct {
	Turn, Kind, From, To, Secret string
	Amount, Fee                  int64
}

// Holding is an asset that held value at some point of the game.
type Holding struct {
	Asset, Kind, Owners, Status, TracedBy string
	Start, Value, Stolen                  int64
	// In a side's report, an asset's values at the start (NoStart) or the end (NoEnd) that
	// were not the side's to see: it neither owned nor traced the asset then.
	NoStart, NoEnd bool
}

// Incident is a hostile act, its truth and what each side came to believe.
type Incident struct {
	N                                          int
	Turn, Move, Authors, Victims, Via, Planted string
	KnownTo                                    string
	Public                                     bool
	// Judged is false in a side's report of an incident it did not author: the truth (its
	// authors, whether accusations were right) is not the side's to know.
	Judged      bool
	Accusations []Accusation
	Confidence  Table
	Verdicts    []Verdict
}

// Accusation is a public attribution.
type Accusation struct {
	Turn, By, Accused string
	Correct           bool
	Judged            bool // Correct is known to the report's reader
}

// Verdict is a side's leading suspect for an incident at the end of the game.
type Verdict struct {
	Side, Suspect, Confidence string
	Evidence, Correct, Tied   bool
}

// Table is a table of text with a header row. Mark flags rows to emphasise (a true author, a
// changed track).
type Table struct {
	Columns []string
	Rows    []Row
}

// Row is a row of a table.
type Row struct {
	Cells []string
	Mark  bool
}

// Inject is an entry of the master scenario events list with the facilitator's questions.
type Inject struct {
	ID, Title, Text, To, Expected, Fired string
	Questions                            []string
}

// Note is an observer's note.
type Note struct {
	Turn, Inject, Text string
	// Category is the kind of observation, as the report heads it ("Strength", "Gap"; "" when
	// none was given); Tags the capabilities or objectives it concerns; Author who wrote it;
	// Action the corrective action it proposes; Owner and Due the owner and due date of that
	// action (from the note's tags "owner:…" and "due:…", which Tags then leaves out).
	Category, Tags, Author, Action string
	Owner, Due                     string
}

// Finding is a strength or an area for improvement, with the corrective action suggested for
// an area for improvement. Area is the capability it concerns (a note's tags) or the part of
// the game it was drawn from.
type Finding struct {
	// Area is what the finding is about: an area of the game's data ("Objectives"), or the
	// capabilities an observer's note concerns, "" for a note that names none.
	Area, Side, Text, Action string
	// Owner and Due are the action's owner and due date, as an observer's note gave them.
	Owner, Due string
	// Observed is true for a finding an observer's note raised (not drawn from the data).
	Observed bool
}

// Chart is a line chart: its data, which the window draws, and the PNG image of it, which the
// HTML and Markdown reports show.
type Chart struct {
	// ID names the chart in file names ("scores", "track-funds").
	ID, Title, Alt string
	// X names the points of the horizontal axis: "start", then each turn played; XLabel and
	// YLabel name the axes.
	X              []string
	XLabel, YLabel string
	Series         []Series
	// YMax > YMin fixes the vertical range (0..1 for confidence); otherwise it fits the data.
	// Integer is true when the values are whole numbers.
	YMin, YMax float64
	Integer    bool
	// PNG is the chart as an image, once RenderCharts has drawn it (HTML does).
	PNG []byte
	// ticks are the labels of the horizontal axis's points in the image: X, with the exercise
	// time under each turn in a timed exercise.
	ticks []string
}

// RenderCharts draws each chart's image (PNG) that is not drawn yet. HTML draws them; a
// caller that writes the images beside the Markdown calls it first.
func (r *Report) RenderCharts() error {
	for i := range r.Charts {
		c := &r.Charts[i]
		if c.PNG != nil {
			continue
		}
		png, err := lineChart(c.Title, c.XLabel, c.YLabel, c.ticks, c.Series, c.YMin, c.YMax, c.Integer)
		if err != nil {
			return err
		}
		c.PNG = png
	}
	return nil
}

// QuestionAnswers is a key question and each table's answer to it.
type QuestionAnswers struct {
	ID, Turn, Text string
	Rows           []AnswerRow
}

// AnswerRow is one table's answer; None: the table recorded none.
type AnswerRow struct {
	Side, Text string
	None       bool
	side       int
}
