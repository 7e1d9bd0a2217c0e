package load

// The types below are the TOML format as written; the loader decodes a file into them, then
// checks and resolves them into a sim.Scenario. Their `toml` names are the format's keys, and
// `ttx schema` reflects them into a JSON Schema. docs/scenario-format.md documents every key;
// ttx/docs tests hold the two to each other, and the jsonschema tags to the loader.

// File is a whole scenario file.
type File struct {
	// Schema is the root "$schema" key some editors (Taplo) read a schema's URL from; the
	// loader ignores it.
	Schema     string           `toml:"$schema,omitempty"`
	Variant    *Variant         `toml:"variant,omitempty"`
	Scenario   Meta             `toml:"scenario" jsonschema:"required"`
	Tracks     map[string]Track `toml:"tracks,omitempty"`
	Kinds      map[string]Kind  `toml:"kinds,omitempty"`
	Side       []Side           `toml:"side" jsonschema:"required,minItems=1"`
	Actor      []Actor          `toml:"actor,omitempty"`
	Asset      []Asset          `toml:"asset,omitempty"`
	Link       []Link           `toml:"link,omitempty"`
	Ladder     []Ladder         `toml:"ladder,omitempty"`
	Move       []Move           `toml:"move,omitempty"`
	Inject     []Inject         `toml:"inject,omitempty"`
	Truth      []Truth          `toml:"truth,omitempty"`
	Body       []Body           `toml:"body,omitempty"`
	Resolution []Resolution     `toml:"resolution,omitempty"`
	End        *End             `toml:"end,omitempty"`
	Outcome    []Outcome        `toml:"outcome,omitempty"`
	Question   []Question       `toml:"question,omitempty"`
	Segment    []Segment        `toml:"segment,omitempty"`
}

// Variant is the [variant] table of a variant file: the base file whose values it changes.
type Variant struct {
	Base string `toml:"base"`
}

// Question is a [[question]] table: a key question put to the tables in a turn.
type Question struct {
	ID   string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Turn int      `toml:"turn" jsonschema:"required,minimum=1"`
	Text string   `toml:"text" jsonschema:"required"`
	To   []string `toml:"to,omitempty"`
}

// Segment is a [[segment]] table: a timed part of a turn's discussion (assess, discuss, …).
type Segment struct {
	Name   string `toml:"name" jsonschema:"required"`
	Length string `toml:"length" jsonschema:"required"`
	Turns  []int  `toml:"turns,omitempty"`
}

// Meta is the [scenario] table.
type Meta struct {
	ID        string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Title     string   `toml:"title" jsonschema:"required"`
	Summary   string   `toml:"summary,omitempty"`
	Briefing  string   `toml:"briefing,omitempty"`
	Turns     int      `toml:"turns" jsonschema:"required,minimum=1,maximum=200"`
	TurnLabel string   `toml:"turn_label,omitempty"`
	Seed      *int64   `toml:"seed,omitempty" jsonschema:"minimum=0"`
	Sources   []string `toml:"sources,omitempty"`
	Scored    *bool    `toml:"scored,omitempty"`
	Start     string   `toml:"start,omitempty" jsonschema:"pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}$"`
	TurnSpan  string   `toml:"turn_span,omitempty"`
	// OpenTables lets the teams see each other's orders (Scenario.Open).
	OpenTables bool `toml:"open_tables,omitempty"`
}

// Track is a [tracks.NAME] table.
type Track struct {
	Min     *int64 `toml:"min,omitempty"`
	Max     *int64 `toml:"max,omitempty"`
	Default *int64 `toml:"default,omitempty"`
	Label   string `toml:"label,omitempty"`
	Public  bool   `toml:"public,omitempty"`
}

// Kind is a [kinds.NAME] table: the tracks actors of kind NAME have, and those the board
// shows on their nodes.
type Kind struct {
	Tracks []string `toml:"tracks" jsonschema:"required"`
	Board  []string `toml:"board,omitempty"`
}

// Side is a [[side]] table.
type Side struct {
	ID        string      `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Name      string      `toml:"name" jsonschema:"required"`
	Briefing  string      `toml:"briefing,omitempty"`
	Color     string      `toml:"color,omitempty" jsonschema:"pattern=^#[0-9a-fA-F]{6}$"`
	Objective []Objective `toml:"objective,omitempty"`
}

// Objective is a [[side.objective]] table.
type Objective struct {
	ID    string `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Text  string `toml:"text,omitempty"`
	Score Expr   `toml:"score" jsonschema:"required"`
}

