package load

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/BurntSushi/toml"

	"ttx/sim"
)

// DidYouMean is didYouMean, for the code that checks an id against the scenario's as the
// loader does (the inject a note names: session.NoteInject).
func DidYouMean(word string, known []string) string { return didYouMean(word, known) }

// didYouMean returns "; did you mean W?" for the known word W nearest to word, when one is near
// enough to be a slip of the keyboard (see nearest), else "".
func didYouMean(word string, known []string) string {
	if best := nearest(word, known); best != "" {
		return "; did you mean " + best + "?"
	}
	return ""
}

// nearest returns the known word nearest to word when one is near enough to be a slip of the
// keyboard, else "". A slip is an edit: a letter added, left out, changed or swapped with its
// neighbour, or one letter typed in another place (lane for lean), and a different case costs
// nothing. Near enough is one edit in a word of three to five letters, two in a longer one, and
// never most of the word; a word of two letters is near only its own letters swapped (di for
// id), and one of one letter near nothing, as most short words are one edit from each other.
func nearest(word string, known []string) string {
	best, bestD := "", 0
	lw := strings.ToLower(word)
	for _, k := range known {
		if k == word || k == "" {
			continue
		}
		lk := strings.ToLower(k)
		d := editDistance(lw, lk)
		if d == 2 && movedLetter(lw, lk) {
			d = 1
		}
		// Of two as near, the one that starts as word does: sid is side, not id.
		if best == "" || d < bestD || d == bestD && commonPrefix(word, k) > commonPrefix(word, best) {
			best, bestD = k, d
		}
	}
	n := len([]rune(word))
	limit := 1
	if n > 5 {
		limit = 2
	}
	switch {
	case best == "" || bestD > limit:
		return ""
	case n <= 2:
		if bestD > 0 && !swapped(lw, strings.ToLower(best)) {
			return ""
		}
	case bestD*2 >= n:
		return ""
	}
	return best
}

// movedLetter reports whether b is a with one letter taken out and put in another place.
func movedLetter(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) || len(x) > 64 {
		return false
	}
	// Past their common start and end, the rest of one is the rest of the other with its first
	// letter moved to its end.
	i, j := 0, len(x)
	for i < j && x[i] == y[i] {
		i++
	}
	for j > i && x[j-1] == y[j-1] {
		j--
	}
	if j-i < 2 {
		return false
	}
	mx, my := x[i:j], y[i:j]
	rotated := func(p, q []rune) bool { // q is p with its first letter moved to its end
		return string(p[1:]) == string(q[:len(q)-1]) && p[0] == q[len(q)-1]
	}
	return rotated(mx, my) || rotated(my, mx)
}

// swapped reports whether a and b are the same two letters in the other order.
func swapped(a, b string) bool {
	x, y := []rune(a), []rune(b)
	return len(x) == 2 && len(y) == 2 && x[0] == y[1] && x[1] == y[0] && x[0] != x[1]
}

// commonPrefix returns the length in bytes of the longest prefix a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// unknownWord is the message for a word that is not one of names: the nearest, when one is near,
// and every one.
func unknownWord(what, v string, names []string) string {
	if d := didYouMean(v, names); d != "" {
		return fmt.Sprintf("unknown %s %q%s (one of %s)", what, v, d, strings.Join(names, ", "))
	}
	return fmt.Sprintf("unknown %s %q: use one of %s", what, v, strings.Join(names, ", "))
}

// editDistance is the Damerau-Levenshtein (optimal string alignment) distance of a and b: the
// fewest insertions, deletions, substitutions and swaps of neighbours that turn a into b.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	if len(x) > 64 || len(y) > 64 {
		return max(len(x), len(y)) // untrusted input: no quadratic work on long words
	}
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// knownKeys returns the keys format (the type a file decodes into) allows in the table at key
// path k (array indices left out), or nil when it allows any key there (a table of tracks) or k
// is not in the format.
func knownKeys(format reflect.Type, k toml.Key) []string {
	t, at := typeAt(format, k)
	if at != len(k) || t.Kind() != reflect.Struct {
		return nil
	}
	var keys []string
	for i := 0; i < t.NumField(); i++ {
		if name := tomlName(t.Field(i)); name != "" && name != "-" {
			keys = append(keys, name)
		}
	}
	return keys
}

// typeAt follows key path k (array indices left out) through format's types and returns the
// type it reaches, its arrays unwrapped, and how many parts it followed: len(k), or the index
// of the first part the format has no key for.
func typeAt(format reflect.Type, k toml.Key) (reflect.Type, int) {
	t := format
	for i, part := range k {
		t = deref(t)
		switch t.Kind() {
		case reflect.Struct:
			f, ok := fieldByKey(t, part)
			if !ok {
				return t, i
			}
			t = f
		case reflect.Map:
			t = t.Elem()
		default:
			return t, i
		}
		for t = deref(t); t.Kind() == reflect.Slice; t = deref(t.Elem()) {
		}
	}
	return t, len(k)
}

func deref(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func tomlName(f reflect.StructField) string {
	name := f.Tag.Get("toml")
	if j := strings.IndexByte(name, ','); j >= 0 {
		name = name[:j]
	}
	return name
}

func fieldByKey(t reflect.Type, key string) (reflect.Type, bool) {
	for i := 0; i < t.NumField(); i++ {
		if tomlName(t.Field(i)) == key {
			return t.Field(i).Type, true
		}
	}
	return nil, false
}

// fieldByFold is fieldByKey with the key matched but for case, as the format library matches a
// key it finds no field for exactly (Turns into turns).
func fieldByFold(t reflect.Type, key string) (reflect.Type, bool) {
	for i := 0; i < t.NumField(); i++ {
		if strings.EqualFold(tomlName(t.Field(i)), key) {
			return t.Field(i).Type, true
		}
	}
	return nil, false
}

// idsOf returns the ids of the things of a kind ("actor", "side", …) the scenario has so far.
func idsOf(sc *sim.Scenario, kind string) []string {
	var ids []string
	switch kind {
	case "actor":
		for _, a := range sc.Actors {
			ids = append(ids, a.ID)
		}
	case "side":
		for _, s := range sc.Sides {
			ids = append(ids, s.ID)
		}
	case "asset":
		for _, a := range sc.Assets {
			ids = append(ids, a.ID)
		}
	case "body":
		for _, x := range sc.Bodies {
			ids = append(ids, x.ID)
		}
	case "resolution":
		for _, r := range sc.Resolutions {
			ids = append(ids, r.ID)
		}
	case "track":
		for _, t := range sc.Tracks {
			ids = append(ids, t.ID)
		}
	case "ladder":
		for _, l := range sc.Ladders {
			ids = append(ids, l.ID)
		}
	case "move":
		for _, m := range sc.Moves {
			ids = append(ids, m.ID)
		}
	case "link":
		for _, l := range sc.Links {
			ids = append(ids, l.ID)
		}
	case "truth":
		for _, t := range sc.Truths {
			ids = append(ids, t.ID)
		}
	case "inject":
		for _, in := range sc.Injects {
			ids = append(ids, in.ID)
		}
	}
	return ids
}
