package cli

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/truce-dev/truce/data"
	"github.com/truce-dev/truce/ui"
)

// flagError turns pflag's errors into one clear line that names the flag,
// the command it belongs to, or the closest flag of this command.
func (r *runner) flagError(cmd *cobra.Command, err error) error {
	var ne *pflag.NotExistError
	var vr *pflag.ValueRequiredError
	var iv *pflag.InvalidValueError
	switch {
	case errors.As(err, &ne):
		if rest := ne.GetSpecifiedShortnames(); rest != "" {
			return unknownShortFlag(cmd, rest, r.shortGroup(rest))
		}
		return unknownFlag(cmd, ne.GetSpecifiedName())
	case errors.As(err, &vr):
		return usagef(cmd, "flag --%s needs a value", vr.GetFlag().Name)
	case errors.As(err, &iv):
		if iv.GetFlag().Value.Type() == "bool" {
			return usagef(cmd, "flag --%s takes no value, or true or false; got %q", iv.GetFlag().Name, truncate(iv.GetValue()))
		}
		return usagef(cmd, "invalid value %q for --%s", truncate(iv.GetValue()), iv.GetFlag().Name)
	}
	return usagef(cmd, "%s", firstLine(err.Error()))
}

// unknownFlag names the command a flag belongs to, or the closest flag of
// the command it was given to.
func unknownFlag(cmd *cobra.Command, name string) error {
	root := cmd.Root()
	var owners []*cobra.Command
	for _, c := range append([]*cobra.Command{root}, root.Commands()...) {
		if c != cmd && c.LocalNonPersistentFlags().Lookup(name) != nil {
			owners = append(owners, c)
		}
	}
	switch {
	case len(owners) == 1 && owners[0] == root:
		return usagef(cmd, "--%s works with the dashboard only, not '%s'", name, cmd.CommandPath())
	case len(owners) == 1:
		return usagef(cmd, "flag --%s belongs to '%s'", name, owners[0].CommandPath())
	case len(owners) > 1:
		paths := make([]string, len(owners))
		for i, o := range owners {
			paths[i] = "'" + o.CommandPath() + "'"
		}
		return usagef(cmd, "flag --%s belongs to %s", name, strings.Join(paths, " and "))
	}
	if utf8.RuneCountInString(name) == 1 {
		// One letter is too short to guess from among the long names.
		if s, ok := closeShorthand(cmd, name); ok {
			return usagef(cmd, "unknown flag --%s (did you mean -%s?)", name, s)
		}
		return usagef(cmd, "unknown flag --%s", truncate(name))
	}
	var known []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) { known = append(known, f.Name) })
	slices.Sort(known)
	if s, ok := suggest(name, known); ok {
		return usagef(cmd, "unknown flag --%s (did you mean --%s?)", truncate(name), s)
	}
	return usagef(cmd, "unknown flag --%s", truncate(name))
}

// unknownShortFlag is the error for an unknown letter in a group of short
// flags, as typed with one dash: "-V", or "-2 in -h2". rest is the group
// from the unknown letter on; group the whole group as typed, without its
// dash. It suggests a short flag that differs only in case, or the long
// flag a group spells with one dash too few ("-at" for --at), and nothing
// else: one letter is too short to guess from among the long names.
func unknownShortFlag(cmd *cobra.Command, rest, group string) error {
	letter, _ := utf8.DecodeRuneInString(rest)
	msg := "unknown flag -" + ui.Clean(string(letter))
	typed, _, _ := strings.Cut(group, "=")
	if typed != string(letter) {
		msg += " in -" + truncate(ui.Clean(typed))
	}
	if utf8.RuneCountInString(typed) > 1 && cmd.Flags().Lookup(typed) != nil {
		return usagef(cmd, "%s (did you mean --%s?)", msg, typed)
	}
	if s, ok := closeShorthand(cmd, string(letter)); ok {
		return usagef(cmd, "%s (did you mean -%s?)", msg, s)
	}
	return usagef(cmd, "%s", msg)
}

// shortGroup finds the group of short flags, as typed, that rest ends (pflag
// reports only the group from the unknown letter on): "h2" for rest "2"
// from "-h2"; rest itself when no argument ends with it.
func (r *runner) shortGroup(rest string) string {
	for _, a := range r.args {
		if a == "--" {
			break
		}
		if len(a) > 1 && a[0] == '-' && a[1] != '-' && strings.HasSuffix(a, rest) {
			return a[1:]
		}
	}
	return rest
}

// closeShorthand returns the command's short flag that is letter in the
// other case (-v for -V).
func closeShorthand(cmd *cobra.Command, letter string) (string, bool) {
	var found string
	cmd.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Shorthand != "" && f.Shorthand != letter && strings.EqualFold(f.Shorthand, letter) {
			found = f.Shorthand
		}
	})
	return found, found != ""
}

// suggest returns the candidate closest to word, if it is close enough to
// be what was meant (the same rule as the data's unknown-id suggestions).
func suggest(word string, candidates []string) (string, bool) {
	return data.Suggest(strings.ToLower(word), candidates)
}
