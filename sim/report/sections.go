package report

import (
	"fmt"
	"strings"
	"unicode"
)

// Section is a part of the report. A scored game's report leads with its overview, summary
// and analysis, then the timeline and the detail; a discussion exercise's leads with what the
// exercise is for: the observations by category and the tables' answers to the key questions,
// then the timeline by exercise time, then the rest.
type Section struct {
	ID    string // the HTML id, and the name of the section's template
	Title string
	// Heading is the title as the report heads it: numbered ("4. Timeline"), or an appendix's;
	// Nav is how its table of contents names it: the title, or the appendix's heading.
	Heading, Nav string
}

// Anchor is the heading's anchor in Markdown, as GitHub and most renderers make it: lower case,
// spaces as hyphens, other punctuation dropped.
func (s Section) Anchor() string {
	var b strings.Builder
	for _, r := range strings.ToLower(s.Heading) {
		switch {
		case r == ' ':
			b.WriteByte('-')
		case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Section titles.
var sectionTitles = map[string]string{
	"overview":     "Exercise overview",
	"summary":      "Exercise summary",
	"analysis":     "Analysis: strengths and areas for improvement",
	"timeline":     "Timeline",
	"votes":        "Votes",
	"flows":        "Value flows",
	"attribution":  "Attribution against the truth",
	"objectives":   "Objectives and tracks",
	"discussion":   "Injects and discussion questions",
	"notes":        "Observer notes",
	"observations": "Observations by category",
	"answers":      "Answers to the key questions",
	"plan":         "Improvement plan",
}

// Section orders.
var (
	scoredOrder     = []string{"overview", "summary", "analysis", "timeline", "votes", "flows", "attribution", "objectives", "discussion", "notes", "plan"}
	discussionOrder = []string{"observations", "answers", "timeline", "overview", "summary", "analysis", "votes", "flows", "attribution", "objectives", "discussion", "plan"}
)

// sections lays the report out (see Section). The improvement plan is always the last, as
// Appendix A. A team's handout of a discussion exercise has no observations section: the
// observers' notes are not the team's to read.
func (b *builder) sections() {
	order := scoredOrder
	if !b.r.Scored {
		order = discussionOrder
	}
	if b.as >= 0 && !b.r.Scored {
		order = order[1:] // a team's handout has no observers' notes: it leads with its answers
	}
	for i, id := range order {
		t := sectionTitles[id]
		h, nav := fmt.Sprintf("%d. %s", i+1, t), t
		if id == "plan" {
			h = "Appendix A: " + t
			nav = h
		}
		b.r.Sections = append(b.r.Sections, Section{ID: id, Title: t, Heading: h, Nav: nav})
	}
}

// noteTags splits a note's tags into the capabilities it concerns and the owner and due date
// of its corrective action, given as tags "owner:NAME" and "due:DATE" (the first of each).
func noteTags(tags []string) (caps []string, owner, due string) {
	for _, t := range tags {
		k, v, ok := strings.Cut(t, ":")
		switch k = strings.ToLower(strings.TrimSpace(k)); {
		case ok && k == "owner":
			if owner == "" {
				owner = strings.TrimSpace(v)
			}
		case ok && k == "due":
			if due == "" {
				due = strings.TrimSpace(v)
			}
		default:
			caps = append(caps, t)
		}
	}
	return caps, owner, due
}
