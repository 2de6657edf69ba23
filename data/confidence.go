package data

import (
	"fmt"
	"strings"

	"github.com/truce-dev/truce/model"
)

// confidence enforces the schema 2 definitions of the levels on a record's
// sources: confirmed needs two independent sources that are not weak,
// single one source that is not weak. Records citing an unknown source are
// left to the reference check.
func (k *checker) confidence(prefix string, s model.Sourced) {
	want := s.Confidence.Rank()
	if want <= 0 || len(s.Sources) == 0 || k.groups == nil {
		return
	}
	type group struct {
		key, label string
		ids        []string
	}
	var groups []group
	var weak []string
	for _, id := range s.Sources {
		i, ok := k.sources.pos[id]
		if !ok {
			return
		}
		src := &k.srcs[i]
		if src.Kind.IsWeak() {
			weak = append(weak, id)
			continue
		}
		found := false
		for g := range groups {
			if groups[g].key == k.groups[i] {
				groups[g].ids = append(groups[g].ids, id)
				found = true
			}
		}
		if !found {
			groups = append(groups, group{key: k.groups[i], label: k.groupLabel(i), ids: []string{id}})
		}
	}
	if model.Supported(len(groups)).Rank() >= want {
		return
	}
	var parts []string
	for _, g := range groups {
		parts = append(parts, strings.Join(g.ids, " and ")+", "+g.label)
	}
	if len(weak) > 0 {
		parts = append(parts, "weak: "+strings.Join(weak, ", "))
	}
	detail := ""
	if len(parts) > 0 {
		detail = " (" + strings.Join(parts, "; ") + ")"
	}
	if s.Confidence == model.Confirmed {
		k.c.addf(prefix+".confidence", "%q needs two independent sources that are not weak; it has %d%s",
			s.Confidence, len(groups), detail)
		return
	}
	k.c.add(prefix+".confidence", fmt.Sprintf("%q needs a source that is not weak; it has none%s", s.Confidence, detail))
}

// groupLabel names source i's independence group: "via AP" when the root
// of its copies names a via, else the root's outlet.
func (k *checker) groupLabel(i int) string {
	root := i
	for range len(k.srcs) {
		next, ok := k.sources.pos[k.srcs[root].CopyOf]
		if !ok || k.srcs[root].CopyOf == "" || next == i {
			break
		}
		root = next
	}
	if v := k.srcs[root].Via; v != "" {
		return "via " + v
	}
	return k.srcs[root].Outlet
}
