package load

import (
	"fmt"
	"strconv"
	"strings"
)

// Limits on the shape of a file, checked before it is decoded. The format library's time and
// memory grow with the square of the nesting of inline tables (5,000 deep took 10 s and
// 1.2 GB, 20,000 deep 8.5 GB) and each inline table costs it several kilobytes, and key paths
// with thousands of parts are slow to place; no scenario needs more than a few of either.
const (
	// maxNesting is how deep inline tables and arrays may nest in a value.
	maxNesting = 8
	// maxKeyParts is how many dotted parts a key or a table header may have.
	maxKeyParts = 8
	// maxInlineTables is how many inline tables a file may have (the campaign has fewer than
	// 300).
	maxInlineTables = 10000
)

// shapeScanner checks the nesting of a TOML source in one pass, before it is decoded: it reads
// table headers, keys, strings (basic, literal and multi-line, with escapes), comments,
// arrays and inline tables well enough that no bracket or dot inside a string or comment is
// counted, and leaves every other syntax error to the format library.
type shapeScanner struct {
	file  string
	src   string
	i     int
	head  string   // the current table header, as written without spaces ("" at the top)
	key   string   // the key of the value being read, as written without spaces
	open  []byte   // the open brackets, innermost last ('[' or '{')
	parts []string // keyParts' result, reused
	nInl  int      // inline tables so far
	err   *Error
	// arrays counts the tables of each array of tables; seen, the headers of each name.
	arrays map[string]*arrayCount
	seen   map[string]int
}

// checkShape returns the first place where src nests deeper or has more parts or inline tables
// than the limits allow, as an error with its position and key, or nil. It takes time linear in
// the size of src.
func checkShape(file, src string) *Error {
	s := &shapeScanner{file: file, src: src}
	s.lines()
	return s.err
}

// fail records the problem at offset off, with the key path key.
func (s *shapeScanner) fail(off int, key, format string, a ...any) {
	line, col := 1, 1
	for j := 0; j < off && j < len(s.src); j++ {
		if s.src[j] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	if key == "" {
		key = "(top)"
	}
	s.err = &Error{File: s.file, Line: line, Col: col, Key: key, Msg: fmt.Sprintf(format, a...)}
}

// path returns the path of the key being read: the current header's and the key's.
func (s *shapeScanner) path() string { return join(s.head, s.key) }

// lines reads the source line by line at the top level: blank lines, comments, table headers
// and key = value pairs.
func (s *shapeScanner) lines() {
	src := s.src
	for s.i < len(src) && s.err == nil {
		c := src[s.i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			s.i++
		case c == '#':
			s.comment()
		case c == '[':
			s.header()
		default:
			s.key = ""
			parts, ok := s.keyParts("the key")
			if !ok {
				return
			}
			s.key = strings.Join(parts, ".")
			if s.i < len(src) && src[s.i] == '=' {
				s.i++
				s.value()
			} else {
				s.skipLine() // not a key = value line: the format library will say why
			}
		}
	}
}

// header reads a table header [a.b] or [[a.b]] and the rest of its line, and makes it the
// current header, with the index of each array of tables in it (side[1].objective[0]).
func (s *shapeScanner) header() {
	s.i++
	array := s.i < len(s.src) && s.src[s.i] == '['
	if array {
		s.i++
	}
	s.key, s.head = "", ""
	parts, ok := s.keyParts("the table header")
	if !ok {
		return
	}
	s.skipLine()
	if len(parts) == 0 {
		return
	}
	name := strings.Join(parts, ".")
	if s.arrays == nil {
		s.arrays, s.seen = map[string]*arrayCount{}, map[string]int{}
	}
	if array {
		// An array of tables starts again under each new table of its parent.
		parent := strings.Join(parts[:len(parts)-1], ".")
		ac := s.arrays[name]
		if ac == nil {
			ac = &arrayCount{}
			s.arrays[name] = ac
		}
		if ac.parent != s.seen[parent] {
			ac.n, ac.parent = 0, s.seen[parent]
		}
		ac.n++
	}
	s.seen[name]++
	for i, p := range parts {
		s.head = join(s.head, p)
		if ac := s.arrays[strings.Join(parts[:i+1], ".")]; ac != nil && ac.n > 0 {
			s.head += "[" + strconv.Itoa(ac.n-1) + "]"
		}
	}
}

// arrayCount counts the tables of an array of tables so far, since its parent table was last
// seen (parent: how many headers of the parent's name had been seen then).
type arrayCount struct{ n, parent int }

// keyParts reads a dotted key at s.i, up to what follows it (=, ], or anything else), and
// returns its parts as written, without the blanks around them. When the key has more than
// maxKeyParts parts it records an error (what names the key: "the key", "the table header"),
// at the key's path under the current one (as far as its first part), and returns false. The
// parts are substrings of the source, in a slice the next call reuses.
func (s *shapeScanner) keyParts(what string) (parts []string, ok bool) {
	src := s.src
	start := s.i
	parts = s.parts[:0]
	for {
		s.spaces()
		if s.i >= len(src) {
			break
		}
		partStart := s.i
		switch src[s.i] {
		case '"':
			s.basic()
		case '\'':
			s.literal()
		default:
			for s.i < len(src) && isBareKey(src[s.i]) {
				s.i++
			}
		}
		if s.i == partStart {
			break // not a key: the format library will say why
		}
		if len(parts) == maxKeyParts {
			s.fail(start, join(s.path(), parts[0]), "%s has more than %d dotted parts", what, maxKeyParts)
			return nil, false
		}
		parts = append(parts, src[partStart:s.i])
		s.spaces()
		if s.i < len(src) && src[s.i] == '.' {
			s.i++
			continue
		}
		break
	}
	s.parts = parts
	return parts, true
}

// join joins two parts of a key path, either of which may be empty.
func join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}

