package load

import (
	"reflect"
	"sort"
	"strconv"
)

// typeErrors checks the types of a decoded file against the format's types, in the order of
// the keys' names, and returns every mismatch as a key path (with array indices) and what was
// expected and found. The format library stops at its first mismatch, and which one comes
// first depends on the order it walks a table's keys in, which varies from run to run; this
// walk gives every mismatch, always the same. It takes each mismatched value out of v, so that
// v can then be decoded and the rest of the file checked: a key of a table is deleted, as if it
// were not written (an optional key then takes its default: max = "ten" leaves a track's
// default max of 100, not a max of 0 that every value of the track would be outside of), and
// an element of an array is replaced with a zero value of the expected type (see zeroOf).
func typeErrors(v any, t reflect.Type) (paths []string, msgs []string) {
	var walk func(path string, v any, t reflect.Type)
	var set func(any) // replaces the value being walked, as typeErrors does (a field: deletes it)
	var put func(any) // puts a value in its place
	bad := func(path string, want string, v any) {
		paths = append(paths, path)
		msgs = append(msgs, "expected "+want+", not "+typeName(tomlTypes, fmtTOMLType(v)))
	}
	fix := func(path string, want string, v any, t reflect.Type) {
		bad(path, want, v)
		if set != nil {
			set(zeroOf(t))
		}
	}
	walk = func(path string, v any, t reflect.Type) {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t == reflect.TypeOf(Expr{}) {
			switch v.(type) {
			case string, int64, float64, bool:
			default:
				fix(path, "an expression (a string, a number or a boolean)", v, t)
			}
			return
		}
		switch t.Kind() {
		case reflect.Struct:
			m, ok := v.(map[string]any)
			if !ok {
				fix(path, "a table", v, t)
				return
			}
			for _, k := range sortedKeys(m) {
				ft, ok := fieldByKey(t, k)
				if !ok {
					// The format library decodes a key into the field its name matches but
					// for case: its type is checked here too, or the library's one error
					// would be the first in its walk, which varies from run to run.
					ft, ok = fieldByFold(t, k)
				}
				if ok {
					set = func(any) { delete(m, k) }
					put = func(z any) { m[k] = z }
					walk(keyPath(path, k), m[k], ft)
				}
			}
		case reflect.Map:
			entry := t.Elem()
			for entry.Kind() == reflect.Pointer {
				entry = entry.Elem()
			}
			m, ok := v.(map[string]any)
			if as, tables := v.([]map[string]any); !ok && tables && entry.Kind() == reflect.Struct && put != nil {
				// [[tracks]] for [tracks.NAME], each with an id or a table of its own:
				// reported once, and the names it gives are declared, with their keys left
				// out, so that what reads them is not reported as well.
				paths = append(paths, path)
				msgs = append(msgs, "expected a table, not an array of tables: write each as a table of its own, ["+path+".NAME]")
				names := map[string]any{}
				for _, e := range as {
					if id, ok := e["id"].(string); ok {
						names[id] = map[string]any{}
					}
					for k, x := range e {
						if _, ok := x.(map[string]any); ok {
							names[k] = map[string]any{}
						}
					}
				}
				put(names)
				return
			}
			if !ok {
				fix(path, "a table", v, t)
				return
			}
			for _, k := range sortedKeys(m) {
				set = func(any) { delete(m, k) }
				put = func(z any) { m[k] = z }
				if entry.Kind() == reflect.Struct {
					// A named entry of the wrong type ([[tracks.care]]) stays, with its keys
					// left out: the file names it, and what names it is no mistake of its own.
					set = put
				}
				walk(keyPath(path, k), m[k], t.Elem())
			}
		case reflect.Slice:
			var xs []any
			var setAt func(i int, z any)
			switch a := v.(type) {
			case []any:
				xs = a
				setAt = func(i int, z any) { a[i] = z }
			case []map[string]any:
				for _, x := range a {
					xs = append(xs, x)
				}
				setAt = func(i int, z any) {
					if m, ok := z.(map[string]any); ok {
						a[i] = m
					}
				}
			default:
				fix(path, "an array", v, t)
				return
			}
			for i, x := range xs {
				set = func(z any) { setAt(i, z) }
				put = set
				walk(path+"["+strconv.Itoa(i)+"]", x, t.Elem())
			}
		case reflect.String:
			if _, ok := v.(string); !ok {
				fix(path, "a string", v, t)
			}
		case reflect.Bool:
			if _, ok := v.(bool); !ok {
				fix(path, "true or false", v, t)
			}
		case reflect.Int, reflect.Int64:
			if _, ok := v.(int64); !ok {
				fix(path, "an integer", v, t)
			}
		case reflect.Float64:
			switch v.(type) {
			case int64, float64:
			default:
				fix(path, "a number", v, t)
			}
		}
	}
	walk("", v, t)
	return paths, msgs
}

// zeroOf returns the zero value, as the format library decodes it, of a value of type t: what
// typeErrors puts in the place of a value of the wrong type.
func zeroOf(t reflect.Type) any {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t == reflect.TypeOf(Expr{}) {
		return int64(0)
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return map[string]any{}
	case reflect.Slice:
		return []any{}
	case reflect.String:
		return ""
	case reflect.Bool:
		return false
	case reflect.Float64:
		return float64(0)
	}
	return int64(0)
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// fmtTOMLType names a decoded value's type as the format library's messages do.
func fmtTOMLType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case int64:
		return "int64"
	case float64:
		return "float64"
	case bool:
		return "bool"
	case []any:
		return "[]any"
	case []map[string]any:
		return "[]map[string]any"
	case map[string]any:
		return "map[string]any"
	}
	return reflect.TypeOf(v).String()
}
