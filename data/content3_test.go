package data

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// TestEmbeddedEarly2025 pins the escalation of early 2025 that the record
// now starts from (data/AUDIT.md §13): the fentanyl tariffs, China's
// countermeasures, the 2 April tariffs and China's rare-earth controls of
// 4 April, the peaks of 145% and 125%, and where the issues stood on 1 May
// 2025, before the talks were announced.
func TestEmbeddedEarly2025(t *testing.T) {
	ds := embeddedData(t)
	day := func(e *model.Event) string { return e.At.Time.Format("2006-01-02") }

	// The first fact of the record: the IEEPA fentanyl tariff of 1 February,
	// 10%, in force from 12:01 a.m. EST on 4 February; doubled to 20% on 3 March.
	if e, ok := ds.Event("fentanyl-tariff-order"); !ok || day(e) != "2025-02-01" || !strings.Contains(e.Summary, "10%") || e.Confidence != model.Confirmed {
		t.Errorf("the fentanyl tariff order of 1 February 2025 is missing or wrong: %+v", e)
	}
	if dl, ok := ds.Deadline("fentanyl-tariff-2025-02-04"); !ok || !dl.At.Time.Equal(time.Date(2025, 2, 4, 5, 1, 0, 0, time.UTC)) || dl.At.IsDateOnly() {
		t.Errorf("the 10%% fentanyl tariff takes effect at 12:01 a.m. EST on 4 February: %+v", dl)
	}
	if e, ok := ds.Event("fentanyl-tariff-doubled"); !ok || day(e) != "2025-03-03" || !strings.Contains(e.Summary, "20%") {
		t.Errorf("the increase to 20%% of 3 March 2025 is missing: %+v", e)
	}
	// China's farm tariffs of 4 March hit soybeans at 10%.
	if e, ok := ds.Event("china-farm-tariffs"); !ok || day(e) != "2025-03-04" || !strings.Contains(e.Summary, "soybeans") || !slices.Contains(e.Issues, "soybeans") {
		t.Errorf("China's farm tariffs of 4 March 2025 are missing: %+v", e)
	}
	// 2 April: 34% on China; 4 April: China's 34% and its rare-earth controls.
	if e, ok := ds.Event("reciprocal-tariffs"); !ok || day(e) != "2025-04-02" || !strings.Contains(e.Summary, "34%") {
		t.Errorf("the 2 April 2025 tariffs (34%% on China) are missing: %+v", e)
	}
	if e, ok := ds.Event("china-retaliates-34"); !ok || day(e) != "2025-04-04" || !strings.Contains(e.Summary, "34%") {
		t.Errorf("China's 34%% of 4 April 2025 is missing: %+v", e)
	}
	re, ok := ds.Event("china-rare-earth-controls")
	if !ok || day(re) != "2025-04-04" || re.Kind != model.KindExportControl || !slices.Contains(re.Issues, "rare-earths") {
		t.Fatalf("China's rare-earth export controls of 4 April 2025 are missing: %+v", re)
	}
	for _, el := range []string{"samarium", "gadolinium", "terbium", "dysprosium", "lutetium", "scandium", "yttrium"} {
		if !strings.Contains(re.Summary, el) {
			t.Errorf("the controls of 4 April 2025 cover seven elements; %s is missing", el)
		}
	}
	// The peaks: US 125% reciprocal, 145% with the fentanyl tariff; China 84%
	// then 125%.
	if e, ok := ds.Event("pause-except-china"); !ok || day(e) != "2025-04-09" || !strings.Contains(e.Summary, "125%") || !strings.Contains(e.Summary, "90-day") {
		t.Errorf("the 9 April 2025 pause for others and 125%% for China are missing: %+v", e)
	}
	if e, ok := ds.Event("white-house-145"); !ok || !strings.Contains(e.Summary, "145%") || !strings.Contains(e.Summary, "20%") {
		t.Errorf("the White House's 145%% total (125%% + 20%%) is missing: %+v", e)
	}
	if e, ok := ds.Event("tariff-peak"); !ok || !strings.Contains(e.Summary, "125%") || !strings.Contains(e.Summary, "145%") {
		t.Errorf("the peak of 11 April 2025 (145%%, 125%%) is missing: %+v", e)
	}
	if dl, ok := ds.Deadline("china-tariff-84-2025-04-10"); !ok || !dl.At.Time.Equal(time.Date(2025, 4, 10, 4, 1, 0, 0, time.UTC)) {
		t.Errorf("China's 84%% starts at 12:01 p.m. Beijing on 10 April, the US 125%%'s instant: %+v", dl)
	}
	if us, ok := ds.Deadline("us-tariff-125-2025-04-10"); !ok || !us.At.Time.Equal(time.Date(2025, 4, 10, 4, 1, 0, 0, time.UTC)) {
		t.Errorf("the US 125%% applies from 12:01 a.m. EDT on 10 April: %+v", us)
	}
	if dl, ok := ds.Deadline("china-tariff-125-2025-04-12"); !ok || dl.At.Time.Format("2006-01-02") != "2025-04-12" || dl.Outcome != model.OutcomeTookEffect {
		t.Errorf("China's 125%% from 12 April 2025 is missing: %+v", dl)
	}
	// De minimis for China ends at 12:01 a.m. EDT on 2 May 2025.
	if dl, ok := ds.Deadline("de-minimis-china-2025-05-02"); !ok || !dl.At.Time.Equal(time.Date(2025, 5, 2, 4, 1, 0, 0, time.UTC)) {
		t.Errorf("the end of de minimis for China is missing: %+v", dl)
	}

	// At noon UTC on 1 May 2025 the issues stand where the escalation left
	// them, each with its first entry dated before Geneva. No talks were held
	// before the announcement of 6 May, so none is open (under negotiation):
	// each is stalled (AUDIT.md §14).
	at := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	then := ds.AsOf(at)
	want := map[string]model.IssueStatus{
		"fentanyl":          model.StatusStalled,
		"truce-extension":   model.StatusStalled,
		"rare-earths":       model.StatusStalled,
		"soybeans":          model.StatusStalled,
		"tech-export-curbs": model.StatusStalled,
	}
	for id, st := range want {
		is, ok := then.Issue(id)
		if !ok {
			t.Errorf("issue %s is not known on 1 May 2025", id)
			continue
		}
		if is.Status != st {
			t.Errorf("issue %s on 1 May 2025: status %q, want %q", id, is.Status, st)
		}
	}
	for _, id := range []string{"fentanyl", "truce-extension", "rare-earths", "soybeans"} {
		if is, _ := then.Issue(id); is == nil || is.China == "" {
			t.Errorf("issue %s on 1 May 2025: China's position is missing", id)
		}
	}
	for _, id := range []string{"fentanyl", "truce-extension", "tech-export-curbs"} {
		if is, _ := then.Issue(id); is == nil || is.US == "" {
			t.Errorf("issue %s on 1 May 2025: the US position is missing", id)
		}
	}
	// The talks are not yet announced on 1 May; they are by the end of 6 May.
	if _, ok := then.Event("geneva-talks-announced"); ok {
		t.Error("the talks of Geneva must not be known on 1 May 2025")
	}
	later := ds.AsOf(time.Date(2025, 5, 7, 12, 0, 0, 0, time.UTC))
	if is, ok := later.Issue("truce-extension"); !ok || is.Status != model.StatusOpen {
		t.Errorf("on 7 May 2025 the truce issue is open (talks announced): %+v", is)
	}
	// The Countdowns at 1 May 2025 have a deadline ahead: de minimis on 2 May.
	if dl, _ := then.NextDeadline(at); dl == nil || dl.ID != "de-minimis-china-2025-05-02" {
		t.Errorf("the next deadline on 1 May 2025 should be the end of de minimis for China: %+v", dl)
	}
}

