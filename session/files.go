package session

import (
	"bytes"

	"ttx/sim/report"
)

var _ Files = (*Session)(nil)

// Fetch makes a file of the game so far at once: the order log (FileLog), as Save writes it,
// or the facilitator's after-action report (FileReport, HTML). It comes by Fetched; a failure
// is told by Problem.
func (s *Session) Fetch(kind string) {
	var b bytes.Buffer
	var err error
	l := s.Log()
	name := s.Sc.ID
	switch kind {
	case FileLog:
		err = l.Write(&b)
		name += "-log.jsonl"
	case FileReport:
		var r *report.Report
		r, err = report.Build(s.State, l.Header, l.Annotations())
		if err == nil {
			err = r.HTML(&b)
		}
		name += "-report.html"
	default:
		return
	}
	s.rev++
	if err != nil {
		s.problem = "Could not make the " + kind + ": " + err.Error()
		return
	}
	s.problem = ""
	s.files = append(s.files, File{Kind: kind, Name: name, Data: b.Bytes()})
}

// Fetched returns the files made so far, oldest first.
func (s *Session) Fetched() []File { return s.files }