// at returns the path of element i of the array at path p: p[i]. Paths are built for every
// value a load checks, so this is a concatenation, not a fmt call.
func at(p string, i int) string { return p + "[" + strconv.Itoa(i) + "]" }

// isBareKey reports whether c may be in a bare key.
func isBareKey(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// value reads the value after a key's =, to the end of its line or of its last bracket.
func (s *shapeScanner) value() {
	src := s.src
	s.open = s.open[:0]
	for s.i < len(src) && s.err == nil {
		c := src[s.i]
		switch c {
		case '"':
			s.basic()
			continue
		case '\'':
			s.literal()
			continue
		case '#':
			s.comment()
			continue
		case '\n':
			if len(s.open) == 0 {
				return
			}
		case '[', '{':
			s.open = append(s.open, c)
			if len(s.open) > maxNesting {
				s.fail(s.i, s.path(), "inline tables and arrays nested more than %d deep", maxNesting)
				return
			}
			if c == '{' {
				if s.nInl++; s.nInl > maxInlineTables {
					s.fail(s.i, s.path(), "more than %d inline tables in the file", maxInlineTables)
					return
				}
				s.i++
				s.inlineKey()
				continue
			}
		case ']', '}':
			if len(s.open) > 0 {
				s.open = s.open[:len(s.open)-1]
			}
			if len(s.open) == 0 {
				s.i++
				s.skipLine()
				return
			}
		case ',':
			if len(s.open) > 0 && s.open[len(s.open)-1] == '{' {
				s.i++
				s.inlineKey()
				continue
			}
		}
		s.i++
	}
}

// inlineKey reads the key of an inline table's entry, if one follows, and checks its parts.
func (s *shapeScanner) inlineKey() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t' || s.src[s.i] == '\r' || s.src[s.i] == '\n') {
		s.i++
	}
	if s.i < len(s.src) && s.src[s.i] != '}' && s.src[s.i] != '#' {
		s.keyParts("the key")
	}
}

// spaces skips blanks on the line.
func (s *shapeScanner) spaces() {
	for s.i < len(s.src) && (s.src[s.i] == ' ' || s.src[s.i] == '\t') {
		s.i++
	}
}

// comment skips a comment to the end of its line (the line break is left).
func (s *shapeScanner) comment() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		s.i++
	}
}

// skipLine skips the rest of a line, strings and comments included, to its line break.
func (s *shapeScanner) skipLine() {
	for s.i < len(s.src) && s.src[s.i] != '\n' {
		switch s.src[s.i] {
		case '"':
			s.basic()
		case '\'':
			s.literal()
		default:
			s.i++
		}
	}
}

// basic skips a basic string, single-line or multi-line ("""), at s.i; an unclosed
// single-line string ends at its line break.
func (s *shapeScanner) basic() {
	src := s.src
	if strings.HasPrefix(src[s.i:], `"""`) {
		s.i += 3
		for s.i < len(src) {
			switch {
			case src[s.i] == '\\':
				s.i = min(s.i+2, len(src)) // a backslash may end the file
			case src[s.i] == '"' && s.i+2 < len(src) && src[s.i+1] == '"' && src[s.i+2] == '"':
				s.i += 3
				for s.i < len(src) && src[s.i] == '"' { // up to two quotes may end the string
					s.i++
				}
				return
			default:
				s.i++
			}
		}
		return
	}
	s.i++
	for s.i < len(src) && src[s.i] != '\n' {
		switch src[s.i] {
		case '\\':
			s.i = min(s.i+2, len(src)) // a backslash may end the file
			continue
		case '"':
			s.i++
			return
		}
		s.i++
	}
}

// literal skips a literal string, single-line or multi-line (”'), at s.i.
func (s *shapeScanner) literal() {
	src := s.src
	if strings.HasPrefix(src[s.i:], `'''`) {
		s.i += 3
		for s.i < len(src) {
			if src[s.i] == '\'' && s.i+2 < len(src) && src[s.i+1] == '\'' && src[s.i+2] == '\'' {
				s.i += 3
				for s.i < len(src) && src[s.i] == '\'' {
					s.i++
				}
				return
			}
			s.i++
		}
		return
	}
	s.i++
	for s.i < len(src) && src[s.i] != '\n' {
		if src[s.i] == '\'' {
			s.i++
			return
		}
		s.i++
	}
}
