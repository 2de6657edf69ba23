package data

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// TestEmbeddedProvenance holds the embedded data to the confidence rules of
// schema 2 and to public addresses, independently of the loader: every
// record or entry marked confirmed has two independent sources that are not
// weak, every single one has at least one, and no source URL is on a
// development or test host or an API path.
func TestEmbeddedProvenance(t *testing.T) {
	f := rawFile(t)
	sources := map[string]map[string]any{}
	for _, s := range records(f, "sources") {
		sources[s["id"].(string)] = s
	}
	for id, s := range sources {
		if u, ok := s["url"].(string); ok {
			if msg := nonPublicURL(u); msg != "" {
				t.Errorf("sources %s: %s", id, msg)
			}
		}
	}
	check := func(path string, rec map[string]any) {
		ids, _ := rec["sources"].([]any)
		groups := map[string]bool{}
		for _, x := range ids {
			s, ok := sources[x.(string)]
			if !ok {
				t.Errorf("%s: unknown source %v", path, x)
				continue
			}
			switch s["kind"] {
			case "weak", "seed", "commentary":
				continue
			}
			groups[independenceKey(sources, s)] = true
		}
		switch rec["confidence"] {
		case "confirmed":
			if len(groups) < 2 {
				t.Errorf("%s: confirmed needs two independent sources that are not weak; it has %d", path, len(groups))
			}
		case "single":
			if len(groups) < 1 {
				t.Errorf("%s: single needs a source that is not weak", path)
			}
		}
	}
	for _, table := range []string{"people", "rounds", "events", "issues", "deadlines", "discrepancies"} {
		for _, rec := range records(f, table) {
			path := table + "." + rec["id"].(string)
			check(path, rec)
			for _, sub := range []string{"attendance", "statuses", "positions"} {
				for i, e := range records(rec, sub) {
					check(fmt.Sprintf("%s.%s[%d]", path, sub, i), e)
				}
			}
		}
	}
}

// independenceKey follows copy_of to the root and returns its lower-case via,
// or outlet when it has none.
func independenceKey(sources map[string]map[string]any, s map[string]any) string {
	seen := map[string]bool{}
	for {
		next, _ := s["copy_of"].(string)
		root, ok := sources[next]
		if next == "" || !ok || seen[next] {
			break
		}
		seen[next] = true
		s = root
	}
	key, _ := s["via"].(string)
	if key == "" {
		key, _ = s["outlet"].(string)
	}
	return strings.ToLower(strings.TrimSpace(key))
}

// nonPublicURL says what is wrong with raw as a public page's address, or "".
func nonPublicURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Port() != "" {
		return fmt.Sprintf("%q is not a public http(s) address", raw)
	}
	words := map[string]bool{"dev": true, "test": true, "testing": true, "staging": true, "stage": true, "preview": true,
		"sandbox": true, "qa": true, "uat": true, "localhost": true, "local": true}
	labels := strings.Split(strings.ToLower(u.Hostname()), ".")
	if len(labels) < 2 {
		return fmt.Sprintf("host %q is not a public DNS name", u.Hostname())
	}
	for _, l := range labels[:len(labels)-1] {
		parts := strings.Split(l, "-")
		if words[l] || words[parts[0]] || words[parts[len(parts)-1]] {
			return fmt.Sprintf("host %q is a development or test server", u.Hostname())
		}
	}
	for _, p := range []string{"/wp-json/", "/api/", "/graphql"} {
		if strings.Contains(strings.ToLower(u.EscapedPath()), p) {
			return fmt.Sprintf("path %q is an API endpoint", u.EscapedPath())
		}
	}
	return ""
}

// rawFile decodes the embedded file without the loader.
func rawFile(t *testing.T) map[string]any {
	t.Helper()
	var f map[string]any
	if _, err := toml.Decode(string(Raw()), &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// records returns the array of tables under key, or nil.
func records(m map[string]any, key string) []map[string]any {
	if m == nil {
		return nil
	}
	list, _ := m[key].([]map[string]any)
	return list
}

// byID returns the record with the given id, or nil.
func byID(list []map[string]any, id string) map[string]any {
	for _, r := range list {
		if r["id"] == id {
			return r
		}
	}
	return nil
}

// dateOf formats a TOML date or date-time value as YYYY-MM-DD.
func dateOf(v any) string {
	if t, ok := v.(time.Time); ok {
		return t.Format("2006-01-02")
	}
	return fmt.Sprint(v)
}

// TestEmbeddedLoaderProvenance is the same guarantee through the schema 2
// loader, which refuses a confirmed or single record without enough
// independent sources that are not weak (confidence.go) and a source URL on
// a development or test host or an API path (url.go): the embedded data must
// load without a problem.
func TestEmbeddedLoaderProvenance(t *testing.T) {
	if _, err := Embedded(); err != nil {
		t.Fatal(err)
	}
}
