package data

// malformed2 lists broken schema 2 files (and schema 1 files using schema 2
// keys) and the exact error each must produce; TestMalformed runs them.
var malformed2 = []struct {
	name, in, want string
}{
	{"schema 2 key in schema 1", edit(`zone = "Europe/Zurich"
kind = "round"`, `zone = "Europe/Zurich"
known = 2025-05-10T20:00:00+02:00
kind = "round"`),
		`talks.toml:56:1: events[0].known: not in schema 1 (the key is schema 2; set meta.schema = 2 to use it)`},
	{"schema 2 kind in schema 1", edit(`kind = "wire"`, `kind = "weak"`),
		`talks.toml: sources[0].kind: unknown source kind "weak" (want one of: seed, official, wire, news, analysis, reference)`},
	{"lapsed in schema 1", edit(`status = "open"`, `status = "lapsed"`),
		`talks.toml: issues[0].status: unknown issue status "lapsed" (want one of: open, suspended, agreed, stalled, sidelined)`},
	{"flat issue key in schema 2", edit2(`summary = "s"
sources = ["ap"]`, `summary = "s"
us = "u"
status_note = "n"
sources = ["ap"]`),
		"talks.toml:109:1: issues[0].us: not in schema 2: give each side's stance as [[issues.positions]] entries with side = \"us\"\n" +
			`talks.toml:110:1: issues[0].status_note: not in schema 2: give the status history as [[issues.statuses]] entries, each with its note`},
	{"no statuses", edit2("  [[issues.statuses]]\n  known = 2025-05-10\n  zone = \"Europe/Zurich\"\n  status = \"open\"\n  sources = [\"ap\"]\n  confidence = \"single\"\n\n", "",
		"  [[issues.statuses]]\n  known = 2025-05-12T09:00:00-04:00\n  zone = \"America/New_York\"\n  status = \"suspended\"\n  until = 2025-08-12\n  note = \"n\"\n  round = \"geneva\"\n  sources = [\"wh\", \"ap-copy\"]\n  confidence = \"confirmed\"\n\n", "",
		"  [[issues.statuses]]\n  known = 2025-08-11\n  zone = \"America/New_York\"\n  status = \"lapsed\"\n  event = \"ev\"\n  sources = [\"mirror\"]\n  confidence = \"single\"\n\n", ""),
		`talks.toml: issues[0].statuses: at least one status entry is required`},
	{"wall time in a daylight-saving gap", edit2("role_known = 2025-05-11T18:00:00", "role_known = 2026-03-29T02:30:00"),
		`talks.toml:83:1: rounds[0].attendance[0].role_known: 2026-03-29T02:30:00 does not exist in Europe/Zurich: the clocks jumped forward across it (daylight saving)`},
	{"unsupported schema", edit2("schema = 2", "schema = 3"),
		`talks.toml: meta.schema: unsupported schema 3 (this program reads schema 1 or 2)`},
	{"no covers_to", edit2("covers_to = 2025-11-11\n", ""),
		`talks.toml: meta.covers_to: required field is missing or empty`},
	{"covers_to after checked", edit2("covers_to = 2025-11-11", "covers_to = 2025-11-13"),
		`talks.toml: meta.covers_to: covers_to 2025-11-13 is after checked 2025-11-12`},
	{"unknown kind", edit2(`kind = "commentary"`, `kind = "blog"`),
		`talks.toml: sources[4].kind: unknown source kind "blog" (want one of: official, official-copy, wire, news, analysis, reference, commentary, weak, seed)`},
	{"official copy without via", edit2("kind = \"official-copy\"\nvia = \"White House\"", "kind = \"official-copy\""),
		`talks.toml: sources[3].via: required for kind "official-copy": name whose text the page carries, e.g. "White House"`},
	{"copy of unknown", edit2(`copy_of = "ap"`, `copy_of = "apx"`),
		`talks.toml:31:1: sources[2].copy_of: unknown source "apx" (did you mean "ap"?)`},
	{"copy of itself", edit2(`copy_of = "ap"`, `copy_of = "ap-copy"`),
		`talks.toml: sources[2].copy_of: a source cannot copy itself`},
	{"copy cycle", edit2("kind = \"wire\"\n\n[[sources]]\nid = \"ap-copy\"", "kind = \"wire\"\ncopy_of = \"ap-copy\"\n\n[[sources]]\nid = \"ap-copy\""),
		`talks.toml: sources[1].copy_of: copies form a cycle: ap → ap-copy → ap`},
	{"test server", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "https://testing.dev.theedgesingapore.com/news/x"`),
		`talks.toml: sources[0].url: host "testing.dev.theedgesingapore.com" is a development or test server, not a public page`},
	{"test suffix", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "https://englishline-test.monexusmedia.uk/articles/x"`),
		`talks.toml: sources[0].url: host "englishline-test.monexusmedia.uk" is a development or test server, not a public page`},
	{"api path", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "https://wpinitiate.com/echo/wp-json/wp/v2/posts/12850"`),
		`talks.toml: sources[0].url: path "/echo/wp-json/wp/v2/posts/12850" is an API endpoint (wp-json), not a public page`},
	{"ip host", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "http://93.184.216.34/x"`),
		`talks.toml: sources[0].url: host "93.184.216.34" is an IP address, not a public page's name`},
	{"port", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "https://www.whitehouse.gov:8443/x"`),
		`talks.toml: sources[0].url: host "www.whitehouse.gov:8443" names a port; a public page needs none`},
	{"ftp", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "ftp://www.whitehouse.gov/x"`),
		`talks.toml: sources[0].url: "ftp://www.whitehouse.gov/x" must start with https:// or http://`},
	{"single label", edit2(`url = "https://www.whitehouse.gov/fact-sheet"`, `url = "https://intranet/x"`),
		`talks.toml: sources[0].url: host "intranet" is not a public DNS name`},
	{"published is a date", edit2(`published = 2025-05-12T09:00:00-04:00`, `published = 2025-05-12`),
		`talks.toml: sources[0].published: want an exact instant (2025-10-12T09:30:00+08:00); a day belongs in date`},
	{"confirmed on copies", edit2(`sources = ["wh", "ap-copy"]
  confidence = "confirmed"`, `sources = ["ap", "ap-copy"]
  confidence = "confirmed"`),
		`talks.toml: issues[0].statuses[1].confidence: "confirmed" needs two independent sources that are not weak; it has 1 (ap and ap-copy, Associated Press)`},
	{"confirmed with weak", edit2(`sources = ["wh", "ap"]
confidence = "confirmed"`, `sources = ["ap", "blog"]
confidence = "confirmed"`),
		`talks.toml: people[0].confidence: "confirmed" needs two independent sources that are not weak; it has 1 (ap, Associated Press; weak: blog)`},
	{"single on weak only", edit2(`known = 2025-05-06
sources = ["ap"]`, `known = 2025-05-06
sources = ["blog"]`),
		`talks.toml: people[1].confidence: "single" needs a source that is not weak; it has none (weak: blog)`},
	{"known before at", edit2(`known = 2025-05-10T20:00:00+02:00`, `known = 2025-05-09T20:00:00+02:00`),
		`talks.toml: events[0].known: known 2025-05-09T20:00:00+02:00 is before at 2025-05-10`},
	{"pending with outcome_known", edit2(`outcome = "pending"`, "outcome = \"pending\"\noutcome_known = 2026-11-10"),
		`talks.toml: deadlines[1].outcome_known: a "pending" outcome is not known yet: remove outcome_known or give the outcome`},
	{"pending before coverage", edit2(`outcome = "extended"
outcome_known = 2025-11-04
replaced_by = "dl2"`, `outcome = "pending"`),
		`talks.toml: deadlines[0].outcome: the deadline passed by covers_to 2025-11-11, so its outcome cannot be "pending" (use "unknown" if the sources do not say)`},
	{"suspended without until", edit2("  until = 2025-08-12\n", ""),
		`talks.toml: issues[0].statuses[1].until: required for status "suspended": when the suspension ends`},
	{"suspension ran out unrecorded", edit2(`status = "lapsed"`, `status = "suspended"
  until = 2025-09-12`),
		`talks.toml: issues[0].statuses[2].until: the suspension ran out on 2025-09-12, by covers_to 2025-11-11: add the status entry that followed`},
	{"until before known", edit2(`until = 2025-08-12`, `until = 2025-05-01`),
		`talks.toml: issues[0].statuses[1].until: until 2025-05-01 is before known 2025-05-12T09:00:00-04:00`},
	{"correction cites the claim", edit2(`correction = "k"
known = 2025-05-21
rounds = ["geneva"]
sources = ["wh"]`, `correction = "k"
known = 2025-05-21
rounds = ["geneva"]
sources = ["blog"]`),
		"talks.toml: discrepancies[0].confidence: \"single\" needs a source that is not weak; it has none (weak: blog)\n" +
			`talks.toml: discrepancies[0].sources: the correction cites only the claim's own source "blog"; cite another`},
	{"entry references", edit2(`round = "geneva"
  sources = ["wh", "ap-copy"]`, `round = "genva"
  sources = ["wh", "ap-copy"]`, `event = "ev"
  sources = ["mirror"]`, `event = "evv"
  sources = ["mirror"]`, `people = ["bessent"]`, `people = ["besent"]`),
		"talks.toml:125:3: issues[0].statuses[1].round: unknown round \"genva\" (did you mean \"geneva\"?)\n" +
			"talks.toml:133:3: issues[0].statuses[2].event: unknown event \"evv\" (did you mean \"ev\"?)\n" +
			`talks.toml:142:3: issues[0].positions[0].people[0]: unknown person "besent" (did you mean "bessent"?)`},
	{"position side", edit2(`side = "china"
  known`, `side = "other"
  known`),
		`talks.toml: issues[0].positions[1].side: unknown side "other" (want one of: us, china)`},
	{"unknown status", edit2(`status = "lapsed"`, `status = "expired"`),
		`talks.toml: issues[0].statuses[2].status: unknown issue status "expired" (want one of: open, suspended, agreed, stalled, sidelined, lapsed)`},
	{"entry offset", edit2(`known = 2025-05-12T10:00:00+02:00
  zone = "Europe/Zurich"`, `known = 2025-05-12T10:00:00+02:00`),
		`talks.toml: issues[0].positions[1].known: offset +02:00 does not match Asia/Shanghai, which is +08:00 (CST) at that instant`},
	{"no set", edit2("set = 2025-08-11\n", ""),
		`talks.toml: deadlines[0].set: required field is missing or empty`},
	{"status entry without zone", edit2("  zone = \"Europe/Zurich\"\n  status = \"open\"", "  status = \"open\""),
		`talks.toml: issues[0].statuses[0].zone: required field is missing or empty`},
	{"position without text", edit2("  text = \"u\"\n", ""),
		`talks.toml: issues[0].positions[0].text: required field is missing or empty`},
	{"schema 2 issue keys in schema 1", edit("confidence = \"single\"\n\n[[deadlines]]",
		"confidence = \"single\"\n\n  [[issues.statuses]]\n  status = \"open\"\n\n[[deadlines]]"),
		`talks.toml:73:3: issues[0].statuses: not in schema 1 (the key is schema 2; set meta.schema = 2 to use it)`},
}
