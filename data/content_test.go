package data

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/truce-dev/truce/model"
)

// TestEmbeddedContent checks the facts the dashboard is built around, so
// that an edit to talks.toml that loses one of them fails CI.
func TestEmbeddedContent(t *testing.T) {
	ds := embeddedData(t)
	for i, city := range []string{"Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur", "Paris"} {
		if ds.Rounds[i].City != city || ds.Rounds[i].Number != i+1 {
			t.Errorf("round %d = %s (%d), want %s", i+1, ds.Rounds[i].City, ds.Rounds[i].Number, city)
		}
		if _, ok := ds.EventOfRound(ds.Rounds[i].ID); !ok {
			t.Errorf("round %s has no event", ds.Rounds[i].ID)
		}
	}
	for _, id := range []string{"bessent", "greer", "he-lifeng", "li-chenggang", "trump", "xi", "lutnick", "wang-wentao", "liao-min", "vance", "rubio", "wang-yi"} {
		if _, ok := ds.Person(id); !ok {
			t.Errorf("person %q missing", id)
		}
	}
	he, _ := ds.Person("he-lifeng")
	if he.Native != "何立峰" || he.Pinyin == "" {
		t.Errorf("He Lifeng native/pinyin = %q/%q", he.Native, he.Pinyin)
	}
	if liao, _ := ds.Person("liao-min"); liao.Native != "廖岷" {
		t.Errorf("Liao Min native = %q", liao.Native)
	}
	for _, id := range []string{"rare-earths", "soybeans", "taiwan", "jimmy-lai", "export-blacklist", "tech-export-curbs", "fentanyl", "phase-one", "port-fees", "russia", "truce-extension", "tiktok"} {
		if _, ok := ds.Issue(id); !ok {
			t.Errorf("issue %q missing", id)
		}
	}
	truce, ok := ds.Deadline("truce-2025-11-10")
	if !ok {
		t.Fatal("the 10 November truce deadline is missing")
	}
	want := time.Date(2025, 11, 10, 5, 1, 0, 0, time.UTC)
	if !truce.At.Time.Equal(want) || truce.At.IsDateOnly() {
		t.Errorf("truce expiry = %v, want %v exact", truce.At.Time.UTC(), want)
	}
	threat, ok := ds.Deadline("tariff-100-2025-11-01")
	if !ok || !threat.At.IsDateOnly() || threat.Outcome != model.OutcomeAverted {
		t.Errorf("the 1 November 100%% threat must be date-only and averted: %+v", threat)
	}
	if cn, ok := ds.Deadline("china-tariffs-2025-11-10"); !ok || !cn.At.Time.Equal(want) {
		t.Errorf("China's tariff changes must take effect at the US instant, 13:01 Beijing: %+v", cn)
	}
	if old, ok := ds.Deadline("truce-2026-11-10"); !ok || old.Outcome != model.OutcomeSuperseded {
		t.Errorf("the November 2026 truce deadline was superseded by the IEEPA ruling: %+v", old)
	}
	for _, id := range []string{"affiliates-2026-11-10", "china-controls-suspension-2026-11-10", "gallium-2026-11-27", "section-122-2026-07"} {
		if dl, ok := ds.Deadline(id); !ok || dl.Outcome != model.OutcomePending {
			t.Errorf("%s passes after the data's coverage and must stay pending: %+v", id, dl)
		}
	}
	kl := ds.AttendeesBySide("kuala-lumpur")
	if len(kl) != 2 || kl[0].Side != model.US || kl[1].Side != model.China {
		t.Errorf("Kuala Lumpur sides = %+v", kl)
	}
	if n := len(ds.DiscrepanciesOfSource("f003")); n < 5 {
		t.Errorf("F003 carries %d discrepancies, want at least 5", n)
	}

	// The fentanyl cut is Executive Order 14357's; 14358 only continues the
	// reciprocal-rate suspension.
	eo57, ok := ds.Event("eo-14357")
	if !ok || !strings.Contains(eo57.Summary, "20%") || !strings.Contains(eo57.Summary, "10%") || !slices.Contains(eo57.Issues, "fentanyl") {
		t.Errorf("EO 14357 must carry the fentanyl cut from 20%% to 10%%: %+v", eo57)
	}
	if eo58, ok := ds.Event("eo-14358"); !ok || strings.Contains(strings.ToLower(eo58.Summary), "fentanyl") || slices.Contains(eo58.Issues, "fentanyl") {
		t.Errorf("EO 14358 must not be credited with the fentanyl cut: %+v", eo58)
	}
	// The Busan delegations include Greer and Wang Wentao.
	busan, ok := ds.Event("busan-meeting")
	if !ok || !slices.Contains(busan.People, "greer") || !slices.Contains(busan.People, "wang-wentao") {
		t.Errorf("Busan delegation must include Greer and Wang Wentao: %+v", busan)
	}
	// China's commerce ministry confirmed the 200 Boeing jets on 20 May 2026
	// and said it would seek to extend the truce.
	boeing, ok := ds.Event("mofcom-boeing")
	if !ok || boeing.At.Time.Format("2006-01-02") != "2026-05-20" || !strings.Contains(boeing.Summary, "200 Boeing") ||
		!strings.Contains(boeing.Summary, "extension") || boeing.Confidence == model.Unconfirmed {
		t.Errorf("MOFCOM's confirmation of 200 Boeing jets on 20 May 2026 is missing or unsourced: %+v", boeing)
	}
	// The seed's magnet claim is a discrepancy, never a fact of the record.
	if geneva, ok := ds.Event("geneva-statement"); !ok || strings.Contains(strings.ToLower(geneva.Summary), "magnet") {
		t.Errorf("Geneva statement must not state the seed's magnet claim: %+v", geneva)
	}
	if threat, ok := ds.Event("tariff-threat"); !ok || strings.Contains(threat.Summary, "never") {
		t.Errorf("the 10 October threat must state only what was known that day: %+v", threat)
	}
	for _, gone := range []string{"round-count", "xi-title", "purge-timing"} {
		for _, x := range ds.Discrepancies {
			if x.ID == gone {
				t.Errorf("discrepancy %q is not a contradiction and must stay out", gone)
			}
		}
	}
}

