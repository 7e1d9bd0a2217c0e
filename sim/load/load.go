// Package load reads scenario files: TOML in, a validated *sim.Scenario out, or every problem
// of the file at once, each with its file, line, column and key path.
//
// Scenario files are untrusted input. The loader refuses unknown keys, wrong types, duplicate
// ids, dangling references, expressions that do not compile or type-check, impossible values
// and files that ask for more than the limits allow; it never panics. A file nested too deep
// (see checkShape) is refused before it is decoded, so that any file up to MaxFileSize is
// loaded or refused in bounded time and memory.
package load

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"ttx/sim"
)

// Limits on what a file may ask for.
const (
	MaxFileSize   = 1 << 20
	maxTurns      = 200
	maxSides      = 16
	maxTracks     = 32
	maxActors     = 256
	maxAssets     = 1024
	maxLinks      = 1024
	maxMoves      = 512
	maxInjects    = 1024
	maxEffects    = 32
	maxText       = 20000
	maxTruths     = 64
	maxBodies     = 32
	maxResolution = 256
	maxOutcomes   = 64
	maxObjectives = 32
	maxLadders    = 32
)

// Load reads a scenario from src; name is the file name used in errors and in the scenario.
// The error, if any, is an Errors listing every problem found.
func Load(name string, src []byte) (sc *sim.Scenario, err error) {
	defer func() {
		if p := recover(); p != nil {
			sc, err = nil, Errors{{File: name, Msg: fmt.Sprintf("internal error while loading: %v", p)}}
		}
	}()
	if len(src) > MaxFileSize {
		return nil, Errors{{File: name, Msg: fmt.Sprintf("file is %d bytes, more than %d", len(src), MaxFileSize)}}
	}
	text := string(src) // for the shape check and the decoder, once
	if e := checkShape(name, text); e != nil {
		return nil, Errors{e}
	}
	var f File
	order, ok := fastDecode(text, &f)
	if !ok {
		return loadDecoded(name, src, text, nil, tableOrder{})
	}
	return loadDecoded(name, src, text, &f, order)
}

// loadDecoded loads a file of the right size and shape: f is the file as the fast decoder
// read it, with the order of its tables, or nil to decode text with the format library.
func loadDecoded(name string, src []byte, text string, fast *File, order tableOrder) (*sim.Scenario, error) {
	b := &builder{file: name, src: src}
	var f File
	var typed []string // the key paths of values of the wrong type
	if fast != nil {
		f = *fast
	} else {
		var ok bool
		if order, typed, ok = b.decode(text, &f); !ok {
			return nil, b.errs
		}
	}
	b.nonFinite(&f)
	b.typed = typed
	sc := b.build(&f, order)
	if typed != nil {
		n := len(typed) // the type errors come first
		b.errs = append(b.errs[:n], slices.DeleteFunc(b.errs[n:], func(e *Error) bool {
			return slices.ContainsFunc(typed, func(p string) bool { return comesOf(e, p) })
		})...)
	}
	if len(b.errs) > 0 {
		b.sort()
		return nil, b.errs
	}
	sc.Index()
	sum := sha256.Sum256(src)
	sc.Hash = hex.EncodeToString(sum[:])
	sc.File = name
	return sc, nil
}

// decode decodes text into f with the format library and records its unknown keys. It
// returns the order of the tracks and kinds tables and the key paths of values of the wrong
// type; ok is false when the file cannot be decoded, and b.errs says why.
func (b *builder) decode(text string, f *File) (order tableOrder, typed []string, ok bool) {
	md, derr := toml.NewDecoder(strings.NewReader(text)).Decode(f)
	var generic map[string]any // the file as tables of any keys, once decoded so
	if derr != nil || len(md.Undecoded()) > 0 {
		// A syntax error stops the generic decoding too; a type error does not, and then every
		// type error is found and reported in a stable order, and the file is checked on
		// without each such value (see typeErrors; problems found at the key of a type error,
		// or inside it, come of its absence and are not reported). The format library takes
		// some values of the wrong type without an error, leaving their keys undecoded
		// ([[tracks]] for [tracks.NAME]): a file with undecoded keys is checked for them too.
		fixed, paths := b.typeErrors()
		switch {
		case fixed != nil:
			typed = paths
			if md, derr = redecode(fixed, f); derr != nil {
				b.sort()
				return tableOrder{}, nil, false
			}
			generic = fixed
		case derr != nil:
			b.decodeError(derr)
			return tableOrder{}, nil, false
		}
	}
	b.unknownKeys(md.Undecoded())
	if !b.dropFolded(text, md, generic, f) {
		b.sort()
		return tableOrder{}, nil, false
	}
	return orderOf(md), typed, true
}

