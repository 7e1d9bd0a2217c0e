package kit

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

// Reflow joins the hard-wrapped lines of s into paragraphs: a line break
// stays where a blank line, an indented line or a list item follows it,
// and becomes a space elsewhere.
func Reflow(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := strings.TrimSpace(lines[i-1])
			if prev == "" || keepBreak(l) {
				b.WriteByte('\n')
			} else if strings.TrimSpace(l) != "" {
				b.WriteByte(' ')
			} else {
				b.WriteByte('\n')
			}
		}
		if i > 0 && !keepBreak(l) && strings.TrimSpace(lines[i-1]) != "" {
			l = strings.TrimLeft(l, " \t")
		}
		b.WriteString(l)
	}
	return b.String()
}

func keepBreak(l string) bool {
	t := strings.TrimLeft(l, " \t")
	if t == "" {
		return true
	}
	if t != l || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") {
		return true
	}
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i < len(t) && (t[i] == '.' || t[i] == ')')
}
