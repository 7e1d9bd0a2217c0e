package load

import (
	"bytes"
	"reflect"

	"github.com/BurntSushi/toml"
)

// foldedIn returns each key of a file (keys: all of them, in order, as the format library lists
// them) that names a key of format only but for case, Turns for turns, cut after that part: a
// key under [Tracks] gives Tracks. TOML keys are case-sensitive, but the library decodes such a
// key into the field it matches, so it is not among the keys the library leaves undecoded.
func foldedIn(format reflect.Type, keys []toml.Key) []toml.Key {
	var folded []toml.Key
	for _, k := range keys {
		t, at := typeAt(format, k)
		if at == len(k) || t.Kind() != reflect.Struct {
			continue // in the format, or under a table of any keys
		}
		if _, ok := fieldByFold(t, k[at]); ok {
			folded = append(folded, k[:at+1])
		}
	}
	return folded
}

// dropFolded records as unknown the keys of the file that name a key of the format only but
// for case (md: the library's decoding of text into v) and, when there are any, decodes text
// into v again without them. The library decodes such a key into the field it matches, over
// the value of a key of the right case or under it, in an order that varies from run to run
// ([[Question]] and [[question]] both fill question): without the second decoding, the same
// file would load with either value and give different problems from run to run. generic is
// the file as tables of any keys, when the caller has it (nil: decoded here); v must hold its
// zero value or what the library decoded.
func (b *builder) dropFolded(text string, md toml.MetaData, generic map[string]any, v any) bool {
	folded := foldedIn(b.formatType(), md.Keys())
	if len(folded) == 0 {
		return true
	}
	b.unknownKeys(folded)
	if generic == nil {
		if _, err := toml.Decode(text, &generic); err != nil {
			return false // the library decoded it once: not reached
		}
	}
	for _, k := range folded {
		dropKey(generic, k)
	}
	_, err := redecode(generic, v)
	return err == nil
}

// redecode decodes generic, the file as tables of any keys (changed), into v (a pointer), from
// v's zero value: the format library's only way from such tables back to the format's types.
func redecode(generic map[string]any, v any) (toml.MetaData, error) {
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(generic); err != nil {
		return toml.MetaData{}, err
	}
	rv := reflect.ValueOf(v).Elem()
	rv.Set(reflect.Zero(rv.Type()))
	return toml.NewDecoder(&buf).Decode(v)
}

// dropKey deletes the value at key path k from a table of any keys, in every element of each
// array of tables on the way.
func dropKey(t map[string]any, k toml.Key) {
	if len(k) == 1 {
		delete(t, k[0])
		return
	}
	switch x := t[k[0]].(type) {
	case map[string]any:
		dropKey(x, k[1:])
	case []map[string]any:
		for _, e := range x {
			dropKey(e, k[1:])
		}
	case []any:
		for _, e := range x {
			if m, ok := e.(map[string]any); ok {
				dropKey(m, k[1:])
			}
		}
	}
}
