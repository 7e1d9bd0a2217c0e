package serve

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"unicode"

	"github.com/coder/websocket"
)

// Client is a connection to an exercise server, for the window (natively and in the browser)
// and the tests. It sends messages and reads them one at a time; it keeps no state.
type Client struct {
	ws *websocket.Conn
	id int
	// Raw, when set, is called with every frame read, before it is decoded (the tests check
	// each frame for secrets).
	Raw func([]byte)
}

// ParseLink splits a join link (http://host:port/#t=TOKEN) into the WebSocket address and the
// token.
func ParseLink(link string) (wsURL, token string, err error) {
	u, err := url.Parse(link)
	if err != nil {
		return "", "", err
	}
	frag, err := url.ParseQuery(u.Fragment)
	if err != nil || frag.Get("t") == "" {
		return "", "", errors.New("the link has no token (#t=…)")
	}
	switch u.Scheme {
	case "http":
		u.Scheme = "ws"
	case "https":
		u.Scheme = "wss"
	case "ws", "wss":
	default:
		return "", "", fmt.Errorf("a link is http:// or https://, not %s://", u.Scheme)
	}
	u.Path = strings.TrimSuffix(u.Path, "/") + "/ws"
	u.Fragment, u.RawQuery = "", ""
	return u.String(), frag.Get("t"), nil
}

// Join connects to the server of a join link and says hello with its token. The server's
// welcome is the first message Recv returns.
func Join(ctx context.Context, link string) (*Client, error) {
	wsURL, tok, err := ParseLink(link)
	if err != nil {
		return nil, err
	}
	return Dial(ctx, wsURL, tok)
}

// Dial connects to a server's WebSocket address and says hello with token.
func Dial(ctx context.Context, wsURL, token string) (*Client, error) {
	ws, resp, err := websocket.Dial(ctx, wsURL, nil)
	if err != nil {
		return nil, dialError(wsURL, resp, err)
	}
	ws.SetReadLimit(64 << 20) // a server's frames (history, reports) may be large
	c := &Client{ws: ws}
	if _, err := c.Send(ctx, Message{Type: MsgHello, V: Version, Token: token}); err != nil {
		ws.CloseNow()
		return nil, err
	}
	return c, nil
}

// dialError says why the server at wsURL could not be joined, naming it as its link does: it
// refused the link's host name (hostGuard; its words are given), it answered, but not as an
// exercise server (a wrong path or port), or it could not be reached.
func dialError(wsURL string, resp *http.Response, err error) error {
	page := wsURL
	if u, perr := url.Parse(wsURL); perr == nil {
		u.Scheme = strings.Replace(u.Scheme, "ws", "http", 1)
		u.Path = strings.TrimSuffix(u.Path, "ws")
		page = u.String()
	}
	var op *net.OpError
	refused := ""
	if resp != nil && resp.StatusCode == http.StatusForbidden {
		refused = refusal(resp)
	}
	switch {
	case refused != "":
		return fmt.Errorf("%s: %s", page, refused)
	case resp != nil:
		return fmt.Errorf("%s answered HTTP %d, not as an exercise server: check the link", page, resp.StatusCode)
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("no answer from %s in time: check the link, and that ttx serve runs there", page)
	case errors.As(err, &op):
		return fmt.Errorf("cannot reach %s (%v): check the link, and that ttx serve runs there", page, op.Err)
	}
	return fmt.Errorf("cannot join at %s: %w", page, err)
}

// refusal returns the first line of a server's refusal of a host (refusedHost), in printable
// characters, or "" when resp is not one.
func refusal(resp *http.Response) string {
	if resp.Body == nil {
		return ""
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	line, _, _ := strings.Cut(string(b), "\n")
	if !strings.HasPrefix(line, "ttx serve refused") {
		return ""
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, line)
}

// Send sends m with a fresh ID, which it returns (the server's ack or rejection carries it).
func (c *Client) Send(ctx context.Context, m Message) (int, error) {
	c.id++
	m.ID = c.id
	b, err := json.Marshal(m)
	if err != nil {
		return 0, err
	}
	return m.ID, c.ws.Write(ctx, websocket.MessageText, b)
}

// Write sends m as it is, with the ID the caller gave it.
func (c *Client) Write(ctx context.Context, m Message) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return c.ws.Write(ctx, websocket.MessageText, b)
}

// SendRaw sends a frame as it is (the tests send malformed ones).
func (c *Client) SendRaw(ctx context.Context, b []byte) error {
	return c.ws.Write(ctx, websocket.MessageText, b)
}

// Recv reads the next message.
func (c *Client) Recv(ctx context.Context) (Message, error) {
	_, b, err := c.ws.Read(ctx)
	if err != nil {
		return Message{}, err
	}
	if c.Raw != nil {
		c.Raw(b)
	}
	var m Message
	if err := json.Unmarshal(b, &m); err != nil {
		return Message{}, fmt.Errorf("a frame that is not a message: %v", err)
	}
	return m, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.ws.Close(websocket.StatusNormalClosure, "") }

// Drop ends the connection at once, as a crashed client would.
func (c *Client) Drop() { c.ws.CloseNow() }
