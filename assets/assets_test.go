package assets

import (
	"image/color"
	"math"
	"testing"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

func TestFacesMeasure(t *testing.T) {
	for _, f := range []Font{Regular, Bold, Mono} {
		w, h := text.Measure("Borrowed Servers", Face(f, 16), 0)
		if w <= 0 || h <= 0 {
			t.Errorf("Measure with font %d = %v×%v, want positive", f, w, h)
		}
	}
	small, _ := text.Measure("abc", Face(Regular, 10), 0)
	big, _ := text.Measure("abc", Face(Regular, 20), 0)
	if big <= small {
		t.Errorf("width at 20px = %v, not more than at 10px = %v", big, small)
	}
	mi, _ := text.Measure("iiii", Face(Mono, 16), 0)
	mm, _ := text.Measure("mmmm", Face(Mono, 16), 0)
	if math.Abs(mi-mm) > 0.01 {
		t.Errorf("mono widths differ: iiii %v, mmmm %v", mi, mm)
	}
}

func TestEveryStatusStyled(t *testing.T) {
	font, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	seen := map[color.RGBA]Status{}
	glyphs := map[string]Status{}
	for _, s := range Statuses {
		c := StatusColor(s)
		if c == Grey && s != Offline {
			t.Errorf("StatusColor(%q) = grey, want a colour of its own", s)
		}
		if o, dup := seen[c]; dup {
			t.Errorf("statuses %q and %q share colour %v", s, o, c)
		}
		seen[c] = s
		g := StatusGlyph(s)
		if g == "?" {
			t.Errorf("StatusGlyph(%q) = ?, want a glyph", s)
		}
		if o, dup := glyphs[g]; dup {
			t.Errorf("statuses %q and %q share glyph %q", s, o, g)
		}
		glyphs[g] = s
		for _, r := range g {
			if i, err := font.GlyphIndex(&buf, r); err != nil || i == 0 {
				t.Errorf("glyph %q of %q is missing from Go Regular", r, s)
			}
		}
	}
	if StatusColor("nonsense") != Grey || StatusGlyph("nonsense") != "?" {
		t.Error("unknown status not grey with ?")
	}
}

func TestSideColorsDistinct(t *testing.T) {
	for i := 0; i < len(SideColors); i++ {
		for j := i + 1; j < len(SideColors); j++ {
			if SideColor(i) == SideColor(j) {
				t.Errorf("SideColor(%d) == SideColor(%d)", i, j)
			}
		}
	}
	if SideColor(len(SideColors)) != SideColor(0) || SideColor(-1) != SideColor(1) {
		t.Error("SideColor does not cycle")
	}
}

func TestParseHex(t *testing.T) {
	tests := []struct {
		in   string
		want color.RGBA
		ok   bool
	}{
		{"#0072b2", Blue, true},
		{"#D55E00", Vermillion, true},
		{"0072b2", color.RGBA{}, false},
		{"#0072b", color.RGBA{}, false},
		{"#zz72b2", color.RGBA{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseHex(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseHex(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestWithAlpha(t *testing.T) {
	got := WithAlpha(color.RGBA{200, 100, 0, 255}, 128)
	want := color.RGBA{100, 50, 0, 128}
	if got != want {
		t.Errorf("WithAlpha = %v, want %v", got, want)
	}
}
