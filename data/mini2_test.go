package data

import "strings"

// mini2 is the smallest schema 2 file that uses every collection and every
// key schema 2 adds; the malformed schema 2 cases edit it.
const mini2 = `[meta]
title = "t"
checked = 2025-11-12
covers_to = 2025-11-11
schema = 2

[[sources]]
id = "wh"
outlet = "The White House"
title = "Fact sheet"
date = "2025-05-12"
kind = "official"
url = "https://www.whitehouse.gov/fact-sheet"
published = 2025-05-12T09:00:00-04:00
zone = "America/New_York"

[[sources]]
id = "ap"
outlet = "Associated Press"
title = "Talks end"
date = "2025-05-11"
kind = "wire"

[[sources]]
id = "ap-copy"
outlet = "A newspaper"
title = "Talks end (AP)"
date = "2025-05-11/12"
kind = "wire"
via = "AP"
copy_of = "ap"

[[sources]]
id = "mirror"
outlet = "A mirror"
title = "Fact sheet (copy)"
date = "2025-05"
kind = "official-copy"
via = "White House"

[[sources]]
id = "blog"
outlet = "A blog"
title = "Opinion"
date = "2025-05-20"
kind = "commentary"

[[people]]
id = "bessent"
name = "Scott Bessent"
side = "us"
title = "Secretary"
sources = ["wh", "ap"]
confidence = "confirmed"

[[people]]
id = "he-lifeng"
name = "He Lifeng"
side = "china"
title = "Vice Premier"
known = 2025-05-06
sources = ["ap"]
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
outcome_known = 2025-05-12T09:00:00+02:00
sources = ["wh", "ap"]
confidence = "confirmed"

[[rounds.attendance]]
person = "bessent"
role = "led"
known = 2025-05-08
role_known = 2025-05-11T18:00:00
sources = ["ap"]
confidence = "single"

[[rounds.attendance]]
person = "he-lifeng"
sources = ["ap"]
confidence = "single"

[[events]]
id = "ev"
at = 2025-05-10
zone = "Europe/Zurich"
known = 2025-05-10T20:00:00+02:00
kind = "round"
title = "t"
summary = "s"
round = "geneva"
people = ["bessent", "he-lifeng"]
sources = ["ap", "blog"]
confidence = "single"

[[issues]]
id = "tariffs"
name = "Tariffs"
summary = "s"
sources = ["ap"]
confidence = "single"

  [[issues.statuses]]
  known = 2025-05-10
  zone = "Europe/Zurich"
  status = "open"
  sources = ["ap"]
  confidence = "single"

  [[issues.statuses]]
  known = 2025-05-12T09:00:00-04:00
  zone = "America/New_York"
  status = "suspended"
  until = 2025-08-12
  note = "n"
  round = "geneva"
  sources = ["wh", "ap-copy"]
  confidence = "confirmed"

  [[issues.statuses]]
  known = 2025-08-11
  zone = "America/New_York"
  status = "lapsed"
  event = "ev"
  sources = ["mirror"]
  confidence = "single"

  [[issues.positions]]
  side = "us"
  known = 2025-05-12
  text = "u"
  round = "geneva"
  people = ["bessent"]
  sources = ["wh"]
  confidence = "single"

  [[issues.positions]]
  side = "china"
  known = 2025-05-12T10:00:00+02:00
  zone = "Europe/Zurich"
  text = "c"
  event = "ev"
  people = ["he-lifeng"]
  sources = ["ap"]
  confidence = "single"

[[deadlines]]
id = "dl"
title = "t"
at = 2025-11-10T00:01:00-05:00
zone = "America/New_York"
set = 2025-08-11
what = "w"
outcome = "extended"
outcome_known = 2025-11-04
replaced_by = "dl2"
sources = ["wh"]
confidence = "single"

[[deadlines]]
id = "dl2"
title = "t2"
at = 2026-11-10
zone = "America/New_York"
set = 2025-11-04
what = "w"
outcome = "pending"
sources = ["wh"]
confidence = "single"

[[discrepancies]]
id = "dis"
source = "blog"
claim = "c"
correction = "k"
known = 2025-05-21
rounds = ["geneva"]
sources = ["wh"]
confidence = "single"
`

// edit2 is edit for mini2.
func edit2(pairs ...string) string {
	s := mini2
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			panic("edit2: missing " + pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}
