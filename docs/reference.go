package docs

import (
	"fmt"
	"regexp"
	"strings"
)

// Reference is what the format reference documents: every key with its type, default and
// meaning, and a description of every table.
type Reference struct {
	// Keys are the rows of the key tables, in the order of the document.
	Keys []Key
	// Tables maps a table's path to the first paragraph under its heading.
	Tables map[string]string
}

// Key is one documented key. Path is the key's table path and its name, dotted:
// "scenario.id", "tracks.NAME.min", "move.by.actors", "effect.add"; a top-level key has no
// table ("side").
type Key struct {
	Path    string
	Type    string
	Default string
	Meaning string
	Line    int // 1-based line of the row in the document
}

// keyColumns are the columns of a key table, in order.
var keyColumns = []string{"key", "type", "default", "meaning"}

var codeSpan = regexp.MustCompile("`([^`]+)`")

// ParseReference reads the key tables of a reference written in Markdown. A key table is a
// table whose first column is headed `key`; its columns must be key, type, default and meaning.
// The table path is the first code span of the nearest heading above it with its brackets taken
// away (`[[side.objective]]` is side.objective), or the top level when that heading has no code
// span. A key cell may name several keys ("`from`, `to`"), which then share the row.
func ParseReference(md string) (*Reference, error) {
	ref := &Reference{Tables: map[string]string{}}
	lines := strings.Split(md, "\n")
	table := ""
	fence := false
	inKeys := false
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if strings.HasPrefix(line, "```") {
			fence = !fence
			continue
		}
		if fence {
			continue
		}
		if strings.HasPrefix(line, "#") {
			inKeys = false
			table = headingPath(line)
			if table != "" {
				if _, ok := ref.Tables[table]; !ok {
					ref.Tables[table] = paragraph(lines[i+1:])
				}
			}
			continue
		}
		if !strings.HasPrefix(line, "|") {
			inKeys = false
			continue
		}
		cells := splitRow(line)
		if !inKeys {
			// A header row, or a row of a table that is not a key table.
			if len(cells) == 0 || cells[0] != "key" {
				continue
			}
			if strings.Join(cells, "|") != strings.Join(keyColumns, "|") {
				return nil, fmt.Errorf("line %d: a key table's columns are %s, not %s", i+1,
					strings.Join(keyColumns, ", "), strings.Join(cells, ", "))
			}
			inKeys = true
			i++ // the separator row
			continue
		}
		if len(cells) != len(keyColumns) {
			return nil, fmt.Errorf("line %d: %d cells, want %d", i+1, len(cells), len(keyColumns))
		}
		names := codeSpan.FindAllStringSubmatch(cells[0], -1)
		if len(names) == 0 {
			return nil, fmt.Errorf("line %d: the key cell %q names no `key`", i+1, cells[0])
		}
		for _, n := range names {
			p := n[1]
			if table != "" {
				p = table + "." + p
			}
			ref.Keys = append(ref.Keys, Key{Path: p, Type: cells[1], Default: cells[2], Meaning: cells[3], Line: i + 1})
		}
	}
	return ref, nil
}

// headingPath returns the table path a heading names: its first code span without brackets.
func headingPath(h string) string {
	m := codeSpan.FindStringSubmatch(h)
	if m == nil {
		return ""
	}
	return strings.Trim(m[1], "[] ")
}

// paragraph returns the first paragraph of lines, joined, skipping blank lines before it; it is
// empty when a table, a list, a code block or a heading comes first.
func paragraph(lines []string) string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if len(out) > 0 {
				break
			}
			continue
		}
		if strings.HasPrefix(l, "|") || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "```") ||
			strings.HasPrefix(l, "- ") {
			break
		}
		out = append(out, l)
	}
	return strings.Join(out, " ")
}

// splitRow splits a table row into its trimmed cells. A | inside a code span or written \| does
// not split.
func splitRow(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	line = strings.TrimSuffix(line, "|")
	var cells []string
	var cur strings.Builder
	code := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c == '\\' && i+1 < len(line) && line[i+1] == '|':
			cur.WriteByte('|')
			i++
		case c == '`':
			code = !code
			cur.WriteByte(c)
		case c == '|' && !code:
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

// Key returns the documented key at path, or false.
func (r *Reference) Key(path string) (Key, bool) {
	for _, k := range r.Keys {
		if k.Path == path {
			return k, true
		}
	}
	return Key{}, false
}

// Describe returns a description of the key or table at path for an editor: the key's meaning
// and its default, or the table's first paragraph. It is empty when the path is not documented.
func (r *Reference) Describe(path string) string {
	k, ok := r.Key(path)
	if !ok {
		return r.Tables[path]
	}
	d := k.Meaning
	if k.Default != "" && k.Default != "none" && !strings.HasPrefix(k.Default, "required") {
		d = strings.TrimSuffix(d, ".") + ". Default: " + k.Default + "."
	}
	return d
}
