package cli

import (
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/truce-dev/truce/ui"
)

// globals are the flags every command takes, as typed.
type globals struct {
	data, at, tz string
	version      bool
}

// dashboardFlags are the flags of the dashboard alone.
type dashboardFlags struct {
	tab                  string
	watch, notify, title bool
}

// settings are the global flags resolved: the instant the command runs at
// and the reader's zone.
type settings struct {
	// now is the instant the command runs at: --at, or the real time.
	now time.Time
	// at is --at, zero when not given.
	at time.Time
	// zone is --tz, or the local zone.
	zone *time.Location
}

const rootLong = "truce follows the 2025–26 US–China trade negotiations: the rounds and who " +
	"attended them, the disputed issues and each side's position, the deadlines and the sources, " +
	"with every claim a source got wrong shown next to the correction.\n\n" +
	"Run without a command, it opens the dashboard (press ? for its keys). When standard output " +
	"is not a terminal, it prints every view as text instead (with --tab, that view alone)."

const rootExample = `# the talks on the eve of the truce's expiry, in New York time
truce --at 2025-11-09T12:00 --tz America/New_York
# one line for a tmux status bar
truce status
truce print countdowns --width 72
truce export --format ics > truce.ics`

// newRoot builds the command tree.
func (r *runner) newRoot() *cobra.Command {
	var df dashboardFlags
	root := &cobra.Command{
		Use:     "truce",
		Short:   "A terminal dashboard of the 2025–26 US–China trade negotiations",
		Long:    rootLong,
		Example: rootExample,
		Args:    r.noCommand,
		RunE: r.action(func(cmd *cobra.Command, _ []string, s settings) error {
			return r.dashboard(cmd, s, df)
		}),
		ValidArgsFunction: cobra.NoFileCompletions,
	}
	pf := root.PersistentFlags()
	pf.StringVar(&r.g.data, "data", "", "read FILE instead of the built-in data\n(its schema: data/SCHEMA.md)")
	pf.StringVar(&r.g.at, "at", "", "run the clock from TIME (time travel): 2025-11-09,\n2025-11-09T23:00Z, \"2025-11-09 23:00 Asia/Shanghai\";\na TIME without an offset is read in --tz")
	pf.StringVar(&r.g.tz, "tz", "", "show times in ZONE, an IANA zone name\n(default: the local zone)")
	pf.BoolVarP(&r.g.version, "version", "v", false, "print the version and the data's dates")
	f := root.Flags()
	f.StringVar(&df.tab, "tab", "", "open on TAB: "+strings.Join(ui.TabNames()[:3], ", ")+",\n"+strings.Join(ui.TabNames()[3:], ", ")+", or 1-5")
	f.BoolVar(&df.watch, "watch", false, "with --data: reload the file when it changes")
	f.BoolVar(&df.notify, "notify", false, "notify the desktop when a deadline passes\n(inside tmux: set -g allow-passthrough on)")
	f.BoolVar(&df.title, "title", false, "put the watched countdown in the terminal's title")
	// The streams first: cobra's completion command takes its output
	// stream when it is made (registerCompletions).
	root.SetIn(r.stdin)
	root.SetOut(r.stdout)
	root.SetErr(r.stderr)
	root.SetFlagErrorFunc(r.flagError)
	root.AddCommand(r.statusCmd(), r.printCmd(), r.exportCmd(), r.versionCmd(), r.manCmd())
	root.SetHelpCommand(r.helpCmd())
	r.registerCompletions(root)
	return root
}

// action wraps a command's work: resolve the global flags first, and answer
// --version (after loading the data, which --version describes).
func (r *runner) action(fn func(cmd *cobra.Command, args []string, s settings) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		s, err := r.resolve(cmd)
		if err != nil {
			return err
		}
		if r.g.version {
			return r.printVersion()
		}
		return fn(cmd, args, s)
	}
}

// resolve checks the global flags' values.
func (r *runner) resolve(cmd *cobra.Command) (settings, error) {
	s := settings{zone: time.Local}
	fl := cmd.Flags()
	if fl.Changed("data") && r.g.data == "" {
		return s, usagef(cmd, "--data needs a file name")
	}
	if fl.Changed("tz") {
		loc, err := loadZone(cmd, r.g.tz)
		if err != nil {
			return s, err
		}
		s.zone = loc
	}
	if fl.Changed("at") {
		t, err := ParseAt(r.g.at, s.zone)
		if err != nil {
			return s, usagef(cmd, "invalid --at %q: %v", truncate(r.g.at), err)
		}
		s.at = t
	}
	s.now = r.now()
	if !s.at.IsZero() {
		s.now = s.at
	}
	return s, nil
}

// loadZone reads a --tz value: an IANA zone name, UTC or Local.
func loadZone(cmd *cobra.Command, name string) (*time.Location, error) {
	if name == "" {
		return nil, usagef(cmd, "--tz needs a zone name such as America/New_York")
	}
	if len(name) > 64 || strings.ContainsAny(name, "\x00\\") {
		return nil, usagef(cmd, "unknown time zone %q for --tz", truncate(name))
	}
	if name == "Local" {
		return time.Local, nil
	}
	loc, err := LoadZone(name)
	if err != nil {
		return nil, usagef(cmd, "unknown time zone %q for --tz (want an IANA name such as Asia/Shanghai)", ui.Clean(name))
	}
	return loc, nil
}

// noCommand refuses arguments to the dashboard: a word there is a
// misspelt command.
func (r *runner) noCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	return unknownCommand(cmd, args[0])
}

// commandNames lists the visible commands.
func commandNames(root *cobra.Command) []string {
	var names []string
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() || c.Name() == "help" {
			names = append(names, c.Name())
		}
	}
	return names
}

// unknownCommand is the error for a word that is not a command.
func unknownCommand(cmd *cobra.Command, word string) error {
	root := cmd.Root()
	if strings.HasPrefix(word, "-") {
		return usagef(root, "unexpected argument %q", truncate(word))
	}
	names := commandNames(root)
	if s, ok := suggest(word, names); ok {
		return usagef(root, "unknown command %q (did you mean %q?)", truncate(ui.Clean(word)), s)
	}
	return usagef(root, "unknown command %q (commands: %s)", truncate(ui.Clean(word)), strings.Join(names, ", "))
}

// helpCmd is `truce help [COMMAND]`: the help of a command, or an error
// naming an unknown one.
func (r *runner) helpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Show the help of a command",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || target == nil || len(rest) > 0 {
				word := ""
				if len(args) > 0 {
					word = args[len(args)-1]
				}
				return unknownCommand(cmd, word)
			}
			return target.Help()
		},
		ValidArgsFunction: func(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return commandNames(cmd.Root()), cobra.ShellCompDirectiveNoFileComp
		},
	}
}
