package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	validator "github.com/santhosh-tekuri/jsonschema/v6"

	"ttx/docs"
	"ttx/scenarios"
	"ttx/sim/load"
)

// schemaFile is the committed schema, the output of `ttx schema`.
const schemaFile = "../../docs/scenario.schema.json"

// schemaLine is the first line of every library scenario.
const schemaLine = "#:schema ../docs/scenario.schema.json"

// TestSchemaFile checks that docs/scenario.schema.json is what `ttx schema` prints;
// go test -update rewrites it.
func TestSchemaFile(t *testing.T) {
	var out, errs bytes.Buffer
	if code := Main([]string{"schema"}, &out, &errs); code != exitOK {
		t.Fatalf("ttx schema = exit %d: %s", code, errs.String())
	}
	if *update {
		if err := os.WriteFile(schemaFile, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(schemaFile)
	if err != nil {
		t.Fatalf("%v (go test ./cmd/ttx -run TestSchemaFile -update writes it)", err)
	}
	if !bytes.Equal(out.Bytes(), want) {
		t.Errorf("docs/scenario.schema.json differs from `ttx schema`: run go test ./cmd/ttx -run TestSchemaFile -update")
	}
	var s map[string]any
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatalf("ttx schema printed invalid JSON: %v", err)
	}
	if s["$schema"] != docs.Draft07 {
		t.Errorf("$schema = %v, want %s", s["$schema"], docs.Draft07)
	}
	if strings.Contains(out.String(), `"$ref"`) || strings.Contains(out.String(), `"$defs"`) {
		t.Errorf("the schema has references; Taplo wants it fully inlined")
	}
}

// compileSchema compiles the committed schema with a JSON Schema validator.
func compileSchema(t *testing.T) *validator.Schema {
	t.Helper()
	f, err := os.Open(schemaFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := validator.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", schemaFile, err)
	}
	c := validator.NewCompiler()
	if err := c.AddResource("scenario.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("scenario.schema.json")
	if err != nil {
		t.Fatalf("compiling %s: %v", schemaFile, err)
	}
	return sch
}

// checkSchema validates a TOML scenario against the schema: decoded to plain values, then
// to JSON, as an editor sees it.
func checkSchema(sch *validator.Schema, src []byte) error {
	var doc map[string]any
	if _, err := toml.Decode(string(src), &doc); err != nil {
		return err
	}
	b, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	inst, err := validator.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		return err
	}
	return sch.Validate(inst)
}

// TestLibraryMatchesSchema validates every library scenario and the test scenario against the
// schema, and checks each library file points editors at it on its first line.
func TestLibraryMatchesSchema(t *testing.T) {
	sch := compileSchema(t)
	names := scenarios.Names()
	if len(names) == 0 {
		t.Fatal("the library is empty")
	}
	for _, n := range names {
		src, _ := scenarios.Read(n)
		if first, _, _ := strings.Cut(string(src), "\n"); strings.TrimSpace(first) != schemaLine {
			t.Errorf("scenarios/%s: first line is %q, want %q", n, first, schemaLine)
		}
		if err := checkSchema(sch, src); err != nil {
			t.Errorf("scenarios/%s does not match the schema: %v", n, err)
		}
	}
	src, err := os.ReadFile(filepath.Join("..", "..", "sim", "testdata", "mini.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkSchema(sch, src); err != nil {
		t.Errorf("sim/testdata/mini.toml does not match the schema: %v", err)
	}
}

// TestSchemaRejects checks the schema refuses what the loader refuses for the same reason:
// each case changes a valid scenario in one place.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	src, err := os.ReadFile(filepath.Join("..", "..", "sim", "testdata", "mini.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := checkSchema(sch, src); err != nil {
		t.Fatalf("mini.toml does not match the schema: %v", err)
	}
	cases := []struct{ name, old, new string }{
		{"unknown top-level key", `[scenario]`, "colour = \"red\"\n[scenario]"},
		{"unknown key in a table", `turn_label = "week"`, `turn_lable = "week"`},
		{"unknown key in an array of tables", `id = "red_state"`, "id = \"red_state\"\nfaction = \"x\""},
		{"unknown key in an effect", `{ hop = "target" }`, `{ hop = "target", rate = 1, speed = 2 }`},
		{"unknown key in by", `by = { kinds = ["firm"] }`, `by = { kind = ["firm"] }`},
		{"unknown key in a track", "min = -5", "lowest = -5"},
		{"effect with two verbs", `{ trace = "target" }`, `{ trace = "target", freeze = "target" }`},
		{"effect with no verb", `{ trace = "target" }`, `{ if = "true" }`},
		{"expression as a table", `chance = 0.5`, `chance = { p = 0.5 }`},
		{"wrong type", `turns = 4`, `turns = "four"`},
		{"out of range", `turns = 4`, `turns = 400`},
		{"unknown enumeration value", `phase = "defence"`, `phase = "defense"`},
		{"missing required key", `title = "Sanction the red group"`, ``},
		{"id not an id", `id = "relay"`, `id = "c2-relay"`},
		{"track name not an id", `[tracks.lean]`, `[tracks.Lean]`},
		{"cost amount neither a number nor an expression", `cost = { funds = 2 }`, `cost = { funds = { n = 2 } }`},
		{"side id of the white cell's seat", "[[side]]\nid = \"blue\"", "[[side]]\nid = \"white\""},
		{"side id of the observers' seat", "[[side]]\nid = \"red\"", "[[side]]\nid = \"observer\""},
	}
	for _, c := range cases {
		if !strings.Contains(string(src), c.old) {
			t.Fatalf("%s: mini.toml has no %q", c.name, c.old)
		}
		bad := strings.Replace(string(src), c.old, c.new, 1)
		if err := checkSchema(sch, []byte(bad)); err == nil {
			t.Errorf("%s: the schema accepts %q", c.name, c.new)
		}
	}
	// A variant's side names a side of its base, which cannot be a seat's name either.
	variant := "[variant]\nbase = \"mini.toml\"\n\n[[side]]\nid = \"blue\"\nname = \"Azure\"\n"
	if err := checkSchema(sch, []byte(variant)); err != nil {
		t.Fatalf("a variant does not match the schema: %v", err)
	}
	for _, id := range []string{"white", "observer"} {
		bad := strings.Replace(variant, `"blue"`, `"`+id+`"`, 1)
		if err := checkSchema(sch, []byte(bad)); err == nil {
			t.Errorf("side id of a seat in a variant: the schema accepts id = %q", id)
		}
	}
	// What the loader refuses in a variant, the schema refuses too: tables a variant cannot
	// change or add, a table inside a table, a change that names no id, [variant] with no base.
	for _, c := range []struct{ name, bad string }{
		{"a segment", variant + "\n[[segment]]\nname = \"assess\"\nlength = \"10m\"\n"},
		{"a ladder", variant + "\n[[ladder]]\nid = \"l\"\nrungs = [\"a\", \"b\"]\n"},
		{"an objective inside a side", variant + "[[side.objective]]\nid = \"o\"\nscore = \"1\"\n"},
		{"a move with no id", variant + "\n[[move]]\nchance = 0.5\n"},
		{"no base", strings.Replace(variant, "base = \"mini.toml\"\n", "", 1)},
	} {
		if err := checkSchema(sch, []byte(c.bad)); err == nil {
			t.Errorf("%s in a variant: the schema accepts it", c.name)
		}
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "mini.toml"), src, 0o644); err != nil {
			t.Fatal(err)
		}
		read := func(from, base string) (string, []byte, error) {
			b, err := os.ReadFile(filepath.Join(dir, base))
			return base, b, err
		}
		if _, err := load.LoadWith("v.toml", []byte(c.bad), read); err == nil {
			t.Errorf("%s in a variant: the loader accepts it, the schema refuses it", c.name)
		}
	}
}
