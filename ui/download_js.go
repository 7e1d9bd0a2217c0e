//go:build js

package ui

import (
	"syscall/js"

	"ttx/session"
)

// download hands f to the browser's downloads: a Blob of its bytes, and a click on a link to
// it with the file's name. The browser says where it goes; dir is not used.
func download(_ string, f session.File) (string, error) {
	arr := js.Global().Get("Uint8Array").New(len(f.Data))
	js.CopyBytesToJS(arr, f.Data)
	typ := "text/html"
	if f.Kind == session.FileLog {
		typ = "application/jsonl"
	}
	blob := js.Global().Get("Blob").New([]any{arr}, map[string]any{"type": typ})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	doc := js.Global().Get("document")
	link := doc.Call("createElement", "a")
	link.Set("href", url)
	link.Set("download", f.Name)
	doc.Get("body").Call("appendChild", link)
	link.Call("click")
	link.Call("remove")
	// The browser reads the Blob after the click returns: let it go a while later.
	var free js.Func
	free = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		free.Release()
		return nil
	})
	js.Global().Call("setTimeout", free, 60000)
	return "the browser's downloads (" + f.Name + ")", nil
}
