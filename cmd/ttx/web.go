package main

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func init() {
	register("web", "build the browser client into a folder that ttx serve serves", webCmd)
}

func webCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("web", "[DIR]", "Builds the browser client (cmd/ttxweb, the exercise window for GOOS=js GOARCH=wasm)\ninto DIR (web when none is given): ttx.wasm, ttx.wasm.gz, wasm_exec.js, index.html, index.js\nand index.css.\n`ttx serve --web DIR` serves it (web/ beside the ttx binary by default). It needs the\nGo toolchain and TTX's source: run it in the source tree.", stdout)
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) > 1 {
		fmt.Fprintln(stderr, "ttx web: one DIR at most")
		return exitUsage
	}
	dir := "web"
	if len(pos) == 1 {
		dir = pos[0]
	}
	if err := buildWeb(dir, stdout); err != nil {
		fmt.Fprintln(stderr, "ttx web:", err)
		return exitInvalid
	}
	return exitOK
}

// buildWeb builds the browser client into dir.
func buildWeb(dir string, stdout io.Writer) error {
	root, err := sourceRoot(dir)
	if err != nil {
		return err
	}
	goroot, err := goOut("", nil, "env", "GOROOT")
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	start := time.Now()
	wasm := filepath.Join(abs, "ttx.wasm")
	if _, err := goOut(root, []string{"GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0"},
		"build", "-trimpath", "-ldflags=-s -w", "-o", wasm, "./cmd/ttxweb"); err != nil {
		return err
	}
	for _, f := range [][2]string{
		{filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"), "wasm_exec.js"},
		{filepath.Join(root, "cmd", "ttxweb", "index.html"), "index.html"},
		{filepath.Join(root, "cmd", "ttxweb", "index.js"), "index.js"},
		{filepath.Join(root, "cmd", "ttxweb", "index.css"), "index.css"},
	} {
		b, err := os.ReadFile(f[0])
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(abs, f[1]), b, 0o644); err != nil {
			return err
		}
	}
	raw, err := os.ReadFile(wasm)
	if err != nil {
		return err
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(raw)
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(wasm+".gz", gz.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "browser client built in %s (%s): ttx.wasm %.1f MB, gzipped %.1f MB\n",
		dir, time.Since(start).Round(time.Second), float64(len(raw))/1e6, float64(gz.Len())/1e6)
	fmt.Fprintf(stdout, "serve it with: ttx serve --web %s\n", dir)
	return nil
}

// sourceRoot returns the root of TTX's source tree that the current folder is in, the folder of
// its go.mod (module ttx), from which the client is built; or an error that says what is
// missing: the go command, or TTX's source around the current folder (none, or another
// module's), and how to run the command there to build into dir.
func sourceRoot(dir string) (string, error) {
	gomod, err := goOut("", nil, "env", "GOMOD")
	if errors.Is(err, exec.ErrNotFound) {
		return "", errors.New("no go command on the PATH: ttx web compiles the browser client with the Go toolchain; install Go (https://go.dev/dl), then run ttx web in TTX's source tree")
	}
	if err != nil {
		return "", err
	}
	wd, _ := os.Getwd()
	abs, _ := filepath.Abs(dir)
	how := fmt.Sprintf("ttx web compiles the browser client from TTX's source code, so run it in TTX's source tree (the folder of its go.mod, or one below it): cd path/to/ttx && ttx web %s", shellQuote(abs))
	if gomod == "" || gomod == os.DevNull {
		return "", fmt.Errorf("%s is not in TTX's source tree (no go.mod here or above): %s", wd, how)
	}
	root := filepath.Dir(gomod)
	if mod, err := goOut(root, nil, "list", "-m"); err != nil || mod != "ttx" {
		return "", fmt.Errorf("%s is not in TTX's source tree (%s is module %q, not ttx): %s", wd, gomod, mod, how)
	}
	return root, nil
}

// goOut runs the go command in dir with env added and returns its output, trimmed.
func goOut(dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, errb.String())
	}
	return strings.TrimSpace(out.String()), nil
}
