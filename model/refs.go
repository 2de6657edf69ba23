package model

// Lookup positions resolved once by Prepare, so that AsOf filters the
// largest lists (every Sources list, events' People and Issues, attendance)
// with array reads instead of map lookups. A position is an index into the
// lookups' collection (the whole dataset's, shared by the answers of AsOf);
// -1 marks an id that names nothing. A list whose positions do not match it
// in length (changed after Prepare) is filtered by lookups instead.

// resolve returns the lookup position of each id; nil for a nil list.
func resolve(ids []string, m map[string]int) []int32 {
	if ids == nil {
		return nil
	}
	out := make([]int32, len(ids))
	for i, id := range ids {
		out[i] = -1
		if p, ok := m[id]; ok {
			out[i] = int32(p) //nolint:gosec // collections are far below 2^31 records
		}
	}
	return out
}

// computeRefs resolves the positions of every record's hot lists.
func (d *Dataset) computeRefs() {
	m := &d.idx.maps
	src := func(s *Sourced) { s.pos = resolve(s.Sources, m[colSources]) }
	for i := range d.People {
		src(&d.People[i].Sourced)
	}
	for i := range d.Rounds {
		r := &d.Rounds[i]
		src(&r.Sourced)
		for j := range r.Attendance {
			a := &r.Attendance[j]
			src(&a.Sourced)
			a.personRef = 0
			if p, ok := m[colPeople][a.Person]; ok {
				a.personRef = int32(p) + 1 //nolint:gosec // far below 2^31
			}
		}
	}
	for i := range d.Events {
		e := &d.Events[i]
		src(&e.Sourced)
		e.peoplePos, e.issuesPos = resolve(e.People, m[colPeople]), resolve(e.Issues, m[colIssues])
	}
	for i := range d.Issues {
		is := &d.Issues[i]
		src(&is.Sourced)
		for j := range is.Statuses {
			src(&is.Statuses[j].Sourced)
		}
		for j := range is.Positions {
			src(&is.Positions[j].Sourced)
		}
	}
	for i := range d.Deadlines {
		src(&d.Deadlines[i].Sourced)
	}
	for i := range d.Discrepancies {
		src(&d.Discrepancies[i].Sourced)
	}
}

// known holds, for one AsOf call, which records of a collection are known,
// by lookup position.
type known []bool

func (k known) at(p int32) bool { return p >= 0 && int(p) < len(k) && k[p] }

// keepKnown copies the ids whose positions k marks known, with their
// positions; ok is the fallback when pos does not match ids.
func (b *asOf) keepKnown(ids []string, pos []int32, k known, ok func(string) bool) ([]string, []int32) {
	if ids == nil {
		return nil, nil
	}
	if len(pos) != len(ids) {
		return b.strs.keep(ids, ok), nil
	}
	outIDs, outPos := b.strs.take(len(ids)), b.ints.take(len(ids))
	for j, id := range ids {
		if k.at(pos[j]) {
			outIDs, outPos = append(outIDs, id), append(outPos, pos[j])
		}
	}
	return outIDs[:len(outIDs):len(outIDs)], outPos[:len(outPos):len(outPos)]
}
