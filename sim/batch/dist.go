package batch

import "math"

// Dist is the exact distribution of a quantity over games: each distinct value with the number
// of games that had it, values in increasing order. Adding the same values in any order gives
// the same Dist, so the statistics of merged shards equal those of one run, bit for bit.
type Dist struct {
	Vals   []float64
	Counts []int
	N      int
}

// Add counts one game with value v.
func (d *Dist) Add(v float64) { d.AddN(v, 1) }

// AddN counts n games with value v.
func (d *Dist) AddN(v float64, n int) {
	if math.IsNaN(v) {
		v = 0
	}
	// The first value not below v, by plain comparisons: neither v nor any value is NaN.
	i, j := 0, len(d.Vals)
	for i < j {
		h := int(uint(i+j) >> 1)
		if d.Vals[h] < v {
			i = h + 1
		} else {
			j = h
		}
	}
	if i < len(d.Vals) && d.Vals[i] == v {
		d.Counts[i] += n
	} else {
		d.Vals = append(d.Vals, 0)
		copy(d.Vals[i+1:], d.Vals[i:])
		d.Vals[i] = v
		d.Counts = append(d.Counts, 0)
		copy(d.Counts[i+1:], d.Counts[i:])
		d.Counts[i] = n
	}
	d.N += n
}

// Merge adds the games of o.
func (d *Dist) Merge(o *Dist) {
	for i, v := range o.Vals {
		d.AddN(v, o.Counts[i])
	}
}

// Mean returns the mean, 0 for no games.
func (d *Dist) Mean() float64 {
	if d.N == 0 {
		return 0
	}
	t := 0.0
	for i, v := range d.Vals {
		t += float64(v * float64(d.Counts[i]))
	}
	return t / float64(d.N)
}

// SD returns the standard deviation (of the games, not of the mean).
func (d *Dist) SD() float64 {
	if d.N < 2 {
		return 0
	}
	m := d.Mean()
	t := 0.0
	for i, v := range d.Vals {
		t += float64((v - m) * (v - m) * float64(d.Counts[i]))
	}
	return math.Sqrt(t / float64(d.N-1))
}

// Min returns the smallest value, 0 for no games.
func (d *Dist) Min() float64 {
	if d.N == 0 {
		return 0
	}
	return d.Vals[0]
}

// Max returns the largest value, 0 for no games.
func (d *Dist) Max() float64 {
	if d.N == 0 {
		return 0
	}
	return d.Vals[len(d.Vals)-1]
}

// Quantile returns the smallest value with at least q of the games at or below it.
func (d *Dist) Quantile(q float64) float64 {
	if d.N == 0 {
		return 0
	}
	need := int(math.Ceil(q * float64(d.N)))
	if need < 1 {
		need = 1
	}
	c := 0
	for i, v := range d.Vals {
		c += d.Counts[i]
		if c >= need {
			return v
		}
	}
	return d.Vals[len(d.Vals)-1]
}

// Wilson returns the Wilson score interval of a proportion of k successes in n trials, at z
// standard errors (1.96 for 95%). With no trials it is [0, 1].
func Wilson(k, n int, z float64) (lo, hi float64) {
	if n <= 0 {
		return 0, 1
	}
	nf := float64(n)
	p := float64(k) / nf
	z2 := z * z
	den := 1 + z2/nf
	centre := (p + z2/(2*nf)) / den
	half := float64(z / den * math.Sqrt(float64(p*(1-p))/nf+z2/float64(4*nf*nf)))
	return math.Max(0, centre-half), math.Min(1, centre+half)
}
