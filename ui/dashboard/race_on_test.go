//go:build race

package dashboard

// raceDetector is true under -race: the long single-threaded sweeps (the
// property over hundreds of instants, the 24-hour tick) then take a sample,
// and .ci/run runs them whole without -race.
const raceDetector = true
