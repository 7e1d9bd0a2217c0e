package load

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The fast decoder reads the TOML that scenario files are written in, several times faster
// than the format library, into the same values. It reads bare keys, table headers and arrays
// of tables, basic and literal strings (multi-line too, with the TOML 1.0 escapes), decimal
// integers and floats, booleans, arrays, one-line inline tables and comments. It gives up on
// anything else, and on anything that is not perfectly valid: dotted or quoted keys, dates,
// special numbers, a key or table defined twice, a key the target does not have or a value of
// the wrong type. Then the loader decodes the file with the format library, which says what is
// wrong and where. It never panics and takes time and memory linear in the size of the source.

// fastKind is the kind of a value the fast decoder read.
type fastKind uint8

const (
	valString fastKind = iota + 1
	valInt
	valFloat
	valBool
	valArray
	valTable
)

// fastValue is a value read by the fast decoder.
type fastValue struct {
	kind fastKind
	// headed is set for an array of tables made by [[headers]], which later headers extend.
	headed bool
	str    string
	num    int64       // an integer, 1 for true, or the bits of a float
	list   []fastValue // an array's elements
	tab    *fastTable  // a table
}

// float returns the value of a float.
func (v *fastValue) float() float64 { return math.Float64frombits(uint64(v.num)) }

// fastEntry is a key of a table and its value.
type fastEntry struct {
	key string
	val fastValue
}

// fastTable is a table read by the fast decoder: its keys in the order of the file.
type fastTable struct {
	entries []fastEntry
	index   map[string]int // the keys' places, made when a table has many keys
	// header is set for a table a [header] defined; inline for an inline table, which no
	// header may add to.
	header, inline bool
}

// fastIndexAt is how many keys a table holds before it looks them up in a map.
const fastIndexAt = 16

// find returns the place of key k in the table, or -1.
func (t *fastTable) find(k string) int {
	if t.index != nil {
		if i, ok := t.index[k]; ok {
			return i
		}
		return -1
	}
	for i := range t.entries {
		if t.entries[i].key == k {
			return i
		}
	}
	return -1
}

// add appends key k with value v (k is not in the table) and returns its place.
func (t *fastTable) add(k string, v fastValue) int {
	if t.entries == nil {
		t.entries = make([]fastEntry, 0, 4)
	}
	t.entries = append(t.entries, fastEntry{k, v})
	n := len(t.entries) - 1
	switch {
	case t.index != nil:
		t.index[k] = n
	case n >= fastIndexAt:
		t.index = make(map[string]int, 2*len(t.entries))
		for i := range t.entries {
			t.index[t.entries[i].key] = i
		}
	}
	return n
}

// tableOrder holds the names of the [tracks.NAME] and [kinds.NAME] tables in the order the
// file gives them, as the format library lists keys: a header or a key naming a table directly
// under tracks or kinds.
type tableOrder struct {
	tracks, kinds []string
}

// note records the key k of a path whose parts before k are n, the first of them first.
func (o *tableOrder) note(n int, first, k string) {
	if n != 1 {
		return
	}
	switch first {
	case "tracks":
		o.tracks = append(o.tracks, k)
	case "kinds":
		o.kinds = append(o.kinds, k)
	}
}

// fastMaxDepth is how deep arrays and inline tables may nest for the fast decoder; checkShape
// refuses deeper files before, and the decoder does not rely on it.
const fastMaxDepth = 32

// fastParser reads a TOML source into a tree of fastTables.
type fastParser struct {
	src   string
	i     int
	root  *fastTable
	cur   *fastTable // the table key = value lines go into
	ctx   []string   // the key path of the current header
	order tableOrder
	buf   []byte      // unescaped string bytes, reused
	block []fastTable // where new tables are taken from, a block at a time
	stack []fastValue // the elements of the arrays being read, innermost last
}

// fastBlock is how many tables the parser allocates at once.
const fastBlock = 64

// table returns a new empty table.
func (p *fastParser) table() *fastTable {
	if len(p.block) == cap(p.block) {
		p.block = make([]fastTable, 0, fastBlock)
	}
	p.block = p.block[:len(p.block)+1]
	return &p.block[len(p.block)-1]
}

// fastParse reads src into a tree; ok is false if the fast decoder does not read all of it.
func fastParse(src string) (root *fastTable, order tableOrder, ok bool) {
	if !fastChars(src) {
		return nil, tableOrder{}, false
	}
	p := &fastParser{src: src}
	p.root = p.table()
	p.cur = p.root
	for p.i < len(p.src) {
		var ok bool
		switch c := p.src[p.i]; {
		case c == ' ' || c == '\t' || c == '\n':
			p.i++
			continue
		case c == '#':
			p.comment()
			continue
		case c == '[':
			ok = p.header()
		default:
			ok = p.keyValue()
		}
		if !ok || !p.lineEnd() {
			return nil, tableOrder{}, false
		}
	}
	return p.root, p.order, true
}

