package sim

import (
	"reflect"
	"testing"
)

// TestEmitNewWritesEveryField checks that an event emitNew records in a slot that held another
// event (a scratch's, from an earlier turn) is newEvent's, every field written.
func TestEmitNewWritesEveryField(t *testing.T) {
	var old Event
	v := reflect.ValueOf(&old).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		switch f.Kind() {
		case reflect.Int, reflect.Int32, reflect.Int64:
			f.SetInt(7)
		case reflect.Uint8, reflect.Uint64:
			f.SetUint(7)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.String:
			f.SetString("old")
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		default:
			t.Fatalf("Event.%s: a field of kind %v the test does not fill", v.Type().Field(i).Name, f.Kind())
		}
	}
	evs := append(make([]Event, 0, 4), old, old)
	s := &State{Events: evs[:1]}
	r := &run{s: s, turn: 3, phase: 2}
	e, at := r.emitNew(EvOrder, 5)
	if at != 1 || e != &s.Events[1] {
		t.Fatalf("emitNew gave index %d, want 1, in place", at)
	}
	if want := newEvent(3, 2, EvOrder, 5); !reflect.DeepEqual(*e, want) {
		t.Errorf("emitNew left %+v, want %+v", *e, want)
	}
	s.Events = s.Events[:cap(s.Events)]
	if _, at := r.emitNew(EvOrder, 5); at != 4 || len(s.Events) != 5 {
		t.Errorf("emitNew at full capacity gave index %d of %d events, want 4 of 5", at, len(s.Events))
	}
}
