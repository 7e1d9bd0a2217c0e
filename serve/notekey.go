package serve

import (
	"crypto/rand"
	"encoding/hex"
)

// A note's key. A note written on a connection that dropped before its answer came may or may
// not have been taken, and a note added twice is in the log twice. So a client names each note
// it writes, once, by a key of its own choosing that it sends with the note every time: a note
// whose key a note of the same seat already has is that note, and the server acks it without
// adding it again. The log keeps the key with the note, so a server resumed from it knows the
// keys it took before it stopped. A note sent without a key is added each time it comes.

// noteKeyMax is the most characters a note's key has.
const noteKeyMax = 64

// noteKeyWords is why a note's key is refused.
const noteKeyWords = "a note's key is at most 64 letters, digits, - or _"

// noteKeyValid reports whether k may be a note's key: at most noteKeyMax ASCII letters, digits,
// '-' or '_' ("": no key), so that the log holds nothing else in its place.
func noteKeyValid(k string) bool {
	if len(k) > noteKeyMax {
		return false
	}
	for _, c := range []byte(k) {
		ok := c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '_'
		if !ok {
			return false
		}
	}
	return true
}

// noteTaken reports whether seat name has written a note with key k (never for "": a note
// without a key is none other).
func (g *Game) noteTaken(name, k string) bool {
	if k == "" {
		return false
	}
	for _, n := range g.sess.Notes {
		if n.Key == k && n.Author == name {
			return true
		}
	}
	return false
}

// newNoteKey returns a fresh key for a note: 64 random bits as 16 hex digits (two notes share
// one by chance with odds of one in 2^64 a pair).
func newNoteKey() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("serve: no randomness: " + err.Error())
	}
	return hex.EncodeToString(b[:])
}
