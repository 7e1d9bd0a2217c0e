package docs

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"ttx/sim/load"
)

// TestRequiredKeysAreRequired checks the loader against the "required" the reference and the
// schema share (the jsonschema tags): taking any required key out of a valid scenario makes
// it invalid.
func TestRequiredKeysAreRequired(t *testing.T) {
	src, err := os.ReadFile("../sim/testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := load.Load("mini.toml", src); err != nil {
		t.Fatalf("mini.toml does not load: %v", err)
	}
	for _, f := range FormatOf(reflect.TypeOf(load.File{})).Fields {
		if !f.Required {
			continue
		}
		var doc map[string]any
		if _, err := toml.Decode(string(src), &doc); err != nil {
			t.Fatal(err)
		}
		n := remove(doc, strings.Split(f.Path, "."))
		if n == 0 {
			t.Errorf("mini.toml has no %s to take out", f.Path)
			continue
		}
		var buf bytes.Buffer
		if err := toml.NewEncoder(&buf).Encode(doc); err != nil {
			t.Fatalf("encoding mini.toml without %s: %v", f.Path, err)
		}
		if _, err := load.Load("mini.toml", buf.Bytes()); err == nil {
			t.Errorf("without %s (%d taken out), mini.toml still loads: the loader does not require it", f.Path, n)
		}
	}
}

// remove deletes the key at path from every table it is in and returns how many it deleted.
func remove(v any, path []string) int {
	switch x := v.(type) {
	case map[string]any:
		if len(path) == 1 {
			if _, ok := x[path[0]]; ok {
				delete(x, path[0])
				return 1
			}
			return 0
		}
		if path[0] == NameOfMapKey {
			n := 0
			for _, e := range x {
				n += remove(e, path[1:])
			}
			return n
		}
		if e, ok := x[path[0]]; ok {
			return remove(e, path[1:])
		}
	case []map[string]any:
		n := 0
		for _, e := range x {
			n += remove(e, path)
		}
		return n
	case []any:
		n := 0
		for _, e := range x {
			n += remove(e, path)
		}
		return n
	}
	return 0
}