// TestEmbeddedFinalRecheck pins what the final re-check changed
// (data/AUDIT.md §14).
func TestEmbeddedFinalRecheck(t *testing.T) {
	ds := embeddedData(t)
	// Greer's second quotation is his own (TRT World: he said it to
	// reporters), not an unnamed official's: the correction rests on two
	// independent pages.
	var bf *model.Discrepancy
	for i := range ds.Discrepancies {
		if ds.Discrepancies[i].ID == "breakthrough-f002" {
			bf = &ds.Discrepancies[i]
		}
	}
	if bf == nil || bf.Confidence != model.Confirmed || !slices.Contains(bf.Sources, "s279") || strings.Contains(bf.Correction, "MENAFN") {
		t.Errorf("breakthrough-f002 should rest on Reuters and TRT World: %+v", bf)
	}
	if _, ok := ds.Source("s212"); ok {
		t.Error("the weak MENAFN copy (s212) was replaced by TRT World and should be gone")
	}
	// The preview that called the Asia trip Trump's longest is Reuters'.
	if s, ok := ds.Source("s219"); !ok || s.Kind != model.Wire || s.Via != "Reuters" {
		t.Errorf("s219 carries the Reuters preview of 24 October 2025: %+v", s)
	}
	// China's 84% at 12:01 p.m. Beijing rests on two independent pages.
	if dl, ok := ds.Deadline("china-tariff-84-2025-04-10"); !ok || dl.Confidence != model.Confirmed {
		t.Errorf("China's 84%% at 12:01 p.m. on 10 April 2025 should be confirmed: %+v", dl)
	}
	// The 4 February outcome names China's reply, made minutes later: it is
	// not known at the instant the duty took effect.
	if dl, ok := ds.Deadline("fentanyl-tariff-2025-02-04"); !ok || !dl.OutcomeKnownFrom().After(dl.At.Time) {
		t.Errorf("the outcome of 4 February 2025 must not be known at 12:01 a.m. EST: %+v", dl)
	}
	// The 9 April pause covered every other country; the 75 is Trump's claim.
	if e, ok := ds.Event("pause-except-china"); !ok || !strings.Contains(e.Summary, "every other country") || !strings.Contains(e.Summary, "he says more than 75") {
		t.Errorf("pause-except-china: the pause covered every other country; '75' is Trump's figure: %+v", e)
	}
}