// orderOf returns the order of the tracks and kinds tables from the keys the format library
// lists in the order of the file.
func orderOf(md toml.MetaData) tableOrder {
	var o tableOrder
	for _, k := range md.Keys() {
		if len(k) == 2 {
			o.note(1, k[0], k[1])
		}
	}
	return o
}

// builder collects the problems of one file while it builds the scenario.
type builder struct {
	file string
	src  []byte
	lc   *locator // the places of keys, made when a problem is first placed (see loc)
	errs Errors
	c    *compiler
	// skip holds the paths of expressions already refused (a bare nan): they are not compiled.
	skip map[string]bool
	sc   *sim.Scenario // the scenario being built, for suggestions
	// clocked is set when the file gives an exercise clock (start, turn_span), valid or not.
	clocked bool
	// typed holds the key paths of values of the wrong type, taken out of the file (see
	// typeErrors).
	typed []string
	// noTurns is set when the file gives no valid number of turns: the turns it names are
	// checked against the most a game may have.
	noTurns bool
	// format is the type the file decodes into, whose keys are the known ones: File, unless
	// set (an orders file's).
	format reflect.Type
	// sponsored holds, by actor, whether the file gives the actor a sponsor (known or not).
	sponsored []bool
	// unbounded holds, by track id, whether its min and its max are of the wrong type (or the
	// track is no table): values are not checked against a bound the file does not give.
	unbounded map[string][2]bool
	// unknownBy holds the moves whose by is wrong (left out, empty, of the wrong type, or
	// naming an actor, kind or side the scenario lacks): see players.
	unknownBy map[int]bool
}

// formatType returns the type the file decodes into.
func (b *builder) formatType() reflect.Type {
	if b.format != nil {
		return b.format
	}
	return reflect.TypeOf(File{})
}

// loc returns the places of the file's keys, made on first use: only problems need them, and a
// file without any is loaded without.
func (b *builder) loc() *locator {
	if b.lc == nil {
		b.lc = newLocator(b.src)
	}
	return b.lc
}

// errAt records a problem with the value at a key path, placed at the value: where the value
// starts, or where the table starts for a table written with a header (see place).
func (b *builder) errAt(path, format string, a ...any) {
	line, col := b.loc().place(path, true)
	b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: path, Msg: fmt.Sprintf(format, a...)})
}

// errAtKey records a problem with a key itself (a key the format does not have, or one that
// does not belong where it is written), placed at the key.
func (b *builder) errAtKey(path, format string, a ...any) {
	line, col := b.loc().place(path, false)
	b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: path, Msg: fmt.Sprintf(format, a...)})
}

// missing reports whether the file leaves out key of the table at path, and then records
// "missing key KEY" at the table: for a required key whose zero value would otherwise be
// reported as if the file had written it (turns 0, an empty expression). It is asked only of a
// value found wanting, so that a file without problems is loaded without placing its keys.
func (b *builder) missing(path, key string) bool {
	if _, _, ok := b.loc().lookup(path + "." + key); ok {
		return false
	}
	b.errAt(path, "missing key %s", key)
	return true
}

