package load

import (
	"encoding"
	"reflect"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
)

// The fast decoder stores what it read into Go values by reflection over their `toml` tags,
// as the format library does, and gives up where the library would report an error or do
// anything it does not do itself.

// fastType is what the fast decoder knows of a Go type it decodes into.
type fastType struct {
	kind reflect.Kind
	// unsupported is set for a type the fast decoder leaves to the format library: one that
	// decodes text or has fields it does not handle.
	unsupported bool
	// unmarshal is set for a type whose pointer has UnmarshalTOML.
	unmarshal bool
	elem      *fastType // of a pointer, slice or map
	fields    map[string]fastField
}

// fastField is a struct field a key decodes into.
type fastField struct {
	index int
	typ   *fastType
}

// fastTypes caches the fastType of each type decoded into.
var fastTypes sync.Map // reflect.Type → *fastType

var fastTypesMu sync.Mutex // held while a type is worked out

var (
	unmarshalerType     = reflect.TypeFor[toml.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// fastTypeOf returns the fastType of t, worked out once.
func fastTypeOf(t reflect.Type) *fastType {
	if ft, ok := fastTypes.Load(t); ok {
		return ft.(*fastType)
	}
	fastTypesMu.Lock()
	defer fastTypesMu.Unlock()
	made := map[reflect.Type]*fastType{}
	ft := makeFastType(t, made)
	for t, ft := range made {
		fastTypes.LoadOrStore(t, ft)
	}
	return ft
}

// makeFastType works out the fastType of t; made holds those begun, for recursive types.
func makeFastType(t reflect.Type, made map[reflect.Type]*fastType) *fastType {
	if ft, ok := made[t]; ok {
		return ft
	}
	if ft, ok := fastTypes.Load(t); ok {
		return ft.(*fastType)
	}
	ft := &fastType{kind: t.Kind()}
	made[t] = ft
	p := reflect.PointerTo(t)
	switch {
	case t.Kind() != reflect.Pointer && p.Implements(unmarshalerType) && !p.Implements(textUnmarshalerType):
		ft.unmarshal = true
		return ft
	case p.Implements(unmarshalerType) || p.Implements(textUnmarshalerType),
		t == reflect.TypeFor[toml.Primitive](), t.PkgPath() == "time", t.PkgPath() == "encoding/json":
		// The library decodes a time.Duration from a string, a json.Number from a number.
		ft.unsupported = true
		return ft
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Float64, reflect.Int, reflect.Int8, reflect.Int16,
		reflect.Int32, reflect.Int64:
	case reflect.Pointer, reflect.Slice:
		ft.elem = makeFastType(t.Elem(), made)
	case reflect.Map:
		ft.elem = makeFastType(t.Elem(), made)
		ft.unsupported = t.Key().Kind() != reflect.String
	case reflect.Struct:
		ft.fields = map[string]fastField{}
		for i := 0; i < t.NumField(); i++ {
			sf := t.Field(i)
			if sf.Anonymous {
				ft.unsupported = true // embedded fields: left to the format library's rules
				break
			}
			if !sf.IsExported() {
				continue
			}
			tag := sf.Tag.Get("toml")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if name == "" {
				name = sf.Name
			}
			if _, dup := ft.fields[name]; dup {
				ft.unsupported = true
				break
			}
			ft.fields[name] = fastField{index: i, typ: makeFastType(sf.Type, made)}
		}
	default:
		ft.unsupported = true
	}
	return ft
}

// fastDecode decodes src into the value v points to and returns the order of its tracks and
// kinds tables; ok is false if the fast decoder gives up, and then v may be half filled.
func fastDecode(src string, v any) (order tableOrder, ok bool) {
	root, order, ok := fastParse(src)
	if !ok {
		return tableOrder{}, false
	}
	rv := reflect.ValueOf(v).Elem()
	if !fastUnify(&fastValue{kind: valTable, tab: root}, rv, fastTypeOf(rv.Type())) {
		return tableOrder{}, false
	}
	return order, true
}

// fastUnify stores value v into rv, of type ft, as the format library would; false if the
// library would refuse it or the fast decoder does not handle it.
func fastUnify(v *fastValue, rv reflect.Value, ft *fastType) bool {
	if ft.unsupported {
		return false
	}
	if ft.unmarshal {
		var x any
		switch v.kind {
		case valString:
			x = v.str
		case valInt:
			x = v.num
		case valFloat:
			x = v.float()
		case valBool:
			x = v.num == 1
		default:
			return false
		}
		return rv.Addr().Interface().(toml.Unmarshaler).UnmarshalTOML(x) == nil
	}
	switch ft.kind {
	case reflect.Pointer:
		if rv.IsNil() {
			rv.Set(reflect.New(rv.Type().Elem()))
		}
		return fastUnify(v, rv.Elem(), ft.elem)
	case reflect.String:
		if v.kind != valString {
			return false
		}
		rv.SetString(v.str)
	case reflect.Bool:
		if v.kind != valBool {
			return false
		}
		rv.SetBool(v.num == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.kind != valInt || rv.OverflowInt(v.num) {
			return false
		}
		rv.SetInt(v.num)
	case reflect.Float64:
		switch {
		case v.kind == valFloat:
			rv.SetFloat(v.float())
		case v.kind == valInt && v.num >= -maxExactInt && v.num <= maxExactInt:
			rv.SetFloat(float64(v.num))
		default:
			return false
		}
	case reflect.Slice:
		if v.kind != valArray {
			return false
		}
		s := reflect.MakeSlice(rv.Type(), len(v.list), len(v.list))
		for i := range v.list {
			if !fastUnify(&v.list[i], s.Index(i), ft.elem) {
				return false
			}
		}
		rv.Set(s)
	case reflect.Map:
		if v.kind != valTable {
			return false
		}
		if rv.IsNil() {
			rv.Set(reflect.MakeMapWithSize(rv.Type(), len(v.tab.entries)))
		}
		et := rv.Type().Elem()
		for i := range v.tab.entries {
			en := &v.tab.entries[i]
			e := reflect.New(et).Elem()
			if !fastUnify(&en.val, e, ft.elem) {
				return false
			}
			rv.SetMapIndex(reflect.ValueOf(en.key).Convert(rv.Type().Key()), e)
		}
	case reflect.Struct:
		if v.kind != valTable {
			return false
		}
		for i := range v.tab.entries {
			en := &v.tab.entries[i]
			f, ok := ft.fields[en.key]
			if !ok || !fastUnify(&en.val, rv.Field(f.index), f.typ) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// maxExactInt is the largest integer the format library stores into a float: 2^53-1.
const maxExactInt = 1<<53 - 1
