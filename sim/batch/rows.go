package batch

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"ttx/sim"
)

// Columns returns the CSV columns of a rows file of sc: game, seed, turns, outcome, then
// score.SIDE for each side (only when sc is scored: a discussion exercise keeps no score),
// track.ACTOR.TRACK for each actor and track it has, fired.INJECT (the
// turn it fired, 0 if never) for each inject and vote.RESOLUTION (draft, tabled, passed or
// failed) for each resolution, all in scenario order.
func Columns(sc *sim.Scenario) []string {
	cols := []string{"game", "seed", "turns", "outcome"}
	if sc.Scored() {
		for _, sd := range sc.Sides {
			cols = append(cols, "score."+sd.ID)
		}
	}
	for a, d := range sc.Actors {
		for _, t := range sc.TracksOf(a) {
			cols = append(cols, "track."+d.ID+"."+sc.Tracks[t].ID)
		}
	}
	for _, in := range sc.Injects {
		cols = append(cols, "fired."+in.ID)
	}
	for _, r := range sc.Resolutions {
		cols = append(cols, "vote."+r.ID)
	}
	return cols
}

// Writer writes a rows file: CSV or JSON Lines, each starting with its header and ending with
// its checksum line (see Trailer).
type Writer struct {
	sc   *sim.Scenario
	out  io.Writer
	w    *bufio.Writer // writes to out and sum
	sum  hash.Hash
	rows int
	csv  bool
	buf  []byte
}

// NewWriter starts a rows file on w: CSV when csv is true, else JSON Lines. Close ends it.
func NewWriter(w io.Writer, sc *sim.Scenario, h Header, csv bool) (*Writer, error) {
	sum := sha256.New()
	rw := &Writer{sc: sc, out: w, w: bufio.NewWriter(io.MultiWriter(w, sum)), sum: sum, csv: csv}
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	if csv {
		rw.w.WriteString("# ")
		rw.w.Write(hb)
		rw.w.WriteString("\n")
		rw.writeCSV(Columns(sc))
	} else {
		rw.w.Write(hb)
		rw.w.WriteString("\n")
	}
	return rw, nil
}

// Write writes one row.
func (rw *Writer) Write(r *Row) error {
	rw.buf = appendRow(rw.buf[:0], rw.sc, rw.csv, r)
	return rw.writeRow(rw.buf)
}

// writeRow writes a row formatted by appendRow.
func (rw *Writer) writeRow(line []byte) error {
	rw.rows++
	_, err := rw.w.Write(line)
	return err
}

// Flush writes what is buffered. The file is whole only after Close.
func (rw *Writer) Flush() error { return rw.w.Flush() }

// Close writes what is buffered and the checksum line: the rows file is complete. It does not
// close the underlying writer.
func (rw *Writer) Close() error {
	if err := rw.w.Flush(); err != nil {
		return err
	}
	return writeTrailer(rw.out, rw.csv, rw.rows, rw.sum.Sum(nil))
}

func (rw *Writer) writeCSV(rec []string) error {
	var b bytes.Buffer
	cw := csv.NewWriter(&b)
	cw.Write(rec)
	cw.Flush()
	_, err := rw.w.Write(b.Bytes())
	return err
}

// appendRow appends the line of row r of a rows file of sc, CSV or JSON, to b. It reads only
// its arguments, so the workers of a batch format their rows at once (RunTo).
func appendRow(b []byte, sc *sim.Scenario, csv bool, r *Row) []byte {
	if csv {
		return appendCSVRow(b, sc, r)
	}
	return appendJSONRow(b, sc, r)
}

