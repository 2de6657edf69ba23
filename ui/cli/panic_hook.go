package cli

import tea "charm.land/bubbletea/v2"

// panicHookEnv names the environment variable that arms the test-only
// panic hook: with it set, the key "!" panics inside Update, so that the
// terminal-safety tests can prove a crash still restores the terminal. It
// is not documented to users and does nothing unless set.
const panicHookEnv = "TRUCE_TEST_PANIC_KEY"

// panicOnKey wraps the dashboard model for the terminal-safety tests.
type panicOnKey struct{ tea.Model }

// Update panics on "!" and passes everything else on.
func (p panicOnKey) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "!" {
		panic("truce: test panic hook")
	}
	m, cmd := p.Model.Update(msg)
	return panicOnKey{m}, cmd
}
