package serve

import (
	"crypto/sha256"
	"encoding/base64"
	"regexp"
)

// lockedDown are the directives of every page's Content-Security-Policy beyond what it loads:
// no page may be framed (frame-ancestors, which X-Frame-Options says to older browsers), nor
// have its relative addresses moved (base-uri), nor send a form (form-action), nor run a
// plugin (object-src).
const lockedDown = "frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'"

// clientPolicy returns the Content-Security-Policy of the browser client, and of every other
// answer but noClientPage, for a request to host (its Host header): nothing loads but from the
// server itself. Its scripts are index.js and wasm_exec.js, files of the client (no script
// inline in a page, no eval), which may compile ttx.wasm ('wasm-unsafe-eval': WebAssembly, not
// JavaScript's eval); its style is index.css (ebiten sizes its canvas through the style object
// of elements, which no policy restricts); it fetches ttx.wasm and opens its WebSocket on the
// same host. 'self' of connect-src takes ws: and wss: to the page's own host and port in
// Chromium and Firefox, but Safari long took only http: and https: to it, so the WebSocket's
// own address is named too, where host is one a policy can name (a name or an IPv4 address,
// with a port or without). Nothing else loads: no image, font, frame or worker.
func clientPolicy(host string) string {
	connect := "'self'"
	if policyHost.MatchString(host) {
		connect += " ws://" + host + " wss://" + host
	}
	return "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src " + connect + "; " + lockedDown
}

// policyHost matches a host that a Content-Security-Policy's source can name as it is: letters,
// digits, dots and hyphens, and a port. Anything else (an IPv6 address, which no source names,
// or a Host header with a semicolon, which would add a directive) is left to 'self'.
var policyHost = regexp.MustCompile(`^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?$`)

// noClientPolicy is the Content-Security-Policy of noClientPage: no script, nothing loaded,
// and its one style element, allowed by its hash.
var noClientPolicy = "default-src 'none'; style-src '" + styleHash(noClientStyle) + "'; " + lockedDown

// styleHash is a Content-Security-Policy source that allows an inline style element whose
// text is css: its SHA-256, in base64.
func styleHash(css string) string {
	sum := sha256.Sum256([]byte(css))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}
