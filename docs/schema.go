package docs

import (
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/invopop/jsonschema"

	"ttx/sim"
	"ttx/sim/load"
)

// Draft07 is the JSON Schema version Schema writes: the one Taplo reads best.
const Draft07 = "http://json-schema.org/draft-07/schema#"

// idPattern is what an id looks like (the loader also bounds its length).
const idPattern = "^[a-z][a-z0-9_]*$"

// Schema returns the JSON Schema of a scenario file, indented, ending in a newline: what
// `ttx schema` prints and docs/scenario.schema.json holds.
//
// The keys, types, bounds, enumerations and required keys come from the loader's format types
// and their tags (sim/load/format.go); each description and default from the reference. An
// expression is a string, a number or a boolean; an effect has exactly one verb.
func Schema() ([]byte, error) {
	ref, err := ParseReference(FormatMD)
	if err != nil {
		return nil, fmt.Errorf("docs/scenario-format.md: %w", err)
	}
	format := FormatOf(reflect.TypeOf(load.File{}))
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
	s.Version = Draft07
	s.Title = "TTX scenario"
	s.Description = "A scenario of TTX, the tabletop simulator of cyber geopolitics. " +
		"Reference: docs/scenario-format.md. `ttx validate` checks what a schema cannot: " +
		"references between ids, expressions and limits."
	finish(s, "", ref, format)
	b, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	b, err = variantAware(b)
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// variantAware turns the schema of a whole scenario into one that also accepts a variant file:
// a file with [variant] gives only what it changes, so it is checked against the same keys and
// types with no key required; any other file against the whole schema.
func variantAware(strict []byte) ([]byte, error) {
	var whole map[string]any
	if err := json.Unmarshal(strict, &whole); err != nil {
		return nil, err
	}
	top := map[string]any{}
	for _, k := range []string{"$schema", "title", "description"} {
		if v, ok := whole[k]; ok {
			top[k] = v
			delete(whole, k)
		}
	}
	var loose map[string]any
	if err := json.Unmarshal(strict, &loose); err != nil {
		return nil, err
	}
	for _, k := range []string{"$schema", "title", "description"} {
		delete(loose, k)
	}
	dropRequired(loose)
	variantOnly(loose)
	top["if"] = map[string]any{"required": []string{"variant"}}
	top["then"] = loose
	top["else"] = whole
	return json.MarshalIndent(top, "", "  ")
}

// variantOnly narrows the loose schema to what the loader takes in a variant: [variant] with its
// base, [scenario], [end], [tracks.NAME], [kinds.NAME] and the arrays of tables it changes by
// id (load.VariantTables), each naming its id and no table inside it ([[side.objective]]).
// Segments and ladders, which a variant cannot change, are not offered.
func variantOnly(loose map[string]any) {
	props, _ := loose["properties"].(map[string]any)
	keep := append(load.VariantTables(), "$schema", "variant", "scenario", "end", "tracks", "kinds")
	for k := range props {
		if !slices.Contains(keep, k) {
			delete(props, k)
		}
	}
	if v, ok := props["variant"].(map[string]any); ok {
		v["required"] = []string{"base"}
	}
	for _, k := range load.VariantTables() {
		arr, _ := props[k].(map[string]any)
		items, _ := arr["items"].(map[string]any)
		if items == nil {
			continue
		}
		items["required"] = []string{"id"}
		if k == "side" {
			if ps, ok := items["properties"].(map[string]any); ok {
				delete(ps, "objective")
			}
		}
	}
}

// dropRequired removes every list of required keys from a decoded schema.
func dropRequired(v any) {
	switch x := v.(type) {
	case map[string]any:
		delete(x, "required")
		for _, e := range x {
			dropRequired(e)
		}
	case []any:
		for _, e := range x {
			dropRequired(e)
		}
	}
}

// finish walks the object schema of the table at path and adds what reflection cannot know:
// defaults from the reference, id patterns for the names of map entries, the one verb of an
// effect, and the seats' names a side's id may not be.
func finish(s *jsonschema.Schema, path string, ref *Reference, format *Format) {
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
		if p == "side.id" {
			sub.Not = &jsonschema.Schema{Enum: seatNames()}
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

// seatNames returns the ids the loader refuses for a side (load.SeatNames), as JSON values.
func seatNames() []any {
	var ids []any
	for _, id := range load.SeatNames() {
		ids = append(ids, id)
	}
	return ids
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
