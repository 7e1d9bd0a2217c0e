package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeWebWithoutClientRefused: ttx serve --web DIR where DIR is not there, or holds no
// browser client (no index.html), is a usage error that names the folder, what it lacks and
// the command that builds the client there, before anything is written (no log, no tokens).
// Such a folder was taken as "no browser client", so the server started and the teams found
// out when they could not play. A folder built by an older ttx web (an index.html, no
// index.js) still starts, with its warning (TestStaleClientNamesItsFolder).
func TestServeWebWithoutClientRefused(t *testing.T) {
	tmp := t.TempDir()
	empty := filepath.Join(tmp, "empty web")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(tmp, "index.html")
	if err := os.WriteFile(file, []byte("<p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := filepath.Join(tmp, "old")
	if err := os.Mkdir(old, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(old, "index.html"), []byte("<p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	save := filepath.Join(tmp, "ex.jsonl")
	for _, c := range []struct {
		dir  string
		want []string
	}{
		{filepath.Join(tmp, "wbe"), []string{"--web " + filepath.Join(tmp, "wbe") + ": no such folder", "`ttx web " + filepath.Join(tmp, "wbe") + "`"}},
		{empty, []string{"--web " + empty + " holds no browser client (no index.html)", "`ttx web '" + empty + "'`"}},
		{file, []string{"--web " + file + " is not a folder"}},
	} {
		// An address no one can listen on: a command that took the folder would fail there
		// (exit 1) rather than serve.
		args := []string{"serve", "--addr", "127.0.0.1:99999", "--save", save, "--web", c.dir, miniFile}
		code, _, errOut := ttxMain(args...)
		for _, want := range c.want {
			if code != exitUsage || !strings.Contains(errOut, want) {
				t.Errorf("ttx %s = %d, %q; want %d and %q", strings.Join(args, " "), code, errOut, exitUsage, want)
			}
		}
	}
	for _, name := range []string{save, save + ".tokens"} {
		if _, err := os.Stat(name); err == nil {
			t.Errorf("a refused --web wrote %s", name)
		}
	}
	// A folder with a client, if an old one, is taken: the command goes on to listen, which
	// fails at this address.
	args := []string{"serve", "--addr", "127.0.0.1:99999", "--web", old, miniFile}
	if code, _, errOut := ttxMain(args...); code != exitInvalid || strings.Contains(errOut, "--web") {
		t.Errorf("ttx %s = %d, %q; want %d, failing to listen", strings.Join(args, " "), code, errOut, exitInvalid)
	}
	if path, web, err := webDir(old); path != old || web == nil || err != nil {
		t.Errorf("webDir(%q) = %q, %v, %v; want the folder", old, path, web, err)
	}
	// Without --web, no web/ beside the binary (the test's, in a folder of its own) is no
	// client and no error: the server starts without it.
	if path, web, err := webDir(""); path != "" || web != nil || err != nil {
		t.Errorf("webDir(\"\") = %q, %v, %v; want no folder and no error", path, web, err)
	}
}
