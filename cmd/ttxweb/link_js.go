package main

import (
	"os"
	"syscall/js"

	"ttx/ui"
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

// expose lets the page (and the browser test) ask where the window is: ttxWhere() returns
// {scene, focus}, the current screen's type and the focused widget's name.
func expose(m *ui.Manager) {
	js.Global().Set("ttxWhere", js.FuncOf(func(js.Value, []js.Value) any {
		scene, focus := m.Where()
		return map[string]any{"scene": scene, "focus": focus}
	}))
}
