package data

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
)

// msgRequired is the message for a required field that is absent or empty.
const msgRequired = "required field is missing or empty"

// idset holds the ids of one collection.
type idset struct {
	kind string         // singular record name, e.g. "person"
	pos  map[string]int // id -> first index
	ids  []string       // ids in file order, for suggestions
}

// checker validates a decoded dataset and resolves its instants.
type checker struct {
	c      *collector
	zones  map[string]*time.Location
	loc    *locator      // places reference errors
	schema int           // 1 or 2: the rules to apply
	cover  model.Instant // meta's coverage, for the schema 2 rules
	groups []string      // independence group of each source (schema 2)
	srcs   []model.Source

	sources, people, rounds, events, issues, deadlines, discrepancies idset
}

func newChecker(c *collector) *checker {
	return &checker{c: c, zones: map[string]*time.Location{}}
}

// indexed renders a collection path with an index: rounds[2].
func indexed(coll string, i int) string {
	return coll + "[" + strconv.Itoa(i) + "]"
}

// collect checks the ids of a collection (present, well-formed, unique)
// and records them.
func collect[T any](k *checker, set *idset, coll, kind string, items []T, id func(*T) string) {
	set.kind = kind
	set.pos = make(map[string]int, len(items))
	set.ids = make([]string, 0, len(items))
	for i := range items {
		v := id(&items[i])
		switch {
		case v == "":
			k.c.add(indexed(coll, i)+".id", msgRequired)
			continue
		case !validID(v):
			k.c.addf(indexed(coll, i)+".id", "invalid id %q (use lowercase letters, digits and hyphens, starting with a letter or digit)", v)
		}
		if first, dup := set.pos[v]; dup {
			k.c.addf(indexed(coll, i)+".id", "duplicate id %q (first at %s)", v, indexed(coll, first))
			continue
		}
		set.pos[v] = i
		set.ids = append(set.ids, v)
	}
}

// validID reports whether s matches ^[a-z0-9][a-z0-9-]*$ (written out
// because it runs once per record).
func validID(s string) bool {
	for i := range len(s) {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0) {
			return false
		}
	}
	return s != ""
}

// collectIDs records the ids of every collection.
func (k *checker) collectIDs(ds *model.Dataset) {
	collect(k, &k.sources, "sources", "source", ds.Sources, func(s *model.Source) string { return s.ID })
	collect(k, &k.people, "people", "person", ds.People, func(p *model.Person) string { return p.ID })
	collect(k, &k.rounds, "rounds", "round", ds.Rounds, func(r *model.Round) string { return r.ID })
	collect(k, &k.events, "events", "event", ds.Events, func(e *model.Event) string { return e.ID })
	collect(k, &k.issues, "issues", "issue", ds.Issues, func(i *model.Issue) string { return i.ID })
	collect(k, &k.deadlines, "deadlines", "deadline", ds.Deadlines, func(d *model.Deadline) string { return d.ID })
	collect(k, &k.discrepancies, "discrepancies", "discrepancy", ds.Discrepancies,
		func(d *model.Discrepancy) string { return d.ID })
}

// ref checks that id names a record of set.
func (k *checker) ref(path, id string, set *idset) {
	if _, ok := set.pos[id]; ok {
		return
	}
	if id == "" {
		k.c.add(path, msgRequired)
		return
	}
	if k.c.full() {
		k.c.more++
		return
	}
	msg := fmt.Sprintf("unknown %s %q", set.kind, id)
	if s, ok := suggest(id, set.ids); ok {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	line, col := k.loc.find(path)
	k.c.addAt(line, col, path, msg)
}

// refs checks a list of ids.
func (k *checker) refs(path string, ids []string, set *idset) {
	for i, id := range ids {
		if _, ok := set.pos[id]; !ok {
			k.ref(indexed(path, i), id, set)
		}
	}
}

// required reports an empty required string.
func (k *checker) required(path, s string) {
	if s == "" {
		k.c.add(path, msgRequired)
	}
}

// sourced checks that a record cites at least one known source and has a
// confidence level.
func (k *checker) sourced(prefix string, s model.Sourced) {
	if len(s.Sources) == 0 {
		k.c.add(prefix+".sources", "at least one source is required")
	}
	k.refs(prefix+".sources", s.Sources, &k.sources)
	enum(k, prefix+".confidence", "confidence", s.Confidence, model.Confidences())
	if k.schema == 2 {
		k.confidence(prefix, s)
	}
}

// enum checks that v is one of allowed.
func enum[T ~string](k *checker, path, what string, v T, allowed []T) {
	if v == "" {
		k.c.add(path, msgRequired)
		return
	}
	if slices.Contains(allowed, v) {
		return
	}
	names := make([]string, len(allowed))
	for i, a := range allowed {
		names[i] = string(a)
	}
	k.c.addf(path, "unknown %s %q (want one of: %s)", what, v, strings.Join(names, ", "))
}
