package load

import (
	"regexp"
	"strings"
	"unicode"
)

// The expression library's type checker names the types of its messages as Go spells them
// (float64, bool, []interface {}); an author reads numbers, conditions and strings. These
// match the messages that name types, and plainChecker rewrites them in those words.
var (
	mismatchTwo = regexp.MustCompile(`^invalid operation: (\S+) \(mismatched types (.+) and (.+)\)$`)
	mismatchOne = regexp.MustCompile(`^invalid operation: (\S+) \(mismatched type (.+)\)$`)
	nonBoolCond = regexp.MustCompile(`^non-bool expression \(type (.+)\) used as condition$`)
	noFieldOf   = regexp.MustCompile(`^type (.+) has no field (\w+)$`)
	noIndex     = regexp.MustCompile(`^type (.+)\[(.+)\] is undefined$`)
	notCallable = regexp.MustCompile(`^(.+) is not callable$`)
	badArgument = regexp.MustCompile(`^invalid argument for (\w+) \(type (.+)\)$`)
)

// plainChecker returns a type checker's message (its structures and groups already in words,
// see plainTypes) with the types it names in words, as the loader's own messages name kinds of
// value: "operator + does not apply to a condition and a number", not "invalid operation: +
// (mismatched types bool and int)". Other messages are returned as they are.
func plainChecker(msg string) string {
	if m := mismatchTwo.FindStringSubmatch(msg); m != nil {
		return "operator " + m[1] + " does not apply to " + goTypeWords(m[2]) + " and " + goTypeWords(m[3])
	}
	if m := mismatchOne.FindStringSubmatch(msg); m != nil {
		return "operator " + m[1] + " does not apply to " + goTypeWords(m[2])
	}
	if m := nonBoolCond.FindStringSubmatch(msg); m != nil {
		return "a ? b : c needs a condition before the ?, not " + goTypeWords(m[1])
	}
	if m := noFieldOf.FindStringSubmatch(msg); m != nil {
		return goTypeWords(m[1]) + " has no field " + m[2]
	}
	if m := noIndex.FindStringSubmatch(msg); m != nil {
		return goTypeWords(m[1]) + " cannot be indexed with [ ]"
	}
	if m := notCallable.FindStringSubmatch(msg); m != nil && isGoType(m[1]) {
		return goTypeWords(m[1]) + " cannot be called: only min, max, abs, floor, ceil and round can"
	}
	if m := badArgument.FindStringSubmatch(msg); m != nil {
		return m[1] + " takes numbers, not " + goTypeWords(m[2])
	}
	return msg
}

// goWords names the checker's Go types as the loader names kinds of value (see vkind and
// typeWords).
var goWords = map[string]string{
	"float64": kNum.String(), "int": kNum.String(), "bool": kBool.String(), "string": kSym.String(),
	"[]interface {}": "a list", "interface {}": "a value", "map[string]interface {}": "a group of things",
}

// isGoType reports whether t is one of the Go types goWords names.
func isGoType(t string) bool {
	_, ok := goWords[t]
	return ok
}

// goTypeWords returns the words for Go type t, or t as it is (words already, or a type goWords
// does not name).
func goTypeWords(t string) string {
	if w, ok := goWords[t]; ok {
		return w
	}
	if strings.HasPrefix(t, "[]") {
		return "a list"
	}
	return t
}

// memberBase returns what the field at rune offset off of src is read of, as written before
// its dot ("target" in target.status, "asset.relay" in asset.relay.funds), or "it" when that is
// not a plain chain of names.
func memberBase(src string, off int) string {
	rs := []rune(src)
	if off < 2 || off > len(rs) || rs[off-1] != '.' {
		return "it"
	}
	i := off - 1
	for i > 0 && (rs[i-1] == '_' || rs[i-1] == '.' || unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
		i--
	}
	if i == off-1 {
		return "it"
	}
	return string(rs[i : off-1])
}
