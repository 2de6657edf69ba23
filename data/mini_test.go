package data

import "strings"

// mini is the smallest file that uses every collection; the malformed
// cases edit it.
const mini = `[meta]
title = "t"
checked = 2025-11-12
schema = 1

[[sources]]
id = "src"
outlet = "o"
title = "t"
date = "2025-10-12"
kind = "wire"

[[people]]
id = "bessent"
name = "Scott Bessent"
side = "us"
title = "Secretary"
sources = ["src"]
confidence = "single"

[[people]]
id = "he-lifeng"
name = "He Lifeng"
side = "china"
title = "Vice Premier"
sources = ["src"]
confidence = "single"

[[rounds]]
id = "geneva"
number = 1
name = "Geneva"
city = "Geneva"
country = "Switzerland"
zone = "Europe/Zurich"
start = 2025-05-10
end = 2025-05-11
outcome = "o"
sources = ["src"]
confidence = "single"

[[rounds.attendance]]
person = "bessent"
sources = ["src"]
confidence = "single"

[[rounds.attendance]]
person = "he-lifeng"
sources = ["src"]
confidence = "single"

[[events]]
id = "ev"
at = 2025-05-10
zone = "Europe/Zurich"
kind = "round"
title = "t"
summary = "s"
round = "geneva"
sources = ["src"]
confidence = "single"

[[issues]]
id = "tariffs"
name = "Tariffs"
summary = "s"
us = "u"
china = "c"
status = "open"
sources = ["src"]
confidence = "single"

[[deadlines]]
id = "dl"
title = "t"
at = 2025-11-10T00:01:00-05:00
zone = "America/New_York"
set = 2025-08-11
what = "w"
outcome = "pending"
sources = ["src"]
confidence = "single"

[[discrepancies]]
id = "dis"
source = "src"
claim = "c"
correction = "k"
sources = ["src"]
confidence = "single"
`

// edit returns mini with each old string replaced once by its new one, in
// order; it panics when an old string is missing so that a stale case
// cannot pass by accident.
func edit(pairs ...string) string {
	s := mini
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			panic("edit: missing " + pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}