// fastChars reports whether src is valid UTF-8 without control characters other than tab
// and newline (no carriage return either: such files are left to the format library).
func fastChars(src string) bool {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return false
		}
	}
	return utf8.ValidString(src)
}

// space skips spaces and tabs.
func (p *fastParser) space() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

// comment skips a comment up to its newline.
func (p *fastParser) comment() {
	if j := strings.IndexByte(p.src[p.i:], '\n'); j >= 0 {
		p.i += j
	} else {
		p.i = len(p.src)
	}
}

// lineEnd reads what may follow a header or a key = value on its line: spaces, a comment,
// then a newline or the end.
func (p *fastParser) lineEnd() bool {
	p.space()
	if p.i < len(p.src) && p.src[p.i] == '#' {
		p.comment()
	}
	if p.i == len(p.src) {
		return true
	}
	if p.src[p.i] == '\n' {
		p.i++
		return true
	}
	return false
}

// blank skips spaces, newlines and comments, as arrays allow between their values.
func (p *fastParser) blank() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t', '\n':
			p.i++
		case '#':
			p.comment()
		default:
			return
		}
	}
}

// bareKey reads a bare key: letters, digits, _ and -.
func (p *fastParser) bareKey() (string, bool) {
	j := p.i
	for j < len(p.src) {
		c := p.src[j]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' || c == '-') {
			break
		}
		j++
	}
	if j == p.i {
		return "", false
	}
	k := p.src[p.i:j]
	p.i = j
	return k, true
}

// keyEquals reads a bare key, then = with spaces around it.
func (p *fastParser) keyEquals() (string, bool) {
	k, ok := p.bareKey()
	if !ok {
		return "", false
	}
	p.space()
	if p.i >= len(p.src) || p.src[p.i] != '=' {
		return "", false
	}
	p.i++
	p.space()
	return k, true
}

// header reads a [table] or [[array of tables]] header and makes its table the current one.
func (p *fastParser) header() bool {
	p.i++ // [
	array := p.i < len(p.src) && p.src[p.i] == '['
	if array {
		p.i++
	}
	p.ctx = p.ctx[:0]
	for {
		p.space()
		k, ok := p.bareKey()
		if !ok {
			return false
		}
		p.ctx = append(p.ctx, k)
		p.space()
		if p.i < len(p.src) && p.src[p.i] == '.' {
			p.i++
			continue
		}
		break
	}
	close := "]"
	if array {
		close = "]]"
	}
	if !strings.HasPrefix(p.src[p.i:], close) {
		return false
	}
	p.i += len(close)
	// Walk to the table that holds the last part, making the tables on the way.
	t := p.root
	last := len(p.ctx) - 1
	for _, k := range p.ctx[:last] {
		j := t.find(k)
		if j < 0 {
			j = t.add(k, fastValue{kind: valTable, tab: p.table()})
		}
		v := &t.entries[j].val
		switch {
		case v.kind == valTable && !v.tab.inline:
			t = v.tab
		case v.kind == valArray && v.headed:
			t = v.list[len(v.list)-1].tab
		default:
			return false
		}
	}
	k := p.ctx[last]
	j := t.find(k)
	var nt *fastTable
	switch {
	case array && j < 0:
		nt = p.table()
		t.add(k, fastValue{kind: valArray, headed: true, list: []fastValue{{kind: valTable, tab: nt}}})
	case array && t.entries[j].val.kind == valArray && t.entries[j].val.headed:
		nt = p.table()
		t.entries[j].val.list = append(t.entries[j].val.list, fastValue{kind: valTable, tab: nt})
	case array:
		return false
	case j < 0:
		nt = p.table()
		t.add(k, fastValue{kind: valTable, tab: nt})
	case t.entries[j].val.kind == valTable && !t.entries[j].val.tab.header && !t.entries[j].val.tab.inline:
		nt = t.entries[j].val.tab // made on the way to an earlier header: defined now
	default:
		return false
	}
	nt.header = true
	p.cur = nt
	p.order.note(last, p.ctx[0], k)
	return true
}

// keyValue reads a key = value line into the current table.
func (p *fastParser) keyValue() bool {
	k, ok := p.keyEquals()
	if !ok || p.cur.find(k) >= 0 {
		return false
	}
	first := k
	if len(p.ctx) > 0 {
		first = p.ctx[0]
	}
	p.order.note(len(p.ctx), first, k)
	v, ok := p.value(len(p.ctx)+1, first, 0)
	if !ok {
		return false
	}
	p.cur.add(k, v)
	return true
}

