package main

import (
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"

	"github.com/invopop/jsonschema"

	"ttx/docs"
	"ttx/sim"
	"ttx/sim/load"
)

func init() {
	register("schema", "print the JSON Schema of the scenario format", schemaCmd)
}

func schemaCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "", "Prints the JSON Schema (draft-07, fully inlined) of the scenario format, made from\nthe loader's types with the descriptions of docs/scenario-format.md. Editors with\nthe Taplo TOML language server (VS Code: Even Better TOML) use it for completion,\nhover and checks: put '#:schema PATH' on a scenario's first line.\ndocs/scenario.schema.json is this output.", stdout)
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) > 0 {
		fs.Usage()
		return exitUsage
	}
	b, err := scenarioSchema()
	if err != nil {
		fmt.Fprintln(stderr, "ttx schema:", err)
		return exitInvalid
	}
	stdout.Write(b)
	return exitOK
}

// draft07 is the JSON Schema version Taplo reads best.
const draft07 = "http://json-schema.org/draft-07/schema#"

// idPattern is what an id looks like (the loader also bounds its length).
const idPattern = "^[a-z][a-z0-9_]*$"

// scenarioSchema returns the JSON Schema of a scenario file, indented, ending in a newline.
//
// The keys, types, bounds, enumerations and required keys come from the loader's format types
// and their tags (sim/load/format.go); each description and default from the reference. An
// expression is a string, a number or a boolean; an effect has exactly one verb.
func scenarioSchema() ([]byte, error) {
	ref, err := docs.ParseReference(docs.FormatMD)
	if err != nil {
		return nil, fmt.Errorf("docs/scenario-format.md: %w", err)
	}
	format := docs.FormatOf(reflect.TypeOf(load.File{}))
	r := &jsonschema.Reflector{
		FieldNameTag:               "toml",
		DoNotReference:             true,
		ExpandedStruct:             true,
		RequiredFromJSONSchemaTags: true,
		Anonymous:                  true,
		Mapper: func(t reflect.Type) *jsonschema.Schema {
			if t == reflect.TypeOf(load.Expr{}) {
				return &jsonschema.Schema{AnyOf: []*jsonschema.Schema{
					{Type: "string"}, {Type: "number"}, {Type: "boolean"}}}
			}
			return nil
		},
		LookupComment: func(t reflect.Type, field string) string {
			p, ok := format.Path(t, field)
			if !ok {
				return ""
			}
			return ref.Describe(p)
		},
	}
	s := r.Reflect(&load.File{})
	s.Version = draft07
	s.Title = "TTX scenario"
	s.Description = "A scenario of TTX, the tabletop simulator of cyber geopolitics. " +
		"Reference: docs/scenario-format.md. `ttx validate` checks what a schema cannot: " +
		"references between ids, expressions and limits."
	finish(s, "", ref, format)
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// finish walks the object schema of the table at path and adds what reflection cannot know:
// defaults from the reference, id patterns for the names of map entries, and the one verb of
// an effect.
func finish(s *jsonschema.Schema, path string, ref *docs.Reference, format *docs.Format) {
	if path == "effect" {
		for _, verb := range sim.OpNames {
			s.OneOf = append(s.OneOf, &jsonschema.Schema{Required: []string{verb}})
		}
	}
	if s.Properties == nil {
		return
	}
	for pair := s.Properties.Oldest(); pair != nil; pair = pair.Next() {
		key, sub := pair.Key, pair.Value
		p := key
		if path != "" {
			p = path + "." + key
		}
		if k, ok := ref.Key(p); ok {
			sub.Default = defaultOf(k.Default)
		}
		if sub.Type == "object" && sub.Properties == nil && sub.AdditionalProperties != nil {
			sub.PropertyNames = &jsonschema.Schema{Pattern: idPattern}
		}
		table, ok := format.Table(p)
		if !ok {
			continue
		}
		switch {
		case sub.Type == "array" && sub.Items != nil:
			finish(sub.Items, table, ref, format)
		case sub.PropertyNames != nil:
			finish(sub.AdditionalProperties, table, ref, format)
		default:
			finish(sub, table, ref, format)
		}
	}
}

// defaultOf returns a documented default as a JSON value when it is one literal in a code span
// (`"turn"`, `0`, `false`, `[]`), or nil.
func defaultOf(doc string) any {
	if !strings.HasPrefix(doc, "`") || !strings.HasSuffix(doc, "`") || strings.Count(doc, "`") != 2 {
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(strings.Trim(doc, "`")), &v); err != nil {
		return nil
	}
	return v
}
