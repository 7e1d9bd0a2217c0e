package ui

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// TestGlyphsInFont: every character beyond ASCII in a string of the window's code, or of the
// engine's and the session's texts it shows (arrows, dots, dashes, the stepper's « and »), is in
// the embedded font; a missing one draws as an empty box.
func TestGlyphsInFont(t *testing.T) {
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	var files []string
	for _, pat := range []string{"*.go", "*/*.go", "../sim/*.go", "../session/*.go", "../sim/report/*.go"} {
		fs, _ := filepath.Glob(pat)
		files = append(files, fs...)
	}
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		fs := token.NewFileSet()
		file, err := parser.ParseFile(fs, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.BasicLit)
			if !ok || (lit.Kind != token.STRING && lit.Kind != token.CHAR) {
				return true
			}
			s := lit.Value
			if lit.Kind == token.CHAR {
				r, _, _, err := strconv.UnquoteChar(s[1:len(s)-1], '\'')
				if err != nil {
					return true
				}
				s = string(r)
			} else if u, err := strconv.Unquote(s); err == nil {
				s = u
			}
			for _, r := range s {
				if r < 0x80 {
					continue
				}
				checked++
				if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
					t.Errorf("%s: %q (U+%04X) is not in the font: it draws as an empty box", fs.Position(lit.Pos()), r, r)
				}
			}
			return true
		})
	}
	if checked == 0 {
		t.Fatal("no character beyond ASCII found in the window's strings: the test reads nothing")
	}
}
