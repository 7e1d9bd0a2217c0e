package load

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
)

// nonFinite records every NaN and infinity the file gives for a number (TOML's nan, inf, +inf
// and -inf), as a number key or as a bare number where an expression goes, and removes it so
// that no later check reports it again: no non-finite number enters a scenario. The paths and
// the order are typeErrors' (the fields of File by their TOML names, arrays with indices, tables
// by their keys' names).
func (b *builder) nonFinite(f *File) {
	var walk func(path string, v reflect.Value)
	join := func(path, k string) string {
		if path == "" {
			return k
		}
		return path + "." + k
	}
	walk = func(path string, v reflect.Value) {
		if v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return
			}
			switch x := v.Interface().(type) {
			case *float64:
				if !finite(*x) {
					b.errAtValue(path, "expected a finite number, not %s", tomlFloat(*x))
					v.Set(reflect.Zero(v.Type())) // as if not given
				}
				return
			case *Expr:
				b.badExpr(path, x)
				return
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Struct:
			if x, ok := v.Addr().Interface().(*Expr); ok {
				b.badExpr(path, x)
				return
			}
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				name := t.Field(i).Tag.Get("toml")
				if j := indexByte(name, ','); j >= 0 {
					name = name[:j]
				}
				if name != "" && name != "-" {
					walk(join(path, name), v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(path+"["+strconv.Itoa(i)+"]", v.Index(i))
			}
		case reflect.Map:
			keys := make([]string, 0, v.Len())
			for _, k := range v.MapKeys() {
				keys = append(keys, k.String())
			}
			sort.Strings(keys)
			for _, k := range keys {
				e := v.MapIndex(reflect.ValueOf(k))
				if e.Kind() == reflect.Struct { // map values cannot be set: walk a copy, store it
					c := reflect.New(e.Type()).Elem()
					c.Set(e)
					walk(join(path, k), c)
					v.SetMapIndex(reflect.ValueOf(k), c)
				} else {
					walk(join(path, k), e)
				}
			}
		}
	}
	walk("", reflect.ValueOf(f).Elem())
}

// badExpr records an expression given as a non-finite bare number, which is then not compiled.
func (b *builder) badExpr(path string, x *Expr) {
	if !x.nonFinite {
		return
	}
	b.errAtValue(path, "expected a finite number, not %s", x.Src)
	if b.skip == nil {
		b.skip = map[string]bool{}
	}
	b.skip[path] = true
}

// errAtValue records a problem with the value at a key path, positioned at the value.
func (b *builder) errAtValue(path, format string, a ...any) {
	off, v := b.loc().find(path)
	if v >= 0 {
		off = v
	}
	line, col := b.loc().pos(off)
	b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: path, Msg: fmt.Sprintf(format, a...)})
}

func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }

// tomlFloat writes a non-finite number as TOML does.
func tomlFloat(v float64) string {
	switch {
	case math.IsNaN(v):
		return "nan"
	case math.IsInf(v, 1):
		return "inf"
	case math.IsInf(v, -1):
		return "-inf"
	}
	return fmtFloat(v)
}
