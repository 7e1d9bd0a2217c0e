package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"ttx/scenarios"
)

// reportLayout is what the page reports of its own layout at the browser's width, every
// <details> opened: the document's width against the window's, the elements that stick out of
// their box or whose content is wider than they are (outside boxes that scroll), the images
// that did not load, and the table cells of one word that the word was broken in.
type reportLayout struct {
	ScrollWidth int      `json:"scrollWidth"`
	InnerWidth  int      `json:"innerWidth"`
	Overflow    []string `json:"overflow"`
	Images      int      `json:"images"`
	Broken      []string `json:"broken"`
	// Split lists the table cells of one short word that is broken over lines (succeed|ed).
	Split []string `json:"split"`
}

// layoutJS measures a report page (see reportLayout). An element inside a box that scrolls
// sideways (overflow-x auto or scroll: the report's wide tables) may be as wide as it likes.
const layoutJS = `(() => {
  document.querySelectorAll("details").forEach(d => d.open = true);
  const scrolls = el => ["auto", "scroll"].includes(getComputedStyle(el).overflowX);
  const inScroll = el => { for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(p)) return true; return false; };
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + (el.className ? "." + el.className : "") + ": " + (el.textContent || "").trim().slice(0, 60);
  const out = {scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, overflow: [], images: 0, broken: [], split: []};
  for (const el of document.querySelectorAll("body *")) {
    if (inScroll(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const p = el.parentElement.getBoundingClientRect();
    if (r.right > p.right + 1 || r.left < p.left - 1) out.overflow.push(name(el) + " sticks out of its box");
    else if (!scrolls(el) && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) out.overflow.push(name(el) + " is wider than its box");
  }
  for (const td of document.querySelectorAll("td")) {
    const w = td.textContent.trim();
    if (w === "" || /\s/.test(w) || w.length > 24) continue;
    const walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      const rg = document.createRange();
      rg.selectNodeContents(t);
      const tops = new Set([...rg.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
      if (tops.size > 1) out.split.push(w);
    }
  }
  for (const img of document.images) {
    out.images++;
    if (!img.complete || img.naturalWidth === 0) out.broken.push(img.alt || img.src.slice(0, 60));
  }
  return out;
})()`

// TestBrowserReport loads the HTML report of a game of every library scenario in headless
// Chromium at 1280 pixels: nothing overflows sideways (the page is no wider than the window,
// and no element is wider than its box outside the boxes that scroll), no table cell's one word
// is broken over lines (succeed|ed), every image loaded, and a screenshot of each report's top is saved (in TTX_SCREENS_DIR, if set). The discussion
// exercise is played as its master scenario events list expects, with an observer's note.
// Without chromium it skips, unless CI is set.
func TestBrowserReport(t *testing.T) {
	exe, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs chromium for the browser test (apt-get install -y chromium)")
		}
		t.Skip("no chromium: the browser test is skipped (apt-get install -y chromium)")
	}
	if testing.Short() {
		t.Skip("the browser test runs chromium")
	}
	shots := os.Getenv("TTX_SCREENS_DIR")
	if shots == "" {
		shots = t.TempDir()
	}
	dir := t.TempDir()

	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe), chromedp.WindowSize(1280, 800))
	for _, f := range chromiumFlags {
		name, val, ok := strings.Cut(f, "=")
		if ok {
			opts = append(opts, chromedp.Flag(name, val))
		} else {
			opts = append(opts, chromedp.Flag(name, true))
		}
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	defer acancel()
	bctx, bcancel := chromedp.NewContext(actx)
	defer bcancel()

	for _, name := range scenarios.Names() {
		id := strings.TrimSuffix(name, ".toml")
		log := filepath.Join(dir, id+".jsonl")
		args := []string{"run", filepath.Join("..", "..", "scenarios", name), "--log", log, "-q", "--policy", "random"}
		msel := filepath.Join("..", "..", "scenarios", "history", id+"_msel.toml")
		if _, err := os.Stat(msel); err == nil {
			args = append(args, "--orders", msel)
		}
		if code, _, errs := ttxMain(args...); code != exitOK {
			t.Fatalf("ttx %s: %s", strings.Join(args, " "), errs)
		}
		if code, _, errs := ttxMain("note", log, "--turn", "1", "--category", "gap", "--tag", "Operational coordination",
			"--tag", "owner:The exercise planning team", "--action", "Name who calls whom when an incident crosses two sectors",
			"Nobody knew who called whom."); code != exitOK {
			t.Fatalf("ttx note: %s", errs)
		}
		page := filepath.Join(dir, id+".html")
		if code, _, errs := ttxMain("report", log, "-o", page); code != exitOK {
			t.Fatalf("ttx report: %s", errs)
		}
		if err := chromedp.Do(bctx, chromedp.Navigate("file://"+page)); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		shot, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		got, err := chromedp.Run(bctx, chromedp.Evaluate[reportLayout](layoutJS))
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if err := os.WriteFile(filepath.Join(shots, "report-"+id+".png"), shot, 0o644); err != nil {
			t.Fatal(err)
		}
		// The first chart, every <details> open, for a person to look at.
		if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](`(() => { const f = document.querySelector("figure"); if (f) f.scrollIntoView(); return !!f; })()`)); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		chart, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if err := os.WriteFile(filepath.Join(shots, "report-"+id+"-chart.png"), chart, 0o644); err != nil {
			t.Fatal(err)
		}
		if got.ScrollWidth > got.InnerWidth {
			t.Errorf("%s: the page is %d pixels wide in a window of %d", id, got.ScrollWidth, got.InnerWidth)
		}
		for _, o := range got.Overflow {
			t.Errorf("%s: %s", id, o)
		}
		if len(got.Split) > 0 {
			t.Errorf("%s: table cells of one word broken over lines: %q", id, got.Split)
		}
		if got.Images == 0 || len(got.Broken) > 0 {
			t.Errorf("%s: %d images, not loaded: %q", id, got.Images, got.Broken)
		}
	}
}
