package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSideNamedAsASeatRefused: a scenario with a side whose id is "white" or "observer" (the
// names of a served exercise's other seats) passed ttx validate and ttx run, and only ttx serve
// refused it, with no position. Every command now refuses it at the side's id (its value, column
// 6 of id = "white"), in the same words.
func TestSideNamedAsASeatRefused(t *testing.T) {
	b, err := os.ReadFile(miniFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"white", "observer"} {
		// side[0] and its references
		src := strings.NewReplacer(`"blue"`, `"`+id+`"`, `'blue'`, `'`+id+`'`).Replace(string(b))
		file := filepath.Join(t.TempDir(), id+".toml")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		line := 1 + strings.Count(src[:strings.Index(src, `id = "`+id+`"`)], "\n")
		want := file + ":" + itoa(line) + ":6: side[0].id: \"" + id + "\" is reserved: it names "
		code, out, _ := ttxMain("validate", file)
		if code != exitInvalid || !strings.HasPrefix(out, want) || strings.Count(out, "\n") != 1 {
			t.Errorf("validate of a side %q = %d, %q, want %d and one line that begins %q", id, code, out, exitInvalid, want)
		}
		for _, cmd := range []string{"run", "serve"} {
			args := []string{cmd, file}
			if cmd == "serve" {
				args = append(args, "--addr", "127.0.0.1:0")
			}
			code, out, errs := ttxMain(args...)
			if w := "ttx " + cmd + ": " + want; code != exitInvalid || out != "" || !strings.HasPrefix(errs, w) {
				t.Errorf("%s of a side %q = %d, stdout %q, stderr %q, want %d, nothing and %q", cmd, id, code, firstLine(out), errs, exitInvalid, w)
			}
		}
	}
}
