package load

import (
	"bytes"
	"iter"
	"strconv"
	"strings"
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
		h.name = strings.ReplaceAll(strings.TrimSpace(line), " ", "")
		l.byName[h.name] = append(l.byName[h.name], len(l.heads))
		l.heads = append(l.heads, h)
	}
	return l
}

// pos converts an offset to a 1-based line and column.
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
	return lo + 1, off - l.lines[lo] + 1
}

// seg is one step of a key path: a key and, for arrays, an index (-1 when none).
type seg struct {
	key string
	idx int
}

// parsePath splits "move[2].on_success[0].add" into segments.
func parsePath(p string) []seg {
	var out []seg
	for _, part := range strings.Split(p, ".") {
		s := seg{key: part, idx: -1}
		if i := strings.IndexByte(part, '['); i >= 0 && strings.HasSuffix(part, "]") {
			s.key = part[:i]
			s.idx, _ = strconv.Atoi(part[i+1 : len(part)-1])
		}
		out = append(out, s)
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
	segs := parsePath(path)
	// Table headers: consume as many leading segments as name a header. A table's sub-tables
	// ([[side.objective]] after [[side]]) run to the next header of the same name or of an
	// enclosing table, even past other tables; a dotted header ([tracks.funds]) names several
	// segments at once.
	lo, hi := 0, len(l.src)
	name := ""
	n := 0
	for n < len(segs) {
		cand := segs[n].key
		if name != "" {
			cand = name + "." + cand
		}
		count := -1
		found := -1
		if lo == 0 && hi == len(l.src) {
			// At the top level, the headers of one name are indexed.
			found = -1
			if hs := l.byName[cand]; len(hs) > 0 {
				h := l.heads[hs[0]]
				switch {
				case h.array && segs[n].idx < 0, !h.array && segs[n].idx < 0:
					found = hs[0]
				case h.array && segs[n].idx < len(hs):
					found = hs[segs[n].idx]
				}
			}
		}
		for i, h := range l.heads {
			if lo == 0 && hi == len(l.src) {
				break
			}
			if h.off < lo || h.off >= hi || h.name != cand {
				continue
			}
			count++
			if (h.array && (segs[n].idx < 0 || count == segs[n].idx)) || (!h.array && segs[n].idx < 0) {
				found = i
				break
			}
		}
		if found < 0 {
			if p := l.headPrefix(lo, hi, cand+"."); p >= 0 && segs[n].idx < 0 {
				name = cand
				n++
				if n == len(segs) {
					return l.heads[p].off, -1, true
				}
				continue
			}
			break
		}
		h := l.heads[found]
		lo = h.off
		end := hi
		for _, g := range l.heads[found+1:] {
			if g.off >= hi {
				break
			}
			if g.name == h.name || strings.HasPrefix(h.name, g.name+".") {
				end = g.off
				break
			}
		}
		hi = end
		name = cand
		n++
		if n == len(segs) {
			return h.off, -1, true
		}
	}
	// Keys inside the table's body (before any other header).
	bodyEnd := hi
	for _, g := range l.heads {
		if g.off > lo && g.off < hi {
			bodyEnd = g.off
			break
		}
	}
	start := lo
	if name != "" {
		for _, h := range l.heads {
			if h.off == lo {
				start = h.body
			}
		}
	}
	keyOff, valOff = lo, -1
	cur := start
	end := bodyEnd
	for ; n < len(segs); n++ {
		k, v := l.key(cur, end, segs[n].key)
		if k < 0 {
			return keyOff, -1, false
		}
		keyOff, valOff = k, v
		if segs[n].idx >= 0 {
			e := l.element(v, segs[n].idx)
			if e < 0 {
				return keyOff, valOff, false
			}
			keyOff, valOff = e, e
		}
		cur, end = valOff, l.valueEnd(valOff)
	}
	return keyOff, valOff, true
}

// headPrefix returns the index of the first header between lo and hi whose name starts with
// prefix, or -1.
func (l *locator) headPrefix(lo, hi int, prefix string) int {
	for i, h := range l.heads {
		if h.off >= lo && h.off < hi && strings.HasPrefix(h.name, prefix) {
			return i
		}
	}
	return -1
}

// paths returns the key paths, with the index of every array element on the way, at which the
// key k (as the format library reports it, without indices) is written, in the order of the
// file. It gives up after max paths.
func (l *locator) paths(k []string, max int) []string {
	var out []string
	var walk func(prefix string, i int)
	walk = func(prefix string, i int) {
		p := k[i]
		if prefix != "" {
			p = prefix + "." + p
		}
		if i == len(k)-1 {
			if _, _, ok := l.lookup(p); ok && len(out) < max {
				out = append(out, p)
			}
			return
		}
		if _, _, ok := l.lookup(p + "[0]"); ok {
			for j := 0; len(out) < max; j++ {
				q := p + "[" + strconv.Itoa(j) + "]"
				if _, _, ok := l.lookup(q); !ok {
					break
				}
				walk(q, i+1)
			}
			return
		}
		walk(p, i+1)
	}
	if len(k) > 0 {
		walk("", 0)
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
