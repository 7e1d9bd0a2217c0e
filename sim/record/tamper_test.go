package record_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"regexp"
	"strings"
	"testing"

	"ttx/sim/record"
)

// chainField is the chain hash at the end of a line of a log.
var chainField = regexp.MustCompile(`,"chain":"[0-9a-f]{64}"\}$`)

// link computes a line's chain hash as docs/logs.md defines it, apart from the package's code:
// SHA-256 of the previous line's hash and the line's bytes without its chain field.
func link(prev, content string) string {
	sum := sha256.Sum256([]byte(prev + content))
	return hex.EncodeToString(sum[:])
}

// reseal recomputes the chain hash of every line of a log, as a forger would; it leaves the
// header's count of entries as it is.
func reseal(text string) string {
	var out strings.Builder
	prev := ""
	for _, l := range strings.SplitAfter(text, "\n") {
		if strings.TrimSpace(l) == "" {
			out.WriteString(l)
			continue
		}
		l = chainField.ReplaceAllString(strings.TrimSuffix(l, "\n"), "}")
		prev = link(prev, l)
		out.WriteString(strings.TrimSuffix(l, "}") + `,"chain":"` + prev + `"}` + "\n")
	}
	return out.String()
}

// sealAfter returns line (without a chain field) sealed to follow a line whose chain hash is
// in prevLine.
func sealAfter(prevLine, line string) string {
	m := regexp.MustCompile(`"chain":"([0-9a-f]{64})"`).FindStringSubmatch(prevLine)
	return strings.TrimSuffix(line, "}") + `,"chain":"` + link(m[1], line) + `"}` + "\n"
}

// Tamperings are the changes an integrity check must refuse, as functions of the golden log's
// lines (each ending in "\n"; line k of the file is lines[k-1]), with the start of the error
// Read must give.
var tamperings = []struct {
	name   string
	change func(lines []string) string
	want   string
}{
	{"flipped bit in a target id", func(ls []string) string {
		i := strings.Index(ls[2], `"target":"`) + len(`"target":"`)
		b := []byte(ls[2])
		b[i] ^= 0x02 // aid_network would read cid_network
		ls[2] = string(b)
		return strings.Join(ls, "")
	}, "line 3: entry hash does not match"},
	{"added rationale", func(ls []string) string {
		ls[1] = strings.Replace(ls[1], `"move":`, `"rationale":"we knew all along","move":`, 1)
		return strings.Join(ls, "")
	}, "line 2: entry hash does not match"},
	{"forged note", func(ls []string) string {
		return strings.Join(ls[:5], "") + `{"type":"note","turn":2,"note":"Blue hesitated"}` + "\n" + ls[5]
	}, "line 6: entry has no chain hash"},
	{"forged note with its own hash", func(ls []string) string {
		return strings.Join(ls[:5], "") + sealAfter(ls[4], `{"type":"note","turn":2,"note":"Blue hesitated"}`) + ls[5]
	}, "line 7: entry hash does not match"},
	{"changed turn", func(ls []string) string {
		ls[2] = strings.Replace(ls[2], `"turn":2`, `"turn":3`, 1)
		return strings.Join(ls, "")
	}, "line 3: entry hash does not match"},
	{"changed checksum", func(ls []string) string {
		ls[3] = regexp.MustCompile(`"checksum":"[0-9a-f]`).ReplaceAllStringFunc(ls[3], func(m string) string {
			if strings.HasSuffix(m, "0") {
				return m[:len(m)-1] + "1"
			}
			return m[:len(m)-1] + "0"
		})
		return strings.Join(ls, "")
	}, "line 4: entry hash does not match"},
	{"entry after end", func(ls []string) string {
		return strings.Join(ls, "") + sealAfter(ls[5], `{"type":"turn","turn":5,"checksum":"0000000000000000"}`)
	}, "line 7: entry after the end of the game"},
	{"deleted header hash", func(ls []string) string {
		ls[0] = regexp.MustCompile(`"hash":"[0-9a-f]*",`).ReplaceAllString(ls[0], "")
		return strings.Join(ls, "")
	}, "line 1: header hash does not match"},
	{"deleted header hash, all hashes recomputed", func(ls []string) string {
		ls[0] = regexp.MustCompile(`"hash":"[0-9a-f]*",`).ReplaceAllString(ls[0], "")
		return reseal(strings.Join(ls, ""))
	}, "line 1: header has no scenario hash"},
	{"changed seed", func(ls []string) string {
		ls[0] = strings.Replace(ls[0], `"seed":7`, `"seed":8`, 1)
		return strings.Join(ls, "")
	}, "line 1: header hash does not match"},
	{"deleted header chain", func(ls []string) string {
		ls[0] = chainField.ReplaceAllString(strings.TrimSuffix(ls[0], "\n"), "}") + "\n"
		return strings.Join(ls, "")
	}, "line 1: header has no chain hash"},
	{"reordered entries", func(ls []string) string {
		ls[2], ls[3] = ls[3], ls[2]
		return strings.Join(ls, "")
	}, "line 3: entry hash does not match"},
	{"truncated chain: last entry removed", func(ls []string) string {
		return strings.Join(ls[:5], "")
	}, "line 6: the log ends after 4 entries, its header counts 5"},
	{"truncated chain: entry removed", func(ls []string) string {
		return strings.Join(append(ls[:2:2], ls[3:]...), "")
	}, "line 3: entry hash does not match"},
	{"truncated chain: cut inside a line", func(ls []string) string {
		return strings.Join(ls[:5], "") + ls[5][:len(ls[5])/2]
	}, "line 6: unexpected EOF"},
	{"truncated chain: an entry's hash deleted", func(ls []string) string {
		ls[3] = chainField.ReplaceAllString(strings.TrimSuffix(ls[3], "\n"), "}") + "\n"
		return strings.Join(ls, "")
	}, "line 4: entry has no chain hash"},
	{"truncated chain: an entry's hash shortened", func(ls []string) string {
		ls[3] = strings.Replace(ls[3], `"}`+"\n", `0"}`+"\n", 1)
		ls[3] = regexp.MustCompile(`"chain":"[0-9a-f]{2}`).ReplaceAllString(ls[3], `"chain":"`)
		return strings.Join(ls, "")
	}, "line 4: entry has no chain hash"},
	{"unknown field, hashes recomputed", func(ls []string) string {
		ls[2] = strings.Replace(ls[2], `"turn":2`, `"turn":2,"by":"hand"`, 1)
		return reseal(strings.Join(ls, ""))
	}, `line 3: json: unknown field "by"`},
	{"blank line between entries", func(ls []string) string {
		return strings.Join(ls[:2], "") + "\n" + strings.Join(ls[2:], "")
	}, "line 3: blank line in the log"},
}

