package sim

import (
	"fmt"
	"strconv"
)

// Order is what a side tells one of its actors to do this turn. Ids are the scenario's; an
// incident target is written "incident_N" (N from 1).
type Order struct {
	Side   string `json:"side,omitempty" toml:"side"`
	Actor  string `json:"actor" toml:"actor"`
	Move   string `json:"move" toml:"move"`
	Target string `json:"target,omitempty" toml:"target"`
	Arg    string `json:"arg,omitempty" toml:"arg"`
	// Param is the rung or amount chosen, for a move that takes a parameter (0 otherwise).
	Param     int    `json:"param,omitempty" toml:"param"`
	Rationale string `json:"rationale,omitempty" toml:"rationale"`
}

func (o Order) String() string {
	s := o.Actor + " " + o.Move
	if o.Target != "" {
		s += " " + o.Target
	}
	if o.Arg != "" {
		s += " (" + o.Arg + ")"
	}
	if o.Param != 0 {
		s += " =" + strconv.Itoa(o.Param)
	}
	return s
}

// IncidentID is the order id of incident i.
func IncidentID(i int) string {
	if i >= 0 && i < len(incidentIDs) {
		return incidentIDs[i]
	}
	return fmt.Sprintf("incident_%d", i+1)
}

// incidentIDs are the ids of the first incidents, made once: legal orders name them often.
var incidentIDs = func() []string {
	ids := make([]string, 256)
	for i := range ids {
		ids[i] = fmt.Sprintf("incident_%d", i+1)
	}
	return ids
}()

// Result is the outcome of one order. Every order of a turn gets one.
type Result struct {
	Order Order `json:"order"`
	Side  int   `json:"side"`
	// OK is true when the move succeeded.
	OK bool `json:"ok"`
	// Hidden is set when the order's condition, parameter range, cost or chance read something
	// its side cannot see (see Ctx.Watch): the side's view of the result then says only that it
	// failed or succeeded, with no chance, roll, condition or cost. (It lies beside OK: a
	// result is 8 bytes smaller than with each bool on its own.)
	Hidden bool `json:"hidden,omitempty"`
	// Reason says why the order failed or was refused; nil on success.
	Reason Reason `json:"-"`
	// Chance is the chance of success the order was rolled against, and Roll the draw.
	Chance float64 `json:"chance"`
	Roll   float64 `json:"roll"`
}

// Code returns the reason's code, or "ok".
func (r Result) Code() string {
	if r.Reason == nil {
		return "ok"
	}
	return r.Reason.Code()
}

// order is an order resolved to indices. (The order as given stays in its Result.)
type order struct {
	side, actor, move, target, arg int
	param                          int
	idx                            int // position in the submitted list
}
