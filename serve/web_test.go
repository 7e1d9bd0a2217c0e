package serve

import (
	"context"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// get asks srv for p (taking gzip when gz) and returns the answer's status, headers and body.
func get(t *testing.T, srv *httptest.Server, p string, gz bool) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if gz {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	resp, err := tr.RoundTrip(req) // no redirects followed, no gzip undone
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header, string(b)
}

// TestWebServesOnlyTheClient: the web folder's handler serves the client's files (ttx.wasm
// gzipped where the browser takes it) and nothing else of the folder: not an order log saved
// there (it holds the seed), a dotfile, a subfolder's listing or a link out of the folder,
// which anyone on the network could read before.
func TestWebServesOnlyTheClient(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "outside")
	for name, body := range map[string]string{
		"index.html": "<p>client", "index.js": "// start", "index.css": "body {}", "wasm_exec.js": "// exec",
		"ttx.wasm": "\x00asm raw", "ttx.wasm.gz": "\x1f\x8b gz",
		"ex.jsonl": "SECRET seed", "ex.jsonl.tokens": "SECRET hashes", ".env": "SECRET dot",
		"sub/notes.txt": "SECRET sub",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(outside, []byte("SECRET outside"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "linked")); err != nil {
		t.Fatal(err)
	}
	g, err := NewGame(Config{Scenario: library(t, "campaign.toml"), Seed: 1, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(context.Background(), g, os.DirFS(dir), nil))
	defer srv.Close()

	for _, c := range []struct {
		path, ct, enc, body string
		gz                  bool
	}{
		{"/", "text/html", "", "<p>client", true},
		{"/wasm_exec.js", "javascript", "", "// exec", true},
		{"/ttx.wasm", "application/wasm", "gzip", "\x1f\x8b gz", true},
		{"/ttx.wasm", "application/wasm", "", "\x00asm raw", false},
	} {
		code, h, body := get(t, srv, c.path, c.gz)
		if code != http.StatusOK || !strings.Contains(h.Get("Content-Type"), c.ct) ||
			h.Get("Content-Encoding") != c.enc || body != c.body {
			t.Errorf("GET %s (gzip %v) = %d %q %q %q, want 200 %q %q %q", c.path, c.gz, code,
				h.Get("Content-Type"), h.Get("Content-Encoding"), body, c.ct, c.enc, c.body)
		}
	}
	for _, p := range []string{"/ex.jsonl", "/ex.jsonl.tokens", "/.env", "/sub/", "/sub/notes.txt", "/linked"} {
		for _, gz := range []bool{false, true} {
			if code, _, body := get(t, srv, p, gz); code != http.StatusNotFound || strings.Contains(body, "SECRET") || strings.Contains(body, "href") {
				t.Errorf("GET %s (gzip %v) = %d %q, want 404", p, gz, code, body)
			}
		}
	}
}

// TestWebAsksAgain: every answer tells the browser to ask the server before it reuses a copy
// (Cache-Control: no-cache; an unchanged file is then a 304), so that a browser does not go on
// running a client the server has replaced: secure's comment said so, but no header did, and
// browsers kept the client for a tenth of its age without asking.
func TestWebAsksAgain(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"index.html", "wasm_exec.js", "ttx.wasm", "ttx.wasm.gz"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g, err := NewGame(Config{Scenario: library(t, "campaign.toml"), Seed: 1, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	for _, web := range []fs.FS{os.DirFS(dir), nil} {
		srv := httptest.NewServer(Handler(context.Background(), g, web, nil))
		for _, p := range []string{"/", "/wasm_exec.js", "/ttx.wasm", "/healthz"} {
			for _, gz := range []bool{false, true} {
				if code, h, _ := get(t, srv, p, gz); code == http.StatusOK && h.Get("Cache-Control") != "no-cache" {
					t.Errorf("GET %s (client %v, gzip %v): Cache-Control %q, want no-cache", p, web != nil, gz, h.Get("Cache-Control"))
				}
			}
		}
		srv.Close()
	}
}

// TestStaleClientPage: a folder built by an older ttx web (no index.js, index.css) has a page
// whose inline script the client's policy does not run, so the teams' browsers stayed on
// "Loading TTX…" with nothing to say why. The server answers for that page with one of its
// own, under its own policy, saying the client is out of date, that the facilitator builds
// it again, and how to join meanwhile; once the folder is built anew, its page is served
// again, without a restart.
func TestStaleClientPage(t *testing.T) {
	dir := t.TempDir()
	old := map[string]string{"index.html": "<script>go()</script>OLD", "wasm_exec.js": "// exec", "ttx.wasm": "\x00asm"}
	for name, body := range old {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	g, err := NewGame(Config{Scenario: library(t, "campaign.toml"), Seed: 1, Base: "http://x/"})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(context.Background(), g, os.DirFS(dir), nil))
	defer srv.Close()
	for _, p := range []string{"/", "/index.html"} {
		code, h, body := get(t, srv, p, false)
		if code != http.StatusOK || strings.Contains(body, "OLD") || strings.Contains(body, "<script") ||
			!strings.Contains(body, "out of date") || !strings.Contains(body, "ttx web") || !strings.Contains(body, "ttx play --join") {
			t.Errorf("GET %s of an older client's folder = %d %q, want the page saying it is out of date", p, code, body)
		}
		if got := h.Get("Content-Security-Policy"); got != noClientPolicy {
			t.Errorf("GET %s: policy %q, want the server's own page's %q", p, got, noClientPolicy)
		}
	}
	for _, name := range []string{"index.js", "index.css"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, body := get(t, srv, "/", false); code != http.StatusOK || body != old["index.html"] {
		t.Errorf("GET / once the folder is built anew = %d %q, want its page", code, body)
	}
}
