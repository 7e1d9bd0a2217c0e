// Command ttxweb is the browser client of a served exercise: the exercise window built for
// WebAssembly (GOOS=js GOARCH=wasm), which joins the seat named by the token in the page's
// address (http://HOST:PORT/#t=TOKEN) and draws only what the server sends that seat. It
// embeds no scenario and uses no disk. `ttx web DIR` builds it with its page; `ttx serve` serves
// it. Built natively it takes the link as its argument, like ttx play --join.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"ttx/serve"
	"ttx/ui"
	"ttx/ui/kit"
)

func main() {
	link := joinLink()
	if err := run(link); err != nil {
		fail(err.Error())
		fmt.Fprintln(os.Stderr, "ttxweb:", err)
		os.Exit(1)
	}
}

// run joins the exercise of link and opens the window on its seat.
func run(link string) error {
	if _, _, err := serve.ParseLink(link); err != nil {
		return fmt.Errorf("this page's address is not a join link: %v. Open the link the facilitator gave you, with its #t=… part", err)
	}
	status("Joining the exercise…")
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	r, err := serve.JoinRemote(ctx, link)
	cancel()
	if err != nil {
		return fmt.Errorf("could not join the exercise: %v", err)
	}
	defer r.Close()
	status("")
	a := ui.NewRemoteApp(r)
	m := a.RemoteManager(kit.EbitenInput{})
	expose(m)
	return a.Run(m)
}
