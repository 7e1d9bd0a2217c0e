package serve

import (
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"sync"
)

// Allow widens who may reach the server beyond what it knows by itself. The zero value (or a nil
// *Allow) allows nothing more.
type Allow struct {
	// Origins are the hosts allowed as a WebSocket's Origin besides the host its request names
	// (behind a reverse proxy): a host, with :PORT where the page's address has one, or a pattern
	// such as *.example.org.
	Origins []string
	// Hosts are the names allowed in a request's Host header besides those the server knows as
	// its own (hostGuard): a name, or .DOMAIN for DOMAIN and every name under it. CheckHost
	// says whether one is.
	Hosts []string
}

// hostGuard refuses, with 403 and a line that says which host and how to allow it, every
// request whose Host header is none of the server's own names, before any handler reads it. The
// Origin check does not stop a page of evil.example whose DNS name its owner points at the
// server's address (DNS rebinding): to the browser, that page and the server are one origin, so
// its scripts could read the lobby and the client and try tokens. Such a page can only name
// the server by a name its owner controls, so the server answers only to names that are
// its own:
//   - an IP address (v4 or v6), which no one can point elsewhere;
//   - localhost and NAME.localhost, which browsers resolve to the machine itself;
//   - this machine's host name (os.Hostname), by which the links name it on every interface;
//   - the host of the join links (Config.Base: --url, or the listening address);
//   - the names of Allow.Hosts, and the names under a .DOMAIN there.
//
// The port is not checked: a proxy may forward another.
type hostGuard struct {
	names   map[string]bool
	domains []string // with their leading dot
	next    http.Handler
	g       *Game // its log is told of the first refusals

	mu     sync.Mutex
	logged map[string]bool
}

// maxLoggedHosts bounds the refused hosts the server's log names, a line each: enough for a
// facilitator to see which name the teams use, and no more for a page that tries many.
const maxLoggedHosts = 8

// newHostGuard returns the guard of next for g, allowing the names of extra besides the server's
// own.
func newHostGuard(next http.Handler, g *Game, extra []string) *hostGuard {
	h := &hostGuard{names: map[string]bool{}, next: next, g: g, logged: map[string]bool{}}
	if name, err := os.Hostname(); err == nil {
		h.allow(name)
	}
	if u, err := url.Parse(g.base); err == nil {
		h.allow(u.Hostname())
	}
	for _, name := range extra {
		h.allow(name)
	}
	return h
}

// allow adds name (or .DOMAIN) to those the guard lets through.
func (h *hostGuard) allow(name string) {
	name = hostKey(name)
	switch {
	case name == "" || name == ".":
	case strings.HasPrefix(name, "."):
		h.domains = append(h.domains, name)
	default:
		h.names[name] = true
	}
}

// hostKey is a host as the guard compares it: in lower case, without a port, IPv6 brackets or
// a final dot (evil.example. is evil.example).
func hostKey(host string) string {
	if name, _, err := net.SplitHostPort(host); err == nil {
		host = name
	} else if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return strings.ToLower(strings.TrimSuffix(host, "."))
}

// allows says whether a request's Host header names the server.
func (h *hostGuard) allows(host string) bool {
	name := hostKey(host)
	if name == "" {
		return false
	}
	if _, err := netip.ParseAddr(name); err == nil {
		return true
	}
	if name == "localhost" || strings.HasSuffix(name, ".localhost") || h.names[name] {
		return true
	}
	for _, d := range h.domains {
		if name == d[1:] || strings.HasSuffix(name, d) {
			return true
		}
	}
	return false
}

func (h *hostGuard) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if h.allows(r.Host) {
		h.next.ServeHTTP(w, r)
		return
	}
	msg := refusedHost(r.Host)
	h.note(r.Host, msg)
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Connection", "close")
	w.WriteHeader(http.StatusForbidden)
	fmt.Fprintln(w, msg)
}

// refusedHost says why a request for host was refused, and how the server is started to answer
// to it.
func refusedHost(host string) string {
	if hostKey(host) == "" {
		return "ttx serve refused a request with no Host header: it answers only to its own names"
	}
	name := hostKey(host)
	return fmt.Sprintf("ttx serve refused a request for host %s: not a name this server knows as its own "+
		"(a guard against DNS rebinding). If the teams reach the server by that name, start it with --allow-host %s",
		host, name)
}

// note writes msg on the server's log the first time host is refused, for the first
// maxLoggedHosts hosts.
func (h *hostGuard) note(host, msg string) {
	key := hostKey(host)
	h.mu.Lock()
	first := !h.logged[key] && len(h.logged) < maxLoggedHosts
	if first {
		h.logged[key] = true
	}
	h.mu.Unlock()
	if first {
		h.g.logLine("refused-host", msg)
	}
}

// CheckHost says what is wrong with name as a host to allow (Allow.Hosts, ttx serve's
// --allow-host), or nil: a DNS name, or .DOMAIN for the names under DOMAIN. An IP address is
// allowed as it is (every one is).
func CheckHost(name string) error {
	switch {
	case strings.Contains(name, "://") || strings.Contains(name, "/"):
		return fmt.Errorf("%q: give the host name alone, not a URL", name)
	case strings.Contains(name, "*"):
		return fmt.Errorf("%q: give names, or .DOMAIN for every name under DOMAIN (no *: a wildcard would let any site's page reach the server)", name)
	}
	if _, err := netip.ParseAddr(strings.Trim(name, "[]")); err == nil {
		return nil
	}
	if host, port, err := net.SplitHostPort(name); err == nil && checkName(host) == nil && port != "" && strings.Trim(port, "0123456789") == "" {
		return fmt.Errorf("%q: give the name without a port (the server answers to its names on every port)", name)
	}
	return checkName(name)
}

// checkName says what is wrong with name as a host name, or .DOMAIN, or nil.
func checkName(name string) error {
	labels := strings.Split(strings.TrimSuffix(strings.TrimPrefix(name, "."), "."), ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return fmt.Errorf("%q is not a host name", name)
		}
		for _, c := range l {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return fmt.Errorf("%q is not a host name: a name holds letters, digits, '-' and '.' (an international name in its xn-- form)", name)
			}
		}
	}
	return nil
}
