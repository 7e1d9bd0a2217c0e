package ui

import "testing"

// TestParagraphs: a text area's text joins hard-wrapped lines, keeps list
// items on their own lines, and leaves one blank line at most between
// paragraphs and none at either end.
func TestParagraphs(t *testing.T) {
	for in, want := range map[string]string{
		"a\nb\n\n\n\nc\n  • d\n\n":   "a b\n\nc\n  • d",
		"\n\nOne.\n\nTwo.  \n":       "One.\n\nTwo.",
		"You control:\n  • A\n  • B": "You control:\n  • A\n  • B",
	} {
		if got := paragraphs(in); got != want {
			t.Errorf("paragraphs(%q) = %q, want %q", in, got, want)
		}
	}
}
