package record

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"strings"
	"ttx/sim/lineerr"
)

// chainKey is what every line of a log ends with: the chain hash, then the closing brace.
const chainKey = `,"chain":"`

// Error is a problem at a line of a log, numbered as the file's lines are (the header is line 1).
type Error = lineerr.Error

var lineErr = lineerr.New

// link returns the chain hash of a line whose bytes without their chain hash are content,
// after a line whose chain hash is prev ("" for the header): the SHA-256, in lowercase hex, of
// prev's 64 characters followed by content.
func link(prev string, content []byte) string {
	h := sha256.New()
	h.Write([]byte(prev))
	h.Write(content)
	return hex.EncodeToString(h.Sum(nil))
}

// seal appends to b the line of content (a JSON object without a chain field) with its chain
// hash as the last field, and returns that hash.
func seal(b *bytes.Buffer, prev string, content []byte) string {
	sum := link(prev, content)
	b.Write(content[:len(content)-1])
	b.WriteString(chainKey)
	b.WriteString(sum)
	b.WriteString("\"}\n")
	return sum
}

// unseal splits a line into its content (the line without its chain field) and its chain
// hash; ok is false when the line does not end with a well-formed chain field.
func unseal(line []byte) (content []byte, sum string, ok bool) {
	n := len(line) - len(`"}`) - 2*sha256.Size - len(chainKey)
	if n < 1 || !bytes.HasSuffix(line, []byte(`"}`)) || !bytes.Equal(line[n:n+len(chainKey)], []byte(chainKey)) {
		return nil, "", false
	}
	sum = string(line[n+len(chainKey) : len(line)-2])
	for _, c := range []byte(sum) {
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return nil, "", false
		}
	}
	content = append(append(make([]byte, 0, n+1), line[:n]...), '}')
	return content, sum, true
}

// Write writes the log as JSON Lines: the header, counting the entries, then the entries, each
// line sealed with its chain hash. The Chain fields of l are ignored and l is not changed.
func (l *Log) Write(w io.Writer) error {
	var b bytes.Buffer
	h := l.Header
	h.Entries, h.Chain = len(l.Entries), ""
	content, err := json.Marshal(h)
	if err != nil {
		return err
	}
	prev := seal(&b, "", content)
	for i := range l.Entries {
		e := l.Entries[i]
		e.Chain = ""
		if content, err = json.Marshal(&e); err != nil {
			return err
		}
		prev = seal(&b, prev, content)
	}
	_, err = w.Write(b.Bytes())
	return err
}

// strict decodes one JSON object of line into v, refusing unknown fields and anything after it.
func strict(line []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}

// Read reads a log written by Write and checks its integrity: the header's and every entry's
// chain hash, the count of entries, that nothing follows the end entry and that no blank line
// comes between lines. A problem is an *Error naming its line.
func Read(r io.Reader) (*Log, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	l := &Log{}
	n, last, blank, end := 0, 0, 0, 0
	var prev string
	for sc.Scan() {
		n++
		line := sc.Bytes()
		if len(bytes.TrimSpace(line)) == 0 {
			if blank == 0 {
				blank = n
			}
			continue
		}
		if blank != 0 {
			return nil, lineErr(blank, "blank line in the log")
		}
		last = n
		content, sum, sealed := unseal(line)
		if n == 1 {
			h := &l.Header
			if err := json.Unmarshal(line, h); err != nil || h.Type != "header" {
				return nil, lineErr(1, "not a ttx log header")
			}
			if h.Format != Format {
				return nil, lineErr(1, "log format %d, this ttx reads %d", h.Format, Format)
			}
			if err := strict(line, &Header{}); err != nil {
				return nil, lineErr(1, "%v", err)
			}
			if !sealed {
				return nil, lineErr(1, "header has no chain hash")
			}
			if link("", content) != sum {
				return nil, lineErr(1, "header hash does not match: the header was changed")
			}
			if h.Hash == "" {
				return nil, lineErr(1, "header has no scenario hash")
			}
			prev = sum
			continue
		}
		var e Entry
		if err := strict(line, &e); err != nil {
			return nil, lineErr(n, "%v", err)
		}
		if !sealed {
			return nil, lineErr(n, "entry has no chain hash")
		}
		if link(prev, content) != sum {
			return nil, lineErr(n, "entry hash does not match: this entry was changed, or entries before it were added, removed or moved")
		}
		prev = sum
		if !slices.Contains(EntryTypes, e.Type) {
			return nil, lineErr(n, "unknown entry type %q", e.Type)
		}
		if e.Type == "seat" && (e.Side == "" || e.Player == "" || e.Turn < 1) {
			return nil, lineErr(n, "a seat entry names a side, its player and a turn from 1")
		}
		if e.Type == "note" && e.Category != "" && !slices.Contains(Categories, e.Category) {
			return nil, lineErr(n, "unknown note category %q (one of %s)", e.Category, strings.Join(Categories, ", "))
		}
		if end != 0 {
			return nil, lineErr(n, "entry after the end of the game (line %d)", end)
		}
		if e.Type == "end" {
			end = n
		}
		l.Entries = append(l.Entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("empty log")
	}
	if len(l.Entries) != l.Header.Entries {
		return nil, lineErr(last+1, "the log ends after %d entries, its header counts %d: it was cut short or lines were added", len(l.Entries), l.Header.Entries)
	}
	return l, nil
}