// TestEmbeddedConfirmingRecheck pins what the confirming re-check changed
// (data/AUDIT.md §15).
func TestEmbeddedConfirmingRecheck(t *testing.T) {
	ds := embeddedData(t)
	// The exemption in China's farm tariffs is the commission's own: goods
	// shipped before 10 March and imported by 12 April, from the Global Times
	// copy of its statement, not a partisan paraphrase.
	if dl, ok := ds.Deadline("china-farm-tariffs-2025-03-10"); !ok || !slices.Contains(dl.Sources, "s283") || !strings.Contains(dl.What, "port of origin before 10 March") {
		t.Errorf("china-farm-tariffs-2025-03-10: the exemption should follow the commission's statement (s283): %+v", dl)
	}
	if _, ok := ds.Source("s282"); ok {
		t.Error("s282 (The Epoch Times) was replaced by the Global Times copy of the statement and should be gone")
	}
	// Russia was raised at the trade talks (Stockholm), so the status of
	// 19 September 2025 does not say it was kept apart from them.
	if is, ok := ds.Issue("russia"); !ok || len(is.Statuses) == 0 || strings.Contains(is.Statuses[0].Note, "kept apart") || !slices.Contains(is.Statuses[0].Sources, "s101") {
		t.Errorf("russia: the first status should not say Russia was kept apart from the trade talks: %+v", is)
	}
	// Trump expected concessions from both sides on 24 October 2025.
	if e, ok := ds.Event("trump-157"); !ok || !strings.Contains(e.Summary, "the US will too") {
		t.Errorf("trump-157: Trump said the US would make concessions too: %+v", e)
	}
	// Issue summaries are backed by a page when they first appear.
	for id, when := range map[string]time.Time{
		"fentanyl": time.Date(2025, 2, 2, 12, 0, 0, 0, time.UTC),
		"taiwan":   time.Date(2025, 10, 31, 12, 0, 0, 0, time.UTC),
	} {
		if is, ok := ds.AsOf(when).Issue(id); !ok || len(is.Sources) == 0 {
			t.Errorf("issue %s at %s: its summary has no visible source: %+v", id, when, is)
		}
	}
}

