package load

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"ttx/sim"
)

// Reader reads the base file a variant names: from is the variant's own name and base its
// [variant] base; it returns the base file's name (for errors and logs) and contents. The loader
// reads no files itself: each command passes one.
type Reader func(from, base string) (name string, src []byte, err error)

// idTables are the arrays of tables whose elements a variant changes by id.
var idTables = []string{"side", "actor", "asset", "link", "move", "inject", "truth", "body",
	"resolution", "outcome", "question"}

// VariantTables returns the arrays of tables a variant changes, each by the id of the base's
// table ([[move]], …); besides them it changes [scenario], [end], [tracks.NAME] and [kinds.NAME].
func VariantTables() []string { return slices.Clone(idTables) }

// LoadWith is Load for a file that may be a variant: one with a [variant] table naming a base
// file, whose tables change the base's values. read reads the base; nil refuses variants. The
// scenario is the base with the variant's changes spliced into its text, each line kept as
// written, so that every error names the file, line and column it comes from; its Hash covers
// both files.
func LoadWith(name string, src []byte, read Reader) (sc *sim.Scenario, err error) {
	defer func() {
		if p := recover(); p != nil {
			sc, err = nil, Errors{{File: name, Msg: fmt.Sprintf("internal error while loading: %v", p)}}
		}
	}()
	if len(src) > MaxFileSize || checkShape(name, string(src)) != nil {
		return Load(name, src)
	}
	text := string(src)
	var f File
	order, fast := fastDecode(text, &f)
	if fast && (f.Variant == nil || read == nil) {
		return loadDecoded(name, src, text, &f, order) // it refuses [variant] it cannot read
	}
	base, ok := variantBase(text, &f, fast)
	if !ok || read == nil {
		return Load(name, src) // it reports a syntax error, and refuses [variant] it cannot read
	}
	v, merged, errs := spliceVariant(name, src, base, read)
	if merged == nil {
		return nil, errs
	}
	// The changes the variant could not make are left out, and the rest checked as one
	// scenario, so that a variant reports every problem at once, as a scenario does.
	sc, err = Load(name, merged)
	if err != nil {
		for _, e := range List(err) {
			v.place(e)
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		errs.sortByLine(name)
		return nil, errs
	}
	sc.Base = v.bid
	return sc, nil
}

// variantBase returns the base a variant file names, from f when the fast decoder read it
// (fast), else read with the format library; ok is false if text is not a variant or cannot
// be decoded.
func variantBase(text string, f *File, fast bool) (base string, ok bool) {
	if fast {
		if f.Variant == nil {
			return "", false
		}
		return f.Variant.Base, true
	}
	// Read as tables of any keys: the library would decode [Variant] into a field named
	// variant, over [variant] or in its place, in an order that varies from run to run.
	var g map[string]any
	if _, derr := toml.Decode(text, &g); derr != nil {
		return "", false
	}
	head, ok := g["variant"].(map[string]any)
	if !ok {
		return "", false
	}
	base, _ = head["base"].(string)
	return base, true
}

// spliceVariant reads the base file a variant names and returns the base with the variant's
// changes spliced in, the splicer that places problems found in it, and the problems of the
// changes it could not make (left out of the text); or no text, and the problems of the variant
// or of its base that leave nothing to check (no base, or a base with problems of its own).
func spliceVariant(name string, src []byte, base string, read Reader) (*splicer, []byte, Errors) {
	v := &splicer{vname: name, vsrc: src, vloc: newLocator(src)}
	if base == "" {
		var g map[string]any
		if _, err := toml.Decode(string(src), &g); err == nil {
			h, _ := g["variant"].(map[string]any)
			if x, ok := h["base"]; ok && x != "" {
				return nil, nil, Errors{v.errAt("variant.base", "expected a string, not %s", shapeName(x))}
			}
		}
		return nil, nil, Errors{v.errAt("variant", "missing key base")}
	}
	bname, bsrc, rerr := read(name, base)
	if rerr != nil {
		return nil, nil, Errors{v.errAt("variant.base", "cannot read the base file: %v", rerr)}
	}
	if hasVariant(bsrc) {
		return nil, nil, Errors{v.errAt("variant.base", "the base file %s is a variant itself; name the file it is based on", bname)}
	}
	bsc, err := Load(bname, bsrc)
	if err != nil {
		return nil, nil, List(err) // the base's own problems, in the base file
	}
	v.bname, v.bsrc, v.bloc, v.bid = bname, bsrc, newLocator(bsrc), bsc.ID
	merged, errs := v.splice()
	return v, merged, errs
}

// hasVariant reports whether src has a [variant] table.
func hasVariant(src []byte) bool {
	var f File
	if _, ok := fastDecode(string(src), &f); ok {
		return f.Variant != nil
	}
	var g map[string]any
	if _, err := toml.Decode(string(src), &g); err != nil {
		return false
	}
	_, ok := g["variant"]
	return ok
}

// splicer builds the text of a variant applied to its base. The text is made of whole lines of
// the two files (spans); a problem found in it is placed back in the file and line it came from.
type splicer struct {
	vname, bname string
	bid          string // the base scenario's id
	vsrc, bsrc   []byte
	vloc, bloc   *locator
	errs         Errors

	cut  [][2]int       // byte ranges of the base left out, line-aligned
	ins  map[int][]span // variant spans inserted before a base offset (a line start)
	tail []span         // variant spans added at the end
	out  []span         // the spans of the result, in order
}

// span is a line-aligned byte range of one of the files.
type span struct {
	variant  bool
	from, to int
}

// errAt is a problem with the value at path in the variant, placed at the value (see
// locator.place).
func (v *splicer) errAt(path, format string, a ...any) *Error {
	line, col := v.vloc.place(path, true)
	return &Error{File: v.vname, Line: line, Col: col, Key: path, Msg: fmt.Sprintf(format, a...)}
}

// fail records a problem with the value at path in the variant.
func (v *splicer) fail(path, format string, a ...any) {
	v.errs = append(v.errs, v.errAt(path, format, a...))
}

// failKey records a problem with the key at path in the variant, placed at the key.
func (v *splicer) failKey(path, format string, a ...any) {
	line, col := v.vloc.place(path, false)
	v.errs = append(v.errs, &Error{File: v.vname, Line: line, Col: col, Key: path, Msg: fmt.Sprintf(format, a...)})
}

// splice returns the base with the variant's changes, and the problems of the changes it could
// not make, which it leaves out (a table of another kind, an id the base lacks).
func (v *splicer) splice() ([]byte, Errors) {
	var gv, gb map[string]any
	if _, err := toml.Decode(string(v.vsrc), &gv); err != nil {
		return nil, Errors{{File: v.vname, Msg: err.Error()}}
	}
	if _, err := toml.Decode(string(v.bsrc), &gb); err != nil {
		return nil, Errors{{File: v.bname, Msg: err.Error()}}
	}
	v.ins = map[int][]span{}
	keys := make([]string, 0, len(gv))
	for k := range gv {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { // in the order of the file
		x, _ := v.vloc.find(a)
		y, _ := v.vloc.find(b)
		return x - y
	})
	for _, k := range keys {
		switch {
		case k == "$schema":
		case k == "variant":
			v.head(gv[k])
		case k == "scenario" || k == "end":
			vt, _ := gv[k].(map[string]any)
			bt, _ := gb[k].(map[string]any)
			v.table(k, vt, bt)
		case k == "tracks" || k == "kinds":
			m, ok := gv[k].(map[string]any)
			if !ok {
				v.fail(k, "expected a table, not %s: write a variant's change as [%s.NAME]", shapeName(gv[k]), k)
				continue
			}
			bm, _ := gb[k].(map[string]any)
			v.entries(k, m, bm)
		case slices.Contains(idTables, k):
			es, ok := gv[k].([]map[string]any)
			if !ok {
				// [move] for [[move]]: the change would be left out without a word.
				v.fail(k, "expected an array of tables, not %s: write a variant's change as [[%s]], with the id of the base's %s it changes", shapeName(gv[k]), k, k)
				continue
			}
			bs, _ := gb[k].([]map[string]any)
			for j, e := range es {
				v.element(k, j, e, bs)
			}
		default:
			v.failKey(k, "a variant cannot change %s: it changes [scenario], [end], [tracks.NAME], [kinds.NAME] and tables with an id", k)
		}
	}
	return v.assemble(), v.errs
}

// head checks the [variant] table itself: base is its one key, and any other is reported, as
// a scenario's unknown keys are (a key written under [variant] by mistake would otherwise be
// left out without a word).
func (v *splicer) head(h any) {
	t, _ := h.(map[string]any)
	for _, k := range mapKeys(t) {
		if k == "base" {
			continue
		}
		hint := didYouMean(k, []string{"base"})
		if hint == "" && slices.Contains(knownKeys(reflect.TypeOf(File{}), toml.Key{"scenario"}), k) {
			hint = "; a change to the scenario's " + k + " goes under [scenario]"
		}
		v.failKey(keyPath("variant", k), "unknown key %s%s", keySeg(k), hint)
	}
}

// shapeName names the TOML type of a decoded value for a message: "a table", "an array of
// tables", "an integer".
func shapeName(x any) string {
	return typeName(tomlTypes, fmtTOMLType(x))
}

// head0 returns the header of path in l, or nil.
func head0(l *locator, path string) *head {
	for i := range l.heads {
		if l.heads[i].path == path {
			return &l.heads[i]
		}
	}
	return nil
}

// lineStart returns the offset of the start of the line holding off.
func lineStart(l *locator, off int) int {
	line, _ := l.pos(off)
	return l.lines[line-1]
}

// bodyEnd returns where the body of header h ends: at the next header's line, or the end.
func bodyEnd(l *locator, h *head) int {
	for i := range l.heads {
		if l.heads[i].off > h.off {
			return lineStart(l, l.heads[i].off)
		}
	}
	return len(l.src)
}

// keySpans returns the line-aligned range of each of keys in the body [lo, hi) of the table at
// path in l: from its line to the next key's (or the body's end).
func keySpans(l *locator, path string, keys []string, lo, hi int) map[string][2]int {
	type at struct {
		k   string
		off int
	}
	var offs []at
	for _, k := range keys {
		off, _, ok := l.lookup(keyPath(path, k))
		if ok && off >= lo && off < hi {
			offs = append(offs, at{k, lineStart(l, off)})
		}
	}
	slices.SortFunc(offs, func(a, b at) int { return a.off - b.off })
	out := map[string][2]int{}
	for i, a := range offs {
		end := hi
		if i+1 < len(offs) {
			end = offs[i+1].off
		}
		out[a.k] = [2]int{a.off, end}
	}
	return out
}

// mapKeys returns the keys of m, sorted.
func mapKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// change makes the keys of the variant's table at vpath (written as a header) replace those of
// the base's table at bpath: the base's lines of those keys are cut, and the variant's body but
// skip (its id line) goes at the end of the base table's body.
func (v *splicer) change(vpath, bpath string, vkeys []string, bkeys []string, skip string) {
	vh := head0(v.vloc, vpath)
	bh := head0(v.bloc, bpath)
	if vh == nil {
		v.fail(vpath, "write a variant's change as a table of its own, [%s]", vpath)
		return
	}
	nested := false
	for i := range v.vloc.heads {
		if strings.HasPrefix(v.vloc.heads[i].path, vpath+".") {
			v.fail(v.vloc.heads[i].path, "a variant changes the keys of a table, not the tables inside it")
			nested = true
		}
	}
	if nested {
		return
	}
	vlo, vhi := vh.body, bodyEnd(v.vloc, vh)
	if bh == nil {
		v.tail = append(v.tail, span{true, lineStart(v.vloc, vh.off), vhi})
		return
	}
	blo, bhi := bh.body, bodyEnd(v.bloc, bh)
	bs := keySpans(v.bloc, bpath, bkeys, blo, bhi)
	for _, k := range vkeys {
		if k == skip {
			continue
		}
		if s, ok := bs[k]; ok {
			v.cut = append(v.cut, s)
		}
	}
	at := bhi
	if skip == "" {
		v.ins[at] = append(v.ins[at], span{true, vlo, vhi})
		return
	}
	vs := keySpans(v.vloc, vpath, vkeys, vlo, vhi)
	id, ok := vs[skip]
	if !ok {
		v.ins[at] = append(v.ins[at], span{true, vlo, vhi})
		return
	}
	v.ins[at] = append(v.ins[at], span{true, vlo, id[0]}, span{true, id[1], vhi})
}

// table applies a change to a single table ([scenario], [end]).
func (v *splicer) table(k string, vt, bt map[string]any) {
	v.change(k, k, mapKeys(vt), mapKeys(bt), "")
}

// element applies the change of the variant's j-th [[k]] to the base's [[k]] of the same id.
func (v *splicer) element(k string, j int, e map[string]any, bs []map[string]any) {
	p := at(k, j)
	id, _ := e["id"].(string)
	if id == "" {
		v.fail(p, "missing key id: a variant's [[%s]] names the id of the base's table it changes", k)
		return
	}
	i := slices.IndexFunc(bs, func(b map[string]any) bool { return b["id"] == id })
	if i < 0 {
		var ids []string
		for _, b := range bs {
			if s, ok := b["id"].(string); ok {
				ids = append(ids, s)
			}
		}
		v.fail(p+".id", "the base file has no %s %q to change%s", k, id, didYouMean(id, ids))
		return
	}
	v.change(p, at(k, i), mapKeys(e), mapKeys(bs[i]), "id")
}

// entries applies the variant's [k.NAME] tables (tracks, kinds): each replaces the base's entry
// of that name, where it is written, or is added after the base's entries.
func (v *splicer) entries(k string, m, bm map[string]any) {
	for _, n := range mapKeys(m) {
		p := keyPath(k, n)
		vh := head0(v.vloc, p)
		if vh == nil {
			v.fail(p, "write a variant's change as a table of its own, [%s]", p)
			continue
		}
		block := span{true, lineStart(v.vloc, vh.off), bodyEnd(v.vloc, vh)}
		if bh := head0(v.bloc, p); bh != nil { // [tracks.NAME] in the base: replaced in place
			from := lineStart(v.bloc, bh.off)
			v.cut = append(v.cut, [2]int{from, bodyEnd(v.bloc, bh)})
			v.ins[from] = append(v.ins[from], block)
			continue
		}
		at := -1
		if th := head0(v.bloc, k); th != nil { // NAME = {…} in the base's [tracks]: cut, and after it
			at = bodyEnd(v.bloc, th)
			if _, in := bm[n]; in {
				if s, ok := keySpans(v.bloc, k, mapKeys(bm), th.body, at)[n]; ok { // every key bounds the one cut
					v.cut = append(v.cut, s)
				}
			}
		} else if last := v.lastHead(k); last != nil { // after the base's last [tracks.NAME]
			at = bodyEnd(v.bloc, last)
		}
		if at < 0 {
			v.tail = append(v.tail, block)
			continue
		}
		v.ins[at] = append(v.ins[at], block)
	}
}

// lastHead returns the base's last header under k (k.NAME), or nil.
func (v *splicer) lastHead(k string) *head {
	var last *head
	for i := range v.bloc.heads {
		if strings.HasPrefix(v.bloc.heads[i].path, k+".") {
			last = &v.bloc.heads[i]
		}
	}
	return last
}

// assemble returns the text: the base's lines but those cut, with the variant's inserted.
func (v *splicer) assemble() []byte {
	slices.SortFunc(v.cut, func(a, b [2]int) int { return a[0] - b[0] })
	points := make([]int, 0, len(v.ins))
	for at := range v.ins {
		points = append(points, at)
	}
	slices.Sort(points)
	pos := 0
	emitBase := func(to int) {
		for pos < to {
			end := to
			for _, c := range v.cut {
				if c[0] <= pos && pos < c[1] {
					pos = min(c[1], to)
					end = -1
					break
				}
				if c[0] > pos && c[0] < end {
					end = c[0]
				}
			}
			if end > pos {
				v.out = append(v.out, span{false, pos, end})
				pos = end
			}
		}
	}
	for _, at := range points {
		emitBase(at)
		v.out = append(v.out, v.ins[at]...)
	}
	emitBase(len(v.bsrc))
	v.out = append(v.out, v.tail...)
	var b []byte
	for _, s := range v.out {
		src := v.bsrc
		if s.variant {
			src = v.vsrc
		}
		b = append(b, src[s.from:s.to]...)
		if len(b) > 0 && b[len(b)-1] != '\n' {
			b = append(b, '\n')
		}
	}
	return b
}

// place moves a problem found in the spliced text to the file and line it was written on. A
// problem in the variant gets the variant's key path: its own [[move]] is the variant's move[1]
// where it changes the base's move[0].
func (v *splicer) place(e *Error) {
	if e.Line <= 0 {
		return
	}
	line := 1
	for _, s := range v.out {
		l, src, name := v.bloc, v.bsrc, v.bname
		if s.variant {
			l, src, name = v.vloc, v.vsrc, v.vname
		}
		n := strings.Count(string(src[s.from:s.to]), "\n")
		if s.to > s.from && src[s.to-1] != '\n' {
			n++
		}
		if e.Line < line+n {
			first, _ := l.pos(s.from)
			e.File, e.Line = name, first+e.Line-line
			if s.variant {
				e.Key = v.variantKey(e.Key, e.Line)
			}
			return
		}
		line += n
	}
}

// variantKey returns key path k, of the spliced text, as the variant writes it: its table's
// index is that of the variant's table whose body holds line, not the base's.
func (v *splicer) variantKey(k string, line int) string {
	if line < 1 || line > len(v.vloc.lines) {
		return k
	}
	h := v.vloc.under(v.vloc.lines[line-1])
	if h < 0 {
		return k
	}
	hp := v.vloc.heads[h].path
	name, _, indexed := strings.Cut(hp, "[")
	if !indexed || !strings.HasPrefix(k, name+"[") {
		return k
	}
	_, rest, ok := strings.Cut(k, "]")
	if !ok {
		return k
	}
	return hp + rest
}

// sortByLine sorts problems by file (first the file named first, the variant), line and
// column.
func (es Errors) sortByLine(first string) {
	slices.SortStableFunc(es, func(a, b *Error) int {
		if a.File != b.File {
			switch first {
			case a.File:
				return -1
			case b.File:
				return 1
			}
			return strings.Compare(a.File, b.File)
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
}
