package logpath

import (
	"path/filepath"
	"testing"
)

func TestRelAndResolve(t *testing.T) {
	root := t.TempDir()
	for _, c := range []struct{ log, file, want string }{
		{"logs/game.jsonl", "scenarios/mini.toml", "../scenarios/mini.toml"},
		{"game.jsonl", "scenarios/mini.toml", "scenarios/mini.toml"},
		{"a/b/game.jsonl", "a/mini.toml", "../mini.toml"},
		{"game.jsonl", "embedded:campaign", "embedded:campaign"},
	} {
		log, file := filepath.Join(root, c.log), filepath.Join(root, c.file)
		if c.file == "embedded:campaign" {
			file = c.file
		}
		got := Rel(log, file)
		if got != c.want {
			t.Errorf("Rel(%s, %s) = %s, want %s", c.log, c.file, got, c.want)
		}
		if back := Resolve(log, got); back != file {
			t.Errorf("Resolve(%s, %s) = %s, want %s", c.log, got, back, file)
		}
	}
	// Sharing no folder but the root: absolute.
	if got := Rel("/tmp/game.jsonl", "/opt/mini.toml"); got != "/opt/mini.toml" {
		t.Errorf("Rel(/tmp/game.jsonl, /opt/mini.toml) = %s, want the absolute path", got)
	}
}
