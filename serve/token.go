package serve

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"

	"ttx/internal/atomicfile"
)

// Tokens are the seats' secrets, kept only as SHA-256 hashes: a token is 128 random bits, given
// once in a seat's join link and never stored.
type Tokens struct {
	hash map[string][32]byte // seat name → hash of its token
}

// NewToken returns a fresh random token: 128 bits as 32 hex digits.
func NewToken() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("serve: no randomness: " + err.Error())
	}
	return hex.EncodeToString(b[:])
}

// Set gives seat a new token and returns it; the seat's old token stops working.
func (t *Tokens) Set(seat string) string {
	if t.hash == nil {
		t.hash = map[string][32]byte{}
	}
	tok := NewToken()
	t.hash[seat] = sha256.Sum256([]byte(tok))
	return tok
}

// Seat returns the seat whose token tok is, comparing hashes in constant time against every
// seat (so the time taken tells nothing of which seat or how much matched).
func (t *Tokens) Seat(tok string) (string, bool) {
	h := sha256.Sum256([]byte(tok))
	found := ""
	for _, seat := range t.seats() {
		want := t.hash[seat]
		if subtle.ConstantTimeCompare(h[:], want[:]) == 1 {
			found = seat
		}
	}
	return found, found != ""
}

// seats returns the seat names in order.
func (t *Tokens) seats() []string {
	out := make([]string, 0, len(t.hash))
	for s := range t.hash {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// Save writes the hashes to path, readable by the owner only.
func (t *Tokens) Save(path string) error {
	m := map[string]string{}
	for seat, h := range t.hash {
		m[seat] = hex.EncodeToString(h[:])
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteMode(path, append(b, '\n'), 0o600)
}

// LoadTokens reads hashes saved by Save.
func LoadTokens(path string) (*Tokens, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	t := &Tokens{hash: map[string][32]byte{}}
	for seat, hx := range m {
		raw, err := hex.DecodeString(hx)
		if err != nil || len(raw) != 32 {
			return nil, fmt.Errorf("%s: seat %q: not a SHA-256 hash", path, seat)
		}
		t.hash[seat] = [32]byte(raw)
	}
	return t, nil
}

// cover reports, by an error, when the tokens are not those of a game of these seats: a seat
// with no token (it could never join, the white cell included) or a token of a seat the game
// has not (the tokens of another exercise).
func (t *Tokens) cover(seats []string) error {
	for _, s := range seats {
		if _, ok := t.hash[s]; !ok {
			return fmt.Errorf("no token for seat %s: these are not the tokens ttx serve saved with this log", s)
		}
	}
	for _, s := range t.seats() {
		if !slices.Contains(seats, s) {
			return fmt.Errorf("seat %q is no seat of this exercise: these are not the tokens ttx serve saved with this log", s)
		}
	}
	return nil
}
