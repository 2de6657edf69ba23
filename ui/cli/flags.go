package cli

import (
	"errors"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/truce-dev/truce/data"
)

// flagError turns pflag's errors into one clear line that names the flag,
// the command it belongs to, or the closest flag of this command.
func (r *runner) flagError(cmd *cobra.Command, err error) error {
	var ne *pflag.NotExistError
	var vr *pflag.ValueRequiredError
	var iv *pflag.InvalidValueError
	switch {
	case errors.As(err, &ne):
		name := ne.GetSpecifiedName()
		if name == "" {
			return usagef(cmd, "unknown flag -%s", ne.GetSpecifiedShortnames())
		}
		return unknownFlag(cmd, name)
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
	var known []string
	cmd.Flags().VisitAll(func(f *pflag.Flag) { known = append(known, f.Name) })
	slices.Sort(known)
	if s, ok := suggest(name, known); ok {
		return usagef(cmd, "unknown flag --%s (did you mean --%s?)", truncate(name), s)
	}
	return usagef(cmd, "unknown flag --%s", truncate(name))
}

// suggest returns the candidate closest to word, if it is close enough to
// be what was meant (the same rule as the data's unknown-id suggestions).
func suggest(word string, candidates []string) (string, bool) {
	return data.Suggest(strings.ToLower(word), candidates)
}
