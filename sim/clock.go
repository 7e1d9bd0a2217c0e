package sim

import "fmt"

// Exercise time is the scenario's own: wall time in seconds from 1970-01-01 00:00, with no time
// zone, worked out by civil-calendar arithmetic (the engine reads no clock and imports no time
// package).

// Clock returns the exercise time at seconds at into turn ("Mon 2 Mar 19:45"), or "" when the
// scenario has no exercise clock.
func (sc *Scenario) Clock(turn int, at int64) string {
	m, ok := sc.ClockAt(turn, at)
	if !ok {
		return ""
	}
	return m.String()
}

// Moment is an exercise time in parts, for a caller that writes only some of them.
type Moment struct {
	Weekday string // "Mon"
	Date    string // "2 Mar"
	Time    string // "19:45"
}

// String writes the moment whole: "Mon 2 Mar 19:45".
func (m Moment) String() string { return m.Weekday + " " + m.Date + " " + m.Time }

// ClockAt returns the exercise time at seconds at into turn in parts, and false when the
// scenario has no exercise clock.
func (sc *Scenario) ClockAt(turn int, at int64) (Moment, bool) {
	if sc.Span == 0 {
		return Moment{}, false
	}
	return momentOf(sc.Start + int64(turn-1)*sc.Span + at), true
}

var (
	weekdays = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	months   = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// momentOf returns seconds since 1970-01-01 00:00 as a moment ("Mon 2 Mar 19:45").
func momentOf(t int64) Moment {
	days, secs := floorDiv(t, 86400)
	_, m, d := civilFromDays(days)
	_, wd := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	return Moment{Weekday: weekdays[wd], Date: fmt.Sprintf("%d %s", d, months[m-1]),
		Time: fmt.Sprintf("%02d:%02d", secs/3600, secs%3600/60)}
}

// ParseWallTime reads "2026-03-02 09:00" as seconds since 1970-01-01 00:00.
func ParseWallTime(s string) (int64, bool) {
	var y, mo, d, h, mi int64
	var rest string
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d %2d:%2d%s", &y, &mo, &d, &h, &mi, &rest); n != 5 || len(s) != 16 {
		return 0, false
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || y < 1900 || y > 9999 {
		return 0, false
	}
	return daysFromCivil(y, mo, d)*86400 + h*3600 + mi*60, true
}

// SpanText writes a span of seconds as hours and minutes ("1h30m", "45m", "12h"), as ParseSpan
// reads it.
func SpanText(s int64) string {
	h, m := s/3600, s%3600/60
	switch {
	case h == 0:
		return fmt.Sprintf("%dm", m)
	case m == 0:
		return fmt.Sprintf("%dh", h)
	}
	return fmt.Sprintf("%dh%dm", h, m)
}

// ParseSpan reads a span of whole minutes written with h and m ("45m", "1h30m", "24h") as
// seconds.
func ParseSpan(s string) (int64, bool) {
	var total, n int64
	digits := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n, digits = n*10+int64(r-'0'), true
			if n > 1e6 {
				return 0, false
			}
		case (r == 'h' || r == 'm') && digits:
			if r == 'h' {
				total += n * 3600
			} else {
				total += n * 60
			}
			n, digits = 0, false
		default:
			return 0, false
		}
	}
	return total, s != "" && !digits
}

// floorDiv returns a divided by b rounded down, and the remainder (from 0 to b-1).
func floorDiv(a, b int64) (int64, int64) {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q, a - q*b
}

func daysIn(y, m int64) int64 {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// daysFromCivil returns the days from 1970-01-01 to y-m-d (the proleptic Gregorian calendar).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era, _ := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is daysFromCivil's inverse.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era, _ := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}