// value reads a value whose key path has n parts, the first of them first, nested depth
// arrays and inline tables deep.
func (p *fastParser) value(n int, first string, depth int) (fastValue, bool) {
	if p.i >= len(p.src) || depth > fastMaxDepth {
		return fastValue{}, false
	}
	switch c := p.src[p.i]; {
	case c == '"' || c == '\'':
		return p.str(c)
	case c == '[':
		return p.array(n, first, depth)
	case c == '{':
		return p.inline(n, first, depth)
	case c == 't' && strings.HasPrefix(p.src[p.i:], "true"):
		p.i += 4
		return fastValue{kind: valBool, num: 1}, true
	case c == 'f' && strings.HasPrefix(p.src[p.i:], "false"):
		p.i += 5
		return fastValue{kind: valBool}, true
	case c == '+' || c == '-' || '0' <= c && c <= '9':
		return p.number()
	}
	return fastValue{}, false
}

// array reads an array: values separated by commas, a trailing comma allowed, with newlines
// and comments between them.
func (p *fastParser) array(n int, first string, depth int) (fastValue, bool) {
	p.i++ // [
	base := len(p.stack)
	for {
		p.blank()
		if p.i < len(p.src) && p.src[p.i] == ']' {
			p.i++
			return p.popArray(base), true
		}
		v, ok := p.value(n, first, depth+1)
		if !ok {
			return fastValue{}, false
		}
		p.stack = append(p.stack, v)
		p.blank()
		if more, ok := p.separator(']'); !ok {
			return fastValue{}, false
		} else if !more {
			return p.popArray(base), true
		}
	}
}

// separator reads what follows an element of an array or an inline table: a comma (more) or
// the closing bracket close.
func (p *fastParser) separator(close byte) (more, ok bool) {
	if p.i >= len(p.src) {
		return false, false
	}
	switch p.src[p.i] {
	case ',':
		p.i++
		return true, true
	case close:
		p.i++
		return false, true
	}
	return false, false
}

// popArray returns the array of the elements on the stack from base on, and takes them off.
func (p *fastParser) popArray(base int) fastValue {
	v := fastValue{kind: valArray, list: make([]fastValue, len(p.stack)-base)}
	copy(v.list, p.stack[base:])
	clear(p.stack[base:])
	p.stack = p.stack[:base]
	return v
}

// inline reads an inline table on one line: { key = value, ... }, without a trailing comma.
func (p *fastParser) inline(n int, first string, depth int) (fastValue, bool) {
	p.i++ // {
	t := p.table()
	t.inline = true
	p.space()
	if p.i < len(p.src) && p.src[p.i] == '}' {
		p.i++
		return fastValue{kind: valTable, tab: t}, true
	}
	for {
		p.space()
		k, ok := p.keyEquals()
		if !ok || t.find(k) >= 0 {
			return fastValue{}, false
		}
		p.order.note(n, first, k)
		v, ok := p.value(n+1, first, depth+1)
		if !ok {
			return fastValue{}, false
		}
		t.add(k, v)
		p.space()
		if more, ok := p.separator('}'); !ok {
			return fastValue{}, false
		} else if !more {
			return fastValue{kind: valTable, tab: t}, true
		}
	}
}

// str reads a string opened by quote q: basic ("), literal ('), either on one line or
// multi-line (three quotes).
func (p *fastParser) str(q byte) (fastValue, bool) {
	var s string
	var ok bool
	switch {
	case p.i+2 < len(p.src) && p.src[p.i+1] == q && p.src[p.i+2] == q && q == '"':
		s, ok = p.multiBasic()
	case p.i+2 < len(p.src) && p.src[p.i+1] == q && p.src[p.i+2] == q:
		s, ok = p.multiLiteral()
	default:
		s, ok = p.oneLine(q)
	}
	return fastValue{kind: valString, str: s}, ok
}

// oneLine reads a string on one line closed by quote q: a "basic string", whose escapes
// escaped reads, or a 'literal string'.
func (p *fastParser) oneLine(q byte) (string, bool) {
	p.i++ // the opening quote
	start := p.i
	for p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == q:
			s := p.src[start:p.i]
			p.i++
			return s, true
		case c == '\\' && q == '"':
			return p.escaped(start, false)
		case c == '\n':
			return "", false
		}
		p.i++
	}
	return "", false
}

// openMulti skips the three quotes that open a multi-line string, and a newline right after
// them, which is not part of the string.
func (p *fastParser) openMulti() {
	p.i += 3
	if p.i < len(p.src) && p.src[p.i] == '\n' {
		p.i++
	}
}

// multiBasic reads a multi-line basic string (in three double quotes): a backslash at the end
// of a line leaves out the spaces and newlines after it.
func (p *fastParser) multiBasic() (string, bool) {
	p.openMulti()
	start := p.i
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case '"':
			if strings.HasPrefix(p.src[p.i:], `"""`) {
				return p.closeMulti(p.src[start:p.i], '"')
			}
		case '\\':
			return p.escaped(start, true)
		}
		p.i++
	}
	return "", false
}

