package report

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"image/png"
	"os"
	"regexp"
	"strings"
	"testing"

	"ttx/sim"
	"ttx/sim/load"
	"ttx/sim/record"
)

// seed is the seed of the test game: with it the scripted orders of testdata/mini_orders.toml
// steal, launder, freeze and cash out, find evidence, attribute publicly and table a vetoed
// resolution.
const seed = 1

// game plays sim/testdata/mini.toml (changed by edit, if not nil) with the scripted orders (or
// none, and then the facilitator fires the "leak" inject by hand in the third week), a
// facilitator's override in the second week and two observer notes.
func game(t testing.TB, edit func(string) string, orders bool) (*sim.State, record.Header, []record.Entry) {
	t.Helper()
	src, err := os.ReadFile("../testdata/mini.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(src)
	if edit != nil {
		text = edit(text)
	}
	sc, err := load.Load("mini.toml", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var turns [][]sim.Order
	if orders {
		osrc, err := os.ReadFile("testdata/mini_orders.toml")
		if err != nil {
			t.Fatal(err)
		}
		if turns, err = load.Orders("mini_orders.toml", osrc, sc); err != nil {
			t.Fatal(err)
		}
	}
	s := sim.New(sc, seed)
	for !s.Over {
		if s.Turn == 2 {
			s = sim.Override(s, sc.Actor("neutral"), sc.Track("lean"), -2)
		}
		if s.Turn == 3 && !orders {
			s = sim.Fire(s, sc.Inject("leak"))
		}
		var os []sim.Order
		if s.Turn <= len(turns) {
			os = turns[s.Turn-1]
		}
		s = sim.Resolve(s, os)
	}
	h := record.NewHeader(sc, seed, []string{"blue=people at the table", "red=orders:mini_orders.toml"})
	notes := []record.Entry{
		{Type: "note", Turn: 2, Inject: "leak", Note: "Blue argued about asking the OTC desk to freeze."},
		{Type: "note", Turn: 4, Note: "Red kept quiet about the relay."},
	}
	return s, h, notes
}

// build plays the test game and returns its report and both renderings.
func build(t testing.TB, edit func(string) string, orders bool) (*sim.State, *Report, string, string) {
	t.Helper()
	s, h, notes := game(t, edit, orders)
	r, err := Build(s, h, notes)
	if err != nil {
		t.Fatal(err)
	}
	var hb, mb bytes.Buffer
	if err := r.HTML(&hb); err != nil {
		t.Fatal(err)
	}
	if err := r.Markdown(&mb, "aar-"); err != nil {
		t.Fatal(err)
	}
	return s, r, hb.String(), mb.String()
}

// section returns the part of an HTML page in the section with id.
func section(t *testing.T, page, id string) string {
	t.Helper()
	start := strings.Index(page, `<section id="`+id+`">`)
	if start < 0 {
		t.Fatalf("no section %q", id)
	}
	end := strings.Index(page[start:], "</section>")
	return page[start : start+end]
}

// events returns every event of the game, oldest first.
func events(s *sim.State) []sim.Event {
	var es []sim.Event
	for _, p := range s.History() {
		es = append(es, p.Events...)
	}
	return es
}

func TestHTML(t *testing.T) {
	s, r, page, _ := build(t, nil, true)
	sc := s.Sc

	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.HasSuffix(strings.TrimSpace(page), "</html>") {
		t.Error("the page is not one whole HTML document")
	}

	// The timeline has every turn.
	tl := section(t, page, "timeline")
	for n := 1; n <= sc.Turns; n++ {
		if !strings.Contains(tl, fmt.Sprintf(`id="turn-%d"`, n)) || !strings.Contains(tl, fmt.Sprintf("<h3>Week %d", n)) {
			t.Errorf("the timeline has no week %d", n)
		}
	}

	// Every order is there with its rationale.
	for _, p := range s.History() {
		for _, res := range p.Results {
			if res.Order.Rationale != "" && !strings.Contains(tl, html.EscapeString(res.Order.Rationale)) {
				t.Errorf("the timeline lacks the rationale %q", res.Order.Rationale)
			}
		}
	}

	// A secret event is marked secret to the sides that saw it; a public one is marked public.
	var secret, public bool
	for _, e := range events(s) {
		if e.Kind == sim.EvOrder || e.Kind == sim.EvInject || e.Kind == sim.EvOverride {
			continue
		}
		row := html.EscapeString(sim.Describe(sc, e)) + `</td><td>`
		switch {
		case e.Vis == sim.AllSides:
			public = true
			if !strings.Contains(tl, row+`<span class="public">public`) {
				t.Errorf("public event %q is not marked public", sim.Describe(sc, e))
			}
		case e.Vis == 1 || e.Vis == 2:
			secret = true
			want := row + `<span class="secret">secret: ` + sc.Sides[e.Vis>>1].Name + `</span>`
			if !strings.Contains(tl, want) {
				t.Errorf("secret event %q is not marked secret to %s", sim.Describe(sc, e), sc.Sides[e.Vis>>1].Name)
			}
		}
	}
	if !secret || !public {
		t.Fatalf("the test game has secret events %v, public events %v; want both", secret, public)
	}

	// The vote tally lists every seat, with the veto marked.
	votes := section(t, page, "votes")
	tallies := 0
	for _, e := range events(s) {
		if e.Kind != sim.EvTally {
			continue
		}
		tallies++
		body := &sc.Bodies[sc.Resolutions[e.Res].Body]
		for _, m := range body.Members {
			if !strings.Contains(votes, "<tr><td>"+html.EscapeString(sc.Actors[m].Name)+"</td>") {
				t.Errorf("the tally lacks the seat of %s", sc.Actors[m].ID)
			}
		}
		for _, st := range e.Seats {
			if st.Veto && !regexp.MustCompile(`<tr><td>`+sc.Actors[st.Actor].Name+`</td><td>[^<]*</td><td>no <span class="veto">VETO</span>`).MatchString(votes) {
				t.Errorf("the veto of %s is not marked", sc.Actors[st.Actor].ID)
			}
		}
	}
	if tallies == 0 || strings.Count(votes, "<tr><td>") != tallies*len(sc.Bodies[0].Members) {
		t.Errorf("%d tallies, %d seat rows; want a row per seat", tallies, strings.Count(votes, "<tr><td>"))
	}

	// The truth: every incident's true authors and the hidden truths.
	att := section(t, page, "attribution")
	for i, inc := range s.Incidents {
		var names []string
		for _, a := range inc.Authors {
			names = append(names, sc.Actors[a].Name)
		}
		want := fmt.Sprintf("<h3>Incident %d: ", i+1)
		if !strings.Contains(att, want) || !strings.Contains(att, "<tr><th>True author(s)</th><td><strong>"+strings.Join(names, ", ")+"</strong>") {
			t.Errorf("the true authors of incident %d (%v) are not in the report", i+1, names)
		}
	}
	if len(s.Incidents) == 0 {
		t.Fatal("the test game has no incident")
	}
	drawn := "false"
	if s.Truth[0] {
		drawn = "<strong>true</strong>"
	}
	if !strings.Contains(page, "<td><code>collab</code></td><td>"+html.EscapeString(sc.Truths[0].Text)+"</td><td>"+drawn+"</td>") {
		t.Error("the hidden truth is not in the report")
	}

	// Flows: the per-turn table and the holdings.
	flows := section(t, page, "flows")
	if !strings.Contains(flows, fmt.Sprintf(`<tr class="total"><td class="when">Total</td><td class="n">%d</td>`, s.Flow.Stolen)) {
		t.Errorf("the flows lack the total stolen, %d", s.Flow.Stolen)
	}

	// Charts are embedded PNG images that decode, one per chart.
	imgs := regexp.MustCompile(`src="data:image/png;base64,([A-Za-z0-9+/=]+)"`).FindAllStringSubmatch(page, -1)
	if len(imgs) != len(r.Charts) || len(imgs) < 4 {
		t.Errorf("%d embedded images for %d charts", len(imgs), len(r.Charts))
	}
	for _, m := range imgs {
		data, err := base64.StdEncoding.DecodeString(m[1])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(bytes.NewReader(data)); err != nil {
			t.Errorf("an embedded chart is not a PNG: %v", err)
		}
	}
	for _, id := range []string{"scores", "flows", "incident-1", "track-funds"} {
		if r.chart(id) == nil {
			t.Errorf("no chart %q", id)
		}
	}

	// Observer notes, players, discussion questions and the improvement plan.
	if !strings.Contains(tl, "Blue argued about asking the OTC desk to freeze.") ||
		!strings.Contains(section(t, page, "notes"), "<tr><td class=\"when\">Week 4</td><td></td><td></td><td>Red kept quiet about the relay.</td><td></td><td></td></tr>") {
		t.Error("the observer notes are missing")
	}
	if !strings.Contains(page, "<td>people at the table</td>") {
		t.Error("the side's player is missing")
	}
	if !strings.Contains(section(t, page, "discussion"), "<li>Which exchanges would freeze?</li>") {
		t.Error("an inject's discussion question is missing")
	}
	plan := section(t, page, "plan")
	if n := strings.Count(plan, "<td></td><td></td></tr>"); n != len(r.Improvements) || n == 0 {
		t.Errorf("the improvement plan has %d rows with empty owner and due date, want %d", n, len(r.Improvements))
	}
}

func TestMarkdown(t *testing.T) {
	s, r, _, doc := build(t, nil, true)
	sc := s.Sc
	for n := 1; n <= sc.Turns; n++ {
		if !strings.Contains(doc, fmt.Sprintf("\n### Week %d\n", n)) {
			t.Errorf("the timeline has no week %d", n)
		}
	}
	for _, e := range events(s) {
		if e.Kind == sim.EvTally {
			for _, st := range e.Seats {
				row := "| " + md(sc.Actors[st.Actor].Name) + " | "
				if !strings.Contains(doc, row) {
					t.Errorf("the tally lacks the seat of %s", sc.Actors[st.Actor].ID)
				}
				if st.Veto && !strings.Contains(doc, row+"Red | no **VETO** | yes | order |") {
					t.Errorf("the veto of %s is not marked", sc.Actors[st.Actor].ID)
				}
			}
		}
		if e.Kind == sim.EvTheft && !strings.Contains(doc, md(sim.Describe(sc, e))+" | **secret: Red** |") {
			t.Errorf("the theft is not marked secret to Red")
		}
	}
	if !strings.Contains(doc, "| True author(s) | **") {
		t.Error("the true authors are missing")
	}
	for _, c := range r.Charts {
		if !strings.Contains(doc, "](<aar-"+c.ID+".png>)") {
			t.Errorf("chart %q is not linked", c.ID)
		}
	}
	if !strings.Contains(doc, "Blue argued about asking the OTC desk to freeze.") {
		t.Error("the observer note is missing")
	}
	if n := strings.Count(doc, " | | |\n"); n != len(r.Improvements) || n == 0 {
		t.Errorf("the improvement plan has %d rows with empty owner and due date, want %d", n, len(r.Improvements))
	}
}

// TestDeterministic renders two reports of the same game, played twice: same bytes.
func TestDeterministic(t *testing.T) {
	_, r1, h1, m1 := build(t, nil, true)
	_, r2, h2, m2 := build(t, nil, true)
	if h1 != h2 {
		t.Error("two reports of the same game differ in HTML")
	}
	if m1 != m2 {
		t.Error("two reports of the same game differ in Markdown")
	}
	for i := range r1.Charts {
		if !bytes.Equal(r1.Charts[i].PNG, r2.Charts[i].PNG) {
			t.Errorf("chart %q differs between two renderings", r1.Charts[i].ID)
		}
	}
}

// TestHostile puts markup in the scenario's text and the notes: both renderings escape it.
func TestHostile(t *testing.T) {
	edit := func(s string) string {
		s = strings.Replace(s, `title = "Borrowed servers, in miniature"`, `title = "Borrowed <script>alert('t')</script> servers"`, 1)
		s = strings.Replace(s, `summary = "Two groups`, `summary = "<img src=x onerror=alert(1)> Two groups`, 1)
		s = strings.Replace(s, `name = "Blue"`, `name = "Blue | <b>bold</b> *x*"`, 1)
		s = strings.Replace(s, `text = "A vendor says`, `text = "</p><iframe src=evil></iframe> A vendor says`, 1)
		return s
	}
	_, r, page, doc := build(t, edit, true)
	if !strings.Contains(r.Title, "<script>") {
		t.Fatal("the edit did not reach the scenario")
	}
	for _, bad := range []string{"<script>alert", "<img src=x", "<iframe", "<b>bold"} {
		if strings.Contains(page, bad) {
			t.Errorf("the HTML contains %q unescaped", bad)
		}
		if strings.Contains(doc, bad) {
			t.Errorf("the Markdown contains %q unescaped", bad)
		}
	}
	if !strings.Contains(page, "Borrowed &lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; servers") {
		t.Error("the HTML does not show the hostile title as text")
	}
	if !strings.Contains(doc, `| **Blue \| &lt;b&gt;bold&lt;/b&gt; \*x\*** |`) {
		t.Error("the Markdown does not escape the side's name in a table")
	}
}

// TestQuietGame is a game where nobody orders anything: no theft, no vote, no incident.
func TestQuietGame(t *testing.T) {
	_, r, page, doc := build(t, nil, false)
	if r.Flows != nil || len(r.Votes) != 0 || len(r.Incidents) != 0 {
		t.Fatalf("a quiet game has flows %v, %d votes, %d incidents", r.Flows, len(r.Votes), len(r.Incidents))
	}
	for _, want := range []string{"No value was stolen.", "No resolution came to a vote.", "No incident was opened."} {
		if !strings.Contains(page, want) || !strings.Contains(doc, want) {
			t.Errorf("the report does not say %q", want)
		}
	}
	if r.chart("flows") != nil {
		t.Error("a quiet game has a flows chart")
	}
	tl := section(t, page, "timeline")
	week3 := tl[strings.Index(tl, `id="turn-3"`):strings.Index(tl, `id="turn-4"`)]
	if !strings.Contains(week3, "<strong>Inject fired by hand: leak</strong> <span class=\"told\">told to: Blue</span>") {
		t.Error("the inject fired by hand is not in week 3, told to Blue")
	}
	if !strings.Contains(section(t, page, "discussion"), "<td>Week 3 (by hand)</td>") {
		t.Error("the events list does not say the inject was fired by hand in week 3")
	}
	if !strings.Contains(tl, "the facilitator changes a track; neutral lean 0→-2") {
		t.Error("the facilitator's override is not in the timeline")
	}
	found := false
	for _, f := range r.Improvements {
		found = found || f.Text == "Blue gave no orders."
	}
	if !found {
		t.Errorf("the findings do not say Blue gave no orders: %v", r.Improvements)
	}
}

// TestFindings checks findings drawn from the test game against its data.
func TestFindings(t *testing.T) {
	s, r, _, _ := build(t, nil, true)
	has := func(fs []Finding, area, part string) bool {
		for _, f := range fs {
			if f.Area == area && strings.Contains(f.Text, part) {
				return true
			}
		}
		return false
	}
	for _, v := range r.Votes {
		if v.Vetoed && !has(r.Improvements, areaVotes, "was vetoed by "+v.VetoedBy) {
			t.Errorf("the veto of %q is not an area for improvement", v.Title)
		}
	}
	for _, in := range r.Incidents {
		for _, a := range in.Accusations {
			list := r.Improvements
			if a.Correct {
				list = r.Strengths
			}
			if !has(list, areaAttribution, fmt.Sprintf("attributed incident %d to %s", in.N, a.Accused)) {
				t.Errorf("the attribution of incident %d to %s is not a finding (correct %v)", in.N, a.Accused, a.Correct)
			}
		}
	}
	if s.Flow.Frozen > 0 && !has(r.Strengths, areaFlows, fmt.Sprintf("%d of %d stolen was frozen", s.Flow.Frozen, s.Flow.Stolen)) {
		t.Error("the frozen value is not a strength")
	}
	if s.Flow.Cashed > 0 && !has(r.Improvements, areaFlows, fmt.Sprintf("%d of %d stolen was cashed out", s.Flow.Cashed, s.Flow.Stolen)) {
		t.Error("the cashed-out value is not an area for improvement")
	}
	for _, f := range r.Improvements {
		if f.Action == "" {
			t.Errorf("area for improvement %q has no corrective action", f.Text)
		}
	}
}
