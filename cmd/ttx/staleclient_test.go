package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStaleClientNamesItsFolder: ttx serve's warning about a browser client's folder built by an
// older ttx web (no index.js, no index.css) names that folder and the command that builds the
// client again there, quoted for the shell; it said `ttx web DIR`, which left the user to find
// the folder (web/ beside the binary, when --web is not given). A whole folder brings no warning.
func TestStaleClientNamesItsFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old web")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"index.html", "wasm_exec.js", "ttx.wasm", "ttx.wasm.gz"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	path, web, err := webDir(dir)
	if path != dir || web == nil || err != nil {
		t.Fatalf("webDir(%q) = %q, %v, %v; want the folder", dir, path, web, err)
	}
	got := staleClient(path, web)
	for _, want := range []string{"folder " + dir + " lacks index.css, index.js", "`ttx web '" + dir + "'`"} {
		if !strings.Contains(got, want) {
			t.Errorf("the warning of an older client's folder is %q, want it to say %q", got, want)
		}
	}
	for _, name := range []string{"index.js", "index.css"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := staleClient(path, web); got != "" {
		t.Errorf("a whole client's folder is warned of: %q", got)
	}
}
