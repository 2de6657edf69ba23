//go:build !unix

package cli

import "testing"

// makeFIFO reports that this system has no named pipes to test with.
func makeFIFO(*testing.T, string) bool { return false }
