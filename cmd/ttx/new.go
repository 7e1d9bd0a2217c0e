package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// starter is the scenario `ttx new` writes: small, commented, and valid.
//
//go:embed starter.toml
var starter string

func init() {
	register("new", "write a small commented starter scenario", newCmd)
}

func newCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "[FILE] [flags]", "Writes a small commented starter scenario to FILE (standard output when no FILE\nis given): two sides, tracks, actors, an asset, moves, injects, objectives and an\nend. It validates and plays as it is; edit it into your own. An existing FILE is\nnever overwritten.", stdout)
	schema := fs.String("schema", "./scenario.schema.json", "the path or URL the first line's #:schema points editors at")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "ttx new: one file at most")
		return exitUsage
	}
	text := starterWith(*schema)
	if len(pos) == 0 {
		io.WriteString(stdout, text)
		return exitOK
	}
	if err := createNew(pos[0], []byte(text)); err != nil {
		fmt.Fprintln(stderr, "ttx new:", err)
		return exitInvalid
	}
	fmt.Fprintf(stdout, "wrote %s; next: ttx validate %s, ttx run %s\n", pos[0], pos[0], pos[0])
	return exitOK
}

// starterWith returns the starter scenario with its #:schema line pointing at schema.
func starterWith(schema string) string {
	_, rest, _ := strings.Cut(starter, "\n")
	return "#:schema " + schema + "\n" + rest
}

// createNew writes data to a file that must not exist yet.
func createNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; not overwriting it", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return err
	}
	return nil
}
