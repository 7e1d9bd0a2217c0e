package ui

import (
	"strings"

	"github.com/hajimehoshi/ebiten/v2/text/v2"
)

// Wrap breaks s into lines no wider than width in face, at spaces; a word
// wider than the line stands alone.
func Wrap(s string, face text.Face, width float64) []string {
	var out []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if w, _ := text.Measure(try, face, 0); w > width && line != "" {
				out = append(out, line)
				line = word
				continue
			}
			line = try
		}
		out = append(out, line)
	}
	return out
}

// Ellipsis cuts s to fit width in face, ending it with "…" when cut.
func Ellipsis(s string, face text.Face, width float64) string {
	if w, _ := text.Measure(s, face, 0); w <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if w, _ := text.Measure(string(r[:mid])+"…", face, 0); w <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return string(r[:lo]) + "…"
}
