package cli

import (
	"fmt"
	"strings"

	mango "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// manCmd is `truce man`: the manual page, in roff, made from the commands
// and flags themselves (mango, as fang's own man command does, but written
// to the command's output so that it can be redirected and tested).
func (r *runner) manCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "man",
		Short:   "Print the manual page (roff)",
		Example: "truce man > truce.1 && man ./truce.1",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mango.NewManPage(1, cmd.Root())
			if err != nil {
				return fmt.Errorf("man page: %w", err)
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), roffASCII(page.Build(roff.NewDocument())))
			return err
		},
		ValidArgsFunction: cobra.NoFileCompletions,
	}
}

// roffASCII writes every non-ASCII character as a groff/mandoc Unicode
// escape (\[u2013]), so that the page reads right without preconv.
func roffASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		fmt.Fprintf(&b, "\\[u%04X]", r)
	}
	return b.String()
}