// appendCSVRow appends the CSV line of a row: what encoding/csv writes for its fields, the
// numbers as strconv formats them. The scores are left out of an unscored scenario's rows.
func appendCSVRow(b []byte, sc *sim.Scenario, r *Row) []byte {
	b = strconv.AppendInt(b, int64(r.Game), 10)
	b = append(b, ',')
	b = strconv.AppendUint(b, r.Seed, 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(r.Turns), 10)
	b = append(b, ',')
	b = appendCSVField(b, r.Outcome)
	if sc.Scored() {
		for _, v := range r.Scores {
			b = append(b, ',')
			b = appendFloat(b, v)
		}
	}
	nt := sc.NT()
	for k, v := range r.Tracks {
		if sc.HasTrack(k/nt, k%nt) {
			b = append(b, ',')
			b = strconv.AppendInt(b, v, 10)
		}
	}
	for _, v := range r.Fired {
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(v), 10)
	}
	for _, v := range r.Votes {
		b = append(b, ',')
		b = appendCSVField(b, sim.ResStatusNames[v])
	}
	return append(b, '\n')
}

// appendCSVField appends a text field as encoding/csv writes it: as it is when it plainly needs
// no quotes (no comma, quote or line end, and it starts with a printable ASCII character);
// otherwise encoding/csv writes it.
func appendCSVField(b []byte, f string) []byte {
	plain := f != `\.` && (f == "" || f[0] > ' ' && f[0] < utf8.RuneSelf)
	for i := 0; plain && i < len(f); i++ {
		c := f[i]
		plain = c != ',' && c != '"' && c != '\n' && c != '\r'
	}
	if plain {
		return append(b, f...)
	}
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.Write([]string{f})
	cw.Flush()
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

// appendJSONRow appends a row as one JSON object, keys in scenario order; tracks that still
// hold their starting value and injects that never fired are left out, and so are the scores
// of an unscored scenario (no "scores" key).
func appendJSONRow(b []byte, sc *sim.Scenario, r *Row) []byte {
	b = append(b, `{"game":`...)
	b = strconv.AppendInt(b, int64(r.Game), 10)
	b = append(b, `,"seed":`...)
	b = strconv.AppendUint(b, r.Seed, 10)
	b = append(b, `,"turns":`...)
	b = strconv.AppendInt(b, int64(r.Turns), 10)
	b = append(b, `,"outcome":`...)
	b = strconv.AppendQuote(b, r.Outcome)
	if sc.Scored() {
		b = append(b, `,"scores":{`...)
		for i, v := range r.Scores {
			b = key(b, i, sc.Sides[i].ID)
			b = appendFloat(b, v)
		}
		b = append(b, '}')
	}
	b = append(b, `,"tracks":{`...)
	nt, n := sc.NT(), 0
	for k, v := range r.Tracks {
		if v == sc.Actors[k/nt].Tracks[k%nt] {
			continue
		}
		b = key(b, n, sc.Actors[k/nt].ID+"."+sc.Tracks[k%nt].ID)
		b = strconv.AppendInt(b, v, 10)
		n++
	}
	b = append(b, `},"fired":{`...)
	n = 0
	for i, t := range r.Fired {
		if t == 0 {
			continue
		}
		b = key(b, n, sc.Injects[i].ID)
		b = strconv.AppendInt(b, int64(t), 10)
		n++
	}
	b = append(b, `},"votes":{`...)
	for i, st := range r.Votes {
		b = key(b, i, sc.Resolutions[i].ID)
		b = strconv.AppendQuote(b, sim.ResStatusNames[st])
	}
	return append(b, "}}\n"...)
}

// appendFloat formats a float so that it reads back exactly.
func appendFloat(b []byte, v float64) []byte { return strconv.AppendFloat(b, v, 'g', -1, 64) }

func key(b []byte, i int, k string) []byte {
	if i > 0 {
		b = append(b, ',')
	}
	b = strconv.AppendQuote(b, k)
	return append(b, ':')
}

// ReadHeader reads the header of a rows file, CSV or JSON Lines, and returns a reader of its
// rows. Errors at a line of the file are *Error.
func ReadHeader(r io.Reader) (Header, *Reader, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	src := newLines(br)
	line, err := src.next()
	if err != nil && len(line) == 0 {
		return Header{}, nil, fmt.Errorf("empty rows file")
	}
	var h Header
	isCSV := bytes.HasPrefix(line, []byte("# "))
	if err := json.Unmarshal(bytes.TrimPrefix(line, []byte("# ")), &h); err != nil || h.Type != "batch" {
		return Header{}, nil, lineErr(1, "not a ttx batch rows file")
	}
	if h.Format != Format {
		return Header{}, nil, lineErr(1, "rows format %d, this ttx reads %d", h.Format, Format)
	}
	if why := h.games(); why != "" {
		return Header{}, nil, lineErr(1, "%s", why)
	}
	rd := &Reader{src: src}
	if isCSV {
		rd.cr = csv.NewReader(src)
		rd.cr.ReuseRecord = true
	}
	return h, rd, nil
}

// Reader reads the rows of a rows file and, at its end, checks them against the checksum line.
type Reader struct {
	src    *lines
	cr     *csv.Reader
	rows   int
	header bool
}

// Read returns the next row of a file of scenario sc, or io.EOF after the last row once the
// checksum line matches the file. Errors at a line of the file are *Error.
func (rd *Reader) Read(sc *sim.Scenario) (Row, error) {
	var r Row
	var err error
	if rd.cr != nil {
		r, err = rd.readCSV(sc)
	} else {
		r, err = rd.readJSON(sc)
	}
	if err == io.EOF {
		if cerr := rd.src.check(rd.rows); cerr != nil {
			return Row{}, cerr
		}
		return Row{}, io.EOF
	}
	if err == nil {
		rd.rows++
	}
	return r, err
}

func (rd *Reader) readJSON(sc *sim.Scenario) (Row, error) {
	for {
		line, err := rd.src.next()
		if err != nil {
			return Row{}, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		r, perr := parseJSONRow(sc, line)
		if perr != nil {
			return Row{}, lineErr(rd.src.line, "%v", perr)
		}
		return r, nil
	}
}

// jsonRow is a row as JSON Lines holds it.
type jsonRow struct {
	Game    *int               `json:"game"`
	Seed    uint64             `json:"seed"`
	Turns   int                `json:"turns"`
	Outcome string             `json:"outcome"`
	Scores  map[string]float64 `json:"scores"`
	Tracks  map[string]int64   `json:"tracks"`
	Fired   map[string]int     `json:"fired"`
	Votes   map[string]string  `json:"votes"`
}

func parseJSONRow(sc *sim.Scenario, line []byte) (Row, error) {
	var j jsonRow
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return Row{}, err
	}
	if j.Game == nil {
		return Row{}, fmt.Errorf("no game")
	}
	r := emptyRow(sc)
	r.Game, r.Seed, r.Turns, r.Outcome = *j.Game, j.Seed, j.Turns, j.Outcome
	// Each map is read by looking up the scenario's ids in scenario order: no map iteration
	// decides anything, and unknown keys are counted to be refused.
	n := 0
	if !sc.Scored() {
		if j.Scores != nil {
			return Row{}, fmt.Errorf("scores in a row of %s, which keeps no score", sc.ID)
		}
	} else {
		for i, sd := range sc.Sides {
			if v, ok := j.Scores[sd.ID]; ok {
				r.Scores[i] = v
				n++
			}
		}
		if n != len(j.Scores) || n != len(sc.Sides) {
			return Row{}, fmt.Errorf("scores do not match the sides of %s", sc.ID)
		}
	}
	n = 0
	nt := sc.NT()
	for k := range r.Tracks {
		if v, ok := j.Tracks[sc.Actors[k/nt].ID+"."+sc.Tracks[k%nt].ID]; ok && sc.HasTrack(k/nt, k%nt) {
			r.Tracks[k] = v
			n++
		}
	}
	if n != len(j.Tracks) {
		return Row{}, fmt.Errorf("unknown track in tracks")
	}
	n = 0
	for i, in := range sc.Injects {
		if t, ok := j.Fired[in.ID]; ok {
			r.Fired[i] = t
			n++
		}
	}
	if n != len(j.Fired) {
		return Row{}, fmt.Errorf("unknown inject in fired")
	}
	n = 0
	for i, res := range sc.Resolutions {
		st, ok := j.Votes[res.ID]
		if !ok {
			continue
		}
		if r.Votes[i] = sim.Lookup(sim.ResStatusNames, st); r.Votes[i] < 0 {
			return Row{}, fmt.Errorf("vote %s: unknown status %q", res.ID, st)
		}
		n++
	}
	if n != len(j.Votes) || n != len(sc.Resolutions) {
		return Row{}, fmt.Errorf("votes do not match the resolutions of %s", sc.ID)
	}
	return r, nil
}

// emptyRow returns a row of sc with every track at its starting value.
func emptyRow(sc *sim.Scenario) Row {
	r := Row{Scores: make([]float64, len(sc.Sides)), Tracks: make([]int64, len(sc.Actors)*sc.NT()),
		Fired: make([]int, len(sc.Injects)), Votes: make([]int, len(sc.Resolutions))}
	for a := range sc.Actors {
		copy(r.Tracks[a*sc.NT():], sc.Actors[a].Tracks)
	}
	return r
}

func (rd *Reader) readCSV(sc *sim.Scenario) (Row, error) {
	rec, err := rd.cr.Read()
	if err == io.EOF {
		return Row{}, io.EOF
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return Row{}, lineErr(pe.Line+1, "%v", pe.Err)
		}
		return Row{}, err
	}
	// Asked only of a record read: a failed read has no field 0, and FieldPos panics.
	line, _ := rd.cr.FieldPos(0)
	line++ // the header line was read before the CSV reader started
	if !rd.header {
		rd.header = true
		want := Columns(sc)
		if strings.Join(rec, ",") != strings.Join(want, ",") {
			return Row{}, lineErr(line, "the columns are not those of scenario %s", sc.ID)
		}
		return rd.readCSV(sc)
	}
	r := emptyRow(sc)
	if n := len(Columns(sc)); len(rec) != n {
		return Row{}, lineErr(line, "%d fields, want %d", len(rec), n)
	}
	bad := func(col int, err error) (Row, error) {
		return Row{}, lineErr(line, "column %d: %v", col+1, err)
	}
	if r.Game, err = strconv.Atoi(rec[0]); err != nil {
		return bad(0, err)
	}
	if r.Seed, err = strconv.ParseUint(rec[1], 10, 64); err != nil {
		return bad(1, err)
	}
	if r.Turns, err = strconv.Atoi(rec[2]); err != nil {
		return bad(2, err)
	}
	r.Outcome = rec[3]
	c := 4
	if sc.Scored() { // else there are no score columns, and the scores stay 0
		for i := range r.Scores {
			if r.Scores[i], err = strconv.ParseFloat(rec[c], 64); err != nil {
				return bad(c, err)
			}
			c++
		}
	}
	nt := sc.NT()
	for i := range r.Tracks {
		if !sc.HasTrack(i/nt, i%nt) {
			continue // not a column: it keeps its starting value
		}
		if r.Tracks[i], err = strconv.ParseInt(rec[c], 10, 64); err != nil {
			return bad(c, err)
		}
		c++
	}
	for i := range r.Fired {
		if r.Fired[i], err = strconv.Atoi(rec[c]); err != nil {
			return bad(c, err)
		}
		c++
	}
	for i := range r.Votes {
		if r.Votes[i] = sim.Lookup(sim.ResStatusNames, rec[c]); r.Votes[i] < 0 {
			return bad(c, fmt.Errorf("unknown vote status %q", rec[c]))
		}
		c++
	}
	return r, nil
}
