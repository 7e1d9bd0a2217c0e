package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// getHost asks srv for p with host in the request's Host header, and returns the answer's status
// and body.
func getHost(t *testing.T, srv *httptest.Server, host, p string) (int, string) {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+p, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// hostServer serves a game (its links on http://x/) with a browser client's folder when client,
// allowing allow, its server's log in log.
func hostServer(t *testing.T, client bool, allow *Allow, log io.Writer) *httptest.Server {
	t.Helper()
	var web fs.FS
	if client {
		dir := t.TempDir()
		for _, name := range []string{"index.html", "index.js", "index.css", "wasm_exec.js", "ttx.wasm", "ttx.wasm.gz"} {
			if err := os.WriteFile(filepath.Join(dir, name), []byte("CLIENT "+name), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		web = os.DirFS(dir)
	}
	ctx, cancel := context.WithCancel(context.Background())
	g, err := NewGame(Config{Scenario: library(t, "campaign.toml"), Seed: 1, Base: "http://x/", Log: log})
	if err != nil {
		t.Fatal(err)
	}
	go g.Run(ctx)
	srv := httptest.NewServer(Handler(ctx, g, web, allow))
	t.Cleanup(func() { cancel(); srv.CloseClientConnections(); srv.Close() })
	return srv
}

// TestRebindingHostRefused: a page of evil.example whose DNS name is pointed at the server's
// address is, to the browser, of one origin with the server, so the Origin check let its scripts
// read every route (the client, the page without one, /healthz) and open a WebSocket to try
// tokens. Every route, with the client and without it, now answers a Host that is not one of the
// server's names with 403 and a line that names the host and the flag that allows it, and
// writes that line once on the server's log.
func TestRebindingHostRefused(t *testing.T) {
	for _, client := range []bool{true, false} {
		var log lockedBuffer
		srv := hostServer(t, client, nil, &log)
		_, port := addrPort(t, srv)
		for _, host := range []string{"evil.example", "evil.example:" + port, "EVIL.example.", "127.0.0.1.evil.example", "localhost.evil.example", "x.evil.example"} {
			for _, p := range []string{"/", "/index.html", "/index.js", "/ttx.wasm", "/healthz", "/ws", "/ex.jsonl", "/nothing"} {
				code, body := getHost(t, srv, host, p)
				if code != http.StatusForbidden || strings.Contains(body, "CLIENT") || strings.Contains(body, "<") ||
					!strings.Contains(body, "refused a request for host "+host) || !strings.Contains(body, "--allow-host ") {
					t.Errorf("GET %s with Host %s (client %v) = %d %q, want 403 naming the host and --allow-host", p, host, client, code, body)
				}
			}
		}
		// evil.example, in any case, with a port or a final dot, is one name.
		if n := strings.Count(log.String(), "refused-host: "); n != 4 || !strings.Contains(log.String(), "--allow-host evil.example\n") {
			t.Errorf("the server's log after 4 names refused 8 times or more each (client %v):\n%s\nwant a line for each name", client, log.String())
		}
		// A page that tries many names fills the log with no more than maxLoggedHosts lines.
		for i := range 2 * maxLoggedHosts {
			getHost(t, srv, fmt.Sprintf("n%d.evil.example", i), "/healthz")
		}
		if n := strings.Count(log.String(), "refused-host: "); n != maxLoggedHosts {
			t.Errorf("the server's log after %d names refused: %d lines, want %d", 4+2*maxLoggedHosts, n, maxLoggedHosts)
		}
	}
}

// upgrade asks srv for a WebSocket at /ws as a browser whose page is of host does (Host and
// Origin naming host), and returns the answer (its body unread).
func upgrade(t *testing.T, srv *httptest.Server, host string) *http.Response {
	t.Helper()
	req, err := http.NewRequest("GET", srv.URL+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Host = host
	for k, v := range map[string]string{"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
		"Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": "http://" + host} {
		req.Header.Set(k, v)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

// TestRebindingUpgradeRefused: the WebSocket upgrade a rebinding page sends (its Origin the
// host it names, as the browser sends it) got through the Origin check, which compares the two;
// it is now refused with 403, and ttx play --join's error says why in the server's words. The
// same upgrade for the server's address or localhost is a WebSocket.
func TestRebindingUpgradeRefused(t *testing.T) {
	srv := hostServer(t, false, nil, nil)
	addr, port := addrPort(t, srv)
	for _, host := range []string{addr, "localhost:" + port} {
		if resp := upgrade(t, srv, host); resp.StatusCode != http.StatusSwitchingProtocols {
			t.Errorf("upgrade with Host %s = %d, want 101", host, resp.StatusCode)
		}
	}
	host := "evil.example:" + port
	resp := upgrade(t, srv, host)
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("upgrade with Host %s = %d, want 403", host, resp.StatusCode)
	}
	msg := dialError("ws://"+host+"/ws", resp, errors.New("refused")).Error()
	if !strings.Contains(msg, "refused a request for host "+host) || !strings.Contains(msg, "--allow-host evil.example") || strings.Contains(msg, "not as an exercise server") {
		t.Errorf("ttx play --join's error for the refusal: %q, want the server's words", msg)
	}
}

// TestOwnHostsAccepted: the hosts the server knows as its own reach it on every route: IP
// addresses (v4, v6, with a port or without), localhost and the names under it, this machine's
// name, and the links' host.
func TestOwnHostsAccepted(t *testing.T) {
	srv := hostServer(t, true, nil, nil)
	addr, port := addrPort(t, srv)
	hosts := []string{addr, "127.0.0.1", "[::1]:" + port, "[::1]", "10.0.0.5:" + port, "[fe80::1]:" + port,
		"localhost:" + port, "localhost", "LocalHost.", "foo.localhost", "foo.localhost:" + port, "x", "x:" + port}
	if name, err := os.Hostname(); err == nil && name != "" {
		hosts = append(hosts, name, name+":"+port)
	}
	for _, host := range hosts {
		for _, p := range []string{"/", "/index.js", "/healthz"} {
			if code, body := getHost(t, srv, host, p); code != http.StatusOK {
				t.Errorf("GET %s with Host %s = %d %q, want 200", p, host, code, body)
			}
		}
	}
}

// TestAllowedHosts: a name given to Allow.Hosts (ttx serve's --allow-host) reaches the server
// once it is allowed, and not before; .DOMAIN allows DOMAIN and the names under it, not a name
// that merely ends as it does or holds it.
func TestAllowedHosts(t *testing.T) {
	before := hostServer(t, false, nil, nil)
	after := hostServer(t, false, &Allow{Hosts: []string{"ttx.exercise.lan", ".drill.example"}}, nil)
	for _, c := range []struct {
		host string
		ok   bool
	}{
		{"ttx.exercise.lan", true},
		{"TTX.Exercise.Lan:8080", true},
		{"other.exercise.lan", false},
		{"sub.ttx.exercise.lan", false},
		{"drill.example", true},
		{"a.drill.example:443", true},
		{"a.b.drill.example", true},
		{"evildrill.example", false},
		{"drill.example.evil.example", false},
	} {
		for _, p := range []string{"/", "/healthz", "/ws"} {
			if code, body := getHost(t, before, c.host, p); code != http.StatusForbidden {
				t.Errorf("GET %s with Host %s before it is allowed = %d %q, want 403", p, c.host, code, body)
			}
			want := http.StatusForbidden
			if c.ok {
				want = http.StatusOK
				if p == "/ws" {
					want = http.StatusUpgradeRequired // a plain GET of the WebSocket
				}
			}
			if code, body := getHost(t, after, c.host, p); code != want {
				t.Errorf("GET %s with Host %s once ttx.exercise.lan and .drill.example are allowed = %d %q, want %d", p, c.host, code, body, want)
			}
		}
	}
}

// TestCheckHost: a name to allow is a host name or .DOMAIN (an IP address too, though every one
// is); a URL, a port, a wildcard or a name with other characters is refused with a reason.
func TestCheckHost(t *testing.T) {
	for _, ok := range []string{"ttx.exercise.lan", ".exercise.lan", "trainer", "ttx-1.lan.", "10.0.0.5", "::1", "[::1]", "xn--bung-zra.lan"} {
		if err := CheckHost(ok); err != nil {
			t.Errorf("CheckHost(%q) = %v, want nil", ok, err)
		}
	}
	for in, want := range map[string]string{
		"http://ttx.lan/":   "not a URL",
		"ttx.lan:8080":      "without a port",
		".lan:8080":         "without a port",
		"ttx.lan:http":      "not a host name",
		"*":                 "no *",
		"*.exercise.lan":    "no *",
		".":                 "not a host name",
		"":                  "not a host name",
		"a..lan":            "not a host name",
		"-a.lan":            "not a host name",
		"übung.lan":         "xn--",
		"ttx.lan;evil":      "not a host name",
		"ttx lan":           "not a host name",
		"ttx.lan?x=1":       "not a host name",
		"user@ttx.lan":      "not a host name",
		"ttx.lan\nX-Evil:1": "not a host name",
	} {
		if err := CheckHost(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("CheckHost(%q) = %v, want an error saying %q", in, err, want)
		}
	}
}

// addrPort returns srv's address (host:port) and its port.
func addrPort(t *testing.T, srv *httptest.Server) (string, string) {
	t.Helper()
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	return u.Host, u.Port()
}
