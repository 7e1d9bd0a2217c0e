package load

import (
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// nonFinite records every NaN and infinity the file gives for a number (TOML's nan, inf, +inf
// and -inf), as a number key or as a bare number where an expression goes, and removes it so
// that no later check reports it again: no non-finite number enters a scenario. The paths and
// the order are typeErrors' (the fields of File by their TOML names, arrays with indices, tables
// by their keys' names).
func (b *builder) nonFinite(f *File) {
	w := finiteWalk{b: b}
	w.walk(reflect.ValueOf(f).Elem())
}

// finiteWalk walks the decoded file for nonFinite, into only what can hold a number or an
// expression (see holdsFloat); it keeps the key path as steps and writes it only for a problem.
type finiteWalk struct {
	b     *builder
	steps []step
}

// step is a key (name) or, when name is "", an array index.
type step struct {
	name string
	i    int
}

func (w *finiteWalk) path() string {
	var sb strings.Builder
	for _, s := range w.steps {
		if s.name == "" {
			sb.WriteByte('[')
			sb.WriteString(strconv.Itoa(s.i))
			sb.WriteByte(']')
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte('.')
		}
		sb.WriteString(s.name)
	}
	return sb.String()
}

var (
	tFloatPtr = reflect.TypeOf((*float64)(nil))
	tExpr     = reflect.TypeOf(Expr{})
	tExprPtr  = reflect.TypeOf((*Expr)(nil))
)

func (w *finiteWalk) walk(v reflect.Value) {
	t := v.Type()
	switch {
	case t == tFloatPtr:
		if !v.IsNil() && !finite(v.Elem().Float()) {
			w.b.errAt(w.path(), "expected a finite number, not %s", tomlFloat(v.Elem().Float()))
			v.Set(reflect.Zero(t)) // as if not given
		}
		return
	case t == tExpr:
		w.expr(v)
		return
	case t == tExprPtr:
		if !v.IsNil() {
			w.expr(v.Elem())
		}
		return
	}
	if t.Kind() == reflect.Pointer {
		if v.IsNil() {
			return
		}
		v = v.Elem()
	}
	switch v.Kind() {
	case reflect.Struct:
		for _, f := range floatFields(v.Type()) {
			w.steps = append(w.steps, step{name: f.name})
			w.walk(v.Field(f.index))
			w.steps = w.steps[:len(w.steps)-1]
		}
	case reflect.Slice:
		if !holdsFloat(v.Type().Elem()) {
			return
		}
		for i := 0; i < v.Len(); i++ {
			w.steps = append(w.steps, step{i: i})
			w.walk(v.Index(i))
			w.steps = w.steps[:len(w.steps)-1]
		}
	case reflect.Map:
		if !holdsFloat(v.Type().Elem()) {
			return
		}
		keys := make([]string, 0, v.Len())
		for _, k := range v.MapKeys() {
			keys = append(keys, k.String())
		}
		sort.Strings(keys)
		for _, k := range keys {
			w.steps = append(w.steps, step{name: k})
			e := v.MapIndex(reflect.ValueOf(k))
			if e.Kind() == reflect.Struct { // map values cannot be set: walk a copy, store it
				c := reflect.New(e.Type()).Elem()
				c.Set(e)
				w.walk(c)
				v.SetMapIndex(reflect.ValueOf(k), c)
			} else {
				w.walk(e)
			}
			w.steps = w.steps[:len(w.steps)-1]
		}
	}
}

// expr reports an Expr value given as a non-finite bare number.
func (w *finiteWalk) expr(v reflect.Value) {
	if v.FieldByIndex(exprNonFinite).Bool() {
		w.b.badExpr(w.path(), v.Addr().Interface().(*Expr))
	}
}

// exprNonFinite is the index of Expr's field nonFinite.
var exprNonFinite = func() []int {
	f, _ := tExpr.FieldByName("nonFinite")
	return f.Index
}()

// floatField is a field of a struct of the format that can hold a number or an expression.
type floatField struct {
	index int
	name  string // its TOML name
}

// floatFieldsOf holds floatFields' answers: the format has few types, and its own.
var floatFieldsOf sync.Map // reflect.Type -> []floatField

// floatFields returns the fields of struct type t, with TOML names, that can hold a number or
// an expression, in order.
func floatFields(t reflect.Type) []floatField {
	if fs, ok := floatFieldsOf.Load(t); ok {
		return fs.([]floatField)
	}
	var fs []floatField
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Tag.Get("toml")
		if j := indexByte(name, ','); j >= 0 {
			name = name[:j]
		}
		if name != "" && name != "-" && holdsFloat(t.Field(i).Type) {
			fs = append(fs, floatField{i, name})
		}
	}
	floatFieldsOf.Store(t, fs)
	return fs
}

// holdsFloatOf holds holdsFloat's answers.
var holdsFloatOf sync.Map // reflect.Type -> bool

// holdsFloat reports whether a value of type t can hold a float64 or an Expr.
func holdsFloat(t reflect.Type) bool {
	if h, ok := holdsFloatOf.Load(t); ok {
		return h.(bool)
	}
	h := holds(t, map[reflect.Type]bool{})
	holdsFloatOf.Store(t, h)
	return h
}

func holds(t reflect.Type, seen map[reflect.Type]bool) bool {
	if t == tExpr || t.Kind() == reflect.Float64 {
		return true
	}
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		return holds(t.Elem(), seen)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if holds(t.Field(i).Type, seen) {
				return true
			}
		}
	}
	return false
}

// badExpr records an expression given as a non-finite bare number, which is then not compiled.
func (b *builder) badExpr(path string, x *Expr) {
	if !x.nonFinite {
		return
	}
	b.errAt(path, "expected a finite number, not %s", x.Src)
	if b.skip == nil {
		b.skip = map[string]bool{}
	}
	b.skip[path] = true
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
