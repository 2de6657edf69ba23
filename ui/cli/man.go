package cli

import (
	"fmt"

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
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mango.NewManPage(1, cmd.Root())
			if err != nil {
				return fmt.Errorf("man page: %w", err)
			}
			_, err = fmt.Fprint(cmd.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
		ValidArgsFunction: cobra.NoFileCompletions,
	}
}
