package widget

import "testing"

// TestRankTiers: exact name, then name prefix, then word prefix, then inside
// a name, then related text, then anywhere else.
func TestRankTiers(t *testing.T) {
	rec := NewRecord([]string{"Li Chenggang", "李成钢", "Lǐ Chénggāng"}, "Geneva, round 1", "China International Trade Representative")
	for q, want := range map[string]Rank{
		"li chenggang": ExactName, "lichenggang": ExactName, "李成钢": ExactName, "li3 cheng2gang1": ExactName,
		"lich": NamePrefix, "li ch": NamePrefix, "chenggang li": NamePrefix, "chenggang": NamePrefix, "cheng": WordPrefix, "ch li": WordPrefix,
		"gang": NameContains, "geneva": Related, "trade": Elsewhere, "representatives": Elsewhere, "zurich": NoMatch, "": NoMatch,
	} {
		if got := rec.Rank(ParseQuery(q)); got != want {
			t.Errorf("%q ranks %d, want %d", q, got, want)
		}
	}
}

// TestDropTones drops tone numbers from pinyin only.
func TestDropTones(t *testing.T) {
	for in, want := range map[string]string{"li3": "li", "cheng2gang1": "chenggang", "g20": "g20", "3": "3", "round": "round", "c919": "c919"} {
		if got := dropTones(in); got != want {
			t.Errorf("dropTones(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSuggest offers the closest name to a misspelling, and nothing far.
func TestSuggest(t *testing.T) {
	recs := []*Record{}
	for _, n := range [][]string{{"Scott Bessent"}, {"Jamieson Greer"}, {"He Lifeng", "Hà Lập Phong"}} {
		r := NewRecord(n, "", "")
		recs = append(recs, &r)
	}
	for q, want := range map[string]string{"bessnet": "Bessent", "gereer": "Greer", "ha lap phnog": "Hà Lập Phong", "xyzzy": "", "be": ""} {
		if got := Suggest(ParseQuery(q), recs); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", q, got, want)
		}
	}
	if d := editDistance("bessnet", "bessent"); d != 1 {
		t.Errorf("a swap of neighbours counts once: %d", d)
	}
}