// exprErr records an expression problem at its position inside the value at path.
func (b *builder) exprErr(path string, err error) {
	_, v := b.loc().find(path)
	msg := err.Error()
	var ee *exprError
	if v < 0 || !errors.As(err, &ee) {
		b.errAt(path, "%s", msg)
		return
	}
	off := v
	if v < len(b.src) && (b.src[v] == '"' || b.src[v] == '\'') {
		off++
		if strings.HasPrefix(string(b.src[v:]), `"""`) || strings.HasPrefix(string(b.src[v:]), `'''`) {
			off += 2
		}
	}
	// ee.off counts runes; move that many runes forward.
	for i := 0; i < ee.off && off < len(b.src); i++ {
		_, size := utf8.DecodeRune(b.src[off:])
		off += size
	}
	line, col := b.loc().pos(off)
	b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: path, Msg: "expression: " + ee.msg})
}

func (b *builder) sort() {
	sort.SliceStable(b.errs, func(i, j int) bool {
		if b.errs[i].Line != b.errs[j].Line {
			return b.errs[i].Line < b.errs[j].Line
		}
		return b.errs[i].Col < b.errs[j].Col
	})
}

// typeErrors records every value of the wrong type in the file. When it finds any, it returns
// the file decoded generically with each of them replaced by a zero value of its type, and
// their key paths; else nil.
func (b *builder) typeErrors() (map[string]any, []string) {
	var generic map[string]any
	if _, err := toml.Decode(string(b.src), &generic); err != nil {
		return nil, nil
	}
	paths, msgs := typeErrors(generic, b.formatType())
	for i, p := range paths {
		line, col := b.loc().place(p, true)
		b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: p, Msg: msgs[i]})
	}
	if len(paths) == 0 {
		return nil, nil
	}
	return generic, paths
}

// typedAt reports whether the value at key k of the table at path, or a table holding it, is
// of the wrong type.
func (b *builder) typedAt(path, k string) bool {
	return slices.ContainsFunc(b.typed, func(t string) bool { return within(path+"."+k, t) })
}

// comesOf reports whether problem e may come of replacing the value at key path p: e is at p or
// inside it, or at a table that holds p and names the key p is under (scenario: missing key
// title, when scenario.title had the wrong type).
func comesOf(e *Error, p string) bool {
	if within(e.Key, p) {
		return true
	}
	if !within(p, e.Key) {
		return false
	}
	next := strings.TrimLeft(p[len(e.Key):], ".")
	if i := strings.IndexAny(next, ".["); i >= 0 {
		next = next[:i]
	}
	return next != "" && strings.Contains(e.Msg, next)
}

// within reports whether key path k is path p or inside it.
func within(k, p string) bool {
	rest, ok := strings.CutPrefix(k, p)
	return ok && (rest == "" || rest[0] == '.' || rest[0] == '[')
}

// typeErrRe matches the format library's type errors: toml: line N (last key "K"): message.
var typeErrRe = regexp.MustCompile(`^toml: (?:line (\d+) )?\(last key "([^"]*)"\): (.*)$`)

var (
	badTypeRe  = regexp.MustCompile(`^incompatible types: TOML value has type (.+); destination has type (.+)$`)
	notTableRe = regexp.MustCompile(`^type mismatch for .+: expected table but found (.+)$`)
)

// tomlTypes and goTypes name, for people, the types in the format library's messages.
var (
	tomlTypes = map[string]string{"string": "a string", "int64": "an integer", "float64": "a number",
		"bool": "a boolean", "[]any": "an array", "map[string]any": "a table", "[]map[string]any": "an array of tables",
		"time.Time": "a date", "toml.LocalDate": "a date", "toml.LocalTime": "a time", "toml.LocalDatetime": "a date and time"}
	goTypes = map[string]string{"integer": "an integer", "float": "a number", "string": "a string",
		"boolean": "true or false", "slice": "an array", "map": "a table", "primitive (string-like)": "a string"}
)

func typeName(names map[string]string, t string) string {
	if n, ok := names[t]; ok {
		return n
	}
	return t
}