// closeMulti ends a multi-line string at its closing quotes (at p.i), giving up when more
// quotes follow them.
func (p *fastParser) closeMulti(s string, q byte) (string, bool) {
	p.i += 3
	if p.i < len(p.src) && p.src[p.i] == q {
		return "", false
	}
	return s, true
}

// escaped reads the rest of a basic string that has escapes, from start (its first byte)
// on; p.i is at the first backslash.
func (p *fastParser) escaped(start int, multi bool) (string, bool) {
	b := append(p.buf[:0], p.src[start:p.i]...)
	for p.i < len(p.src) {
		c := p.src[p.i]
		switch {
		case c == '"' && !multi:
			p.i++
			p.buf = b
			return string(b), true
		case c == '"' && strings.HasPrefix(p.src[p.i:], `"""`):
			p.buf = b
			return p.closeMulti(string(b), '"')
		case c == '\n' && !multi:
			return "", false
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.src) {
			return "", false
		}
		e := p.src[p.i+1]
		p.i += 2
		switch {
		case fastEscapes[e] != 0:
			b = append(b, fastEscapes[e])
		case e == 'u' || e == 'U':
			size := 4
			if e == 'U' {
				size = 8
			}
			if p.i+size > len(p.src) {
				return "", false
			}
			h := p.src[p.i : p.i+size]
			for j := 0; j < size; j++ {
				if !isHexDigit(h[j]) {
					return "", false
				}
			}
			r, err := strconv.ParseUint(h, 16, 32)
			if err != nil || !utf8.ValidRune(rune(r)) {
				return "", false
			}
			b = utf8.AppendRune(b, rune(r))
			p.i += size
		case e == ' ' || e == '\t' || e == '\n':
			// A backslash at the end of a line of a multi-line string: spaces may follow it
			// before the newline; then every space and newline up to the next text goes.
			if !multi {
				return "", false
			}
			j := p.i - 1
			for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t') {
				j++
			}
			if j >= len(p.src) || p.src[j] != '\n' {
				return "", false
			}
			for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t' || p.src[j] == '\n') {
				j++
			}
			p.i = j
		default:
			return "", false
		}
	}
	return "", false
}

// fastEscapes holds the byte each one-letter escape of a basic string stands for.
var fastEscapes = [256]byte{'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}

// isHexDigit reports whether c is a hexadecimal digit.
func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// multiLiteral reads a multi-line literal string (in three single quotes).
func (p *fastParser) multiLiteral() (string, bool) {
	p.openMulti()
	j := strings.Index(p.src[p.i:], "'''")
	if j < 0 {
		return "", false
	}
	s := p.src[p.i : p.i+j]
	p.i += j
	return p.closeMulti(s, '\'')
}

// number reads a decimal integer or float: an optional sign, digits with single underscores
// between them and no leading zero, then for a float a fraction, an exponent or both.
func (p *fastParser) number() (fastValue, bool) {
	start := p.i
	s := p.src
	if s[p.i] == '+' || s[p.i] == '-' {
		p.i++
	}
	intStart := p.i
	if !p.digits() {
		return fastValue{}, false
	}
	if s[intStart] == '0' && p.i-intStart > 1 {
		return fastValue{}, false // a leading zero, or 0x, 0o, 0b
	}
	float := false
	if p.i < len(s) && s[p.i] == '.' {
		p.i++
		if !p.digits() {
			return fastValue{}, false
		}
		float = true
	}
	if p.i < len(s) && (s[p.i] == 'e' || s[p.i] == 'E') {
		p.i++
		if p.i < len(s) && (s[p.i] == '+' || s[p.i] == '-') {
			p.i++
		}
		if !p.digits() {
			return fastValue{}, false
		}
		float = true
	}
	tok := s[start:p.i]
	if strings.IndexByte(tok, '_') >= 0 {
		tok = strings.ReplaceAll(tok, "_", "")
	}
	if float {
		f, err := strconv.ParseFloat(tok, 64)
		return fastValue{kind: valFloat, num: int64(math.Float64bits(f))}, err == nil
	}
	n, err := strconv.ParseInt(tok, 10, 64)
	return fastValue{kind: valInt, num: n}, err == nil
}

// digits reads one or more digits, with single underscores between them.
func (p *fastParser) digits() bool {
	start := p.i
	for p.i < len(p.src) {
		c := p.src[p.i]
		if '0' <= c && c <= '9' {
			p.i++
			continue
		}
		if c == '_' && p.i > start && p.src[p.i-1] != '_' && p.i+1 < len(p.src) && '0' <= p.src[p.i+1] && p.src[p.i+1] <= '9' {
			p.i++
			continue
		}
		break
	}
	return p.i > start
}
