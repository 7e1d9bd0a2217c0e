package serve

import (
	"strconv"
	"strings"
)

// acceptsGzip reports whether a request's Accept-Encoding header (RFC 9110, 12.5.3) takes
// gzip: its codings are separated by commas, each with its parameters after semicolons, and a
// coding's weight q (1 when not given) of 0 refuses it. gzip (or its alias x-gzip) is taken
// when it is listed with a weight above 0 and never with 0; a header that does not name it
// takes it through *, with a weight above 0. Any other coding (x-gzip2, gzipped) is not gzip,
// and a coding whose weight is not a number from 0 to 1 counts for nothing.
func acceptsGzip(header string) bool {
	named, refused, star := false, false, false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name == "" {
			continue
		}
		q, ok := weight(params)
		if !ok {
			continue
		}
		switch name {
		case "gzip", "x-gzip":
			named, refused = named || q > 0, refused || q == 0
		case "*":
			star = star || q > 0
		}
	}
	if refused {
		return false
	}
	return named || star
}

// weight returns the weight q among a coding's parameters (what follows its first semicolon):
// 1 when none is given; false when q is not a number from 0 to 1.
func weight(params string) (float64, bool) {
	q := 1.0
	for _, p := range strings.Split(params, ";") {
		k, v, _ := strings.Cut(p, "=")
		if !strings.EqualFold(strings.TrimSpace(k), "q") {
			continue
		}
		f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if err != nil || !(f >= 0 && f <= 1) { // NaN too
			return 0, false
		}
		q = f
	}
	return q, true
}