// TestEmbeddedPinnedFacts pins corrected facts straight from the file, so it
// holds whatever shape the model gives issue histories.
func TestEmbeddedPinnedFacts(t *testing.T) {
	f := rawFile(t)
	meta := f["meta"].(map[string]any)
	if meta["schema"] != int64(2) || dateOf(meta["checked"]) != "2026-11-30" || dateOf(meta["covers_to"]) != "2026-05-20" {
		t.Errorf("meta = %v: want schema 2, checked 2026-11-30, covers_to 2026-05-20", meta)
	}
	issues := records(f, "issues")
	soy := byID(issues, "soybeans")
	if soy == nil {
		t.Fatal("soybeans issue missing")
	}
	// The purchase figures are US claims (the White House's fact sheet of
	// November 2025, Trump's account of the February 2026 call): they may
	// appear only on the US side, attributed, never as China's commitment.
	for _, p := range records(soy, "positions") {
		text, side := p["text"].(string), p["side"].(string)
		attributed := strings.Contains(text, "White House") || strings.HasPrefix(text, "Trump says")
		if strings.Contains(text, "25 million") && (side != "us" || !attributed) {
			t.Errorf("soybean tonnages must be attributed to the White House or Trump on the US side: %q (%s)", text, side)
		}
	}
	// Suspensions end after the data's coverage; the blacklist's last entry
	// is its suspension to 10 November 2026.
	bl := records(byID(issues, "export-blacklist"), "statuses")
	if last := bl[len(bl)-1]; last["status"] != "suspended" || dateOf(last["until"]) != "2026-11-10" {
		t.Errorf("export blacklist's last status = %v", last)
	}
	// China's counter-fees on ships are recorded, not said to be unknown.
	var chinaFees bool
	for _, p := range records(byID(issues, "port-fees"), "positions") {
		chinaFees = chinaFees || p["side"] == "china"
	}
	if !chinaFees {
		t.Error("port fees: China's own counter-fees and their suspension are missing")
	}
	// China matched the US extension of August 2025 with its own notice of
	// 12 August (re-check of issue #13).
	var chinaAug bool
	for _, p := range records(byID(issues, "truce-extension"), "positions") {
		chinaAug = chinaAug || (p["side"] == "china" && dateOf(p["known"]) == "2025-08-12")
	}
	if !chinaAug {
		t.Error("truce extension: China's 90-day extension of 12 August 2025 is missing")
	}
	// Lai's conviction is known from the end of 15 December in Hong Kong;
	// Trump spoke later that day in Washington, so the event must not carry
	// his remark (the US position of 15 December, New York time, does).
	if lai := byID(records(f, "events"), "lai-convicted"); lai == nil || strings.Contains(lai["summary"].(string), "Trump") {
		t.Errorf("lai-convicted must not state Trump's later remark: %v", lai)
	}
	// TikTok's US venture closed in January 2026, inside the data.
	if byID(records(f, "events"), "tiktok-deal-closes") == nil {
		t.Error("the close of the TikTok deal (January 2026) is missing")
	}
}
