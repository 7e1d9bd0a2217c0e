package sim

import (
	"strconv"
	"strings"
)

// Target kinds of a move.
const (
	TargetNone = iota
	TargetActor
	TargetAsset
	TargetLink
	TargetIncident
	TargetResolution
)

// TargetNames are the TOML names of the target kinds, indexed by kind.
var TargetNames = []string{"none", "actor", "asset", "link", "incident", "resolution"}

// This file is the one place that knows how each target kind is counted, written as an id,
// read back from one and named for players. An incident target is the side's own number of
// the incident (see State.Learned), written "incident_N" with N from 1.

// targetCount returns how many targets of a kind there are: the scenario's actors, assets,
// links or resolutions, or the incidents of s (none when s is nil).
func targetCount(sc *Scenario, s *State, kind int) int {
	switch kind {
	case TargetActor:
		return len(sc.Actors)
	case TargetAsset:
		return len(sc.Assets)
	case TargetLink:
		return len(sc.Links)
	case TargetIncident:
		if s != nil {
			return len(s.Incidents)
		}
	case TargetResolution:
		return len(sc.Resolutions)
	}
	return 0
}

// TargetID returns the id of target t of a kind: "" for none.
func TargetID(sc *Scenario, kind, t int) string {
	switch kind {
	case TargetActor:
		return sc.Actors[t].ID
	case TargetAsset:
		return sc.Assets[t].ID
	case TargetLink:
		return sc.Links[t].ID
	case TargetIncident:
		return IncidentID(t)
	case TargetResolution:
		return sc.Resolutions[t].ID
	}
	return ""
}

// TargetIndex returns the index of the target of a kind with the given id, or -1. For an
// incident it is the number in "incident_N" less one, whatever incidents there are.
func TargetIndex(sc *Scenario, kind int, id string) int {
	if kind != TargetIncident {
		return sc.find(kind, id)
	}
	if n, ok := strings.CutPrefix(id, "incident_"); ok {
		if k, err := strconv.Atoi(n); err == nil && k >= 1 {
			return k - 1
		}
	}
	return -1
}

// TargetName names target t of a kind for players: an actor's or asset's name, a link's ends
// ("Wallet → Mixer"), "incident N" or a resolution's title. It is "" for none or an index out
// of range.
func TargetName(sc *Scenario, kind, t int) string {
	if t < 0 {
		return ""
	}
	switch kind {
	case TargetActor:
		if t < len(sc.Actors) {
			return sc.Actors[t].Name
		}
	case TargetAsset:
		if t < len(sc.Assets) {
			return sc.Assets[t].Name
		}
	case TargetLink:
		if t < len(sc.Links) {
			return linkName(sc, t)
		}
	case TargetIncident:
		return "incident " + strconv.Itoa(t+1)
	case TargetResolution:
		if t < len(sc.Resolutions) {
			return sc.Resolutions[t].Title
		}
	}
	return ""
}