// Actor is an [[actor]] table.
type Actor struct {
	ID      string           `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Name    string           `toml:"name,omitempty"`
	Kind    string           `toml:"kind" jsonschema:"required"`
	Side    string           `toml:"side,omitempty"`
	Sponsor string           `toml:"sponsor,omitempty"`
	Tags    []string         `toml:"tags,omitempty"`
	Tracks  map[string]int64 `toml:"tracks,omitempty"`
}

// Asset is an [[asset]] table.
type Asset struct {
	ID         string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Name       string   `toml:"name,omitempty"`
	Kind       string   `toml:"kind" jsonschema:"required"`
	Owners     []string `toml:"owners" jsonschema:"required,minItems=1"`
	Status     string   `toml:"status,omitempty" jsonschema:"enum=active,enum=exposed,enum=seized,enum=frozen,enum=offline,enum=compromised"`
	HiddenFrom []string `toml:"hidden_from,omitempty"`
	Value      *int64   `toml:"value,omitempty" jsonschema:"minimum=0,maximum=1000000000000"`
	Freeze     *Expr    `toml:"freeze,omitempty"`
}

// Link is a [[link]] table.
type Link struct {
	ID    string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	From  string   `toml:"from" jsonschema:"required"`
	To    string   `toml:"to" jsonschema:"required"`
	Fee   *float64 `toml:"fee,omitempty" jsonschema:"minimum=0,maximum=100"`
	Delay int      `toml:"delay,omitempty" jsonschema:"minimum=0,maximum=20"`
}

// By says who may play a move.
type By struct {
	Actors []string `toml:"actors,omitempty"`
	Kinds  []string `toml:"kinds,omitempty"`
	Sides  []string `toml:"sides,omitempty"`
}

// Move is a [[move]] table.
type Move struct {
	ID          string          `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Name        string          `toml:"name,omitempty"`
	Text        string          `toml:"text,omitempty"`
	By          By              `toml:"by" jsonschema:"required"`
	Target      string          `toml:"target,omitempty" jsonschema:"enum=none,enum=actor,enum=asset,enum=link,enum=incident,enum=resolution"`
	TargetKinds []string        `toml:"target_kinds,omitempty"`
	OwnTarget   bool            `toml:"own_target,omitempty"`
	Arg         string          `toml:"arg,omitempty" jsonschema:"enum=none,enum=actor,enum=ballot"`
	Param       *Param          `toml:"param,omitempty"`
	Cost        map[string]Expr `toml:"cost,omitempty"`
	When        *Expr           `toml:"when,omitempty"`
	Chance      *Expr           `toml:"chance,omitempty"`
	Phase       string          `toml:"phase,omitempty" jsonschema:"enum=defence,enum=operations,enum=investigation,enum=flows,enum=diplomacy,enum=votes"`
	Priority    int             `toml:"priority,omitempty"`
	Visibility  string          `toml:"visibility,omitempty" jsonschema:"enum=side,enum=target,enum=public"`
	Hostile     bool            `toml:"hostile,omitempty"`
	ObservedAs  string          `toml:"observed_as,omitempty" jsonschema:"maxLength=200"`
	Techniques  []string        `toml:"techniques,omitempty" jsonschema:"maxItems=20"`
	Via         []string        `toml:"via,omitempty"`
	OnSuccess   []Effect        `toml:"on_success,omitempty"`
	OnFailure   []Effect        `toml:"on_failure,omitempty"`
}

// Ladder is a [[ladder]] table: a graded scale whose rungs a move's parameter climbs.
type Ladder struct {
	ID    string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Name  string   `toml:"name,omitempty"`
	Rungs []string `toml:"rungs" jsonschema:"required,minItems=2,maxItems=16"`
}

// Param is a move's param table: a rung of a ladder, or an amount between min and max.
type Param struct {
	Ladder string          `toml:"ladder,omitempty"`
	Min    *Expr           `toml:"min,omitempty"`
	Max    *Expr           `toml:"max,omitempty"`
	Label  string          `toml:"label,omitempty" jsonschema:"maxLength=40"`
	Cost   map[string]Expr `toml:"cost,omitempty"`
}

