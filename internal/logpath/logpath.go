// Package logpath names a log's scenario file from the log's own folder, so that a log (or a
// save) and its scenario can be moved or sent together: Rel when writing, Resolve when reading.
package logpath

import (
	"path/filepath"
	"strings"

	"ttx/scenarios"
)

// Rel returns how a log written to logPath names the scenario file: relative to the log's
// folder, with forward slashes; absolute when the two share no folder but the root. An
// embedded scenario ("embedded:NAME") and "" are kept as they are.
func Rel(logPath, file string) string {
	if file == "" || strings.HasPrefix(file, scenarios.Prefix) {
		return file
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return filepath.ToSlash(file)
	}
	dir, err := filepath.Abs(filepath.Dir(logPath))
	if err != nil {
		return filepath.ToSlash(abs)
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil {
		return filepath.ToSlash(abs)
	}
	up := 0 // the folders rel climbs
	for _, p := range strings.Split(filepath.ToSlash(rel), "/") {
		if p != ".." {
			break
		}
		up++
	}
	depth := len(strings.Split(strings.Trim(filepath.ToSlash(strings.TrimPrefix(dir, filepath.VolumeName(dir))), "/"), "/"))
	if up > 0 && up >= depth {
		return filepath.ToSlash(abs)
	}
	return filepath.ToSlash(rel)
}

// Resolve returns the path of the scenario file that a log at logPath names as file: from the
// log's folder when relative, not from the working directory. An embedded scenario's name is
// kept as it is.
func Resolve(logPath, file string) string {
	if file == "" || strings.HasPrefix(file, scenarios.Prefix) {
		return file
	}
	name := filepath.FromSlash(file)
	if filepath.IsAbs(name) {
		return name
	}
	return filepath.Join(filepath.Dir(logPath), name)
}
