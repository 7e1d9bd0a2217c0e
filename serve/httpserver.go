package serve

import (
	"net/http"
	"time"
)

// NewServer returns the HTTP server of ttx serve for h (Handler's). Its limits bound what a
// connection may hold of the server before it is a WebSocket: a request's headers and their
// size, the whole request, the answer (the client's 6 MB at 20 kB/s) and the wait for a kept-alive
// connection's next request. Without them, connections that sent one request and then nothing,
// or that read their answer a byte at a time, stayed open for good and could take every file
// descriptor the server has. A WebSocket is not held to them: the HTTP server lets go of a
// connection's deadlines once it is a WebSocket, which Limits.Hello and the write timeout of
// each frame bound instead.
func NewServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}
