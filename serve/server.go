package serve

import (
	"context"
	"io/fs"
	"maps"
	"mime"
	"net/http"
	"path"
	"slices"
	"strings"

	"github.com/coder/websocket"
)

// Handler serves a game over HTTP: the WebSocket at /ws, the browser client's files from web
// (nil: a page saying how to join with ttx play --join), and nothing else, to requests whose
// Host is one of the server's own names (hostGuard) alone. allow (nil: nothing) adds the hosts
// allowed as the Origin of a WebSocket besides the one its request names and the names the
// server answers to besides its own.
func Handler(ctx context.Context, g *Game, web fs.FS, allow *Allow) http.Handler {
	if allow == nil {
		allow = &Allow{}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/ws", func(w http.ResponseWriter, r *http.Request) {
		ws, err := websocket.Accept(w, r, &websocket.AcceptOptions{OriginPatterns: allow.Origins})
		if err != nil {
			return // Accept has answered
		}
		c := newConn(ws, g.limits.Queue)
		c.serve(ctx, g)
	})
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	if web != nil {
		mux.Handle("/", webHandler(web))
	} else {
		mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/" {
				http.NotFound(w, r)
				return
			}
			writePage(w, noClientPage)
		})
	}
	return secure(newHostGuard(mux, g, allow.Hosts))
}

// writePage answers with one of the server's own pages (noClientPage, staleClientPage), under
// their policy: no script, their one style.
func writePage(w http.ResponseWriter, page string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", noClientPolicy)
	w.Write([]byte(page))
}

// secure sets the headers every answer carries: no caching without asking the server again
// (a browser must not go on running a client the server has replaced), no framing, no referrer
// (the token is in the fragment, which browsers never send, but a page should not leak its
// address either), the client's Content-Security-Policy (clientPolicy) and a browsing context
// of its own (Cross-Origin-Opener-Policy: a page of another site that opened the client's
// window, or that it opens, gets no handle on it). The refusal of a host not the server's
// (hostGuard) carries them too.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Cache-Control", "no-cache")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", clientPolicy(r.Host))
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// clientFiles are the files of the browser client that ttx web writes: all that webHandler
// serves of its folder. Anything else there (an order log saved beside them, which holds the
// seed, a dotfile, a subfolder's listing, a link out of the folder) is not the network's to read.
var clientFiles = map[string]bool{"index.html": true, "index.js": true, "index.css": true, "wasm_exec.js": true, "ttx.wasm": true}

// MissingClientFiles returns the files of the browser client that web lacks, in order of their
// names: a folder built by an older ttx web lacks those added since (index.js, index.css), and
// its page cannot start under the client's Content-Security-Policy, which runs no inline script.
func MissingClientFiles(web fs.FS) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(clientFiles)) {
		if _, err := fs.Stat(web, name); err != nil {
			out = append(out, name)
		}
	}
	return out
}

// webHandler serves the browser client's files, their gzipped copy (NAME.gz) where the
// browser takes gzip (acceptsGzip), and nothing else of web.
func webHandler(web fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "" {
			name = "index.html"
		}
		if !clientFiles[name] {
			http.NotFound(w, r)
			return
		}
		if name == "index.html" && len(MissingClientFiles(web)) > 0 {
			// A folder built by an older ttx web: its page would stay on "Loading TTX…"
			// under the client's policy. Asked again at each load, so that the folder built
			// anew serves the client without a restart.
			writePage(w, staleClientPage)
			return
		}
		if f, err := web.Open(name + ".gz"); err == nil {
			f.Close()
			// Both answers depend on the header: a cache must not give the one for the other.
			w.Header().Set("Vary", "Accept-Encoding")
			if acceptsGzip(r.Header.Get("Accept-Encoding")) {
				if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
					w.Header().Set("Content-Type", ct)
				}
				w.Header().Set("Content-Encoding", "gzip")
				http.ServeFileFS(w, r, web, name+".gz")
				return
			}
		}
		http.ServeFileFS(w, r, web, name)
	})
}

// noClientStyle is the style of noClientPage, which its policy allows by its hash.
const noClientStyle = `body { font-family: sans-serif; max-width: 40em; margin: 3em auto; }`

// staleClientPage is the page of a server whose browser client's folder was built by an older
// ttx web (MissingClientFiles), in place of that client's page.
const staleClientPage = `<!doctype html><meta charset="utf-8"><title>TTX exercise</title>
<style>` + noClientStyle + `</style>
<body>
<h1>TTX exercise server</h1>
<p>This server's browser client is out of date: it was built by an older version of TTX and
cannot start here. Tell the facilitator: building it again with <code>ttx web</code> in the
folder the server serves it from is enough; then load this page again.</p>
<p>Meanwhile, join from a machine with TTX:
<pre>ttx play --join 'LINK'</pre>
with the link the facilitator gave you.</p>`

// noClientPage is the page of a server started without the browser client.
const noClientPage = `<!doctype html><meta charset="utf-8"><title>TTX exercise</title>
<style>` + noClientStyle + `</style>
<body>
<h1>TTX exercise server</h1>
<p>This server was started without the browser client. Join from a machine with TTX:
<pre>ttx play --join 'LINK'</pre>
with the link the facilitator gave you. Build the browser client with
<code>go run ./cmd/ttx web</code> and start the server again to play in a browser.</p>`
