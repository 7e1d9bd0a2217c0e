//go:build !js

package main

import (
	"fmt"
	"os"

	"ttx/ui"
)

// joinLink is the link given as the first argument.
func joinLink() string {
	if len(os.Args) > 1 {
		return os.Args[1]
	}
	fmt.Fprintln(os.Stderr, "usage: ttxweb LINK (the browser client; natively, ttx play --join LINK does the same)")
	os.Exit(2)
	return ""
}

func status(s string) {
	if s != "" {
		fmt.Fprintln(os.Stderr, s)
	}
}

func fail(string) {}

func expose(*ui.Manager) {}
