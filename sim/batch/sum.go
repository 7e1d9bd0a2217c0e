package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"hash"
	"io"
	"ttx/sim/lineerr"
)

// A rows file ends with a checksum line, {"type":"end","rows":N,"sha256":"…"} (in CSV after
// "# "): the number of rows and the SHA-256 of every line before it, the header's included,
// each counted with a "\n" line end. Reader refuses a file whose rows were edited, added,
// removed or cut short, and anything after the checksum line.

// Trailer is the checksum line that ends a rows file.
type Trailer struct {
	Type   string `json:"type"` // "end"
	Rows   int    `json:"rows"`
	SHA256 string `json:"sha256"`
}

// Error is a problem at a line of a rows file, numbered as the file's lines are (the header is line 1).
type Error = lineerr.Error

var lineErr = lineerr.New

// trailerPrefix starts the checksum line (after "# " in CSV); no row or column line starts so.
var trailerPrefix = []byte(`{"type":"end"`)

// sumLine hashes a line as the checksum counts it: its content and a "\n".
func sumLine(h hash.Hash, line []byte) {
	line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
	h.Write(line)
	h.Write([]byte("\n"))
}

// lines hands out the lines of a rows file up to its checksum line, hashing each. As an
// io.Reader it feeds the CSV reader, which reads ahead: it ends at the checksum line.
type lines struct {
	br      *bufio.Reader
	sum     hash.Hash
	line    int    // lines read so far
	rest    []byte // what Read has not handed out of the current line
	trailer []byte // the checksum line, once met
	at      int    // its line
	eof     bool
}

func newLines(br *bufio.Reader) *lines { return &lines{br: br, sum: sha256.New()} }

// next returns the next line, or io.EOF at the checksum line or the end of the file.
func (s *lines) next() ([]byte, error) {
	if s.trailer != nil || s.eof {
		return nil, io.EOF
	}
	line, err := s.br.ReadBytes('\n')
	if len(line) == 0 {
		if err == io.EOF {
			s.eof = true
		}
		if err == nil {
			err = io.EOF
		}
		return nil, err
	}
	s.line++
	if bytes.HasPrefix(bytes.TrimPrefix(line, []byte("# ")), trailerPrefix) {
		s.trailer, s.at = line, s.line
		return nil, io.EOF
	}
	sumLine(s.sum, line)
	return line, nil
}

func (s *lines) Read(p []byte) (int, error) {
	if len(s.rest) == 0 {
		line, err := s.next()
		if err != nil {
			return 0, err
		}
		s.rest = line
	}
	n := copy(p, s.rest)
	s.rest = s.rest[n:]
	return n, nil
}

// check verifies the checksum line against the rows read (n of them) and that nothing follows
// it.
func (s *lines) check(n int) error {
	if s.trailer == nil {
		return lineErr(s.line+1, "the rows end without their checksum line: the file was cut short")
	}
	var t Trailer
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(s.trailer, []byte("# "))))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil || t.Type != "end" {
		return lineErr(s.at, "malformed checksum line")
	}
	if got := hex.EncodeToString(s.sum.Sum(nil)); t.SHA256 != got {
		return lineErr(s.at, "the rows do not match their checksum (sha256 %.12s…, the lines above give %.12s…): the file was edited after it was written", t.SHA256, got)
	}
	if t.Rows != n {
		return lineErr(s.at, "the checksum line counts %d rows, the file holds %d", t.Rows, n)
	}
	for {
		line, err := s.br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			return lineErr(s.at+1, "a line after the checksum line")
		}
		if err != nil {
			return nil
		}
	}
}

// writeTrailer writes the checksum line of n rows whose lines hashed to sum.
func writeTrailer(w io.Writer, csv bool, n int, sum []byte) error {
	b, err := json.Marshal(Trailer{Type: "end", Rows: n, SHA256: hex.EncodeToString(sum)})
	if err != nil {
		return err
	}
	if csv {
		b = append([]byte("# "), b...)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// Verify reads a whole rows file and checks it against its checksum line without parsing its
// rows (each line after the header, and after the column names in CSV, counts as a row), and
// returns its header: a file can be trusted before its header names the scenario to load.
// Errors at a line of the file are *Error.
func Verify(r io.Reader) (Header, error) {
	h, rd, err := ReadHeader(r)
	if err != nil {
		return h, err
	}
	columns := rd.cr != nil
	n := 0
	for {
		line, err := rd.src.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return h, err
		}
		switch {
		case len(bytes.TrimSpace(line)) == 0:
		case columns:
			columns = false
		default:
			n++
		}
	}
	return h, rd.src.check(n)
}
