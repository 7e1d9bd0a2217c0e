package report

import (
	"regexp"
	"strings"
	"testing"
)

// codeSpan is a Markdown code span.
var codeSpan = regexp.MustCompile("`[^`\n]*`")

// TestMarkdownCodeSpansLiteral: ids in code spans are written as they are. Markdown reads no
// backslash escapes in a code span, so the escaped `regional\_outage` showed its backslash in
// every renderer; every code span must be free of backslashes, and the scenario's id and a
// truth's id are in code spans as they are.
func TestMarkdownCodeSpansLiteral(t *testing.T) {
	_, _, page := outageReport(t)
	_, _, _, mini := build(t, func(s string) string { return strings.ReplaceAll(s, "collab", "secret_collab") }, true)
	for _, p := range []string{page, mini} {
		for _, span := range codeSpan.FindAllString(p, -1) {
			if strings.Contains(span, `\`) {
				t.Errorf("code span %s holds a backslash, which Markdown shows", span)
			}
		}
	}
	for _, w := range []string{"Scenario `regional_outage`", "(`regional_outage`)"} {
		if !strings.Contains(page, w) {
			t.Errorf("the report of regional_outage lacks %q", w)
		}
	}
	if w := "| `secret_collab` |"; !strings.Contains(mini, w) {
		t.Errorf("the report of mini lacks its truth %q", w)
	}
}
