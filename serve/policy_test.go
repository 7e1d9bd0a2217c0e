package serve

import (
	"context"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// directives returns a Content-Security-Policy's directives by name, each with its sources.
func directives(policy string) map[string][]string {
	out := map[string][]string{}
	for _, d := range strings.Split(policy, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			out[f[0]] = f[1:]
		}
	}
	return out
}

// TestSecurityHeaders: every answer of the server, with the browser client and without it (its
// files, the page saying how to join without it, /healthz, /ws asked without an upgrade, a
// file not served), carries a Content-Security-Policy that frames nothing, moves no base,
// sends no form and runs no plugin, and Cross-Origin-Opener-Policy: same-origin; it carried
// neither. The client's policy loads nothing but from the server and runs no inline script or
// style; the page without a client runs no script at all.
func TestSecurityHeaders(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"index.html", "index.js", "index.css", "wasm_exec.js", "ttx.wasm", "ttx.wasm.gz"} {
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
		for _, p := range []string{"/", "/index.html", "/index.js", "/index.css", "/wasm_exec.js", "/ttx.wasm", "/healthz", "/ws", "/ex.jsonl", "/nothing"} {
			for _, gz := range []bool{false, true} {
				code, h, body := get(t, srv, p, gz)
				what := p
				if web == nil {
					what += " (no client)"
				}
				if got := h.Get("Cross-Origin-Opener-Policy"); got != "same-origin" {
					t.Errorf("GET %s: %d, Cross-Origin-Opener-Policy %q, want same-origin", what, code, got)
				}
				csp := h.Values("Content-Security-Policy")
				if len(csp) != 1 {
					t.Errorf("GET %s: %d, Content-Security-Policy %q, want one", what, code, csp)
					continue
				}
				d := directives(csp[0])
				for _, name := range []string{"frame-ancestors", "base-uri", "form-action", "object-src", "default-src"} {
					if !slices.Equal(d[name], []string{"'none'"}) {
						t.Errorf("GET %s: %s is %q in %q, want 'none'", what, name, d[name], csp[0])
					}
				}
				for name, sources := range d {
					for _, s := range sources {
						if s == "'unsafe-inline'" || s == "'unsafe-eval'" || s == "*" || strings.HasSuffix(s, ":") {
							t.Errorf("GET %s: %s allows %s", what, name, s)
						}
					}
				}
				switch {
				case web == nil && p == "/" && code == http.StatusOK:
					if d["script-src"] != nil || d["connect-src"] != nil {
						t.Errorf("GET %s: %q lets the page without a client run scripts or connect", what, csp[0])
					}
					if !strings.Contains(body, "ttx play --join") {
						t.Errorf("GET %s: %q, want the page without a client", what, body)
					}
				case web != nil:
					host := strings.TrimPrefix(srv.URL, "http://")
					if !slices.Equal(d["script-src"], []string{"'self'", "'wasm-unsafe-eval'"}) || !slices.Equal(d["style-src"], []string{"'self'"}) ||
						!slices.Equal(d["connect-src"], []string{"'self'", "ws://" + host, "wss://" + host}) {
						t.Errorf("GET %s: %q, want the client's scripts, style and WebSocket from the server alone", what, csp[0])
					}
				}
			}
		}
		srv.Close()
	}
}

// TestNoClientPageStyle: the style of the server's own pages (without a client, and with an
// out-of-date one) is allowed by the hash their policy gives, and is each page's only style: a
// style attribute, which no hash allows, would be dropped.
func TestNoClientPageStyle(t *testing.T) {
	for name, page := range map[string]string{"without a client": noClientPage, "of an out-of-date client": staleClientPage} {
		m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindAllStringSubmatch(page, -1)
		if len(m) != 1 {
			t.Fatalf("the page %s has %d style elements, want 1", name, len(m))
		}
		if h := styleHash(m[0][1]); !slices.Contains(directives(noClientPolicy)["style-src"], "'"+h+"'") {
			t.Errorf("the page %s: its style hashes to %s, which its policy %q does not allow", name, h, noClientPolicy)
		}
		if strings.Contains(page, "style=") || strings.Contains(page, "<script") {
			t.Errorf("the page %s has a style attribute or a script, which its policy refuses", name)
		}
	}
}

// TestClientPageRunsUnderItsPolicy: the browser client's page (cmd/ttxweb/index.html) has no
// inline script, style or event handler, which the client's policy refuses (it had its start
// script and its style inline), and every file it loads is one the server serves.
func TestClientPageRunsUnderItsPolicy(t *testing.T) {
	b, err := os.ReadFile("../cmd/ttxweb/index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	if regexp.MustCompile(`<script(\s[^>]*)?>\s*[^<\s]`).MatchString(page) || strings.Contains(page, "<style") ||
		regexp.MustCompile(`\s(style|on[a-z]+)=`).MatchString(page) || strings.Contains(page, "javascript:") {
		t.Errorf("index.html runs inline script or style, which the client's policy refuses:\n%s", page)
	}
	refs := regexp.MustCompile(`(?:src|href)="([^"]*)"`).FindAllStringSubmatch(page, -1)
	if len(refs) == 0 {
		t.Fatal("index.html loads no file")
	}
	for _, r := range refs {
		if !clientFiles[r[1]] {
			t.Errorf("index.html loads %s, which the server does not serve", r[1])
		}
		if _, err := os.Stat(filepath.Join("../cmd/ttxweb", r[1])); err != nil && r[1] != "wasm_exec.js" && r[1] != "ttx.wasm" {
			t.Errorf("index.html loads %s, which cmd/ttxweb lacks", r[1])
		}
	}
}

// TestMissingClientFiles: a folder built by an older ttx web, which lacks the files the page
// now loads instead of its inline script and style, is told apart from a whole one.
func TestMissingClientFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"index.html", "wasm_exec.js", "ttx.wasm", "ttx.wasm.gz"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := MissingClientFiles(os.DirFS(dir)); !slices.Equal(got, []string{"index.css", "index.js"}) {
		t.Errorf("an older client's folder lacks %q, want index.css and index.js", got)
	}
	for _, name := range []string{"index.js", "index.css"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if got := MissingClientFiles(os.DirFS(dir)); len(got) != 0 {
		t.Errorf("a whole client's folder lacks %q", got)
	}
}

// TestClientPolicyHost: the WebSocket's address in the client's policy is the Host the page was
// asked of, where a policy can name it; a Host that is not a plain name or address with a port
// (an IPv6 address, a semicolon that would start a directive of its own) leaves 'self' alone.
func TestClientPolicyHost(t *testing.T) {
	for host, connect := range map[string][]string{
		"127.0.0.1:8080":         {"'self'", "ws://127.0.0.1:8080", "wss://127.0.0.1:8080"},
		"ttx.training.lan":       {"'self'", "ws://ttx.training.lan", "wss://ttx.training.lan"},
		"[::1]:8080":             {"'self'"},
		"x;script-src":           {"'self'"},
		"x:80;script-src *":      {"'self'"},
		"":                       {"'self'"},
		"a..b":                   {"'self'"},
		"exercise.example.org:1": {"'self'", "ws://exercise.example.org:1", "wss://exercise.example.org:1"},
	} {
		p := clientPolicy(host)
		d := directives(p)
		if !slices.Equal(d["connect-src"], connect) || len(d) != 8 || !slices.Equal(d["script-src"], []string{"'self'", "'wasm-unsafe-eval'"}) {
			t.Errorf("Host %q: %q, want connect-src %q and the client's other directives", host, p, connect)
		}
	}
}
