package main

import (
	"os"
	"strings"
	"testing"
)

// TestPackageDocNamesEveryCommand: main.go's package comment, what `go doc` shows, has a line
// for every registered command.
func TestPackageDocNamesEveryCommand(t *testing.T) {
	b, err := os.ReadFile("main.go")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, ok := strings.Cut(string(b), "\npackage main")
	if !ok {
		t.Fatal("main.go has no package clause")
	}
	for _, n := range commandNames() {
		if !strings.Contains(doc, "//\tttx "+n+" ") && !strings.Contains(doc, "//\tttx "+n+"\n") {
			t.Errorf("main.go's package comment has no line for ttx %s", n)
		}
	}
}
