package ui

import (
	"strings"
	"testing"
)

// TestReviewTextUnscored: the review of a discussion exercise, played to its end, lists no
// scores (it listed every table at 0.0).
func TestReviewTextUnscored(t *testing.T) {
	sc := loadScenario(t, "regional_outage.toml")
	s := NewSession(sc, 1)
	for !s.State.Over {
		playTurn(t, s)
	}
	md := ReviewText(s)
	if strings.Contains(md, "Scores") {
		t.Errorf("the review of a discussion exercise lists scores:\n%s", md)
	}
	if !strings.Contains(md, "outcome **ended**") || !strings.Contains(md, "## Timeline") {
		t.Errorf("the review lacks its outcome or timeline:\n%s", md)
	}
}
