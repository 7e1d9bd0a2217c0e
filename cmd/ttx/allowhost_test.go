package main

import (
	"slices"
	"strings"
	"testing"
)

// TestHostList checks that --allow-host's names, repeated or comma-separated, are all allowed,
// trimmed, with the host of --addr when it is a name (an address is allowed as it is).
func TestHostList(t *testing.T) {
	for _, c := range []struct {
		flags []string
		addr  string
		want  []string
	}{
		{nil, "127.0.0.1:8080", []string{"127.0.0.1"}},
		{nil, ":8080", nil},
		{nil, "ttx.exercise.lan:8080", []string{"ttx.exercise.lan"}},
		{[]string{"a.lan, .drill.example", "b.lan", " ,"}, ":8080", []string{"a.lan", ".drill.example", "b.lan"}},
	} {
		got, err := hostList(c.flags, c.addr)
		if err != nil || !slices.Equal(got, c.want) {
			t.Errorf("hostList(%q, %q) = %q, %v; want %q", c.flags, c.addr, got, err, c.want)
		}
	}
}

// TestAllowHostRefused: a --allow-host that is not a name (a URL, a port, a wildcard) is a
// usage error that names it and says why, before anything is served or written.
func TestAllowHostRefused(t *testing.T) {
	for flag, want := range map[string]string{
		"http://ttx.lan/":    `--allow-host "http://ttx.lan/": give the host name alone, not a URL`,
		"a.lan,ttx.lan:8080": `--allow-host "ttx.lan:8080": give the name without a port`,
		"*":                  `--allow-host "*": give names, or .DOMAIN`,
	} {
		// An address no one can listen on: a command that took the flag would fail there.
		code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:99999", "--allow-host", flag, miniFile)
		if code != exitUsage || !strings.Contains(errOut, want) {
			t.Errorf("ttx serve --allow-host %s = %d, %q; want %d and %q", flag, code, errOut, exitUsage, want)
		}
	}
}

// TestServeSeatSearchBounded: ttx serve refuses a --seat search whose budget a turn would hold
// the turn too long (over session.MaxServedMillis or MaxServedRollouts), with exit 2 and the bound.
func TestServeSeatSearchBounded(t *testing.T) {
	code, _, errOut := ttxMain("serve", "--addr", "127.0.0.1:99999", "--seat", "blue=search:3600000ms", miniFile)
	if want := "at most 10000 ms a turn"; code != exitUsage || !strings.Contains(errOut, want) {
		t.Errorf("ttx serve --seat blue=search:3600000ms = %d, %q; want %d and %q", code, errOut, exitUsage, want)
	}
}
