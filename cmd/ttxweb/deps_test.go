//go:build !js

package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestClientLeavesOutChartImages: the browser client is built without gonum/plot and the fonts
// and formats it brings (a third of the client's download): the client draws a report's
// charts from their data, and a served exercise's HTML report comes from the server.
func TestClientLeavesOutChartImages(t *testing.T) {
	cmd := exec.Command("go", "list", "-deps", ".")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 50 {
		t.Fatalf("go list -deps gave %d packages: %q", len(deps), out)
	}
	for _, d := range deps {
		if strings.HasPrefix(d, "gonum.org/v1/plot") || strings.HasPrefix(d, "codeberg.org/go-latex") ||
			strings.HasPrefix(d, "codeberg.org/go-pdf") || strings.HasPrefix(d, "codeberg.org/go-fonts") {
			t.Errorf("the browser client imports %s", d)
		}
	}
}
