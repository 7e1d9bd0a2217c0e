package main

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"ttx/docs"
	"ttx/internal/atomicfile"
)

// starter is the scenario `ttx new` writes: small, commented, and valid.
//
//go:embed starter.toml
var starter string

func init() {
	register("new", "write a small commented starter scenario", newCmd)
}

func newCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "[FILE] [flags]", "Writes a small commented starter scenario to FILE (standard output when no FILE\nis given): two sides, tracks, actors, an asset, moves, injects, objectives and an\nend. It validates and plays as it is; edit it into your own. An existing FILE is\nnever overwritten. The scenario format's schema is written where its first line\npoints (--schema), unless that is a URL or a file that exists.", stdout)
	schema := fs.String("schema", "./scenario.schema.json", "the path (from FILE's folder) or URL the first line's #:schema points editors at")
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "ttx new: one file at most")
		return exitUsage
	}
	if len(pos) == 0 {
		io.WriteString(stdout, starterWith(*schema, ""))
		return exitOK
	}
	text := starterWith(*schema, pos[0])
	if err := createNew(pos[0], []byte(text)); err != nil {
		fmt.Fprintln(stderr, "ttx new:", err)
		return exitInvalid
	}
	also, err := schemaBeside(pos[0], *schema)
	if err != nil {
		// The starter just written points at a schema that is not there: take it back, so
		// that the same command, its --schema mended, runs again.
		os.Remove(pos[0])
		fmt.Fprintf(stderr, "ttx new: %v (--schema is a path from the folder of %s: name a folder that exists); nothing written\n", err, pos[0])
		return exitInvalid
	}
	arg := shellQuote(pos[0])
	fmt.Fprintf(stdout, "wrote %s%s; next: ttx validate %s, ttx run %s\n", pos[0], also, arg, arg)
	return exitOK
}

// schemaBeside writes the scenario format's JSON Schema where the #:schema line of the
// scenario at path points (schema, a path from the scenario's folder), unless that is a URL or
// a file that exists, so that an editor finds it; it returns what it wrote, for the message.
func schemaBeside(path, schema string) (string, error) {
	if schema == "" || strings.Contains(schema, "://") {
		return "", nil
	}
	at := schema
	if !filepath.IsAbs(at) {
		at = filepath.Join(filepath.Dir(path), filepath.FromSlash(schema))
	}
	if _, err := os.Stat(at); err == nil {
		return "", nil
	}
	b, err := docs.Schema()
	if err != nil {
		return "", err
	}
	if err := atomicfile.Write(at, b); err != nil {
		return "", fmt.Errorf("cannot write the schema its first line points at: %w", err)
	}
	return " and " + at + " (the format's schema: editors complete and check as you type)", nil
}

// starterWith returns the starter scenario with its #:schema line pointing at schema and, when
// it is written to path (not ""), the commands in its opening comment naming path's file, as
// a shell in the file's folder reads it.
func starterWith(schema, path string) string {
	_, rest, _ := strings.Cut(starter, "\n")
	if path == "" {
		return "#:schema " + schema + "\n" + rest
	}
	name := shellQuote(filepath.Base(path))
	lines := strings.SplitAfter(rest, "\n")
	for i, l := range lines {
		cmd, note, ok := strings.Cut(strings.TrimPrefix(l, "#   "), "# ")
		if ok && strings.HasPrefix(l, "#   ttx ") && strings.HasSuffix(strings.TrimSpace(cmd), " starter.toml") {
			cmd = strings.TrimSuffix(strings.TrimSpace(cmd), "starter.toml") + name
			lines[i] = fmt.Sprintf("#   %-35s # %s", cmd, note)
		}
	}
	return "#:schema " + schema + "\n" + strings.Join(lines, "")
}

// shellWord reports whether name reads as itself in a shell command: letters, digits and
// ._-+/ only.
func shellWord(name string) bool {
	for _, r := range name {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-+/", r)
		if !ok {
			return false
		}
	}
	return name != ""
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

// shellQuote returns path as a POSIX shell reads it back: itself when it is a shell word, else
// in single quotes.
func shellQuote(path string) string {
	if shellWord(path) {
		return path
	}
	return "'" + strings.ReplaceAll(path, "'", `'\''`) + "'"
}
