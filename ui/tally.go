package ui

import (
	"github.com/hajimehoshi/ebiten/v2"
	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"github.com/hajimehoshi/ebiten/v2/vector"

	"ttx/assets"
	"ttx/ui/kit"
)

// Ballots as the tally draws them.
const (
	BallotAbstain = iota
	BallotYes
	BallotNo
)

// SeatMark is one member's vote.
type SeatMark struct {
	Label  string
	Ballot int
	Veto   bool // a no from a member holding a veto
}

var ballotStyle = [3]struct {
	word  string
	glyph string
}{
	{"abstain", "○"}, {"yes", "●"}, {"no", "×"},
}

// DrawTally draws seats as a grid of cards in r, revealing the first shown
// of them (for playback seat by seat); a veto is outlined and labelled.
// It returns the counts of yes, no and abstain among the shown seats.
func DrawTally(dst *ebiten.Image, th *kit.Theme, r kit.Rect, seats []SeatMark, shown int) (yes, no, abst int) {
	s := th.Scale
	cols := max(1, int(r.W/(150*s)))
	cw, ch := r.W/float64(cols), 46*s
	for i, seat := range seats {
		x := r.X + float64(i%cols)*cw
		y := r.Y + float64(i/cols)*ch
		fill, edge := assets.Panel, assets.Border
		word, glyph, c := "…", "", assets.TextDim
		if i < shown {
			b := seat.Ballot
			if b < 0 || b > 2 {
				b = BallotAbstain
			}
			word, glyph = ballotStyle[b].word, ballotStyle[b].glyph
			switch b {
			case BallotYes:
				c = assets.BluishGreen
				yes++
			case BallotNo:
				c = assets.Vermillion
				no++
			default:
				abst++
			}
			if seat.Veto {
				edge, word = assets.StatusColor(assets.Vetoed), "VETO"
			}
		}
		vector.FillRect(dst, float32(x+2*s), float32(y+2*s), float32(cw-4*s), float32(ch-4*s), fill, false)
		vector.StrokeRect(dst, float32(x+2*s), float32(y+2*s), float32(cw-4*s), float32(ch-4*s), float32(2*s), edge, false)
		drawText(dst, th.Small, seat.Label, assets.Text, x+8*s, y+6*s)
		drawText(dst, th.Small, glyph+" "+word, c, x+8*s, y+24*s)
		if seat.Veto && i < shown {
			w, _ := text.Measure("V", th.Head, 0)
			drawText(dst, th.Head, "V", assets.StatusColor(assets.Vetoed), x+cw-w-10*s, y+10*s)
		}
	}
	return yes, no, abst
}
