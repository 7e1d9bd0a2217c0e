package load

import (
	"fmt"

	"github.com/expr-lang/expr/ast"

	"ttx/sim"
)

// scoreRead is a read of a side's score (side.ID.score) in an expression: the side, and the
// offset in characters of the read in the expression.
type scoreRead struct {
	side, off int
}

// scoreFinder collects the reads of side scores in a syntax tree.
type scoreFinder struct {
	sc    *sim.Scenario
	reads []scoreRead
}

func (f *scoreFinder) Visit(n *ast.Node) {
	m, ok := (*n).(*ast.MemberNode)
	if !ok {
		return
	}
	if p, ok := m.Property.(*ast.StringNode); !ok || p.Value != "score" {
		return
	}
	in, ok := m.Node.(*ast.MemberNode)
	if !ok {
		return
	}
	base, ok := in.Node.(*ast.IdentifierNode)
	id, ok2 := in.Property.(*ast.StringNode)
	if !ok || !ok2 || base.Value != "side" {
		return
	}
	if i := f.sc.Side(id.Value); i >= 0 {
		f.reads = append(f.reads, scoreRead{side: i, off: base.Location().From})
	}
}

// circularScores refuses every read of a side's score in an objective that makes a score depend
// on itself: a side's score is the sum of its objectives, all scored together at the end of a
// turn, so an objective cannot read its own side's score, nor the score of a side whose
// objectives read, at one or more removes, its own side's.
func (b *builder) circularScores(sc *sim.Scenario, f *File) {
	type objRead struct {
		path string
		scoreRead
	}
	reads := make([][]objRead, len(f.Side)) // by side, in the order of the file
	for i, s := range f.Side {
		if i >= len(sc.Sides) {
			break
		}
		for j, o := range s.Objective {
			if o.Score.Src == "" {
				continue
			}
			tree, err := b.c.parse(o.Score.Src, envKey{})
			if err != nil {
				continue // reported where it was compiled
			}
			fd := &scoreFinder{sc: sc}
			ast.Walk(&tree, fd)
			for _, r := range fd.reads {
				reads[i] = append(reads[i], objRead{at(at("side", i)+".objective", j) + ".score", r})
			}
		}
	}
	// reaches reports whether side from's objectives read, at one or more removes, side to's
	// score.
	reaches := func(from, to int) bool {
		seen := make([]bool, len(reads))
		stack := []int{from}
		for len(stack) > 0 {
			s := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, r := range reads[s] {
				if r.side == to {
					return true
				}
				if !seen[r.side] {
					seen[r.side] = true
					stack = append(stack, r.side)
				}
			}
		}
		return false
	}
	for i := range reads {
		me := sc.Sides[i].ID
		for _, r := range reads[i] {
			var msg string
			switch {
			case r.side == i:
				msg = fmt.Sprintf("side.%s.score is %s's own score, the sum of these objectives: an objective cannot read its own side's score (it would be defined by itself)", me, me)
			case reaches(r.side, i):
				other := sc.Sides[r.side].ID
				msg = fmt.Sprintf("%s's score depends, through its objectives, on %s's: an objective of %s cannot read side.%s.score (the two would be defined by each other)", other, me, me, other)
			default:
				continue
			}
			b.exprErr(r.path, &exprError{off: r.off, msg: msg})
		}
	}
	deps := make([][]int, len(reads))
	readsAny := false
	for i := range reads {
		for _, r := range reads[i] {
			deps[i] = append(deps[i], r.side)
			readsAny = true
		}
	}
	if readsAny {
		sc.ScoreOrder = scoreOrder(deps)
	}
}

// scoreOrder returns the order to score the sides in when side i's objectives read the scores
// of the sides deps[i]: each after those it reads, ties in the order of the file (the first
// side not yet scored whose reads are all scored comes next). A side on a cycle, which the
// loader refuses, comes after the others, in the order of the file.
func scoreOrder(deps [][]int) []int {
	order := make([]int, 0, len(deps))
	done := make([]bool, len(deps))
	ready := func(i int) bool {
		for _, d := range deps[i] {
			if !done[d] && d != i {
				return false
			}
		}
		return true
	}
	for len(order) < len(deps) {
		next := -1
		for i := range deps {
			if !done[i] && ready(i) {
				next = i
				break
			}
		}
		if next < 0 { // a cycle (refused): the rest in the order of the file
			for i := range deps {
				if !done[i] {
					done[i] = true
					order = append(order, i)
				}
			}
			break
		}
		done[next] = true
		order = append(order, next)
	}
	return order
}
