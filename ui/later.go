package ui

// Time travel shows only what was known at the clock; these words say that
// more is left out, without saying how much: the number of records to come
// is itself something not yet known at the clock.

// LaterEventsWords is the note under a list of events cut at the clock.
const LaterEventsWords = "events after the clock are not shown"

// LaterDeadlinesWords is the note on deadlines cut at the clock.
const LaterDeadlinesWords = "deadlines set after this instant are not shown"

// LaterSourcesWords is the note on sources cut at the clock.
const LaterSourcesWords = "sources published later are not shown"