// TestEmbeddedLastPass pins the one finding of the last confirming pass
// (data/AUDIT.md §16): the Reuters report that the first US soybean cargoes
// for China since May were due to load is of Monday 24 November 2025, not
// 21 November as the trade paper dates it, so China's position that cites it
// is not shown before then, and it has a page of its own day.
func TestEmbeddedLastPass(t *testing.T) {
	ds := embeddedData(t)
	find := func(when time.Time) (model.PositionEntry, bool) {
		is, ok := ds.AsOf(when).Issue("soybeans")
		if !ok {
			return model.PositionEntry{}, false
		}
		for _, p := range is.Positions {
			if p.Side == model.China && strings.Contains(p.Text, "due to load") {
				return p, true
			}
		}
		return model.PositionEntry{}, false
	}
	if p, ok := find(time.Date(2025, 11, 24, 12, 0, 0, 0, time.UTC)); ok {
		t.Errorf("soybeans: China's position on the first cargoes is shown before the report of 24 November: %+v", p)
	}
	p, ok := find(time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC))
	if !ok {
		t.Fatal("soybeans: China's position on the first cargoes is missing on 26 November 2025")
	}
	if !slices.Contains(p.Sources, "s286") {
		t.Errorf("soybeans: the position should show the Reuters story of 24 November (s286) by 26 November: %+v", p)
	}
}

// TestEmbeddedWholeFileRecheck pins the findings of the whole-file re-check
// (data/AUDIT.md §18): source notes say what a page is and what it supports,
// not the audit's history; no minister is linked to a measure no cited page
// names him for; the Taiwan summary's "arms sales" has a page of 28 October
// 2025 when the issue first appears; and the Beijing-visit deadline cites the
// page that gives the White House's dates.
func TestEmbeddedWholeFileRecheck(t *testing.T) {
	ds := embeddedData(t)
	for _, s := range ds.Sources {
		for _, w := range []string{"audit", "stored copy", "Replaces", "replaces", "re-read", "could not find"} {
			if strings.Contains(s.Note, w) {
				t.Errorf("source %s: the note speaks of the audit (%q) instead of the page: %s", s.ID, w, s.Note)
			}
		}
	}
	if strings.Contains(ds.Meta.Note, "stored") || strings.Contains(ds.Meta.Note, "news articles") {
		t.Errorf("meta.note: the seeds are not all news articles, and 'stored' is the audit's word: %s", ds.Meta.Note)
	}
	for id, person := range map[string]string{"affiliates-rule": "lutnick", "china-export-controls": "wang-wentao"} {
		if e, ok := ds.Event(id); !ok || slices.Contains(e.People, person) {
			t.Errorf("event %s: no cited page names %s: %+v", id, person, e)
		}
	}
	when := time.Date(2025, 10, 30, 16, 0, 0, 0, time.UTC) // the end of 30 October in Seoul, and a little after
	if is, ok := ds.AsOf(when).Issue("taiwan"); !ok || !slices.Contains(is.Sources, "s287") || !strings.Contains(is.Summary, "arms sales") {
		t.Errorf("taiwan: when the issue appears, its summary's arms sales should be backed by the Reuters story of 28 October (s287): %+v", is)
	}
	if dl, ok := ds.Deadline("beijing-visit-2026-03-31"); !ok || !slices.Contains(dl.Sources, "s209") {
		t.Errorf("beijing-visit-2026-03-31: the White House's 31 March – 2 April should be cited to AFP's story (s209): %+v", dl)
	}
}
