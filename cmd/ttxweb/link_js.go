package main

import (
	"os"
	"syscall/js"
)

// joinLink is the page's address (the page may also pass a link as the first argument).
func joinLink() string {
	if len(os.Args) > 1 && os.Args[1] != "" {
		return os.Args[1]
	}
	return js.Global().Get("location").Get("href").String()
}

// status shows s in the page's status line (hidden when s is "").
func status(s string) {
	if f := js.Global().Get("ttxStatus"); f.Type() == js.TypeFunction {
		f.Invoke(s)
	}
}

// fail shows why the client cannot go on.
func fail(s string) {
	if f := js.Global().Get("ttxFail"); f.Type() == js.TypeFunction {
		f.Invoke(s)
	}
}
