package batch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"testing"
)

// readAll reads every row of a rows file of the library's first scenario.
func readAll(t *testing.T, text string) (int, error) {
	t.Helper()
	sc := library(t)[0]
	_, rd, err := ReadHeader(strings.NewReader(text))
	if err != nil {
		return 0, err
	}
	n := 0
	for {
		_, err := rd.Read(sc)
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
		n++
	}
}

// TestRowsChecksum writes rows files, CSV and JSON Lines: they end with the checksum line that
// docs/batch.md defines and read back whole; edited, they are refused at the checksum line by
// Reader and by Verify.
func TestRowsChecksum(t *testing.T) {
	sc := library(t)[0]
	for _, csv := range []bool{false, true} {
		text, _ := runText(t, Spec{Scenario: sc, Seed: 2, Runs: 6, Workers: 1}, csv)
		ls := strings.SplitAfter(text, "\n")
		ls = ls[:len(ls)-1]
		n := len(ls)
		sum := sha256.Sum256([]byte(strings.Join(ls[:n-1], "")))
		want := `{"type":"end","rows":6,"sha256":"` + hex.EncodeToString(sum[:]) + `"}` + "\n"
		if csv {
			want = "# " + want
		}
		if ls[n-1] != want {
			t.Errorf("csv %v: the checksum line is %q, want %q", csv, ls[n-1], want)
		}
		if got, err := readAll(t, text); err != nil || got != 6 {
			t.Errorf("csv %v: read %d rows, %v; want 6", csv, got, err)
		}
		if _, err := Verify(strings.NewReader(text)); err != nil {
			t.Errorf("csv %v: Verify = %v", csv, err)
		}
		if _, err := readAll(t, strings.ReplaceAll(text, "\n", "\r\n")); err != nil {
			t.Errorf("csv %v: with Windows line ends: %v", csv, err)
		}
		// The last row's turns changed still parses; the checksum line refuses it.
		row := ls[n-2]
		if csv {
			f := strings.Split(row, ",")
			f[2] += "1"
			row = strings.Join(f, ",")
		} else {
			row = strings.Replace(row, `"turns":`, `"turns":1`, 1)
		}
		edited := strings.Join(ls[:n-2], "") + row + ls[n-1]
		if edited == text {
			t.Fatalf("csv %v: the edit changes nothing", csv)
		}
		for name, err := range map[string]error{
			"Read":   second(readAll(t, edited)),
			"Verify": second(Verify(strings.NewReader(edited))),
		} {
			var le *Error
			if !errors.As(err, &le) || le.Line != n || !strings.Contains(le.Msg, "do not match their checksum") {
				t.Errorf("csv %v: %s of an edited file = %v, want line %d: the rows do not match their checksum", csv, name, err, n)
			}
		}
		if _, err := readAll(t, strings.Join(ls[:n-1], "")); err == nil || !strings.Contains(err.Error(), "without their checksum line") {
			t.Errorf("csv %v: a file cut before its checksum line reads %v", csv, err)
		}
	}
	// Written but not closed, the file has no checksum line.
	var b bytes.Buffer
	w, _ := NewWriter(&b, sc, NewHeader(Spec{Scenario: sc, Runs: 0}, nil), false)
	w.Flush()
	if _, err := readAll(t, b.String()); err == nil {
		t.Error("a rows file flushed but not closed reads without error")
	}
}

func second[T any](_ T, err error) error { return err }
