package kit

import (
	"strings"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"

	"ttx/assets"
)

func TestWrap(t *testing.T) {
	face := assets.Face(assets.Regular, 14)
	s := "Lazarus moved stolen funds through a mixer and a bridge before cashing out at an exchange"
	lines := Wrap(s, face, 200)
	if len(lines) < 3 {
		t.Fatalf("Wrap gave %d lines, want several: %q", len(lines), lines)
	}
	for _, l := range lines {
		if w, _ := text.Measure(l, face, 0); w > 200 && strings.Contains(l, " ") {
			t.Errorf("line %q is %v wide, over 200", l, w)
		}
	}
	if got := strings.Join(lines, " "); got != s {
		t.Errorf("rejoined = %q, want %q", got, s)
	}
	if got := Wrap("a\n\nb", face, 100); len(got) != 3 || got[1] != "" {
		t.Errorf("Wrap kept paragraphs as %q", got)
	}
}

func TestEllipsis(t *testing.T) {
	face := assets.Face(assets.Regular, 14)
	if got := Ellipsis("short", face, 500); got != "short" {
		t.Errorf("Ellipsis(short) = %q", got)
	}
	long := strings.Repeat("word ", 60)
	got := Ellipsis(long, face, 200)
	if w, _ := text.Measure(got, face, 0); w > 200 || !strings.HasSuffix(got, "…") || len(got) < 10 {
		t.Errorf("Ellipsis(long) = %q, %v wide", got, w)
	}
}

func TestReflow(t *testing.T) {
	in := "Late 2025. Researchers found\nsomething odd.\n\nTwo items:\n1. one\n   still one\n2. two\n  • a bullet\nend"
	want := "Late 2025. Researchers found something odd.\n\nTwo items:\n1. one\n   still one\n2. two\n  • a bullet end"
	if got := Reflow(in); got != want {
		t.Errorf("Reflow =\n%q\nwant\n%q", got, want)
	}
}
