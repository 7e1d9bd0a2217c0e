package docs

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"ttx/sim/load"
)

// TestReferenceMatchesLoader holds scenario-format.md and the loader's format types to each
// other: every key the loader accepts is documented, every documented key is accepted, and each
// documented type and "required" agree with the Go field.
func TestReferenceMatchesLoader(t *testing.T) {
	ref, err := ParseReference(FormatMD)
	if err != nil {
		t.Fatalf("ParseReference: %v", err)
	}
	format := FormatOf(reflect.TypeOf(load.File{}))
	if len(format.Fields) < 50 {
		t.Fatalf("FormatOf(load.File) found %d keys; the walk is broken", len(format.Fields))
	}
	fields := map[string]Field{}
	for _, f := range format.Fields {
		fields[f.Path] = f
	}
	documented := map[string]bool{}
	for _, k := range ref.Keys {
		if documented[k.Path] {
			t.Errorf("line %d: %s is documented twice", k.Line, k.Path)
		}
		documented[k.Path] = true
		f, ok := fields[k.Path]
		if !ok {
			t.Errorf("line %d: the reference documents %s, which the loader does not accept", k.Line, k.Path)
			continue
		}
		if k.Type == "" || k.Default == "" || k.Meaning == "" {
			t.Errorf("line %d: %s: type %q, default %q, meaning %q: give all three", k.Line, k.Path, k.Type, k.Default, k.Meaning)
		}
		if want := typeWords(f.Type); !slices.ContainsFunc(want, func(w string) bool { return strings.Contains(k.Type, w) }) {
			t.Errorf("line %d: %s has type %q; the loader reads %s, so it should say %s", k.Line, k.Path, k.Type, f.Type, strings.Join(want, " or "))
		}
		if req := strings.HasPrefix(k.Default, "required"); req != f.Required {
			t.Errorf("line %d: %s: documented as required = %v, but its jsonschema tag says %v", k.Line, k.Path, req, f.Required)
		}
	}
	var missing []string
	for _, f := range format.Fields {
		if !documented[f.Path] {
			missing = append(missing, f.Path)
		}
	}
	sort.Strings(missing)
	for _, p := range missing {
		t.Errorf("the loader accepts %s, which the reference does not document", p)
	}
	for typ, path := range format.Tables {
		if path != "" && ref.Tables[path] == "" {
			t.Errorf("table %s (%s) has no heading with a paragraph under it in the reference", path, typ.Name())
		}
	}
}

// typeWords returns the words a documented type may use for a Go type.
func typeWords(t reflect.Type) []string {
	if t.Kind() == reflect.Struct && IsValue(t) {
		return []string{"expression"}
	}
	switch t.Kind() {
	case reflect.String:
		return []string{"string", "id"}
	case reflect.Int, reflect.Int64:
		return []string{"integer"}
	case reflect.Float64:
		return []string{"number"}
	case reflect.Bool:
		return []string{"bool"}
	case reflect.Slice:
		return []string{"array"}
	case reflect.Map, reflect.Struct:
		return []string{"table"}
	}
	return []string{t.Kind().String()}
}

// TestReferenceFindsMistakes shows the check can fail: a reference that leaves a key out, adds
// one, or gets a type wrong differs from the loader.
func TestReferenceFindsMistakes(t *testing.T) {
	format := FormatOf(reflect.TypeOf(load.File{}))
	has := func(md, path string) bool {
		ref, err := ParseReference(md)
		if err != nil {
			t.Fatalf("ParseReference: %v", err)
		}
		_, ok := ref.Key(path)
		return ok
	}
	dropped := strings.Replace(FormatMD, "| `turn_label` |", "| `turn_lable` |", 1)
	if has(dropped, "scenario.turn_label") {
		t.Errorf("a misspelt row still documents scenario.turn_label")
	}
	if !has(dropped, "scenario.turn_lable") {
		t.Errorf("a misspelt row documents no scenario.turn_lable")
	}
	found := false
	for _, f := range format.Fields {
		found = found || f.Path == "scenario.turn_label"
	}
	if !found {
		t.Errorf("FormatOf(load.File) has no scenario.turn_label")
	}
	for _, p := range []string{"tracks.NAME.min", "side.objective.score", "move.by.kinds", "effect.add", "effect.if", "$schema"} {
		found := false
		for _, f := range format.Fields {
			found = found || f.Path == p
		}
		if !found {
			t.Errorf("FormatOf(load.File) has no %s", p)
		}
	}
	if _, err := ParseReference("## `[x]`\n\n| key | type | meaning |\n|---|---|---|\n| `a` | string | b |\n"); err == nil {
		t.Errorf("ParseReference accepted a key table with no default column")
	}
}