// printable returns a message of the format library on one line of printable text: it quotes
// what it read as it is, a newline or a control character included, and the end of the input
// as a NUL.
func printable(msg string) string {
	if strings.Contains(msg, "\x00") {
		msg = strings.ReplaceAll(msg, "\x00", "") + " at the end of the file"
	}
	if strings.IndexFunc(msg, unicode.IsControl) < 0 {
		return msg
	}
	var b strings.Builder
	for _, r := range msg {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r) // '\n', '\x01'
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// decodeError records a syntax or type error from the TOML decoder.
func (b *builder) decodeError(err error) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := strings.TrimSuffix(pe.Message, ".")
		if msg == "" {
			msg = pe.Error()
		}
		msg = printable(msg)
		e := &Error{File: b.file, Line: pe.Position.Line, Col: pe.Position.Col, Key: pe.LastKey, Msg: lowerFirst(msg)}
		if p := pe.Position; p.Start > 0 && p.Start < len(b.src) {
			// The offset, where the format library gives one: its line is past the problem
			// when a string runs to the end of the file (after the last line, if that ends
			// in a newline) or a header to the end of its line.
			e.Line, e.Col = b.loc().pos(p.Start)
		}
		if strings.HasSuffix(msg, "has already been defined") {
			// The position is inside the second definition; point at its key.
			e.Msg = "duplicate key: it is already defined above"
			if e.Line >= 1 && e.Line <= len(b.loc().lines) {
				off := b.loc().lines[e.Line-1]
				for off < len(b.src) && (b.src[off] == ' ' || b.src[off] == '\t') {
					off++
				}
				_, e.Col = b.loc().pos(off)
			}
		}
		if e.Key != "" && e.Line > 0 {
			e.Key = b.indexed(e.Key, e.Line)
		}
		if e.Key == "" {
			b.headerError(e, msg)
		}
		b.errs = append(b.errs, e)
		return
	}
	e := &Error{File: b.file, Msg: lowerFirst(err.Error())}
	if m := typeErrRe.FindStringSubmatch(err.Error()); m != nil {
		line, _ := strconv.Atoi(m[1])
		e.Msg = m[3]
		if t := badTypeRe.FindStringSubmatch(m[3]); t != nil {
			e.Msg = "expected " + typeName(goTypes, t[2]) + ", not " + typeName(tomlTypes, t[1])
		} else if t := notTableRe.FindStringSubmatch(m[3]); t != nil {
			e.Msg = "expected a table, not " + typeName(tomlTypes, t[1])
		}
		e.Key = b.indexed(m[2], line)
		off, v, ok := b.loc().lookup(e.Key)
		if ok && v >= 0 {
			off = v
		}
		if ok {
			e.Line, e.Col = b.loc().pos(off)
		} else if line > 0 {
			e.Line, e.Col = line, 1
		}
	}
	b.errs = append(b.errs, e)
}

// headerError names the table of a header the format library refuses without naming a key: a
// table defined twice ([scenario] again), or one written both as a table and as an array of
// tables ([move] beside [[move]]), which the message then says.
func (b *builder) headerError(e *Error, msg string) {
	if e.Line < 1 || e.Line > len(b.loc().lines) {
		return
	}
	line := string(b.src[b.loc().lines[e.Line-1]:])
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	array := strings.HasPrefix(line, "[[")
	end := strings.Index(line, "]")
	if !strings.HasPrefix(line, "[") || end < 0 {
		return
	}
	name := strings.TrimSpace(strings.Trim(line[:end], "[ \t"))
	if name == "" {
		return
	}
	e.Key = name
	// written: the other form of the header is written above.
	written := slices.ContainsFunc(b.loc().heads, func(h head) bool {
		return h.name == name && h.array != array && h.off < b.loc().lines[e.Line-1]
	})
	switch {
	case strings.HasSuffix(msg, "has already been defined") && !written:
		e.Msg = "duplicate table: [" + name + "] is already defined above"
	case written && array:
		e.Msg = "[[" + name + "]] where [" + name + "] is written above: write each as [[" + name + "]], or the one table as [" + name + "]"
	case written:
		e.Msg = "[" + name + "] where [[" + name + "]] is written above: write each as [[" + name + "]]"
	}
}

