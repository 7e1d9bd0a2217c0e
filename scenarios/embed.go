// Package scenarios is the scenario library, embedded so the binary plays with no files.
package scenarios

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"ttx/sim"
	"ttx/sim/load"
)

//go:embed *.toml
var files embed.FS

// Default is the scenario played when none is named.
const Default = "campaign.toml"

// Prefix marks an embedded scenario's name in logs and errors.
const Prefix = "embedded:"

// Names lists the embedded scenario files, sorted.
func Names() []string {
	es, _ := fs.ReadDir(files, ".")
	var out []string
	for _, e := range es {
		if strings.HasSuffix(e.Name(), ".toml") {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out
}

// Read returns an embedded scenario file by name ("campaign.toml", "campaign" or
// "embedded:campaign.toml").
func Read(name string) ([]byte, bool) {
	name = strings.TrimPrefix(name, Prefix)
	if !strings.HasSuffix(name, ".toml") {
		name += ".toml"
	}
	b, err := files.ReadFile(name)
	return b, err == nil
}

// ReadBase reads the base file a variant names (see load.Reader): for an embedded variant, or a
// base named embedded:NAME, the embedded file of that name; else the file base, an absolute path
// as it is and a relative one from the variant's folder.
func ReadBase(from, base string) (string, []byte, error) {
	if strings.HasPrefix(from, Prefix) || strings.HasPrefix(base, Prefix) {
		b, ok := Read(base)
		if !ok {
			return "", nil, fmt.Errorf("no embedded scenario %s (the library has %s)", base, strings.Join(Names(), ", "))
		}
		return Prefix + strings.TrimPrefix(base, Prefix), b, nil
	}
	name := filepath.FromSlash(base)
	if !filepath.IsAbs(name) {
		name = filepath.Join(filepath.Dir(from), name)
	}
	b, err := os.ReadFile(name)
	return filepath.ToSlash(name), b, err
}

// Load loads an embedded scenario by name, with its base when it is a variant.
func Load(name string) (*sim.Scenario, error) {
	name = strings.TrimPrefix(name, Prefix)
	b, ok := Read(name)
	if !ok {
		return nil, fmt.Errorf("no embedded scenario %s", name)
	}
	return load.LoadWith(Prefix+name, b, ReadBase)
}
