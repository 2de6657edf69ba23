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
	for in, want := range map[string]string{"li3": "li", "cheng2gang1": "chenggang", "g20": "g20", "3": "3", "round": "round", "c919": "c919", "q2": "q2", "lv3": "lv"} {
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
	if got := Suggest(ParseQuery("grere"), recs); got != "Greer" { // one edit allowed: the swap must count once
		t.Errorf("a swap of neighbours counts once: Suggest(grere) = %q, want Greer", got)
	}
}

// TestTextMatchesAtWordStarts: outside the names a term must start a word
// ("lon" found Jimmy Lai, who "belongs" to neither delegation, and "li ch"
// found JD Vance through "public hearing" with its spaces taken out);
// Chinese, written without spaces, matches anywhere; the spaces of a
// name typed without them still match in prose ("helifeng").
func TestTextMatchesAtWordStarts(t *testing.T) {
	for _, c := range []struct {
		related, text, query string
		want                 Rank
	}{
		{"", "Side is other because he belongs to neither delegation", "lon", NoMatch},
		{"", "talks in London", "lon", Elsewhere},
		{"London, round 2", "", "lon", Related},
		{"", "a public hearing on 16 December", "li ch", NoMatch},
		{"", "a public hearing on 16 December", "lich", NoMatch},
		{"", "met He Lifeng in Madrid", "helifeng", Elsewhere},
		{"", "met He Lifeng in Madrid", "lifeng", Elsewhere},
		{"", "met He Lifeng in Madrid", "ifeng", NoMatch},
		{"", "会见何立峰副总理", "立峰", Elsewhere},
		{"", "tariff-cut (10%)", "cut", Elsewhere},
		{"", "Cai Qi and Taiwan", "q2 taiwan", NoMatch},
		{"", "soybean purchases", "soybeans", Elsewhere},
	} {
		rec := NewRecord([]string{"Someone"}, c.related, c.text)
		if got := rec.Rank(ParseQuery(c.query)); got != c.want {
			t.Errorf("%q in %q / %q ranks %d, want %d", c.query, c.related, c.text, got, c.want)
		}
	}
}
