package main

import (
	"strings"
	"testing"
)

// TestForecastAs: ttx forecast takes --as SIDE, as ttx run and ttx report do, where it knew only
// --side and refused --as as an unknown flag. --as gives the side's forecast, the same bytes as
// --side (kept as another name of it), with no inject the side was not told; an unknown side is
// refused naming the flag given, and both flags together are refused.
func TestForecastAs(t *testing.T) {
	code, out, errs := ttxMain("forecast", markersFile, "--as", "Blue", "--runs", "20")
	if code != exitOK || !strings.Contains(out, "as blue sees it") {
		t.Fatalf("ttx forecast --as Blue: exit %d, %s%s", code, out, errs)
	}
	if strings.Contains(out, "mkredinjectid") || !strings.Contains(out, "mkblueinjectid") {
		t.Errorf("blue's forecast by --as lists red's inject or not its own:\n%s", out)
	}
	if _, side, _ := ttxMain("forecast", markersFile, "--side", "blue", "--runs", "20"); side != out {
		t.Errorf("--side blue gives\n%s\nwant what --as Blue gives\n%s", side, out)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--as", "purple"}, "ttx forecast: --as purple: no such side (sides: blue, red, green)\n"},
		{[]string{"--side", "purple"}, "ttx forecast: --side purple: no such side (sides: blue, red, green)\n"},
		{[]string{"--as", "blue", "--side", "red"}, "ttx forecast: --as blue and --side red: --side is another name of --as; give one\n"},
	} {
		code, _, errs := ttxMain(append([]string{"forecast", markersFile, "--runs", "5"}, c.args...)...)
		if code != exitUsage || !strings.HasPrefix(errs, c.want) {
			t.Errorf("ttx forecast %s: exit %d, %s; want exit %d, %s", strings.Join(c.args, " "), code, errs, exitUsage, c.want)
		}
	}
}
