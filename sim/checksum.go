package sim

import (
	"encoding/binary"
	"hash/fnv"
	"math"
)

// Checksum returns a hash of everything a state holds that rules read: the same scenario, seed
// and orders always give the same checksum, and a replay that diverges gives another.
func Checksum(s *State) uint64 {
	h := fnv.New64a()
	var b [8]byte
	w := func(v uint64) {
		binary.LittleEndian.PutUint64(b[:], v)
		h.Write(b[:])
	}
	wi := func(v int64) { w(uint64(v)) }
	wb := func(v bool) {
		if v {
			w(1)
		} else {
			w(0)
		}
	}
	wi(int64(s.Turn))
	wb(s.Over)
	h.Write([]byte(s.Outcome))
	for _, v := range s.AllTracks(nil) { // every track of every actor, lacking ones included
		wi(v)
	}
	for i := range s.Status {
		w(uint64(s.Status[i]))
		w(s.Known[i])
		w(s.Traced[i])
		wi(s.Value[i])
		wi(s.Dirty[i])
	}
	wi(int64(len(s.Transit)))
	for _, t := range s.Transit {
		wi(int64(t.Link))
		wi(t.Amount)
		wi(int64(t.Arrive))
	}
	wi(s.Flow.Stolen)
	wi(s.Flow.Frozen)
	wi(s.Flow.Fees)
	wi(s.Flow.Cashed)
	for _, f := range s.Fired {
		wi(int64(f))
	}
	for _, t := range s.Truth {
		wb(t)
	}
	wi(int64(len(s.Incidents)))
	for _, inc := range s.Incidents {
		wi(int64(inc.Turn))
		wi(int64(inc.Move))
		for _, xs := range [][]int{inc.Authors, inc.Victims, inc.Via} {
			wi(int64(len(xs)))
			for _, x := range xs {
				wi(int64(x))
			}
		}
		for _, p := range inc.Planted {
			wi(int64(p.Actor))
			wi(p.Strength)
		}
		w(inc.Known)
		w(inc.Attributed)
		wb(inc.Public)
	}
	wi(int64(len(s.Learned)))
	for _, l := range s.Learned {
		wi(int64(l.Side))
		wi(int64(l.Incident))
	}
	wi(int64(len(s.Evidence)))
	for _, e := range s.Evidence {
		wi(int64(e.Incident))
		wi(int64(e.Accused))
		wi(e.Strength)
		wi(int64(e.Side))
		wb(e.Public)
	}
	for _, r := range s.Res {
		for _, v := range []int{r.Status, r.By, r.Due, r.Yes, r.No, r.Abst} {
			wi(int64(v))
		}
		wb(r.Vetoed)
	}
	for _, v := range s.Scores {
		w(math.Float64bits(v))
	}
	return h.Sum64()
}
