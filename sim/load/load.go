// Package load reads scenario files: TOML in, a validated *sim.Scenario out, or every problem
// of the file at once, each with its file, line, column and key path.
//
// Scenario files are untrusted input. The loader refuses unknown keys, wrong types, duplicate
// ids, dangling references, expressions that do not compile or type-check, impossible values
// and files that ask for more than the limits allow; it never panics.
package load

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"ttx/sim"
)

// Limits on what a file may ask for.
const (
	MaxFileSize   = 1 << 20
	maxTurns      = 200
	maxSides      = 16
	maxTracks     = 32
	maxActors     = 256
	maxAssets     = 1024
	maxLinks      = 1024
	maxMoves      = 512
	maxInjects    = 1024
	maxEffects    = 32
	maxText       = 20000
	maxTruths     = 64
	maxBodies     = 32
	maxResolution = 256
	maxOutcomes   = 64
	maxObjectives = 32
)

// Load reads a scenario from src; name is the file name used in errors and in the scenario.
// The error, if any, is an Errors listing every problem found.
func Load(name string, src []byte) (sc *sim.Scenario, err error) {
	defer func() {
		if p := recover(); p != nil {
			sc, err = nil, Errors{{File: name, Msg: fmt.Sprintf("internal error while loading: %v", p)}}
		}
	}()
	if len(src) > MaxFileSize {
		return nil, Errors{{File: name, Msg: fmt.Sprintf("file is %d bytes, more than %d", len(src), MaxFileSize)}}
	}
	b := &builder{file: name, src: src, loc: newLocator(src)}
	var f File
	md, derr := toml.NewDecoder(strings.NewReader(string(src))).Decode(&f)
	if derr != nil {
		b.decodeError(derr)
		return nil, b.errs
	}
	for _, k := range md.Undecoded() {
		b.unknownKey(k, &f)
	}
	sc = b.build(&f, md)
	if len(b.errs) > 0 {
		b.sort()
		return nil, b.errs
	}
	sum := sha256.Sum256(src)
	sc.Hash = hex.EncodeToString(sum[:])
	sc.File = name
	return sc, nil
}

// builder collects the problems of one file while it builds the scenario.
type builder struct {
	file string
	src  []byte
	loc  *locator
	errs Errors
	c    *compiler
}

// errAt records a problem at a key path.
func (b *builder) errAt(path, format string, a ...any) {
	off, _ := b.loc.find(path)
	line, col := b.loc.pos(off)
	b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: path, Msg: fmt.Sprintf(format, a...)})
}

// exprErr records an expression problem at its position inside the value at path.
func (b *builder) exprErr(path string, err error) {
	_, v := b.loc.find(path)
	msg := err.Error()
	var ee *exprError
	if v < 0 || !errors.As(err, &ee) {
		b.errAt(path, "%s", msg)
		return
	}
	off := v
	if v < len(b.src) && (b.src[v] == '"' || b.src[v] == '\'') {
		off++
		if strings.HasPrefix(string(b.src[v:]), `"""`) || strings.HasPrefix(string(b.src[v:]), `'''`) {
			off += 2
		}
	}
	// ee.off counts runes; move that many runes forward.
	for i := 0; i < ee.off && off < len(b.src); i++ {
		_, size := decodeRune(b.src[off:])
		off += size
	}
	line, col := b.loc.pos(off)
	b.errs = append(b.errs, &Error{File: b.file, Line: line, Col: col, Key: path, Msg: "expression: " + ee.msg})
}

func (b *builder) sort() {
	sort.SliceStable(b.errs, func(i, j int) bool {
		if b.errs[i].Line != b.errs[j].Line {
			return b.errs[i].Line < b.errs[j].Line
		}
		return b.errs[i].Col < b.errs[j].Col
	})
}

var lineRe = regexp.MustCompile(`line (\d+)`)

// decodeError records a syntax or type error from the TOML decoder.
func (b *builder) decodeError(err error) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if msg == "" {
			msg = pe.Error()
		}
		key := pe.LastKey
		b.errs = append(b.errs, &Error{File: b.file, Line: pe.Position.Line, Col: pe.Position.Col, Key: key, Msg: lowerFirst(msg)})
		return
	}
	e := &Error{File: b.file, Msg: lowerFirst(err.Error())}
	if m := lineRe.FindStringSubmatch(err.Error()); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Col = 1
	}
	b.errs = append(b.errs, e)
}

// unknownKey records a key the format does not have, finding which element of an array of
// tables it is in.
func (b *builder) unknownKey(k toml.Key, f *File) {
	counts := map[string]int{"side": len(f.Side), "actor": len(f.Actor), "asset": len(f.Asset),
		"link": len(f.Link), "move": len(f.Move), "inject": len(f.Inject), "truth": len(f.Truth),
		"body": len(f.Body), "resolution": len(f.Resolution), "outcome": len(f.Outcome)}
	path := k.String()
	if n, ok := counts[k[0]]; ok && len(k) > 1 {
		for i := 0; i < n; i++ {
			p := fmt.Sprintf("%s[%d].%s", k[0], i, strings.Join(k[1:], "."))
			if k[1] == "objective" && len(k) > 2 {
				for j := 0; j < len(f.Side[i].Objective); j++ {
					q := fmt.Sprintf("side[%d].objective[%d].%s", i, j, strings.Join(k[2:], "."))
					if _, v := b.loc.find(q); v >= 0 {
						b.errAt(q, "unknown key %s", k[len(k)-1])
						return
					}
				}
				continue
			}
			if _, v := b.loc.find(p); v >= 0 {
				b.errAt(p, "unknown key %s", k[len(k)-1])
				return
			}
		}
	}
	b.errAt(path, "unknown key %s", k[len(k)-1])
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func decodeRune(p []byte) (rune, int) {
	r, n := []rune(string(p[:min(len(p), 4)]))[0], 0
	n = len(string(r))
	if n == 0 {
		n = 1
	}
	return r, n
}
