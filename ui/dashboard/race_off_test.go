//go:build !race

package dashboard

// raceDetector is true under -race (see race_on_test.go).
const raceDetector = false
