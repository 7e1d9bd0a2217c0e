package serve

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

// gzipHeaders are Accept-Encoding headers, and whether each takes gzip.
var gzipHeaders = []struct {
	header string
	gzip   bool
}{
	{"gzip", true},
	{"gzip, deflate, br", true},
	{"deflate, gzip;q=0.5", true},
	{" GZIP ; Q=1 ", true},
	{"x-gzip", true},
	{"gzip;level=9", true},
	{"*", true},
	{"*;q=0.1", true},
	{"br, *", true},
	{"gzip;q=0.001, *;q=0", true},
	{"", false},
	{"identity", false},
	{"gzip;q=0", false},
	{"gzip; q=0.0", false},
	{"gzip;q=0.000", false},
	{"x-gzip;q=0", false},
	{"x-gzip2", false},
	{"gzipped, br", false},
	{"deflate;q=0.5, nogzip", false},
	{"*;q=0", false},
	{"*, gzip;q=0", false},
	{"gzip;q=0, *", false},
	{"gzip;q=0, x-gzip", false},
	{"gzip;q=2", false},
	{"gzip;q=NaN", false},
	{"gzip;q=lots", false},
	{"br;q=0, gzip;q=0.8", true},
}

// TestAcceptsGzip: the header is read as codings split by commas, parameters by semicolons,
// with q=0 refusing a coding; it was read as a string that contains "gzip", so that
// "gzip;q=0" (no gzip) and "x-gzip2" (another coding) were given gzip.
func TestAcceptsGzip(t *testing.T) {
	for _, c := range gzipHeaders {
		if got := acceptsGzip(c.header); got != c.gzip {
			t.Errorf("acceptsGzip(%q) = %v, want %v", c.header, got, c.gzip)
		}
	}
}

// TestWebGzipByHeader: the client's files are served gzipped only to a request whose
// Accept-Encoding takes gzip, and both answers say that they vary with that header.
func TestWebGzipByHeader(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"index.html": "<p>client", "ttx.wasm": "raw", "ttx.wasm.gz": "gz"} {
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
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	for _, c := range gzipHeaders {
		req, err := http.NewRequest("GET", srv.URL+"/ttx.wasm", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Accept-Encoding", c.header)
		resp, err := tr.RoundTrip(req)
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		body, enc := "raw", ""
		if c.gzip {
			body, enc = "gz", "gzip"
		}
		if string(b) != body || resp.Header.Get("Content-Encoding") != enc || resp.Header.Get("Vary") != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: %q, Content-Encoding %q, Vary %q; want %q, %q, Accept-Encoding",
				c.header, b, resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"), body, enc)
		}
	}
}
