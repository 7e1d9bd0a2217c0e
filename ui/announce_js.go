//go:build js

package ui

import "syscall/js"

// announce writes a join link reissued to the browser's console, whence it can be copied.
func announce(seat, link string) {
	js.Global().Get("console").Call("log", "new link for "+seat+": "+link)
}
