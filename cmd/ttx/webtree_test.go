package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWebOutsideSourceTree: ttx web run outside TTX's source tree, in no Go module or in
// another one, says that it must be run in TTX's source tree and how, with the folder it would
// build into, not "the module here is "command-line-arguments"", and writes nothing.
func TestWebOutsideSourceTree(t *testing.T) {
	tmp := t.TempDir()
	other := filepath.Join(tmp, "other")
	if err := os.Mkdir(other, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(other, "go.mod"), []byte("module example.com/other\n\ngo 1.22\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOWORK", "off")
	t.Setenv("GOFLAGS", "")
	for _, c := range []struct {
		wd, why string
	}{
		{tmp, "(no go.mod here or above)"},
		{other, `(%s is module "example.com/other", not ttx)`},
	} {
		t.Chdir(c.wd)
		code, out, errs := ttxMain("web", "client")
		wd, _ := os.Getwd()
		for _, want := range []string{
			"ttx web: " + wd + " is not in TTX's source tree " + strings.ReplaceAll(c.why, "%s", filepath.Join(wd, "go.mod")),
			"run it in TTX's source tree (the folder of its go.mod, or one below it): cd path/to/ttx && ttx web " + filepath.Join(wd, "client") + "\n",
		} {
			if code != exitInvalid || out != "" || !strings.Contains(errs, want) {
				t.Errorf("in %s: ttx web client = %d, %q, %q; want %d and %q", c.wd, code, out, errs, exitInvalid, want)
			}
		}
		if strings.Contains(errs, "command-line-arguments") {
			t.Errorf("in %s: ttx web speaks of go's command-line-arguments: %q", c.wd, errs)
		}
		if _, err := os.Stat(filepath.Join(c.wd, "client")); err == nil {
			t.Errorf("in %s: a refused ttx web made its folder", c.wd)
		}
	}
}
