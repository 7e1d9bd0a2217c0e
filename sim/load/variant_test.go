package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/sim/load"
)

// readBase reads a variant's base beside it, as the commands do.
func readBase(from, base string) (string, []byte, error) {
	name := filepath.Join(filepath.Dir(from), base)
	b, err := os.ReadFile(name)
	return name, b, err
}

// TestVariant loads a variant and checks that it changes the values it names and no others.
func TestVariant(t *testing.T) {
	src, err := os.ReadFile("testdata/variant/rich.toml")
	if err != nil {
		t.Fatal(err)
	}
	sc, err := load.LoadWith("testdata/variant/rich.toml", src, readBase)
	if err != nil {
		t.Fatalf("LoadWith(rich.toml) = %v", err)
	}
	base, err := os.ReadFile("testdata/variant/base.toml")
	if err != nil {
		t.Fatal(err)
	}
	bsc, err := load.Load("base.toml", base)
	if err != nil {
		t.Fatal(err)
	}
	if sc.ID != "one_move_rich" || sc.Title != "One move, rich" || sc.Turns != 1 {
		t.Errorf("scenario = %s %q %d turns, want one_move_rich \"One move, rich\" 1", sc.ID, sc.Title, sc.Turns)
	}
	// The base writes funds inline in [tracks], before heat; the variant's [tracks.funds]
	// replaces it and comes after the base's entries: tracks are in the order of the text.
	funds, standing, heat := sc.Track("funds"), sc.Track("standing"), sc.Track("heat")
	if len(sc.Tracks) != len(bsc.Tracks) || funds < 0 || standing < 0 || heat < 0 {
		t.Fatalf("tracks %v, want the base's %v", sc.Tracks, bsc.Tracks)
	}
	if sc.Tracks[heat].Max != 10 || sc.Tracks[standing].Max != 100 {
		t.Errorf("heat max %d, standing max %d: the tracks the variant does not change keep the base's", sc.Tracks[heat].Max, sc.Tracks[standing].Max)
	}
	if got := sc.Tracks[funds].Max; got != 50 {
		t.Errorf("funds max = %d, want 50", got)
	}
	us := sc.Actor("us")
	if got := sc.Actors[us].Tracks[funds]; got != 40 {
		t.Errorf("us funds = %d, want 40", got)
	}
	if sc.Actors[us].Side != 0 || sc.Actors[us].Kind != "state" {
		t.Errorf("us side %d kind %q, want the base's 0 \"state\"", sc.Actors[us].Side, sc.Actors[us].Kind)
	}
	m := sc.Moves[0]
	if m.Chance.Src != "0.9" || m.When.Src != "self.funds >= 2" || len(m.Cost) != 1 || m.Name != "Give a speech" {
		t.Errorf("speech = chance %q when %q cost %v name %q, want the base's but chance 0.9", m.Chance.Src, m.When.Src, m.Cost, m.Name)
	}
	if sc.Hash == bsc.Hash {
		t.Error("the variant has the base's hash")
	}
	if _, err := load.Load("rich.toml", src); err == nil {
		t.Error("Load(rich.toml) without a reader succeeded, want an error")
	}
}

// TestInvalidVariant loads every testdata/invalid-variant/NAME.toml that has a [variant] table,
// which must fail, and compares its errors with NAME.err (-update rewrites them): each must name
// the file it is in, the variant or its base, with the line and column, and loaded again it
// must fail the same way.
func TestInvalidVariant(t *testing.T) {
	files, err := filepath.Glob("testdata/invalid-variant/*.toml")
	if err != nil {
		t.Fatal(err)
	}
	read := func(from, base string) (string, []byte, error) {
		b, err := os.ReadFile(filepath.Join("testdata/invalid-variant", base))
		return base, b, err
	}
	n := 0
	for _, f := range files {
		name := filepath.Base(f)
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), "[variant]") {
			continue // a base
		}
		n++
		t.Run(strings.TrimSuffix(name, ".toml"), func(t *testing.T) {
			sc, err := load.LoadWith(name, src, read)
			if err == nil {
				t.Fatalf("LoadWith(%s) = %s, nil, want errors", name, sc.ID)
			}
			for _, e := range load.List(err) {
				b, rerr := os.ReadFile(filepath.Join("testdata/invalid-variant", e.File))
				if rerr != nil || e.Line < 1 || e.Line > strings.Count(string(b), "\n")+1 || e.Key == "" {
					t.Errorf("%v: not a place in a file of the test (%v)", e, rerr)
				}
			}
			got := err.Error() + "\n"
			for range 15 { // the same errors every time
				if _, again := load.LoadWith(name, src, read); again == nil || again.Error()+"\n" != got {
					t.Fatalf("LoadWith(%s) gave\n%s\nthen\n%v", name, got, again)
				}
			}
			wantFile := strings.TrimSuffix(f, ".toml") + ".err"
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (run go test -update to write it)", err)
			}
			if got != string(want) {
				t.Errorf("LoadWith(%s) errors =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
	if n < 5 {
		t.Errorf("found %d invalid variants, want 5 or more", n)
	}
}