// TestReadRefusesTampering changes the golden log in every way of tamperings: Read must refuse
// each, naming the line.
func TestReadRefusesTampering(t *testing.T) {
	good, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if reseal(string(good)) != string(good) {
		t.Fatalf("the chain hashes of %s are not those docs/logs.md defines", golden)
	}
	for _, c := range tamperings {
		text := c.change(strings.SplitAfter(string(good), "\n"))
		if text == string(good) {
			t.Errorf("%s: the change changes nothing", c.name)
			continue
		}
		_, err := record.Read(strings.NewReader(text))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Read(golden log, %s) = %v, want %q", c.name, err, c.want)
		}
		if _, ok := err.(*record.Error); !ok && err != nil {
			t.Errorf("Read(golden log, %s) returns a %T, want a *record.Error", c.name, err)
		}
	}
}

// TestReadAccepts reads the golden log with what carries no content changed: Windows line
// ends and blank lines at the end.
func TestReadAccepts(t *testing.T) {
	good, _ := os.ReadFile(golden)
	for name, text := range map[string]string{
		"as written":        string(good),
		"CRLF":              strings.ReplaceAll(string(good), "\n", "\r\n"),
		"blank lines after": string(good) + "\n\n",
		"no final newline":  strings.TrimSuffix(string(good), "\n"),
	} {
		if _, err := record.Read(strings.NewReader(text)); err != nil {
			t.Errorf("Read(golden log, %s) = %v", name, err)
		}
	}
}

// TestReplayRefuses changes the golden log after reading it, as a program that builds a log
// could: Replay itself must refuse a wrong turn, an entry after the end, wrong final scores and
// a log without a scenario hash, at the entry changed.
func TestReplayRefuses(t *testing.T) {
	sc := loadMiniAs(t)
	for _, c := range []struct {
		name   string
		change func(l *record.Log)
		want   string
	}{
		{"changed turn", func(l *record.Log) { l.Entries[1].Turn = 3 }, "line 3: turn 3: the entry's turn is 3, the replay is at turn 2"},
		{"entry after end", func(l *record.Log) {
			l.Entries = append(l.Entries, record.Entry{Type: "turn", Turn: 4, Checksum: l.Entries[4].Checksum})
		}, "line 7: turn 4: the game is over, the log goes on"},
		{"turn after the last", func(l *record.Log) {
			l.Entries[4] = record.Entry{Type: "turn", Turn: 5, Checksum: l.Entries[4].Checksum}
		}, "line 6: turn 5: the game is over, the log goes on"},
		{"changed scores", func(l *record.Log) { l.Entries[4].Scores = []float64{0, 1} }, "line 6: turn 4: scores [0 1] in the log, [0 0] on replay"},
		{"no scenario hash", func(l *record.Log) { l.Header.Hash = "" }, "line 1: the log names no scenario hash"},
	} {
		l := readGolden(t)
		c.change(l)
		_, d := record.Replay(sc, l)
		if d == nil || d.Error() != c.want {
			t.Errorf("Replay(golden log, %s) = %v, want %s", c.name, d, c.want)
		}
	}
}
