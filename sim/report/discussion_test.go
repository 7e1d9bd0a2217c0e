package report

import (
	"bytes"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/policy"
	"ttx/sim/record"
)

// outageReport is the report of outageGame, and both its renderings.
func outageReport(t *testing.T) (*Report, string, string) {
	t.Helper()
	s, h, entries := outageGame(t)
	r, err := Build(s, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	var hb, mb bytes.Buffer
	if err := r.HTML(&hb); err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(&mb, "aar_charts/"); err != nil {
		t.Fatal(err)
	}
	return r, hb.String(), mb.String()
}

// outageGame plays Harbour Blackout as its master scenario events list expects and returns
// its last state, its log header and its notes and answers.
func outageGame(t *testing.T) (*sim.State, record.Header, []record.Entry) {
	t.Helper()
	data, _ := scenarios.Read("regional_outage.toml")
	sc, err := load.Load("regional_outage.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	msel, err := os.ReadFile("../../scenarios/history/regional_outage_msel.toml")
	if err != nil {
		t.Fatal(err)
	}
	turns, err := load.Orders("regional_outage_msel.toml", msel, sc)
	if err != nil {
		t.Fatal(err)
	}
	pols := make([]policy.Policy, len(sc.Sides))
	for i := range pols {
		pols[i] = &policy.Script{Turns: turns}
	}
	s := policy.Play(sim.New(sc, sc.Seed), pols, 0, nil)
	h := record.NewHeader(sc, sc.Seed, nil)
	l := record.Of(h, s)
	l.AddObservation(record.Entry{Turn: 1, Inject: "ransom_port", Note: "Nobody owned the call to the water utility.", Category: "gap",
		Tags: []string{"Operational coordination", "owner: City EOC", "due:2026-06-30"}, Author: "Observer A", Action: "Write a joint call-down list"})
	l.AddObservation(record.Entry{Turn: 2, Note: "The CERT warned every table within the hour.", Category: "strength", Tags: []string{"Situational assessment"}})
	l.AddObservation(record.Entry{Turn: 3, Note: "The port waited on the grid for power estimates.", Category: "interdependency", Tags: []string{"Infrastructure systems"}})
	entries := append(l.Notes(),
		record.Entry{Type: "answer", Turn: 1, Side: sc.Sides[1].ID, Question: "lead", Answer: "The city's operations centre leads."},
		record.Entry{Type: "answer", Turn: 1, Side: sc.Sides[0].ID, Question: "lead", Answer: "The CERT, until the city says otherwise."})
	return s, h, entries
}

// inOrder reports whether each of parts occurs in text after the one before it.
func inOrder(text string, parts ...string) bool {
	at := 0
	for _, p := range parts {
		i := strings.Index(text[at:], p)
		if i < 0 {
			return false
		}
		at += i + len(p)
	}
	return true
}

// TestDiscussionReportLeadsWithObservations: a discussion exercise's report leads with the
// observations by category and the answers to the key questions, then the timeline by
// exercise time, then the overview; a scored game's keeps the overview first.
func TestDiscussionReportLeadsWithObservations(t *testing.T) {
	_, page, doc := outageReport(t)
	if !inOrder(page, `<section id="observations">`, `<section id="answers">`, `<section id="timeline">`, `<section id="overview">`, `<section id="plan">`) {
		t.Error("the HTML sections of a discussion exercise are not observations, answers, timeline, overview, …, plan")
	}
	if !inOrder(page, `<nav>`, `href="#observations"`, `href="#answers"`, `href="#timeline"`, `href="#overview"`, `</nav>`) {
		t.Error("the HTML contents do not follow the sections")
	}
	if !inOrder(doc, "1. [Observations by category](#1-observations-by-category)", "\n## 1. Observations by category\n",
		"\n## 2. Answers to the key questions\n", "\n## 3. Timeline\n", "\n## 4. Exercise overview\n") {
		t.Error("the Markdown sections of a discussion exercise are not observations, answers, timeline, overview")
	}
	if strings.Contains(page, `<section id="notes">`) {
		t.Error("a discussion exercise has its notes twice: by category and in a list")
	}
	obs := section(t, page, "observations")
	if !inOrder(obs, "<h3>Strength</h3>", "The CERT warned", "<h3>Gap</h3>", "Nobody owned the call", "<h3>Interdependency</h3>", "waited on the grid") {
		t.Errorf("the observations are not grouped by category in order:\n%s", obs)
	}
	ans := section(t, page, "answers")
	if !inOrder(ans, "Who leads the response across the region", "The CERT, until the city says otherwise.", "The city&#39;s operations centre leads.") {
		t.Errorf("the answers are not there, table by table:\n%s", ans)
	}
	tl := section(t, page, "timeline")
	if strings.Contains(tl, "<details>") {
		t.Error("a discussion exercise's timeline is folded away")
	}
	if !inOrder(tl, "<time>Mon 2 Mar 06:30</time> · Inject: Ransom note", "<time>Mon 2 Mar 08:00</time>", "<time>Mon 2 Mar 10:00</time>", "Round 2 · Mon 2 Mar 18:00") {
		t.Errorf("the timeline does not give the injects their exercise time in order:\n%.2000s", tl)
	}

	_, _, scored, _ := build(t, nil, true)
	if !inOrder(scored, `<section id="overview">`, `<section id="summary">`, `<section id="analysis">`, `<section id="timeline">`, `<section id="notes">`, `<section id="plan">`) ||
		strings.Contains(scored, `<section id="observations">`) {
		t.Error("a scored game's report no longer keeps its order")
	}
}

// TestDiscussionPlanFromNotes: a discussion exercise's improvement plan has a row for each
// note that calls for action, with its capability, corrective action, owner and due date, and
// none for a strength or a finding drawn from the data.
func TestDiscussionPlanFromNotes(t *testing.T) {
	r, page, doc := outageReport(t)
	if len(r.Plan) != 2 {
		t.Fatalf("plan %+v, want the gap and the interdependency", r.Plan)
	}
	plan := section(t, page, "plan")
	row := "<tr><td>1</td><td>Operational coordination</td><td>Gap: Nobody owned the call to the water utility. (Round 1 · Mon 2 Mar 06:00, observed by Observer A)</td><td>Write a joint call-down list</td><td>City EOC</td><td>2026-06-30</td></tr>"
	if !strings.Contains(plan, row) {
		t.Errorf("the plan lacks the gap's row %s:\n%s", row, plan)
	}
	if !strings.Contains(plan, "<td>2</td><td>Infrastructure systems</td><td>Interdependency: The port waited") || strings.Contains(plan, "warned every table") {
		t.Errorf("the plan's rows are not the notes that call for action:\n%s", plan)
	}
	if !strings.Contains(doc, "| 1 | Operational coordination | Gap: Nobody owned the call to the water utility. (Round 1 · Mon 2 Mar 06:00, observed by Observer A) | Write a joint call-down list | City EOC | 2026-06-30 |") {
		t.Error("the Markdown plan lacks the gap's row")
	}
	for _, n := range r.Notes {
		if strings.Contains(n.Tags, "owner") || strings.Contains(n.Tags, "due") {
			t.Errorf("note tags %q still hold the owner or due date", n.Tags)
		}
	}
}

func TestNoteTags(t *testing.T) {
	caps, owner, due := noteTags([]string{"Planning", "Owner: Port IT", "due:2026-05-01", "owner:second", "Communications"})
	if strings.Join(caps, "|") != "Planning|Communications" || owner != "Port IT" || due != "2026-05-01" {
		t.Errorf("noteTags = %q, %q, %q", caps, owner, due)
	}
}

// TestDiscussionHandoutLeadsWithAnswers: a table's own report of a discussion exercise has no
// observations (the observers' notes are not its to read) and leads with its answers.
func TestDiscussionHandoutLeadsWithAnswers(t *testing.T) {
	s, h, entries := outageGame(t)
	r, err := BuildAs(s, 0, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Sections) == 0 || r.Sections[0].ID != "answers" || r.Sections[0].Heading != "1. Answers to the key questions" {
		t.Fatalf("sections %+v, want the answers first", r.Sections)
	}
	var b bytes.Buffer
	if err := r.HTML(&b); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "Nobody owned the call") || strings.Contains(b.String(), `id="observations"`) {
		t.Error("a table's handout shows the observers' notes")
	}
}

// TestTimelineRoundQuestions: each round's key questions stand at the round's start in the
// timeline, before its injects, in HTML and Markdown; a question put to one table is marked
// as the facilitator's report marks secrets, and a side's handout holds only the questions put
// to it.
func TestTimelineRoundQuestions(t *testing.T) {
	_, html, md := outageReport(t)
	for name, text := range map[string]string{"HTML": html, "Markdown": md} {
		timeline := text[strings.Index(text, "3. Timeline"):]
		if !inOrder(timeline, "Round 1", "Questions for the round", "What do you know, what do you not know, and whom have you told?",
			"Who leads the response across the region", "Ransom note on the terminal screens",
			"Round 2", "Questions for the round", "Which services must keep running tonight", "Night at the treatment plant") {
			t.Errorf("%s: the timeline lacks a round's questions at its start:\n%s", name, timeline)
		}
	}

	// The first question put to the water utility alone.
	data, _ := scenarios.Read("regional_outage.toml")
	src := strings.Replace(string(data), "id = \"known\"\nturn = 1\n", "id = \"known\"\nturn = 1\nto = [\"water\"]\n", 1)
	sc, err := load.Load("regional_outage.toml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	s := policy.Play(sim.New(sc, sc.Seed), make([]policy.Policy, len(sc.Sides)), 0, nil)
	h := record.NewHeader(sc, sc.Seed, nil)
	known := "What do you know, what do you not know, and whom have you told?"
	md = markdown(t)(Build(s, h, nil))
	if !strings.Contains(md, "- "+known+" (*asked of: Water utility*)") {
		t.Errorf("the facilitator's report does not mark the question put to the water utility alone:\n%s", md)
	}
	for side, want := range map[string]bool{"water": true, "port": false} {
		text := markdown(t)(BuildAs(s, sc.Side(side), h, nil))
		if got := strings.Contains(text, known); got != want || strings.Contains(text, known+" (*asked of") {
			t.Errorf("%s's handout holds the water utility's question: %v, want %v (and no asked-of mark)", side, got, want)
		}
	}
}

// TestCertainOrdersShowNoRoll: an order that could not fail its roll (chance 100%, as every move
// of the outage exercise) shows "certain", not a draw that decided nothing; an order with a
// real chance keeps its chance and roll.
func TestCertainOrdersShowNoRoll(t *testing.T) {
	r, html, md := outageReport(t)
	if strings.Contains(md, "(rolled") || strings.Contains(html, "(rolled") || !strings.Contains(md, "| certain |") || !strings.Contains(html, "<td>certain</td>") {
		t.Errorf("the outage exercise's decisions show a roll, or not \"certain\"")
	}
	d := Decision{}
	for _, tu := range r.Timeline {
		for _, x := range tu.Decisions {
			if x.Result == "succeeded" {
				d = x
			}
		}
	}
	if d.Chance != "certain" {
		t.Errorf("a certain order's chance reads %q", d.Chance)
	}
	ra := campaignReport(t)
	chances := 0
	for _, tu := range ra.Timeline {
		for _, x := range tu.Decisions {
			if strings.Contains(x.Chance, "% (rolled 0.") {
				chances++
			}
		}
	}
	if chances == 0 {
		t.Error("no campaign order shows its chance and roll")
	}
}

// TestSectionsTheScenarioLacks: Harbour Blackout has no resolution, no theft and no hostile
// move, so its report (and a table's handout) has no votes, value flows or attribution
// section, and the sections after them are numbered on without a gap; a scenario that could
// have voted, stolen and attributed keeps all three even when nothing happened (TestQuietGame).
func TestSectionsTheScenarioLacks(t *testing.T) {
	r, html, md := outageReport(t)
	var ids []string
	for i, sec := range r.Sections {
		ids = append(ids, sec.ID)
		if want := fmt.Sprintf("%d. %s", i+1, sec.Title); sec.ID != "plan" && sec.Heading != want {
			t.Errorf("section %d is headed %q, want %q", i, sec.Heading, want)
		}
	}
	if got, want := strings.Join(ids, " "), "observations answers timeline overview summary analysis objectives discussion plan"; got != want {
		t.Errorf("sections %s, want %s", got, want)
	}
	for name, text := range map[string]string{"HTML": html, "Markdown": md} {
		for _, bad := range []string{"Votes", "Value flows", "Attribution against the truth", "No resolution came to a vote", "No value was stolen", "No incident was opened"} {
			if strings.Contains(text, bad) {
				t.Errorf("the %s report shows %q", name, bad)
			}
		}
		if !strings.Contains(text, "7. Objectives and tracks") || !strings.Contains(text, "8. Injects and discussion questions") {
			t.Errorf("the %s report does not number the sections on", name)
		}
	}
	s, h, entries := outageGame(t)
	hr, err := BuildAs(s, 0, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	for _, sec := range hr.Sections {
		if sec.ID == "votes" || sec.ID == "flows" || sec.ID == "attribution" {
			t.Errorf("a table's handout has the section %s", sec.ID)
		}
	}
}

// TestInjectListTimes: the list of injects gives each one fired on schedule its time in the
// round, as the timeline does ("Round 1 · Mon 2 Mar 06:30", not the round's start), and one
// fired by hand its round alone.
func TestInjectListTimes(t *testing.T) {
	s, h, entries := outageGame(t)
	r, err := Build(s, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	fired := map[string]string{}
	for _, in := range r.Injects {
		fired[in.ID] = in.Fired
	}
	for id, want := range map[string]string{"ransom_port": "Round 1 · Mon 2 Mar 06:30", "spread_water": "Round 2 · Mon 2 Mar 19:00"} {
		if fired[id] != want {
			t.Errorf("inject %s fired %q, want %q", id, fired[id], want)
		}
	}
	// Round 3's vendor report fired by the facilitator in round 1: the round alone, not a time
	// in it (neither its scheduled 07:00 nor the round's start).
	sc := s.Sc
	hand := sim.Fire(s.History()[0], sc.Inject("vendor_report"))
	r, err = Build(hand, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range r.Injects {
		if in.ID == "vendor_report" && in.Fired != "Round 1 (by hand)" {
			t.Errorf("the inject fired by hand is listed as fired %q", in.Fired)
		}
	}
}

// TestDerivedFrom: the analysis says its findings come from what the scenario can bring about:
// Harbour Blackout's from refused orders and the observers' notes (it has no objectives,
// votes, thefts or incidents), a table's handout from its own refused orders; a game that can
// have all of them names them all.
func TestDerivedFrom(t *testing.T) {
	r, html, md := outageReport(t)
	want := "Derived from the game's data (refused orders) and from the observers' categorised notes."
	if r.Derived != want {
		t.Errorf("Derived = %q, want %q", r.Derived, want)
	}
	for name, text := range map[string]string{"HTML": html, "Markdown": md} {
		if !strings.Contains(text, "refused orders) and from the observers") || strings.Contains(text, "stolen value frozen") {
			t.Errorf("the %s report's analysis does not say what it is drawn from", name)
		}
	}
	s, h, entries := outageGame(t)
	hr, err := BuildAs(s, 0, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Derived from what " + s.Sc.Sides[0].Name + " saw: its refused orders."; hr.Derived != want {
		t.Errorf("the handout's Derived = %q, want %q", hr.Derived, want)
	}
	_, cr, _, _ := build(t, nil, false)
	if want := "Derived from the game's data (objectives advanced or not, attribution against the truth, stolen value frozen against value cashed out, votes, and refused orders) and from the observers' categorised notes."; cr.Derived != want {
		t.Errorf("a scored game's Derived = %q, want %q", cr.Derived, want)
	}
}

// TestHandoutPlanSaysWhereTheNotesAre: a table's handout of a discussion exercise holds no
// observers' notes, so its improvement plan must not say the observers noted nothing (they
// noted a gap and an interdependency here): it says where the plan is, in HTML and Markdown.
// The facilitator's report of a game without notes still says that nothing was noted.
func TestHandoutPlanSaysWhereTheNotesAre(t *testing.T) {
	s, h, entries := outageGame(t)
	r, err := BuildAs(s, 0, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	var hb, mb bytes.Buffer
	if err := r.HTML(&hb); err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(&mb, "port_charts/"); err != nil {
		t.Fatal(err)
	}
	want := "A table's handout holds no observers' notes: the improvement plan drawn from them is in the facilitator's report."
	for name, text := range map[string]string{"HTML": section(t, hb.String(), "plan"), "Markdown": mb.String()[strings.Index(mb.String(), "## Appendix A"):]} {
		if strings.Contains(text, "noted nothing") || strings.Contains(text, "One row per observation") {
			t.Errorf("%s: the handout's plan speaks of notes it does not hold:\n%s", name, text)
		}
		if !strings.Contains(strings.ReplaceAll(text, "&#39;", "'"), want) {
			t.Errorf("%s: the handout's plan does not say where the plan is:\n%s", name, text)
		}
	}

	f, err := Build(s, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	var fb bytes.Buffer
	if err := f.Markdown(&fb, "aar_charts/"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(fb.String(), "The observers noted nothing that calls for action.") {
		t.Error("the facilitator's report of a game without notes no longer says nothing was noted")
	}
}

// TestEveryKeyQuestionListed: the answers' section of a discussion exercise lists every key
// question the game put, in the order put, each headed by the turn it was put in (not the turn
// a table answered it), with a row for every table it was put to: "No answer recorded." where
// a table gave none, and a question nobody answered too; a table's last answer stands. A
// table's handout lists only its own rows. Harbour Blackout's round 1 puts "known" and "lead"
// to every table; here the port answers "lead" in round 2, twice, and nobody answers "known".
func TestEveryKeyQuestionListed(t *testing.T) {
	s, h, _ := outageGame(t)
	sc := s.Sc
	entries := []record.Entry{
		{Type: "answer", Turn: 2, Side: sc.Sides[0].ID, Question: "lead", Answer: "A first thought."},
		{Type: "answer", Turn: 1, Side: sc.Sides[2].ID, Question: "lead", Answer: "The grid's duty engineer."},
		{Type: "answer", Turn: 2, Side: sc.Sides[0].ID, Question: "lead", Answer: "The city, once its cell is open."},
	}
	r, err := Build(s, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Answers) < 2 || r.Answers[0].ID != "known" || r.Answers[1].ID != "lead" {
		t.Fatalf("answers %+v, want every question put, known and lead first", r.Answers)
	}
	var asked []string
	for _, q := range r.Answers {
		asked = append(asked, q.ID)
	}
	for _, id := range []string{"known", "lead", "keep_running", "restore_first", "hot_wash#1"} {
		if !strings.Contains(strings.Join(asked, " "), id) {
			t.Errorf("question %s is not listed (listed: %v)", id, asked)
		}
	}
	lead := r.Answers[1]
	if !strings.HasPrefix(lead.Turn, "Round 1") {
		t.Errorf("lead is headed %q, want the round it was put in, Round 1", lead.Turn)
	}
	if len(lead.Rows) != len(sc.Sides) {
		t.Fatalf("lead has %d rows, want one per table: %+v", len(lead.Rows), lead.Rows)
	}
	want := []string{"The city, once its cell is open.", "", "The grid's duty engineer.", ""}
	for i, row := range lead.Rows {
		if row.Side != sc.Sides[i].Name || row.Text != want[i] || row.None != (want[i] == "") {
			t.Errorf("lead row %d = %+v, want %s: %q", i, row, sc.Sides[i].Name, want[i])
		}
	}
	var mb bytes.Buffer
	if err := r.Markdown(&mb, "aar_charts/"); err != nil {
		t.Fatal(err)
	}
	if !inOrder(mb.String(), "## 2. Answers to the key questions", "What do you know, what do you not know, and whom have you told?",
		"| "+sc.Sides[0].Name+" | *No answer recorded.* |", "Who leads the response across the region", "(Round 1 · ",
		"| "+sc.Sides[0].Name+" | The city, once its cell is open. |", "| "+sc.Sides[1].Name+" | *No answer recorded.* |", "## 3. Timeline") {
		t.Errorf("the Markdown answers do not list every question and table:\n%s", mb.String()[:min(len(mb.String()), 4000)])
	}

	port, err := BuildAs(s, 0, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range port.Answers {
		if len(q.Rows) != 1 || q.Rows[0].Side != sc.Sides[0].Name {
			t.Errorf("the port's handout lists %+v under %s, want its own row alone", q.Rows, q.ID)
		}
	}
}

// TestTracksStartBeforeFirstInjects: the tracks table starts from the scenario's values, not
// from the game's first state, in which round 1's injects have already fired: Harbour
// Blackout's ransom note takes the port's service from 10 to 6 at 06:30 of round 1, so the
// port's service reads "10 → …", in the facilitator's report and the port's handout, where
// the first state would give 6 (or a plain 6, as if nothing had happened, when the port ends
// on 6).
func TestTracksStartBeforeFirstInjects(t *testing.T) {
	s, h, entries := outageGame(t)
	sc := s.Sc
	port, service := sc.Actor("port_authority"), sc.Track("service")
	if got := s.History()[0].Track(port, service); got != 6 {
		t.Fatalf("the game's first state has the port's service at %d, want 6 (the ransom note fired)", got)
	}
	want := fmt.Sprintf("10 → %d", s.Track(port, service))
	if s.Track(port, service) == 10 {
		want = "10"
	}
	fac, err := Build(s, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	hand, err := BuildAs(s, 0, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*Report{"facilitator": fac, "handout": hand} {
		col := slices.Index(r.Tracks.Columns, sc.Tracks[service].Label)
		if col < 0 {
			t.Fatalf("%s: no service column in %v", name, r.Tracks.Columns)
		}
		if got := r.Tracks.Rows[port].Cells[col]; got != want {
			t.Errorf("%s: the port's service reads %q, want %q", name, got, want)
		}
	}
}

// TestServedNoteAuthors: a note sent over the network is logged with its seat's name as author
// ("white", "observer", "observer-SIDE"); the report names the seat for a reader ("White
// cell", "Observers", "Observers of Water utility") in the observations and the improvement
// plan, and keeps an observer's own name as written.
func TestServedNoteAuthors(t *testing.T) {
	s, h, _ := outageGame(t)
	notes := []record.Entry{
		{Type: "note", Turn: 1, Note: "Round one ran long.", Category: "friction", Author: "white"},
		{Type: "note", Turn: 1, Note: "The water table waited for the grid.", Category: "gap", Author: "observer-water"},
		{Type: "note", Turn: 2, Note: "Nobody briefed the press.", Category: "gap", Author: "observer"},
		{Type: "note", Turn: 2, Note: "The port called early.", Category: "strength", Author: "Observer 1"},
	}
	r, err := Build(s, h, notes)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Round one ran long.": "White cell", "The water table waited for the grid.": "Observers of Water utility",
		"Nobody briefed the press.": "Observers", "The port called early.": "Observer 1"}
	if len(r.Notes) != len(want) {
		t.Fatalf("notes %+v, want %d", r.Notes, len(want))
	}
	for _, n := range r.Notes {
		if n.Author != want[n.Text] {
			t.Errorf("note %q is by %q, want %q", n.Text, n.Author, want[n.Text])
		}
	}
	var mb bytes.Buffer
	if err := r.Markdown(&mb, "aar_charts/"); err != nil {
		t.Fatal(err)
	}
	doc := mb.String()
	for _, w := range []string{"| Round one ran long. | | | White cell |", "observed by Observers of Water utility)"} {
		if !strings.Contains(doc, w) {
			t.Errorf("the report lacks %q", w)
		}
	}
	for _, bad := range []string{"| white |", "observer-water"} {
		if strings.Contains(doc, bad) {
			t.Errorf("the report names a seat as the log does: %q", bad)
		}
	}
}

// TestMarkdownTimelineNoteCategory: an observer's note in the Markdown timeline says its
// category, as the HTML timeline does: "Observer note (Gap) on “…”".
func TestMarkdownTimelineNoteCategory(t *testing.T) {
	_, page, doc := outageReport(t)
	html := "<strong>Observer note (Gap) on “Ransom note on the terminal screens”:</strong> Nobody owned the call to the water utility."
	md := "> **Observer note (Gap) on “Ransom note on the terminal screens”:** Nobody owned the call to the water utility."
	if !strings.Contains(page, html) {
		t.Fatalf("the HTML timeline lacks %q", html)
	}
	if !strings.Contains(doc, md) {
		t.Errorf("the Markdown timeline lacks %q", md)
	}
}

// TestTrackChartsStartBeforeFirstInjects: a track chart starts, as the tracks table does, from
// the scenario's value: the port's service is charted from 10, before round 1's ransom note
// takes it to 6 (the game's first state), in the facilitator's report and the port's handout.
func TestTrackChartsStartBeforeFirstInjects(t *testing.T) {
	s, h, entries := outageGame(t)
	sc := s.Sc
	port := sc.Actors[sc.Actor("port_authority")].Name
	fac, err := Build(s, h, entries)
	if err != nil {
		t.Fatal(err)
	}
	hand, err := BuildAs(s, sc.Side("port"), h, entries)
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]*Report{"facilitator": fac, "handout": hand} {
		c := r.chart("track-service")
		if c == nil {
			t.Fatalf("%s: no chart of the service", name)
		}
		found := false
		for _, sr := range c.Series {
			if sr.Name == port {
				found = true
				if sr.Y[0] != 10 || len(sr.Y) < 2 {
					t.Errorf("%s: the port's service is charted from %v, want 10 then the game's", name, sr.Y)
				}
			}
		}
		if !found {
			t.Errorf("%s: the port's service is not charted", name)
		}
	}
}
