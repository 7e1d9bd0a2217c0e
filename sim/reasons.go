package sim

import "fmt"

// Reason says why an order failed or was refused. Every reason is one of the types below.
type Reason interface {
	error
	// Code is a short stable name, used in logs and tests.
	Code() string
}

// ErrGameOver refuses orders after the game has ended.
type ErrGameOver struct{}

// ErrUnknown refuses an order naming something the scenario does not have.
type ErrUnknown struct{ What, ID string }

// ErrNotYours refuses an order for an actor the ordering side does not control.
type ErrNotYours struct{ Actor, Side string }

// ErrNotAllowed refuses a move the actor may not play.
type ErrNotAllowed struct{ Actor, Move string }

// ErrBadTarget refuses a target (or argument) the move cannot take.
type ErrBadTarget struct{ Move, Target, Why string }

// ErrDuplicate refuses a second order for the same actor and move in one turn.
type ErrDuplicate struct{ Actor, Move string }

// ErrCondition fails an order whose condition does not hold when it resolves; Failed is the
// first conjunct of its top-level "and" chain that does not hold, when it has several.
type ErrCondition struct {
	When, Failed string
	// Seen is what the failing part read, "self.funds is 3 and target.status is unknown"
	// (values the side cannot see are unknown); "" when not worked out.
	Seen string
}

// ErrCost fails an order whose actor cannot pay for it.
type ErrCost struct {
	Track     string
	Need, Has int64
}

// ErrChance is a move that was tried and failed its roll. A quiet state's results (see Quiet)
// give the zero ErrChance: the result itself holds its chance and roll.
type ErrChance struct{ Chance, Roll float64 }

// errChanceQuiet is a quiet state's reason for a failed roll, boxed once.
var errChanceQuiet Reason = ErrChance{}

// ErrNonFinite fails an order one of whose expressions gave no finite number (NaN or an
// infinity) as it resolved: a cost (the order is refused, paying nothing), its chance, or an
// amount or rate of one of its effects. Expr is the
// expression as written. The value reaches no track, score, chance or log: with a chance, the
// order fails before its effects; with an effect, that effect and the ones after it are not
// applied (those before it stand).
type ErrNonFinite struct{ Expr string }

// ErrNotDue refuses a ballot on a resolution that is not being voted on this turn, or by a
// non-member.
type ErrNotDue struct{ Resolution, Why string }

// ErrVeiled is what a side sees of its own order's failure when the condition or the chance it
// failed on read something the side cannot see: that it failed, and no more.
type ErrVeiled struct{}

func (ErrVeiled) Error() string    { return "failed (on what the side cannot see)" }
func (ErrGameOver) Error() string  { return "the game is over" }
func (e ErrUnknown) Error() string { return fmt.Sprintf("unknown %s %q", e.What, e.ID) }
func (e ErrNotYours) Error() string {
	return fmt.Sprintf("%s is not controlled by %s", e.Actor, e.Side)
}
func (e ErrNotAllowed) Error() string { return fmt.Sprintf("%s may not play %s", e.Actor, e.Move) }
func (e ErrBadTarget) Error() string {
	return fmt.Sprintf("%s cannot target %q: %s", e.Move, e.Target, e.Why)
}
func (e ErrDuplicate) Error() string {
	return fmt.Sprintf("%s already plays %s this turn", e.Actor, e.Move)
}
func (e ErrCondition) Error() string {
	s := "condition does not hold: " + e.When
	if e.Failed != "" && e.Failed != e.When {
		s = "condition does not hold: " + e.Failed
	}
	if e.Seen != "" {
		s += ", where " + e.Seen
	}
	if e.Failed != "" && e.Failed != e.When {
		s += " (in " + e.When + ")"
	}
	return s
}
func (e ErrCost) Error() string {
	return fmt.Sprintf("cost: needs %d %s, has %d", e.Need, e.Track, e.Has)
}
func (e ErrChance) Error() string {
	return fmt.Sprintf("failed: rolled %.3f against a chance of %.3f", e.Roll, e.Chance)
}
func (e ErrNonFinite) Error() string {
	return fmt.Sprintf("the expression %s gives no finite number", e.Expr)
}
func (e ErrNotDue) Error() string { return fmt.Sprintf("no vote on %s: %s", e.Resolution, e.Why) }

// Code implements Reason.
func (ErrVeiled) Code() string     { return "failed" }
func (ErrGameOver) Code() string   { return "game-over" }
func (ErrUnknown) Code() string    { return "unknown" }
func (ErrNotYours) Code() string   { return "not-yours" }
func (ErrNotAllowed) Code() string { return "not-allowed" }
func (ErrBadTarget) Code() string  { return "bad-target" }
func (ErrDuplicate) Code() string  { return "duplicate" }
func (ErrCondition) Code() string  { return "condition" }
func (ErrCost) Code() string       { return "cost" }
func (ErrChance) Code() string     { return "chance" }
func (ErrNotDue) Code() string     { return "not-due" }
func (ErrNonFinite) Code() string  { return "non-finite" }
