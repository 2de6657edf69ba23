package main

// The exit status the built binary gives bad usage, and the variable that
// arms its test-only panic hook (both defined in ui/cli, repeated here
// because these tests run the binary, not the package).
const (
	exitUsage    = 2
	panicHookEnv = "TRUCE_TEST_PANIC_KEY"
)
