package sim

import (
	"reflect"
	"testing"
)

// TestCtxSet checks that Ctx.set gives the context the literal with its fields gives, from a
// context whose every field was set otherwise (it fails when a field is added and not set).
func TestCtxSet(t *testing.T) {
	s := &State{}
	want := Ctx{S: s, Self: 3, Target: -1, Arg: -1, Side: 1, Watch: true, targetKind: TargetAsset, move: 5}
	var c Ctx
	v := reflect.ValueOf(&c).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		f = reflect.NewAt(f.Type(), f.Addr().UnsafePointer()).Elem() // unexported fields too
		switch f.Kind() {
		case reflect.Int:
			f.SetInt(99)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Pointer:
			f.Set(reflect.ValueOf(&State{}))
		default:
			t.Fatalf("field %s of kind %s", v.Type().Field(i).Name, f.Kind())
		}
	}
	c.set(s, 3, 1, TargetAsset, 5, true)
	if c != want {
		t.Fatalf("set gives %+v, want %+v", c, want)
	}
}
