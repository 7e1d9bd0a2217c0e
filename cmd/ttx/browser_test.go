package main

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"ttx/scenarios"
	"ttx/serve"
	"ttx/sim"
	"ttx/sim/load"
)

// chromiumFlags run Chromium headless with WebGL on SwiftShader, quiet.
var chromiumFlags = []string{"headless=new", "no-sandbox", "use-angle=swiftshader", "enable-unsafe-swiftshader",
	"disable-background-networking", "disable-component-update", "disable-sync", "no-first-run"}

// TestBrowserTeam plays a turn in a real browser: Debian's chromium loads the browser client
// from a loopback ttx serve, joins as a team with its link, chooses an order with the keyboard,
// submits it, and plays back the turn the server resolved; each screen is checked for content
// and saved. The client is built into a temporary folder unless TTX_WEB_DIR names one built
// already (CI builds it in a step before). Without chromium it skips, unless CI is set.
func TestBrowserTeam(t *testing.T) {
	exe, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs chromium for the browser test (apt-get install -y chromium)")
		}
		t.Skip("no chromium: the browser test is skipped (apt-get install -y chromium)")
	}
	if testing.Short() {
		t.Skip("the browser test builds the web client and runs chromium")
	}
	web := os.Getenv("TTX_WEB_DIR")
	if web == "" {
		web = t.TempDir()
		if err := buildWeb(web, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
	}
	shots := os.Getenv("TTX_SCREENS_DIR")
	if shots == "" {
		shots = t.TempDir()
	}

	// The exercise: the campaign, every side but the first played by a policy, so that the
	// team's submit resolves the turn.
	b, _ := scenarios.Read(scenarios.Default)
	sc, err := load.Load(scenarios.Default, b)
	if err != nil {
		t.Fatal(err)
	}
	// The client embeds no scenario: a seat is sent its own copy.
	wasm, err := os.ReadFile(filepath.Join(web, "ttx.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{sc.Title, sc.Sides[1].Briefing[:min(60, len(sc.Sides[1].Briefing))]} {
		if bytes.Contains(wasm, []byte(s)) {
			t.Errorf("the web client holds %q of the embedded scenario", s)
		}
	}
	pols := map[string]string{}
	for _, d := range sc.Sides[1:] {
		pols[d.ID] = "random"
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(nil)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	defer srv.Close()
	g, err := serve.NewGame(serve.Config{Scenario: sc, Seed: 3, Policies: pols, Base: srv.URL + "/"})
	if err != nil {
		t.Fatal(err)
	}
	srv.Config.Handler = serve.Handler(ctx, g, os.DirFS(web), nil)
	go g.Run(ctx)
	team := sc.Sides[0].ID
	link := g.Links()[team]

	// The white cell watches over the wire: its view tells when the turn has resolved and what
	// the team ordered.
	wctx, wcancel := context.WithTimeout(ctx, 4*time.Minute)
	defer wcancel()
	white, err := serve.Join(wctx, g.Links()["white"])
	if err != nil {
		t.Fatal(err)
	}
	views := make(chan *sim.Snapshot, 64)
	online := make(chan bool, 64)
	links := make(chan string, 1) // the team's new link, once the white cell reissues it
	go func() {
		for {
			m, err := white.Recv(wctx)
			if err != nil {
				close(views)
				return
			}
			switch m.Type {
			case serve.MsgSnapshot:
				views <- m.View
			case serve.MsgToken:
				links <- m.Link
			case serve.MsgPresence:
				for _, p := range m.Seats {
					if p.Seat == team && p.Online {
						select {
						case online <- true:
						default:
						}
					}
				}
			}
		}
	}()

	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.WindowSize(1280, 800))
	for _, f := range chromiumFlags {
		name, val, ok := strings.Cut(f, "=")
		if ok {
			opts = append(opts, chromedp.Flag(name, val))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	actx, acancel := chromedp.NewExecAllocator(wctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	// Every violation of the server's Content-Security-Policy is kept (the script the browser
	// runs before the page's own, which no policy of the page restricts), and fails the test.
	if err := chromedp.Do(bctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: violationsJS})
		return err
	})); err != nil {
		t.Fatal(err)
	}
	violations := func() []string {
		v, err := chromedp.Run(bctx, chromedp.Evaluate[[]string](`window.ttxViolations || []`))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// The page, the client's start and its first frame.
	start := time.Now()
	if err := chromedp.Do(bctx, chromedp.Navigate(link)); err != nil {
		t.Fatal(err)
	}
	where := func() (string, string) {
		type place struct {
			Scene string `json:"scene"`
			Focus string `json:"focus"`
		}
		w, err := chromedp.Run(bctx, chromedp.Evaluate[place](`typeof ttxWhere === "function" ? ttxWhere() : {scene: "", focus: ""}`))
		if err != nil {
			t.Fatal(err)
		}
		return w.Scene, w.Focus
	}
	shot := func(name string) image.Image {
		t.Helper()
		buf, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(shots, name+".png"), buf, 0o644); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(buf))
		if err != nil {
			t.Fatal(err)
		}
		return img
	}
	waitScene := func(scene string, limit time.Duration) {
		t.Helper()
		for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
			if s, _ := where(); s == scene {
				return
			}
		}
		s, f := where()
		shot("timeout")
		t.Fatalf("the page never reached %s: on %q (focus %q); violations of the server's policy: %q", scene, s, f, violations())
	}
	waitScene("*ui.briefing", 90*time.Second)
	var first time.Duration
	for end := time.Now().Add(60 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		if colours(shot("browser-briefing"), 50) >= 20 {
			first = time.Since(start)
			break
		}
		if time.Now().After(end) {
			t.Fatal("the page stays blank")
		}
	}
	t.Logf("first frame %.1f s after navigation", first.Seconds())
	select {
	case <-online:
	case <-time.After(10 * time.Second):
		t.Fatal("the team never showed as connected")
	}

	// A key goes down and comes up at once, between two frames (SwiftShader draws slowly), as a
	// quick press on a slow laptop does: the page must still count it.
	key := func(k string) {
		t.Helper()
		press := chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			for _, r := range k {
				for _, ev := range kb.Encode(r) {
					if _, err := cdp.Call(ctx, tg, input.DispatchKeyEvent, *ev); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if err := chromedp.Do(bctx, press); err != nil {
			t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
	}
	// Focus the canvas, then go through the common and the team's briefing.
	if err := chromedp.Do(bctx, chromedp.MouseClickXY(640, 300)); err != nil {
		t.Fatal(err)
	}
	key(kb.Enter)
	for end := time.Now().Add(20 * time.Second); ; key(kb.Enter) {
		if s, _ := where(); s == "*ui.turn" {
			break
		}
		if time.Now().After(end) {
			s, f := where()
			t.Fatalf("the turn never came: on %s (focus %q)", s, f)
		}
	}
	// Tab moves the focus on the page's next update, which a slow frame can hold back past the
	// pause after a key: each Tab is waited for (the focus leaves where it was) before the
	// focus is read, else a late Tab moves it on from the widget tabTo stopped at.
	tabTo := func(prefix string) string {
		t.Helper()
		_, f := where()
		for i := 0; i < 200; i++ {
			key(kb.Tab)
			for end, was := time.Now().Add(3*time.Second), f; f == was && time.Now().Before(end); {
				if _, f = where(); f == was {
					time.Sleep(50 * time.Millisecond)
				}
			}
			if strings.HasPrefix(f, prefix) {
				return f
			}
		}
		shot("tab-" + strings.TrimSuffix(prefix, ":"))
		t.Fatalf("Tab never reached %s…", prefix)
		return ""
	}
	move := tabTo("move:")
	key(kb.Enter)
	time.Sleep(500 * time.Millisecond) // the panel lists the move's orders from the next frame
	_, f := where()
	t.Logf("after Enter on %s: focus %q", move, f)
	shot("browser-move")
	order := tabTo("order:")
	key(kb.Enter)
	shot("browser-orders")
	t.Logf("ordered %s (%s)", order, move)
	key("s")

	// The server resolves the turn; the team's order is among its results; the page plays the
	// turn back.
	parts := strings.Split(order, ":") // order:ACTOR:MOVE:TARGET:ARG
	found := false
	for v := range views {
		if v.Turn < 2 {
			continue
		}
		for _, r := range v.Results {
			if r.Order.Side == team && r.Order.Actor == parts[1] && r.Order.Move == parts[2] {
				found = true
			}
		}
		break
	}
	if !found {
		t.Fatalf("the turn resolved without the team's order %s", order)
	}
	waitScene("*ui.resolution", 30*time.Second)
	for i := 0; i < 3; i++ {
		key(" ")
	}
	time.Sleep(time.Second)
	if n := colours(shot("browser-resolution"), 50); n < 20 {
		t.Errorf("the resolution looks blank: %d colours", n)
	}
	key(kb.Enter)
	waitScene("*ui.turn", 30*time.Second)
	shot("browser-turn-2")

	// The client ran whole under the server's policy: nothing it did was refused. The policy is
	// in force, and a refusal is seen: a script put inline into the page does not run.
	if v := violations(); len(v) > 0 {
		t.Errorf("the client broke the server's Content-Security-Policy: %q", v)
	}
	ran, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`(() => {
  window.ttxViolations = [];
  const s = document.createElement("script");
  s.textContent = "window.ttxInline = true";
  document.head.appendChild(s);
  return window.ttxInline === true;
})()`))
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond) // the violation's event comes after the script is refused
	if v := violations(); ran || len(v) != 1 || !strings.HasPrefix(v[0], "script-src") {
		t.Errorf("an inline script: ran %v, violations %q; want it refused by script-src", ran, v)
	}

	// The white cell gives the team a new link; the page on the old one is told, and pasting
	// the new link over the old (only the part after # differs) loads the page again, which
	// joins as the team.
	for len(online) > 0 {
		<-online
	}
	if _, err := white.Send(wctx, serve.Message{Type: serve.MsgReissue, Side: team}); err != nil {
		t.Fatal(err)
	}
	var fresh string
	select {
	case fresh = <-links:
	case <-time.After(20 * time.Second):
		t.Fatal("the white cell got no new link for the team")
	}
	hash := fresh[strings.Index(fresh, "#"):]
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`window.ttxBefore = true`)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[string](`location.hash = `+strconv.Quote(hash))); err != nil {
		t.Fatal(err)
	}
	waitScene("*ui.briefing", 90*time.Second)
	again, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`window.ttxBefore === undefined && location.hash === `+strconv.Quote(hash)))
	if err != nil {
		t.Fatal(err)
	}
	if !again {
		t.Error("the new link pasted over the old one did not load the page again")
	}
	select {
	case <-online:
	case <-time.After(30 * time.Second):
		shot("browser-new-link")
		t.Fatal("the page on the team's new link never showed as connected")
	}
	if v := violations(); len(v) > 0 {
		t.Errorf("the client on its new link broke the server's Content-Security-Policy: %q", v)
	}
}

// violationsJS keeps in window.ttxViolations every violation of the page's
// Content-Security-Policy: the directive, what it refused, and a sample of it.
const violationsJS = `window.ttxViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.ttxViolations.push(e.effectiveDirective + " refused " + (e.blockedURI || "inline") + " " + (e.sample || ""));
}, true);`

// colours counts the distinct colours of img, up to limit.
func colours(img image.Image, limit int) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}
