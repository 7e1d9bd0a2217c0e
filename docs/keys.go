package docs

import (
	"reflect"
	"slices"
	"sort"
	"strings"
)

// Field is a key of the format as the Go types declare it.
type Field struct {
	Path     string              // as in Key.Path
	Type     reflect.Type        // the field's type, pointers removed
	Tag      reflect.StructField // the struct field, for its tags
	Required bool                // the field's jsonschema tag says required
}

// Format is the keys the Go types of a format declare, found by following `toml` tags.
type Format struct {
	Fields []Field
	// Tables maps each struct type to the path of the table it is (by value, not pointer).
	Tables map[reflect.Type]string
}

// NameOfMapKey stands for the name of an entry of a table whose keys the author chooses
// ([tracks.NAME]).
const NameOfMapKey = "NAME"

// FormatOf walks the struct type root and returns every key reachable through `toml` tags.
//
// Struct fields are keys; a struct, a slice of structs or a map of structs is a table whose keys
// follow under its path (a map's entries under NAME). A struct type reached from more than one
// field (an effect, in every effects list) is one table named after the type in lower case. A
// type with an UnmarshalTOML method (an expression) is a value, not a table.
func FormatOf(root reflect.Type) *Format {
	f := &Format{Tables: map[reflect.Type]string{}}
	shared := sharedTypes(root)
	var walk func(t reflect.Type, path string)
	walk = func(t reflect.Type, path string) {
		f.Tables[t] = path
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			name := tomlName(sf)
			if name == "" {
				continue
			}
			p := name
			if path != "" {
				p = path + "." + name
			}
			ft := deref(sf.Type)
			f.Fields = append(f.Fields, Field{Path: p, Type: ft, Tag: sf, Required: hasTag(sf, "required")})
			st, sub := tableOf(ft)
			if st == nil {
				continue
			}
			if shared[st] {
				if _, done := f.Tables[st]; !done {
					walk(st, strings.ToLower(st.Name()))
				}
				continue
			}
			walk(st, p+sub)
		}
	}
	walk(deref(root), "")
	sort.SliceStable(f.Fields, func(i, j int) bool { return f.Fields[i].Path < f.Fields[j].Path })
	return f
}

// sharedTypes returns the struct types that more than one field leads to.
func sharedTypes(root reflect.Type) map[reflect.Type]bool {
	count := map[reflect.Type]int{}
	seen := map[reflect.Type]bool{}
	var walk func(t reflect.Type)
	walk = func(t reflect.Type) {
		if seen[t] {
			return
		}
		seen[t] = true
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if tomlName(sf) == "" {
				continue
			}
			if st, _ := tableOf(deref(sf.Type)); st != nil {
				count[st]++
				walk(st)
			}
		}
	}
	walk(deref(root))
	out := map[reflect.Type]bool{}
	for t, n := range count {
		if n > 1 {
			out[t] = true
		}
	}
	return out
}

// tableOf returns the struct type t is a table of (t itself, its elements, or its values) and
// the path segment its entries add (".NAME" for a map), or nil when t is a value.
func tableOf(t reflect.Type) (reflect.Type, string) {
	sub := ""
	switch t.Kind() {
	case reflect.Slice, reflect.Array:
		t = deref(t.Elem())
	case reflect.Map:
		t = deref(t.Elem())
		sub = "." + NameOfMapKey
	}
	if t.Kind() != reflect.Struct || IsValue(t) {
		return nil, ""
	}
	return t, sub
}

// IsValue reports whether a struct type is written as one TOML value: it decodes itself with
// an UnmarshalTOML method.
func IsValue(t reflect.Type) bool {
	_, ok := reflect.PointerTo(t).MethodByName("UnmarshalTOML")
	return ok
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

// tomlName returns a field's key, or "" when it has none.
func tomlName(sf reflect.StructField) string {
	if !sf.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(sf.Tag.Get("toml"), ",")
	if name == "-" {
		return ""
	}
	if name == "" {
		return sf.Name
	}
	return name
}

// hasTag reports whether the field's jsonschema tag holds the option opt.
func hasTag(sf reflect.StructField, opt string) bool {
	return slices.Contains(strings.Split(sf.Tag.Get("jsonschema"), ","), opt)
}

// Path returns the path of the field named goField of struct type t, or of the table t itself
// when goField is empty; false when t is not a table of the format or has no such key.
func (f *Format) Path(t reflect.Type, goField string) (string, bool) {
	table, ok := f.Tables[t]
	if !ok {
		return "", false
	}
	if goField == "" {
		return table, true
	}
	sf, ok := t.FieldByName(goField)
	if !ok || tomlName(sf) == "" {
		return "", false
	}
	if table == "" {
		return tomlName(sf), true
	}
	return table + "." + tomlName(sf), true
}

// Table returns the path of the table that the value of the key at path is, or holds (its
// elements, its entries); false when the value is not a table.
func (f *Format) Table(path string) (string, bool) {
	for _, fd := range f.Fields {
		if fd.Path != path {
			continue
		}
		st, _ := tableOf(fd.Type)
		if st == nil {
			return "", false
		}
		p, ok := f.Tables[st]
		return p, ok
	}
	return "", false
}
