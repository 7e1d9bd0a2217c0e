package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/docs"
)

// TestNewWritesAScenarioThatPlays writes the starter, validates it with the loader and the
// schema, and plays a whole game headless with random and greedy players.
func TestNewWritesAScenarioThatPlays(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.toml")
	var out, errs bytes.Buffer
	if code := Main([]string{"new", path}, &out, &errs); code != exitOK {
		t.Fatalf("ttx new %s = exit %d: %s", path, code, errs.String())
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(src), "#:schema ./scenario.schema.json\n") {
		t.Errorf("the starter does not start with its #:schema line: %q", strings.SplitN(string(src), "\n", 2)[0])
	}
	// The schema the line points at is written beside it, as ttx schema prints it.
	got, err := os.ReadFile(filepath.Join(filepath.Dir(path), "scenario.schema.json"))
	want, _ := docs.Schema()
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("the schema beside the starter: %v, %d bytes, want ttx schema's %d", err, len(got), len(want))
	}
	validatesAndPlays(t, "the starter", path, src, "blue", "red")
}

// TestNewLeavesASchemaOrURL: a schema file that exists is left as it is, and a URL is not
// written.
func TestNewLeavesASchemaOrURL(t *testing.T) {
	dir := t.TempDir()
	mine := filepath.Join(dir, "scenario.schema.json")
	if err := os.WriteFile(mine, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errs := ttxMain("new", filepath.Join(dir, "a.toml")); code != exitOK || strings.Contains(out, "schema") {
		t.Fatalf("ttx new beside a schema = %d, %q %q", code, out, errs)
	}
	if b, _ := os.ReadFile(mine); string(b) != "{}" {
		t.Errorf("the schema there was overwritten")
	}
	other := t.TempDir()
	if code, _, errs := ttxMain("new", "--schema", "https://example.org/s.json", filepath.Join(other, "b.toml")); code != exitOK {
		t.Fatalf("ttx new --schema URL = %d, %q", code, errs)
	}
	if es, _ := os.ReadDir(other); len(es) != 1 {
		t.Errorf("ttx new --schema URL wrote %v", es)
	}
}

// validatesAndPlays checks that the scenario file at path (holding src) validates, matches the
// schema, and plays to an outcome headless, with random players and with the two sides named
// played by greedy.
func validatesAndPlays(t *testing.T, what, path string, src []byte, greedyA, greedyB string) {
	t.Helper()
	var out, errs bytes.Buffer
	if code := Main([]string{"validate", path}, &out, &errs); code != exitOK {
		t.Fatalf("%s does not validate (exit %d):\n%s", what, code, out.String())
	}
	if err := checkSchema(compileSchema(t), src); err != nil {
		t.Errorf("%s does not match the schema: %v", what, err)
	}
	for _, args := range [][]string{
		{"run", path},
		{"run", "--seed", "7", "--policy", greedyA + "=greedy", "--policy", greedyB + "=greedy", path},
	} {
		out.Reset()
		errs.Reset()
		if code := Main(args, &out, &errs); code != exitOK {
			t.Fatalf("ttx %s = exit %d: %s", strings.Join(args, " "), code, errs.String())
		}
		if !strings.Contains(out.String(), "outcome: ") {
			t.Errorf("ttx %s did not play to an outcome:\n%s", strings.Join(args, " "), out.String())
		}
	}
}

// TestNewRefusesToOverwrite checks an existing file is left as it was.
func TestNewRefusesToOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.toml")
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if code := Main([]string{"new", path}, &out, &errs); code != exitInvalid {
		t.Errorf("ttx new on an existing file = exit %d, want %d", code, exitInvalid)
	}
	if !strings.Contains(errs.String(), "already exists") {
		t.Errorf("ttx new on an existing file says %q, want it to say it already exists", errs.String())
	}
	if b, _ := os.ReadFile(path); string(b) != "mine" {
		t.Errorf("ttx new overwrote an existing file: it now holds %q", b)
	}
}

// TestNewPrintsWithoutFile checks the starter goes to standard output when no file is named,
// with the #:schema line asked for.
func TestNewPrintsWithoutFile(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Main([]string{"new", "--schema", "../docs/scenario.schema.json"}, &out, &errs); code != exitOK {
		t.Fatalf("ttx new = exit %d: %s", code, errs.String())
	}
	if first, _, _ := strings.Cut(out.String(), "\n"); first != "#:schema ../docs/scenario.schema.json" {
		t.Errorf("ttx new --schema printed %q first", first)
	}
	if !strings.Contains(out.String(), "[scenario]") || strings.Count(out.String(), "#:schema") != 1 {
		t.Errorf("ttx new printed no starter scenario, or two #:schema lines")
	}
}

// TestNewNamesTheFile checks that the commands in the starter's opening comment and in the
// message after it name the file written, quoted where a shell would split or expand it.
func TestNewNamesTheFile(t *testing.T) {
	for _, tc := range []struct{ file, arg string }{
		{"mine.toml", "mine.toml"},
		{"it's mine.toml", `'it'\''s mine.toml'`},
	} {
		path := filepath.Join(t.TempDir(), tc.file)
		var out, errs bytes.Buffer
		if code := Main([]string{"new", path}, &out, &errs); code != exitOK {
			t.Fatalf("ttx new %q = exit %d: %s", path, code, errs.String())
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, cmd := range []string{"validate", "run"} {
			if want := "#   ttx " + cmd + " " + tc.arg + " "; !strings.Contains(string(src), want) {
				t.Errorf("%s: the opening comment has no %q", tc.file, want)
			}
			if want := "ttx " + cmd + " " + shellQuote(path); !strings.Contains(out.String(), want) {
				t.Errorf("%s: the message %q has no %q", tc.file, out.String(), want)
			}
		}
		if strings.Contains(string(src), "starter.toml") {
			t.Errorf("%s: the opening comment still names starter.toml", tc.file)
		}
	}
}

// TestNewSchemaFolderMissing: a --schema path whose folder does not exist (from the scenario's
// folder) is refused with a message that says how the path is read, and leaves no starter
// behind, so the same command with the path mended runs again.
func TestNewSchemaFolderMissing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.toml")
	code, _, errs := ttxMain("new", "--schema", "../nowhere/scenario.schema.json", path)
	if code != exitInvalid {
		t.Fatalf("ttx new --schema into a missing folder = exit %d, want %d", code, exitInvalid)
	}
	for _, want := range []string{"schema", "from the folder of " + path, "nothing written"} {
		if !strings.Contains(errs, want) {
			t.Errorf("ttx new says %q, want it to say %q", errs, want)
		}
	}
	if es, _ := os.ReadDir(dir); len(es) != 0 {
		t.Errorf("ttx new left %v behind", es)
	}
	if code, _, errs := ttxMain("new", "--schema", "./scenario.schema.json", path); code != exitOK {
		t.Errorf("ttx new again, the path mended = exit %d: %s", code, errs)
	}
}
