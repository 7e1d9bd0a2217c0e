package sim

import (
	"encoding/json"
	"strconv"
)

// appendEventsJSON appends to b the bytes encoding/json writes for evs (a test checks it on the
// events of random games of every library scenario): a view sorts other sides' orders by them
// (see events), and writing them directly spares a reflective encoding in every view.
func appendEventsJSON(b []byte, evs []Event) []byte {
	if evs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range evs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendEventJSON(b, &evs[i])
	}
	return append(b, ']')
}

func appendEventJSON(b []byte, e *Event) []byte {
	num := func(b []byte, key string, v int64) []byte {
		b = append(b, key...)
		return strconv.AppendInt(b, v, 10)
	}
	b = num(b, `{"turn":`, int64(e.Turn))
	b = num(b, `,"phase":`, int64(e.Phase))
	b = num(b, `,"kind":`, int64(e.Kind))
	b = append(b, `,"vis":`...)
	b = strconv.AppendUint(b, e.Vis, 10)
	b = num(b, `,"actor":`, int64(e.Actor))
	b = num(b, `,"move":`, int64(e.Move))
	b = num(b, `,"obs":`, int64(e.Obs))
	b = num(b, `,"target":`, int64(e.Target))
	b = num(b, `,"arg":`, int64(e.Arg))
	b = num(b, `,"inject":`, int64(e.Inject))
	b = num(b, `,"incident":`, int64(e.Incident))
	b = num(b, `,"res":`, int64(e.Res))
	b = num(b, `,"asset":`, int64(e.Asset))
	b = num(b, `,"link":`, int64(e.Link))
	b = num(b, `,"amount":`, e.Amount)
	b = append(b, `,"code":`...)
	b = appendJSONString(b, e.Code)
	b = append(b, `,"correct":`...)
	b = strconv.AppendBool(b, e.Correct)
	if e.Param != 0 {
		b = num(b, `,"param":`, int64(e.Param))
	}
	if e.Hidden {
		b = append(b, `,"hidden":true`...)
	}
	if len(e.Deltas) > 0 {
		b = append(b, `,"deltas":[`...)
		for i, d := range e.Deltas {
			if i > 0 {
				b = append(b, ',')
			}
			b = num(b, `{"Actor":`, int64(d.Actor))
			b = num(b, `,"Track":`, int64(d.Track))
			b = num(b, `,"From":`, d.From)
			b = num(b, `,"To":`, d.To)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(e.Seats) > 0 {
		b = append(b, `,"seats":[`...)
		for i, st := range e.Seats {
			if i > 0 {
				b = append(b, ',')
			}
			b = num(b, `{"Actor":`, int64(st.Actor))
			b = num(b, `,"Ballot":`, int64(st.Ballot))
			b = append(b, `,"Veto":`...)
			b = strconv.AppendBool(b, st.Veto)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(e.Actors) > 0 {
		b = append(b, `,"actors":[`...)
		for i, a := range e.Actors {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(a), 10)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

// appendJSONString appends s as encoding/json writes it: quoted as it is when it holds only
// printable ASCII that needs no escape, else as encoding/json writes it.
func appendJSONString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
