package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"
)

// errOut is where a usage error of a command's flags goes: Main sets it to its stderr for the
// duration of a command.
var errOut io.Writer = os.Stderr

// helps holds each flag set's help: the flag package calls Usage for a mistake too, and a
// mistake gets one line and a pointer to the help, not the whole help.
var helps = map[*flag.FlagSet]func(){}

// newFlags returns a flag set for a subcommand whose help (--help, or 'ttx help NAME') prints
// to w.
func newFlags(name, args, about string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	help := func() {
		fmt.Fprintf(w, "usage: ttx %s %s\n\n%s\n", name, args, about)
		has := false
		fs.VisitAll(func(*flag.Flag) { has = true })
		if has {
			fmt.Fprintln(w, "\nFlags:")
			fs.SetOutput(w)
			fs.PrintDefaults()
			fs.SetOutput(io.Discard)
		}
	}
	helps[fs] = help
	return fs
}

// usageFail prints a usage error of command fs as "ttx NAME: message" and where the help is,
// and returns the usage exit code.
func usageFail(fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(errOut, "ttx %s: %s\nRun 'ttx %s --help' for its usage.\n", fs.Name(), fmt.Sprintf(format, a...), fs.Name())
	return exitUsage
}

// showHelp prints fs's help.
func showHelp(fs *flag.FlagSet) {
	if h := helps[fs]; h != nil {
		h()
	}
}

// parse parses flags and positional arguments in any order. It returns the positional
// arguments and an exit code when parsing should stop (help or a usage error).
// A flag given twice is a usage error naming it, unless it is repeatable (multi): the flag
// package would silently take its last value.
func parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	twice := ""
	restore := onceFlags(fs, &twice)
	defer restore()
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			restore() // the help shows each flag's default from its own value
			switch {
			case err == flag.ErrHelp:
				showHelp(fs)
				return nil, exitOK, true
			case twice != "":
				return nil, usageFail(fs, "%s", twice), true
			}
			return nil, usageFail(fs, "%v", err), true
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, 0, false
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }
func (m *multi) repeatable()        {}

// once is a flag that may be given once: its second value is refused, the refusal put in
// *twice, where parse finds it.
type once struct {
	flag.Value
	name, first string
	given       bool
	twice       *string
}

func (o *once) Set(v string) error {
	if o.given {
		if o.IsBoolFlag() {
			*o.twice = fmt.Sprintf("%s given twice; give it once", flagName(o.name))
		} else {
			*o.twice = fmt.Sprintf("%s given twice (%q, then %q); give it once", flagName(o.name), o.first, v)
		}
		return errors.New(*o.twice)
	}
	if err := o.Value.Set(v); err != nil {
		return err
	}
	o.first, o.given = v, true
	return nil
}

// IsBoolFlag tells the flag package that a boolean flag still takes no value.
func (o *once) IsBoolFlag() bool {
	b, ok := o.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// onceFlags makes every flag of fs but the repeatable ones refuse a second value, putting the
// refusal in *twice; the function it returns puts the flags' own values back.
func onceFlags(fs *flag.FlagSet, twice *string) func() {
	var wrapped []*once
	fs.VisitAll(func(f *flag.Flag) {
		if _, ok := f.Value.(interface{ repeatable() }); ok {
			return
		}
		o := &once{Value: f.Value, name: f.Name, twice: twice}
		f.Value, wrapped = o, append(wrapped, o)
	})
	return func() {
		for _, o := range wrapped {
			fs.Lookup(o.name).Value = o.Value
		}
	}
}

// flagName is a flag as the help writes it: -o, --out.
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// seedFlag is a --seed flag: a whole number from 0, or unset (then the scenario's seed; its
// help shows no default of its own).
type seedFlag struct {
	v   uint64
	set bool
}

func (s *seedFlag) String() string {
	if s == nil || !s.set {
		return ""
	}
	return strconv.FormatUint(s.v, 10)
}

// Set reads a seed, unsigned in 64 bits as the engine takes it, in every command alike. A
// negative seed and one past the largest are told apart from other mistakes.
func (s *seedFlag) Set(v string) error {
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		msg := "a seed is a whole number from 0 to " + strconv.FormatUint(math.MaxUint64, 10)
		if _, ierr := strconv.ParseInt(v, 10, 64); strings.HasPrefix(v, "-") && (ierr == nil || errors.Is(ierr, strconv.ErrRange)) {
			msg += ", not negative"
		} else if errors.Is(err, strconv.ErrRange) {
			msg += "; this one is larger"
		}
		return errors.New(msg)
	}
	s.v, s.set = n, true
	return nil
}

// or returns the seed given, or def when none was.
func (s *seedFlag) or(def uint64) uint64 {
	if s.set {
		return s.v
	}
	return def
}

// seedVar defines a --seed flag.
func seedVar(fs *flag.FlagSet, usage string) *seedFlag {
	s := new(seedFlag)
	fs.Var(s, "seed", usage)
	return s
}

// durationFlag is a flag of a length of time from 0, written as Go writes durations: 20m, 90s,
// 1h30m.
type durationFlag struct{ d time.Duration }

func (f *durationFlag) String() string {
	if f == nil {
		return "0s"
	}
	return f.d.String()
}

func (f *durationFlag) Set(v string) error {
	d, err := time.ParseDuration(v)
	switch {
	case err != nil:
		return errors.New("want a length of time such as 20m, 90s or 1h30m (0 for none)")
	case d < 0:
		return errors.New("want 0 (none) or more")
	}
	f.d = d
	return nil
}

// durationVar defines a duration flag with default 0.
func durationVar(fs *flag.FlagSet, name, usage string) *durationFlag {
	f := new(durationFlag)
	fs.Var(f, name, usage)
	return f
}

// given reports whether the flag named name was given on the command line (not left at its
// default): a --turn 0 given is refused, where none given means the default.
func given(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