// Effect is one inline table of an effects list: exactly one verb key and its options.
type Effect struct {
	Add       *string `toml:"add,omitempty"`
	Set       *string `toml:"set,omitempty"`
	Status    *string `toml:"status,omitempty"`
	Reveal    *string `toml:"reveal,omitempty"`
	Evidence  *string `toml:"evidence,omitempty"`
	Plant     *string `toml:"plant,omitempty"`
	Coauthor  *string `toml:"coauthor,omitempty"`
	Attribute *string `toml:"attribute,omitempty"`
	Table     *string `toml:"table,omitempty"`
	Vote      *string `toml:"vote,omitempty"`
	Steal     *string `toml:"steal,omitempty"`
	Hop       *string `toml:"hop,omitempty"`
	Trace     *string `toml:"trace,omitempty"`
	Freeze    *string `toml:"freeze,omitempty"`
	Cashout   *string `toml:"cashout,omitempty"`

	By       *Expr   `toml:"by,omitempty"`
	To       *Expr   `toml:"to,omitempty"`
	Strength *Expr   `toml:"strength,omitempty"`
	Amount   *Expr   `toml:"amount,omitempty"`
	Rate     *Expr   `toml:"rate,omitempty"`
	Into     *string `toml:"into,omitempty"`
	If       *Expr   `toml:"if,omitempty"`
}

// Inject is an [[inject]] table.
type Inject struct {
	ID        string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Title     string   `toml:"title,omitempty"`
	Turn      int      `toml:"turn,omitempty" jsonschema:"minimum=1"`
	When      *Expr    `toml:"when,omitempty"`
	Text      string   `toml:"text" jsonschema:"required"`
	To        []string `toml:"to,omitempty"`
	Questions []string `toml:"questions,omitempty"`
	Expected  string   `toml:"expected,omitempty"`
	At        string   `toml:"at,omitempty"`
	Effects   []Effect `toml:"effects,omitempty"`
}

// Truth is a [[truth]] table.
type Truth struct {
	ID     string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Text   string   `toml:"text,omitempty"`
	Chance *float64 `toml:"chance,omitempty" jsonschema:"minimum=0,maximum=1"`
}

// Body is a [[body]] table.
type Body struct {
	ID        string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Name      string   `toml:"name,omitempty"`
	Members   []string `toml:"members" jsonschema:"required,minItems=1"`
	Threshold int      `toml:"threshold" jsonschema:"required,minimum=1"`
	Vetoes    []string `toml:"vetoes,omitempty"`
	Stance    *Expr    `toml:"stance,omitempty"`
	YesAt     *float64 `toml:"yes_at,omitempty"`
	NoAt      *float64 `toml:"no_at,omitempty"`
}

// Resolution is a [[resolution]] table.
type Resolution struct {
	ID        string   `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Title     string   `toml:"title" jsonschema:"required"`
	Text      string   `toml:"text,omitempty"`
	Body      string   `toml:"body" jsonschema:"required"`
	DraftedBy string   `toml:"drafted_by,omitempty"`
	VoteAfter *int     `toml:"vote_after,omitempty" jsonschema:"minimum=0,maximum=20"`
	OnPass    []Effect `toml:"on_pass,omitempty"`
	OnFail    []Effect `toml:"on_fail,omitempty"`
}

// End is the [end] table.
type End struct {
	When *Expr `toml:"when,omitempty"`
}

// Outcome is an [[outcome]] table.
type Outcome struct {
	ID   string `toml:"id" jsonschema:"required,pattern=^[a-z][a-z0-9_]*$,maxLength=40"`
	Text string `toml:"text,omitempty"`
	When Expr   `toml:"when" jsonschema:"required"`
}

// Expr is an expression as written: a string, or a bare number or boolean for a constant.
type Expr struct {
	Src string
	// nonFinite is set for a bare nan or infinity, which the loader refuses (Src spells it).
	nonFinite bool
}

// UnmarshalTOML accepts a string, a number or a boolean.
func (e *Expr) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case string:
		e.Src = x
	case int64:
		e.Src = fmtInt(x)
	case float64:
		e.Src = fmtFloat(x)
		if !finite(x) {
			e.Src, e.nonFinite = tomlFloat(x), true
		}
	case bool:
		if x {
			e.Src = "true"
		} else {
			e.Src = "false"
		}
	default:
		return errf("an expression must be a string, a number or a boolean")
	}
	return nil
}

// FormatVersion is the version of the scenario format this loader reads: it changes when a
// file that loaded before would load differently or be refused.
const FormatVersion = 1