// indexed returns the key path, with array indices, of a key the format library reports
// without them (move.priority), choosing the place written on the given line.
func (b *builder) indexed(key string, line int) string {
	// Most often the key is written under the header of the line's table: that header's
	// indexed path is known, however many tables of its name there are.
	if line >= 1 && line <= len(b.loc().lines) {
		if h := b.loc().under(b.loc().lines[line-1]); h >= 0 {
			if rest, ok := strings.CutPrefix(key, b.loc().heads[h].name+"."); ok && !strings.Contains(rest, ".") {
				return b.loc().heads[h].path + "." + rest
			}
		}
	}
	ps := b.loc().paths(strings.Split(key, "."), maxIndexed)
	for _, p := range ps {
		off, v, _ := b.loc().lookup(p)
		if l, _ := b.loc().pos(off); l == line {
			return p
		}
		if v >= 0 {
			if l, _ := b.loc().pos(v); l == line {
				return p
			}
		}
	}
	if len(ps) > 0 {
		return ps[0]
	}
	return key
}

// maxIndexed is how many places of a key indexed tries before it gives up.
const maxIndexed = 256

// maxUnknown is how many unknown keys are reported one by one.
const maxUnknown = 100

// unknownKeys records the keys the format does not have, each at the element of an array of
// tables (or of an inline array) it is in. A key inside an unknown table is not reported again.
func (b *builder) unknownKeys(keys []toml.Key) {
	// The format library lists a key once per element it is written in, without the element's
	// index: count the listings of each key, then find that many places for it.
	var order []toml.Key
	count := map[string]int{}
	for _, k := range keys {
		if count[k.String()] == 0 {
			order = append(order, k)
		}
		count[k.String()]++
	}
	var reported []string
	n := 0
	for _, k := range order {
		path := k.String()
		inside := false
		for _, r := range reported {
			if strings.HasPrefix(path, r+".") {
				inside = true
				break
			}
		}
		if inside {
			continue
		}
		reported = append(reported, path)
		ps := b.loc().paths(k, min(count[path], maxUnknown-n+1))
		if len(ps) == 0 {
			ps = []string{path}
		}
		for _, p := range ps {
			if n++; n > maxUnknown {
				b.errs = append(b.errs, &Error{File: b.file, Msg: fmt.Sprintf("more than %d unknown keys; the rest are not listed", maxUnknown)})
				return
			}
			// The key as a path writes it: quoted when it must be (a blank, a control character).
			hint := didYouMean(k[len(k)-1], knownKeys(b.formatType(), k[:len(k)-1]))
			if hint == "" && len(k) == 1 {
				hint = innerTable(b.formatType(), k[0])
			}
			b.errAtKey(p, "unknown key %s%s", keySeg(k[len(k)-1]), hint)
		}
	}
}

// innerTable returns a hint for a top-level key that is no key of the file but is the key of
// a table inside one of its tables ([[objective]] for [[side.objective]]), or "".
func innerTable(format reflect.Type, key string) string {
	format = deref(format)
	if format.Kind() != reflect.Struct {
		return ""
	}
	unwrap := func(t reflect.Type) reflect.Type {
		t = deref(t)
		for t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = deref(t.Elem())
		}
		return t
	}
	for i := 0; i < format.NumField(); i++ {
		outer := tomlName(format.Field(i))
		t := unwrap(format.Field(i).Type)
		if outer == "" || t.Kind() != reflect.Struct || t == tExpr {
			continue
		}
		ft, ok := fieldByKey(t, key)
		if !ok || deref(ft).Kind() != reflect.Slice || unwrap(ft).Kind() != reflect.Struct || unwrap(ft) == tExpr {
			continue
		}
		return fmt.Sprintf("; did you mean [[%s.%s]], a table of a [[%s]], written under it?", outer, key, outer)
	}
	return ""
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
