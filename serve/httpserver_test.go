package serve

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestServerLetsGo: ttx serve's HTTP server bounds how long a connection that is not a
// WebSocket holds it (the server had only a limit on a request's headers: a connection kept
// alive after one request, or reading its answer slowly, stayed open for good) and how large a
// request's headers may be. With its timeouts shortened, an idle kept-alive connection is
// closed, and a seat's WebSocket outlives them all.
func TestServerLetsGo(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGame(Config{Scenario: fixture(t, "../sim/testdata/markers.toml"), Seed: 8, Base: "http://" + ln.Addr().String() + "/"})
	if err != nil {
		t.Fatal(err)
	}
	go g.Run(ctx)
	srv := NewServer(Handler(ctx, g, nil, nil))
	for name, d := range map[string]time.Duration{"ReadHeaderTimeout": srv.ReadHeaderTimeout,
		"ReadTimeout": srv.ReadTimeout, "WriteTimeout": srv.WriteTimeout, "IdleTimeout": srv.IdleTimeout} {
		if d <= 0 || d > 10*time.Minute {
			t.Errorf("NewServer: %s = %v, want a limit of at most 10 minutes", name, d)
		}
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > 1<<20 {
		t.Errorf("NewServer: MaxHeaderBytes = %d, want a limit under 1 MiB", srv.MaxHeaderBytes)
	}
	short := 300 * time.Millisecond
	srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout = short, short, short, short
	go srv.Serve(ln)
	defer srv.Close()

	// A connection kept alive after one request, then silent, is closed.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	io.WriteString(c, "GET /healthz HTTP/1.1\r\nHost: "+ln.Addr().String()+"\r\n\r\n")
	br := bufio.NewReader(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) && !errors.Is(err, net.ErrClosed) && !strings.Contains(err.Error(), "reset") {
		t.Errorf("an idle kept-alive connection: read %v, want it closed", err)
	}

	// Headers over the limit are refused.
	big, err := http.NewRequest("GET", "http://"+ln.Addr().String()+"/healthz", nil)
	if err != nil {
		t.Fatal(err)
	}
	big.Header.Set("X-Big", strings.Repeat("a", 256<<10))
	if resp, err := http.DefaultClient.Do(big); err != nil || resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("headers of 256 KiB: %v %v, want 431", resp, err)
	} else {
		resp.Body.Close()
	}

	// A seat's WebSocket, quiet for longer than every timeout, still works.
	wctx, wcancel := context.WithTimeout(ctx, 10*time.Second)
	defer wcancel()
	blue, err := Join(wctx, g.Links()["blue"])
	if err != nil {
		t.Fatal(err)
	}
	defer blue.Close()
	until(t, wctx, blue, isSnap)
	time.Sleep(4 * short)
	id, err := blue.Send(wctx, Message{Type: MsgGetRep})
	if err != nil {
		t.Fatalf("a WebSocket past the HTTP timeouts: %v", err)
	}
	until(t, wctx, blue, func(m Message) bool { return m.Type == MsgReport && m.ID == id })
}
