package load

import (
	"strconv"
	"strings"
)

// Key paths name a key as TOML writes it: parts joined by dots, each part bare when it can be
// (letters, digits, _ and -) and double-quoted otherwise, so that a name the file had to quote
// ([tracks."two words"]) is found where it is written and reported as it can be written back.

// keySeg returns key part k as a key path writes it: bare, or double-quoted.
func keySeg(k string) string {
	if k != "" && strings.IndexFunc(k, func(r rune) bool { return r >= 0x80 || !isBareKey(byte(r)) }) < 0 {
		return k
	}
	return strconv.Quote(k)
}

// keyPath returns the path of key k inside the table at path (the top level when path is "").
func keyPath(path, k string) string {
	if path == "" {
		return keySeg(k)
	}
	return path + "." + keySeg(k)
}

// canonKey returns a dotted key as written in a file ([ tracks . 'a b' ]'s inside) as a key
// path writes it (tracks."a b"): the same name whatever quotes and spaces the file used.
func canonKey(s string) string {
	var b strings.Builder
	for i, part := range splitKey(s) {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(keySeg(unquoteKey(part)))
	}
	return b.String()
}

// splitKey splits a dotted key at the dots outside quotes, each part trimmed of spaces and
// still quoted as written.
func splitKey(s string) []string {
	var out []string
	start, quote := 0, byte(0)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0:
			if c == '\\' && quote == '"' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '.':
			out = append(out, strings.TrimSpace(s[start:i]))
			start = i + 1
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}

// unquoteKey returns a key part without its quotes: a literal ('…') as it is, a basic one
// ("…") with its escapes read (as far as Go's match TOML's; else as written), a bare one as
// it is.
func unquoteKey(p string) string {
	switch {
	case len(p) >= 2 && p[0] == '\'' && p[len(p)-1] == '\'':
		return p[1 : len(p)-1]
	case len(p) >= 2 && p[0] == '"' && p[len(p)-1] == '"':
		if u, err := strconv.Unquote(p); err == nil {
			return u
		}
		return p[1 : len(p)-1]
	}
	return p
}
