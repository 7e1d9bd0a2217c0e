package serve

import (
	"context"
	"strings"
	"testing"
	"time"
)

// TestAnswerLengthAsTtxAnswer: a served team's answer is held to ttx answer's limit, in its
// words: one of 2,000 characters is taken, one more is refused with bad-message, "an answer is at
// most 2000 characters", whatever the server's limit of a rationale. The server refused past
// twice that limit while saying 2000, so a server whose rationales were held to 500 characters
// refused an answer of 1,001 that ttx answer took, in words that said it was under the limit.
func TestAnswerLengthAsTtxAnswer(t *testing.T) {
	for _, rationale := range []int{DefaultLimits.Rationale, 500} {
		lim := DefaultLimits
		lim.Rationale = rationale
		s := serveGame(t, Config{Scenario: fixture(t, "../sim/testdata/discussion.toml"), Seed: 1, Limits: lim})
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		port, _ := seated(t, ctx, s.links["port"])
		full := strings.Repeat("é", 2000)
		if m := answered(t, ctx, port, Message{Type: MsgAnswer, Question: "lead", Text: full + "x"}); m.Type != MsgReject || m.Code != RejBadMessage || m.Reason != "an answer is at most 2000 characters" {
			t.Errorf("rationales of %d: an answer of 2001 characters: %s %s %q, want %s and ttx answer's words", rationale, m.Type, m.Code, m.Reason, RejBadMessage)
		}
		if m := answered(t, ctx, port, Message{Type: MsgAnswer, Question: "lead", Text: full}); m.Type != MsgAck {
			t.Errorf("rationales of %d: an answer of 2000 characters: %s %s %q, want its ack", rationale, m.Type, m.Code, m.Reason)
		}
		port.Close()
		cancel()
		s.stop()
		if a := s.g.sess.Answers; len(a) != 1 || a[0].Text != full {
			t.Errorf("rationales of %d: the server took %d answers, want the one of 2000 characters", rationale, len(a))
		}
	}
}
