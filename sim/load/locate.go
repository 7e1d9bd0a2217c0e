package load

import (
	"bytes"
	"iter"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// locator finds where a key path is written in a TOML source. The format library does not
// report key positions, so this scans the text: table headers, keys at the start of a line, and
// keys and elements inside inline tables and arrays. It is a best effort: when it cannot find a
// key it returns the position of the nearest enclosing one it found.
type locator struct {
	src []byte
	// lines[i] is the offset of line i+1.
	lines []int
	heads []head
	// byName lists the indices in heads of the headers of each name.
	byName map[string][]int
}

// head is a table header line: [name] or [[name]].
type head struct {
	name  string
	path  string // the name with the index of each array of tables (side[1].objective[0])
	array bool
	off   int // offset of the header's first character
	body  int // offset just after the header line
}

func newLocator(src []byte) *locator {
	l := &locator{src: src, lines: []int{0}, byName: map[string][]int{}}
	for i, c := range src {
		if c == '\n' {
			l.lines = append(l.lines, i+1)
		}
	}
	// quotes counts the triple quotes before the current line, so that a header-like line
	// inside a multi-line string is not taken for a header. Counting line by line keeps this
	// linear in the size of the file (no triple quote spans a line break).
	quotes := 0
	for i := 0; i < len(l.lines); i++ {
		start := l.lines[i]
		end := len(src)
		if i+1 < len(l.lines) {
			end = l.lines[i+1]
		}
		inString := quotes%2 == 1
		quotes += strings.Count(string(src[start:end]), `"""`) + strings.Count(string(src[start:end]), `'''`)
		line := strings.TrimSpace(string(src[start:end]))
		if !strings.HasPrefix(line, "[") || inString {
			continue
		}
		h := head{off: start + strings.Index(string(src[start:end]), "["), body: end}
		if strings.HasPrefix(line, "[[") {
			h.array = true
			line = strings.TrimPrefix(line, "[[")
			line = line[:max(strings.Index(line, "]]"), 0)]
		} else {
			line = strings.TrimPrefix(line, "[")
			line = line[:max(strings.Index(line, "]"), 0)]
		}
		h.name = canonKey(line)
		l.byName[h.name] = append(l.byName[h.name], len(l.heads))
		l.heads = append(l.heads, h)
	}
	l.indexHeads()
	return l
}

// indexHeads sets the path of every header: its name with the index of each array of tables
// in it (side[1].objective[0]). An array of tables starts again under each new table of its
// parent.
func (l *locator) indexHeads() {
	type count struct{ n, parent int }
	arrays := map[string]*count{}
	seen := map[string]int{} // headers of each name so far
	for i := range l.heads {
		h := &l.heads[i]
		parts := splitKey(h.name)
		if h.array {
			parent := strings.Join(parts[:len(parts)-1], ".")
			c := arrays[h.name]
			if c == nil {
				c = &count{}
				arrays[h.name] = c
			}
			if c.parent != seen[parent] {
				c.n, c.parent = 0, seen[parent]
			}
			c.n++
		}
		seen[h.name]++
		var b strings.Builder
		for j, p := range parts {
			if j > 0 {
				b.WriteByte('.')
			}
			b.WriteString(p)
			if c := arrays[strings.Join(parts[:j+1], ".")]; c != nil && c.n > 0 {
				b.WriteString("[" + strconv.Itoa(c.n-1) + "]")
			}
		}
		h.path = b.String()
	}
}

// under returns the index of the last header at or before offset off, or -1.
func (l *locator) under(off int) int {
	i := sort.Search(len(l.heads), func(i int) bool { return l.heads[i].off > off })
	return i - 1
}

// place returns the 1-based line and column of the key path: of its value when value is set
// and the path names a key with a value (or an array element), else of its key (or, for a table
// written with a header, of the header). A path that is not written is placed at the nearest
// enclosing key found.
func (l *locator) place(path string, value bool) (int, int) {
	k, v := l.find(path)
	if value && v >= 0 {
		k = v
	}
	return l.pos(k)
}

// pos converts an offset to a 1-based line and column; the column counts characters, not
// bytes, as an editor does.
func (l *locator) pos(off int) (int, int) {
	lo, hi := 0, len(l.lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.lines[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	off = min(max(off, l.lines[lo]), len(l.src))
	return lo + 1, utf8.RuneCount(l.src[l.lines[lo]:off]) + 1
}

// seg is one step of a key path: a key and, for arrays, an index (-1 when none).
type seg struct {
	key string
	idx int
}

// parsePath splits "move[2].on_success[0].add" into segments. A quoted key ("a.b", as the
// format library writes a key with dots or blanks) is one segment, quotes included.
func parsePath(p string) []seg {
	var out []seg
	add := func(part string) {
		s := seg{key: part, idx: -1}
		if i := strings.LastIndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			if n, err := strconv.Atoi(part[i+1 : len(part)-1]); err == nil {
				s.key, s.idx = part[:i], n
			}
		}
		out = append(out, s)
	}
	for _, part := range splitKey(p) {
		add(part)
	}
	return out
}

// find returns the offset of the key path in the source, and of the value after it when the
// last key was found (-1 otherwise).
func (l *locator) find(path string) (keyOff, valOff int) {
	k, v, _ := l.lookup(path)
	return k, v
}

// lookup is find that also reports whether every step of the path was found; when not, the
// offsets are those of the nearest enclosing step it found.
func (l *locator) lookup(path string) (keyOff, valOff int, ok bool) {
	c := l.start()
	for _, s := range parsePath(path) {
		if !l.step(&c, s) {
			break
		}
	}
	return c.keyOff, c.valOff, !c.failed
}

// cursor is where a lookup has got to, one segment of the path at a time, so that the places
// of a path and of all its prefixes are found in one pass (paths).
type cursor struct {
	// Table headers: the span of the table found so far and its name.
	lo, hi int
	name   string
	// body is set once the path has left the headers for the keys of a table's body, from
	// cur to end.
	body     bool
	cur, end int
	// The offsets of the last step found, and whether a step was not.
	keyOff, valOff int
	failed         bool
}

// start returns the cursor of the empty path: the whole file.
func (l *locator) start() cursor { return cursor{hi: len(l.src), valOff: -1} }

// step moves c one segment on and reports whether it was found; a cursor that failed stays
// failed, at the nearest enclosing step it found.
//
// Table headers consume as many leading segments as name a header. A table's sub-tables
// ([[side.objective]] after [[side]]) run to the next header of the same name or of an
// enclosing table, even past other tables; a dotted header ([tracks.funds]) names several
// segments at once. The other segments are keys inside the table's body (before any other
// header), and inside the inline tables and arrays of their values.
func (l *locator) step(c *cursor, s seg) bool {
	if c.failed {
		return false
	}
	if !c.body {
		if l.stepHeader(c, s) {
			return true
		}
		l.enterBody(c)
	}
	k, v := l.key(c.cur, c.end, s.key)
	if k < 0 {
		c.valOff, c.failed = -1, true
		return false
	}
	c.keyOff, c.valOff = k, v
	if s.idx >= 0 {
		e := l.element(v, s.idx)
		if e < 0 {
			c.failed = true
			return false
		}
		c.keyOff, c.valOff = e, e
	}
	c.cur, c.end = c.valOff, l.valueEnd(c.valOff)
	return true
}

// stepHeader moves c one segment on through the table headers, and reports whether a header
// (or the prefix of a dotted one) names it.
func (l *locator) stepHeader(c *cursor, s seg) bool {
	cand := s.key
	if c.name != "" {
		cand = c.name + "." + s.key
	}
	count, found := -1, -1
	if c.lo == 0 && c.hi == len(l.src) {
		// At the top level, the headers of one name are indexed.
		if hs := l.byName[cand]; len(hs) > 0 {
			h := l.heads[hs[0]]
			switch {
			case s.idx < 0:
				found = hs[0]
			case h.array && s.idx < len(hs):
				found = hs[s.idx]
			}
		}
	} else {
		for i, h := range l.heads {
			if h.off < c.lo || h.off >= c.hi || h.name != cand {
				continue
			}
			count++
			if (h.array && (s.idx < 0 || count == s.idx)) || (!h.array && s.idx < 0) {
				found = i
				break
			}
		}
	}
	if found < 0 {
		if p := l.headPrefix(c.lo, c.hi, cand); p >= 0 && s.idx < 0 {
			c.name = cand
			c.keyOff, c.valOff = l.heads[p].off, -1
			return true
		}
		return false
	}
	h := l.heads[found]
	c.lo = h.off
	end := c.hi
	for _, g := range l.heads[found+1:] {
		if g.off >= c.hi {
			break
		}
		if g.name == h.name || strings.HasPrefix(h.name, g.name+".") {
			end = g.off
			break
		}
	}
	c.hi, c.name = end, cand
	c.keyOff, c.valOff = h.off, -1
	return true
}

// enterBody moves c from the headers to the keys of the body of the table it found (before
// any other header).
func (l *locator) enterBody(c *cursor) {
	c.body = true
	c.end = c.hi
	for _, g := range l.heads {
		if g.off > c.lo && g.off < c.hi {
			c.end = g.off
			break
		}
	}
	c.cur = c.lo
	if c.name != "" {
		for _, h := range l.heads {
			if h.off == c.lo {
				c.cur = h.body
			}
		}
	}
	c.keyOff, c.valOff = c.lo, -1
}

// headPrefix returns the index of the first header between lo and hi whose name starts with
// name and a dot, or -1.
func (l *locator) headPrefix(lo, hi int, name string) int {
	for i, h := range l.heads {
		if h.off >= lo && h.off < hi && len(h.name) > len(name) && h.name[len(name)] == '.' && strings.HasPrefix(h.name, name) {
			return i
		}
	}
	return -1
}

// paths returns the key paths, with the index of every array element on the way, at which the
// key k (as the format library reports it, without indices) is written, in the order of the
// file. It gives up after max paths. It steps a cursor through k, so that each segment is
// found once from its parent's place, not again from the top.
func (l *locator) paths(k []string, max int) []string {
	var out []string
	var walk func(prefix string, c cursor, i int)
	walk = func(prefix string, c cursor, i int) {
		ki := keySeg(k[i]) // as a path writes it, and the locator names headers
		p := ki
		if prefix != "" {
			p = prefix + "." + ki
		}
		if i == len(k)-1 {
			if l.step(&c, seg{key: ki, idx: -1}) && len(out) < max {
				out = append(out, p)
			}
			return
		}
		if first := c; l.step(&first, seg{key: ki, idx: 0}) {
			for j := 0; len(out) < max; j++ {
				cj := c
				if j == 0 {
					cj = first
				} else if !l.step(&cj, seg{key: ki, idx: j}) {
					break
				}
				walk(p+"["+strconv.Itoa(j)+"]", cj, i+1)
			}
			return
		}
		l.step(&c, seg{key: ki, idx: -1})
		walk(p, c, i+1)
	}
	if len(k) > 0 {
		walk("", l.start(), 0)
	}
	return out
}

// code yields the offsets from from to to (exclusive) of the bytes that are neither inside a
// string nor in a comment (a string's opening quote is yielded): the bytes whose brackets,
// commas, keys and value starts mean something.
func (l *locator) code(from, to int) iter.Seq[int] {
	return func(yield func(int) bool) {
		src := l.src
		inStr := byte(0)
		for i := from; i < to && i < len(src); i++ {
			c := src[i]
			switch {
			case inStr != 0:
				if c == '\\' && inStr == '"' {
					i++
				} else if c == inStr {
					inStr = 0
				}
			case c == '"' || c == '\'':
				inStr = c
				if !yield(i) { // a string's opening quote is where its value starts
					return
				}
			case c == '#':
				for i < len(src) && src[i] != '\n' {
					i++
				}
			default:
				if !yield(i) {
					return
				}
			}
		}
	}
}

// key finds `name =` (or `name.`) between from and to, at the start of a line or after `{` or
// `,`, outside strings. It returns the key's offset and its value's offset.
func (l *locator) key(from, to int, name string) (int, int) {
	src := l.src
	depth := 0
	base := -1
	for i := range l.code(from, to) {
		switch src[i] {
		case '[', '{':
			depth++
			continue
		case ']', '}':
			depth--
			continue
		}
		if base < 0 {
			base = depth
		}
		if depth != base || !strings.HasPrefix(string(src[i:min(len(src), i+len(name))]), name) {
			continue
		}
		prev := byte('\n')
		for j := i - 1; j >= from; j-- {
			if src[j] != ' ' && src[j] != '\t' {
				prev = src[j]
				break
			}
		}
		if prev != '\n' && prev != '{' && prev != ',' {
			continue
		}
		j := i + len(name)
		for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
			j++
		}
		if j < len(src) && (src[j] == '=' || src[j] == '.') {
			v := j + 1
			for v < len(src) && (src[v] == ' ' || src[v] == '\t') {
				v++
			}
			return i, v
		}
	}
	return -1, -1
}

// element returns the offset of the idx-th element of the array starting at off.
func (l *locator) element(off, idx int) int {
	src := l.src
	if off < 0 || off >= len(src) || src[off] != '[' {
		return -1
	}
	depth, n := 0, 0
	for i := range l.code(off, len(src)) {
		c := src[i]
		switch c {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return -1
			}
		case ',':
			if depth == 1 {
				n++
			}
		}
		if n != idx {
			continue
		}
		if depth == 1 && c != '[' && c != ',' && c != ' ' && c != '\n' && c != '\t' && c != '\r' {
			return i
		}
		if depth == 2 && (c == '{' || c == '[') {
			return i
		}
	}
	return -1
}

// valueEnd returns the end of the value starting at off: the matching bracket, or the line end.
func (l *locator) valueEnd(off int) int {
	src := l.src
	if off < 0 || off >= len(src) {
		return len(src)
	}
	if src[off] != '[' && src[off] != '{' {
		if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
			return off + i
		}
		return len(src)
	}
	depth := 0
	for i := range l.code(off, len(src)) {
		switch src[i] {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		}
	}
	return len(src)
}
