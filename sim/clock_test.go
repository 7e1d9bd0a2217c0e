package sim

import "testing"

// TestClock: exercise time by civil-calendar arithmetic, across a leap day and a year's end.
func TestClock(t *testing.T) {
	start, ok := ParseWallTime("2028-02-28 22:30")
	if !ok {
		t.Fatal("ParseWallTime refused a good time")
	}
	sc := &Scenario{Start: start, Span: 90 * 60}
	for _, tc := range []struct {
		turn int
		at   int64
		want string
	}{
		{1, 0, "Mon 28 Feb 22:30"},
		{2, 0, "Tue 29 Feb 00:00"},
		{2, 15 * 60, "Tue 29 Feb 00:15"},
		{18, 0, "Wed 1 Mar 00:00"},
	} {
		if got := sc.Clock(tc.turn, tc.at); got != tc.want {
			t.Errorf("Clock(%d, %d) = %q, want %q", tc.turn, tc.at, got, tc.want)
		}
	}
	ny, _ := ParseWallTime("2025-12-31 23:00")
	if got := (&Scenario{Start: ny, Span: 3600}).Clock(2, 0); got != "Thu 1 Jan 00:00" {
		t.Errorf("across the year's end: %q", got)
	}
	if (&Scenario{}).Clock(3, 0) != "" {
		t.Error("a scenario with no clock has a time")
	}
	for _, bad := range []string{"2026-02-30 09:00", "2026-3-2 09:00", "2026-03-02 24:00", "2026-03-02 09:00x", ""} {
		if _, ok := ParseWallTime(bad); ok {
			t.Errorf("ParseWallTime(%q) accepted", bad)
		}
	}
	for s, want := range map[string]int64{"45m": 2700, "1h30m": 5400, "24h": 86400} {
		if got, ok := ParseSpan(s); !ok || got != want {
			t.Errorf("ParseSpan(%q) = %d, %v", s, got, ok)
		}
	}
	for _, bad := range []string{"45", "m", "1.5h", "-1h", "1d", ""} {
		if _, ok := ParseSpan(bad); ok {
			t.Errorf("ParseSpan(%q) accepted", bad)
		}
	}
}

// TestClockAt: the parts of an exercise time are those Clock writes, one field each, so that a
// report can write a weekday and a time without reading them back out of the whole.
func TestClockAt(t *testing.T) {
	start, _ := ParseWallTime("2028-02-28 22:30")
	sc := &Scenario{Start: start, Span: 90 * 60}
	m, ok := sc.ClockAt(2, 15*60)
	if want := (Moment{Weekday: "Tue", Date: "29 Feb", Time: "00:15"}); !ok || m != want {
		t.Errorf("ClockAt(2, 900) = %+v, %v, want %+v", m, ok, want)
	}
	if m.String() != sc.Clock(2, 15*60) {
		t.Errorf("the parts write %q, Clock %q", m.String(), sc.Clock(2, 15*60))
	}
	if _, ok := (&Scenario{}).ClockAt(1, 0); ok {
		t.Error("a scenario with no clock gave a time")
	}
}
