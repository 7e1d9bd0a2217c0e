package serve

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestJoinErrorsNameTheLink: a link to a port where nothing listens, or to a web server that is
// not an exercise server, is refused with the page the link names and what to check, not the
// WebSocket library's handshake details.
func TestJoinErrorsNameTheLink(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/"
	ln.Close()
	_, err = Join(ctx, closed+"#t=abc")
	if err == nil || !strings.HasPrefix(err.Error(), "cannot reach "+closed+" (") || !strings.Contains(err.Error(), "check the link, and that ttx serve runs there") {
		t.Errorf("join with nothing listening: %v", err)
	}

	web := httptest.NewServer(http.NotFoundHandler())
	defer web.Close()
	_, err = Join(ctx, web.URL+"/exercise/#t=abc")
	if want := web.URL + "/exercise/ answered HTTP 404, not as an exercise server: check the link"; err == nil || err.Error() != want {
		t.Errorf("join at a web server that is not an exercise server: %v, want %q", err, want)
	}
}
