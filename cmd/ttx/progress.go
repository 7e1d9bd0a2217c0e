package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress draws a progress bar on stderr when stderr is a terminal; otherwise it draws nothing.
type progress struct {
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
}

func newProgress(stderr io.Writer) *progress {
	p := &progress{w: stderr, start: time.Now()}
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

// update redraws the bar, at most ten times a second and always at the end.
func (p *progress) update(done, total int) {
	if !p.on || total <= 0 {
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	const width = 30
	n := width * done / total
	el := now.Sub(p.start).Seconds()
	rate := float64(done) / max(el, 1e-9)
	eta := ""
	if done < total && rate > 0 {
		eta = fmt.Sprintf(" eta %s", time.Duration(float64(time.Second)*float64(total-done)/rate).Round(time.Second))
	}
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d games %.0f/s%s\x1b[K", strings.Repeat("#", n), strings.Repeat(".", width-n), done, total, rate, eta)
	if done == total {
		fmt.Fprintln(p.w)
	}
}
