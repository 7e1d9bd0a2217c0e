package load

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/BurntSushi/toml"

	"ttx/sim"
)

// FastDiff decodes src with the fast decoder and with the format library. It reports whether
// the fast decoder read src and, if it did, how its result differs from the library's: its
// File, the library's unknown keys or error, or the order of the tracks and kinds tables
// ("" when they are the same).
func FastDiff(src []byte) (read bool, diff string) {
	text := string(src)
	var fast File
	order, ok := fastDecode(text, &fast)
	if !ok {
		return false, ""
	}
	var lib File
	md, err := toml.Decode(text, &lib)
	switch {
	case err != nil:
		return true, "the format library refuses it: " + err.Error()
	case len(md.Undecoded()) > 0:
		return true, fmt.Sprintf("the format library finds unknown keys %v", md.Undecoded())
	case !reflect.DeepEqual(fast, lib):
		return true, fmt.Sprintf("File differs:\nfast    %+v\nlibrary %+v", fast, lib)
	}
	lo := orderOf(md)
	if !slices.Equal(order.tracks, lo.tracks) || !slices.Equal(order.kinds, lo.kinds) {
		return true, fmt.Sprintf("table order differs: fast %v, library %v", order, lo)
	}
	return true, ""
}

// Spliced returns the text LoadWith loads for a variant: its base with its changes spliced
// in; nil if src is not a variant.
func Spliced(name string, src []byte, read Reader) ([]byte, error) {
	var f File
	_, fast := fastDecode(string(src), &f)
	base, ok := variantBase(string(src), &f, fast)
	if !ok {
		return nil, nil
	}
	_, merged, errs := spliceVariant(name, src, base, read)
	if len(errs) > 0 {
		return nil, errs
	}
	return merged, nil
}

// ForgetKept drops the sets kept between loads: the next load is a program's first.
func ForgetKept() {
	envSets.Lock()
	envSets.sets = nil
	envSets.Unlock()
}

// KeptTrees returns how many checked expressions the set kept for sc's names holds, or -1
// when none is kept.
func KeptTrees(sc *sim.Scenario) int {
	names := envNames(sc)
	envSets.Lock()
	defer envSets.Unlock()
	for _, s := range envSets.sets {
		if s.names == names {
			return len(s.trees)
		}
	}
	return -1
}
