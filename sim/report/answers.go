package report

import (
	"strconv"

	"ttx/sim/record"
)

// answers lays out the key questions put in the game and the tables' answers to them (the
// log's answer entries, the last of a table's for a question standing): every question the
// game put, in the order it was put (a turn's [[question]]s, then the questions of the injects
// that fired in it), each with a row for every table it was put to, in the scenario's order,
// an empty one where the table recorded no answer. A handout lists the questions put to its
// table and its own answers; a scored game's report lists only the questions some table
// answered. An answer to a question the game did not put (a log edited by hand) comes last.
func (b *builder) answers(notes []record.Entry) {
	sc := b.sc
	type key struct {
		q    string
		side int
	}
	given := map[key]string{}
	var extra []record.Entry // answers to questions not put in this game, in the log's order
	for _, e := range notes {
		if sd := sc.Side(e.Side); e.Type == "answer" && sd >= 0 && b.shows(sd) {
			if _, ok := given[key{e.Question, sd}]; !ok {
				extra = append(extra, e)
			}
			given[key{e.Question, sd}] = e.Answer
		}
	}
	put := map[string]bool{}
	add := func(id, text string, turn int, to uint64) {
		put[id] = true
		q := QuestionAnswers{ID: id, Turn: b.turnName(turn), Text: text}
		answered := false
		for sd := range sc.Sides {
			if to&sideBit(sd) == 0 || !b.shows(sd) {
				continue
			}
			a := given[key{id, sd}]
			answered = answered || a != ""
			q.Rows = append(q.Rows, AnswerRow{Side: sc.Sides[sd].Name, Text: a, None: a == "", side: sd})
		}
		if len(q.Rows) > 0 && (answered || !b.r.Scored) {
			b.r.Answers = append(b.r.Answers, q)
		}
	}
	for t := 1; t <= b.s.Turn; t++ {
		for _, q := range sc.Questions {
			if q.Turn == t {
				add(q.ID, q.Text, t, q.To)
			}
		}
		for i, in := range sc.Injects {
			if b.s.Fired[i] == t {
				for k, text := range in.Questions {
					add(in.ID+"#"+strconv.Itoa(k+1), text, t, in.To)
				}
			}
		}
	}
	for _, e := range extra {
		if put[e.Question] {
			continue
		}
		put[e.Question] = true
		var to uint64
		for _, f := range extra {
			if f.Question == e.Question && given[key{f.Question, sc.Side(f.Side)}] != "" {
				to |= sideBit(sc.Side(f.Side))
			}
		}
		if to != 0 {
			add(e.Question, sc.QuestionText(e.Question), e.Turn, to)
		}
	}
}
