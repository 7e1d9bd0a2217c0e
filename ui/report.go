package ui

import (
	"bytes"
	"html"
	"image/color"
	"regexp"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/session"
	"ttx/sim"
	"ttx/sim/record"
	"ttx/sim/report"
)

// The window's after-action review is sim/report's report, the one `ttx report` and Export
// write: its Markdown in the text column and its charts' data drawn beside it, so the window,
// the HTML and the Markdown tell one story.

// ReviewText is the after-action review as Markdown: sim/report's facilitator's report of the
// session (outcome, timeline, decisions with their rationale, votes, flows, attribution,
// objectives and tracks, injects, observer notes).
func ReviewText(s *Session) string {
	r, err := sessionReport(s)
	return reviewMarkdown(r, err)
}

// sessionReport is sim/report's facilitator's report of the session, with its log's header,
// observer notes, answers and who played each side for which turns.
func sessionReport(s *Session) (*report.Report, error) {
	l := s.Log()
	return report.Build(s.State, l.Header, l.Annotations())
}

// seatReport is the report of seat sd of a served exercise, from the views it received: the
// team's own report, with its answers to the key questions, or the facilitator's (with the
// notes and every table's answers) at the white cell and its observers' seat; each names who
// played the sides the seat was told of (session.Players), as the server's report does.
func seatReport(sc *sim.Scenario, ex session.Exercise, sd int) (*report.Report, error) {
	var views []*sim.State
	for _, v := range ex.Views(sd) {
		views = append(views, v.State)
	}
	var notes []record.Entry
	for _, n := range ex.NoteList() {
		notes = append(notes, record.Entry{Type: "note", Turn: n.Turn, Inject: n.Inject, Note: n.Text,
			Category: n.Category, Tags: n.Tags, Author: n.Author, Action: n.Action})
	}
	// A team's own answers, which the server sends it with each snapshot (a team is told no
	// other side's), and the observers of its view; at the white cell and the observers of its
	// view, every table's.
	for i := range sc.Sides {
		if sd >= 0 && i != sd {
			continue
		}
		for _, a := range ex.AnswersOf(i) {
			notes = append(notes, record.Entry{Type: "answer", Turn: a.Turn, Side: a.Side, Question: a.Question, Answer: a.Text})
		}
	}
	h := record.NewHeader(sc, 0, nil)
	if p, ok := ex.(session.Players); ok {
		notes = append(notes, playedBy(sc, p, &h)...)
	}
	return report.BuildSeen(views, sd, h, notes)
}

// playedBy writes who played each side p tells of as a log would: a side one player played
// throughout as the header's SIDE=POLICY (none for a side the log names no player), one that
// changed hands as a seat entry for each stretch of turns, which it returns.
func playedBy(sc *sim.Scenario, p session.Players, h *record.Header) []record.Entry {
	var seats []record.Entry
	for sd, d := range sc.Sides {
		st, ok := p.Played(sd)
		switch {
		case !ok:
		case len(st) == 1:
			if st[0].Player != "" {
				h.Policies = append(h.Policies, d.ID+"="+st[0].Player)
			}
		default:
			for _, x := range st {
				seats = append(seats, record.Entry{Type: "seat", Turn: x.From, Side: d.ID, Player: x.Player})
			}
		}
	}
	return seats
}

// reviewMarkdown is r as Markdown, or why there is no report.
func reviewMarkdown(r *report.Report, err error) string {
	var b bytes.Buffer
	if err == nil {
		err = r.Markdown(&b, "chart-")
	}
	if err != nil {
		return "# After-action review\n\nThe report could not be made: " + err.Error() + "\n"
	}
	return b.String()
}

// ExportReview writes sim/report's after-action report of the session, as
// one self-contained HTML page, to path atomically.
func ExportReview(s *Session, path string) error {
	r, err := sessionReport(s)
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := r.HTML(&b); err != nil {
		return err
	}
	return atomicfile.Write(path, b.Bytes())
}

// chartSeries returns the lines of a report's chart as the window draws them.
func chartSeries(c *report.Chart) []Series {
	out := make([]Series, len(c.Series))
	for i, se := range c.Series {
		out[i] = Series{Label: se.Name, Values: se.Y, Start: se.Start, Color: color.RGBAModel.Convert(se.Color).(color.RGBA)}
	}
	return out
}

// chartAxis returns the x axis of a report's chart as the window draws it.
func chartAxis(c *report.Chart) Axis { return Axis{Ticks: c.X, Label: c.XLabel} }

// reviewLines turns the report's Markdown into the lines the window shows: no images (the
// charts are drawn), a table row's cells parted by " · ", no rule rows, a link's text without
// its target, no quote marks, emphasis or escapes.
func reviewLines(md string) []string {
	var out []string
	for _, l := range strings.Split(md, "\n") {
		switch {
		case strings.HasPrefix(l, "!["):
			continue
		case strings.HasPrefix(l, "|"):
			cells := strings.Split(strings.Trim(l, "| "), " | ")
			if strings.Trim(strings.Join(cells, ""), "-: ") == "" {
				continue // the rule under a table's header
			}
			l = strings.Join(cells, " · ")
		}
		l = mdLink.ReplaceAllString(strings.TrimPrefix(l, "> "), "$1$2")
		out = append(out, plain(l))
	}
	return out
}

// mdLink is a Markdown link, [text](target), whose bracket is not escaped.
var mdLink = regexp.MustCompile(`(^|[^\\])\[([^\]]*)\]\([^)\s]*\)`)

// plain is a line of Markdown as text: emphasis (**, * and `) dropped, escapes (\*) and
// entities (&lt;) read as what they stand for. (The report escapes every * of its texts, so
// one left bare is emphasis, as in *No answer recorded.*)
func plain(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|<>~&=", s[i+1]) >= 0:
			i++
		case strings.HasPrefix(s[i:], "**"):
			i++
			continue
		case s[i] == '*', s[i] == '`':
			continue
		}
		b.WriteByte(s[i])
	}
	return html.UnescapeString(b.String())
}
