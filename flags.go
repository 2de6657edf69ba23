package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
)

// The commands, "" being the dashboard.
const (
	cmdDashboard = ""
	cmdStatus    = "status"
	cmdPrint     = "print"
	cmdExport    = "export"
	cmdHelp      = "help"
)

// commands lists the subcommands in the order usage shows them.
var commands = []string{cmdStatus, cmdPrint, cmdExport, cmdHelp}

// options are the parsed command line.
type options struct {
	command string
	args    []string // positional arguments after the command

	// Global flags.
	data, at, tz, tab            string
	help, version, notify, watch bool
	// set names the flags given explicitly.
	set map[string]bool

	// status
	json bool
	// status: a template; export: json, ics or md.
	format string
	// print
	color, width string
}

// usageError is bad usage: exit status 2 and a hint to read the help.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

// valueFlags are the flags of any command that take a value; the pre-scan
// that finds the command needs to know them to skip their values.
var valueFlags = []string{"data", "at", "tz", "tab", "format", "width", "color"}

// flagOwners says which command a command-specific flag belongs to, for
// the message given when it is used with another.
var flagOwners = map[string]string{
	"json": cmdStatus, "width": cmdPrint, "color": cmdPrint,
}

// findCommand returns the command named by the first positional argument,
// skipping flags and their values; "" for the dashboard.
func findCommand(args []string) string {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			if i+1 < len(args) {
				return args[i+1]
			}
			return ""
		}
		if len(a) > 1 && a[0] == '-' {
			if takesValue(a) {
				i++
			}
			continue
		}
		return a
	}
	return ""
}

// newFlagSet registers the global flags and those of the command.
func newFlagSet(cmd string, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("truce", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	fs.StringVar(&o.data, "data", "", "")
	fs.StringVar(&o.at, "at", "", "")
	fs.StringVar(&o.tz, "tz", "", "")
	fs.BoolVar(&o.help, "help", false, "")
	fs.BoolVar(&o.help, "h", false, "")
	fs.BoolVar(&o.version, "version", false, "")
	fs.BoolVar(&o.notify, "notify", false, "")
	fs.BoolVar(&o.watch, "watch", false, "")
	fs.StringVar(&o.tab, "tab", "", "")
	switch cmd {
	case cmdStatus:
		fs.BoolVar(&o.json, "json", false, "")
		fs.StringVar(&o.format, "format", "", "")
	case cmdPrint:
		fs.StringVar(&o.color, "color", "never", "")
		fs.StringVar(&o.width, "width", "", "")
	case cmdExport:
		fs.StringVar(&o.format, "format", "json", "")
	}
	return fs
}

// parseArgs parses the command line. Flags may come before or after the
// command and its arguments; "--" ends the flags.
func parseArgs(args []string) (*options, error) {
	o := &options{}
	cmd := findCommand(args)
	if cmd != cmdDashboard && !slices.Contains(commands, cmd) {
		return nil, unknownCommand(cmd)
	}
	o.command = cmd
	fs := newFlagSet(cmd, o)
	var pos []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			return nil, flagError(err, cmd)
		}
		used := len(rest) - len(fs.Args())
		if used > 0 && rest[used-1] == "--" && (used < 2 || !takesValue(rest[used-2])) {
			pos = append(pos, fs.Args()...)
			break
		}
		rest = fs.Args()
		if len(rest) == 0 {
			break
		}
		pos = append(pos, rest[0])
		rest = rest[1:]
	}
	o.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	if cmd != cmdDashboard && len(pos) > 0 && pos[0] == cmd {
		pos = pos[1:]
	}
	o.args = pos
	return o, nil
}

// takesValue reports whether the argument is a flag whose value is the
// next argument.
func takesValue(arg string) bool {
	if len(arg) < 2 || arg[0] != '-' {
		return false
	}
	name := strings.TrimLeft(arg, "-")
	return !strings.Contains(name, "=") && slices.Contains(valueFlags, name)
}

// unknownCommand is the error for a word that is not a command.
func unknownCommand(word string) error {
	if len(word) > 0 && strings.ContainsAny(word[:1], "-") {
		return usagef("unexpected argument %q", word)
	}
	msg := fmt.Sprintf("unknown command %q", word)
	if s, ok := closest(word, commands); ok {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	} else {
		msg += " (commands: " + strings.Join(commands, ", ") + ")"
	}
	return usagef("%s", msg)
}

var (
	reUndefined = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	reNoValue   = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	reBadBool   = regexp.MustCompile(`^invalid boolean value "(.*)" for -+([^:]*):`)
	reBadValue  = regexp.MustCompile(`^invalid value "(.*)" for flag -+([^:]*):`)
)

// flagError turns an error of the flag package into one clear line.
func flagError(err error, cmd string) error {
	if errors.Is(err, flag.ErrHelp) {
		return usagef("unknown flag")
	}
	s := err.Error()
	if m := reUndefined.FindStringSubmatch(s); m != nil {
		return unknownFlag(m[1], cmd)
	}
	if m := reNoValue.FindStringSubmatch(s); m != nil {
		return usagef("flag --%s needs a value", m[1])
	}
	if m := reBadBool.FindStringSubmatch(s); m != nil {
		return usagef("flag --%s takes no value, or true or false; got %q", m[2], m[1])
	}
	if m := reBadValue.FindStringSubmatch(s); m != nil {
		return usagef("invalid value %q for --%s", m[1], m[2])
	}
	return usagef("%s", s)
}

// unknownFlag names the command a flag belongs to, or the closest flag.
func unknownFlag(name, cmd string) error {
	name = strings.SplitN(name, "=", 2)[0]
	if owner, ok := flagOwners[name]; ok && owner != cmd {
		return usagef("flag --%s belongs to 'truce %s'", name, owner)
	}
	if name == "format" {
		return usagef("flag --format belongs to 'truce status' and 'truce export'")
	}
	known := []string{"data", "at", "tz", "help", "version", "notify", "watch", "tab"}
	switch cmd {
	case cmdStatus:
		known = append(known, "json", "format")
	case cmdPrint:
		known = append(known, "color", "width")
	case cmdExport:
		known = append(known, "format")
	}
	if s, ok := closest(name, known); ok {
		return usagef("unknown flag --%s (did you mean --%s?)", name, s)
	}
	return usagef("unknown flag --%s", name)
}

// closest returns the candidate within edit distance 2 of word, if any.
func closest(word string, candidates []string) (string, bool) {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editDistance(strings.ToLower(word), c); d < bestD {
			best, bestD = c, d
		}
	}
	return best, best != ""
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 64
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
