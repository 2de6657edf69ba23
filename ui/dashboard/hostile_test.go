package dashboard

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/truce-dev/truce/model"
)

// hostileText is what a malicious data file can put in any string: an OSC 52
// clipboard write, a title change, a clear screen, a C1 CSI, C0 controls,
// DEL, a bidi override, zero-width joiners, invalid UTF-8, a very long
// word and wide characters.
var hostileText = "A\x1b]52;c;SGVsbG8=\x07B\x1b]0;pwned\x07C\x1b[2J\u009b31mD\u202eE\u200dF\x00G\x7fH\r\nI\tJ\xff\xfe" +
	strings.Repeat("W", 300) + " 何立峰 Hà Lập Phong"

// Reference and enum fields keep their values so the dataset stays valid.
var keepFields = map[string]bool{
	"ID": true, "Person": true, "Round": true, "Source": true, "ReplacedBy": true, "Zone": true,
	"Sources": true, "People": true, "Issues": true, "Events": true, "Rounds": true, "Deadlines": true,
	"Kind": true, "Side": true, "Status": true, "Confidence": true, "Outcome": true, "Date": true,
}

// poison puts the hostileText text in every free-text string of v, and a
// 10,000-character field in every summary.
func poison(v reflect.Value, name string) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			poison(v.Elem(), name)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.IsExported() && !keepFields[f.Name] {
				poison(v.Field(i), f.Name)
			}
		}
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.String {
			v.Set(reflect.Append(v, reflect.ValueOf(hostileText)))
			return
		}
		for i := range v.Len() {
			poison(v.Index(i), name)
		}
	case reflect.String:
		if v.CanSet() {
			extra := ""
			if name == "Summary" || name == "What" {
				extra = strings.Repeat("long field ", 910)
			}
			v.SetString(hostileText + v.String() + extra)
		}
	default: // numbers, instants' internals and the like stay as they are
	}
}

// sgrOnly matches the escape sequences styling may emit: SGR only.
var sgrOnly = regexp.MustCompile(`\x1b\[[0-9;:]*m`)

// TestHostileDataRendersCleanly renders every tab, its list and the detail
// of every row, at several sizes, from a dataset whose every string is
// hostileText: no control character but newline reaches the screen as text, no
// escape sequence but SGR styling is emitted, and the frame keeps its size.
func TestHostileDataRendersCleanly(t *testing.T) {
	ds := embedded(t)
	poison(reflect.ValueOf(ds), "")
	ds.Prepare()
	for _, size := range [][2]int{{40, 12}, {80, 24}, {160, 48}} {
		a := New(ds, Options{Clock: FixedClock(mustTime(t, "2025-11-09T12:00:00Z")), Zone: time.UTC})
		a.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, tab := range []string{"1", "2", "3", "4", "5"} {
			press(a, "esc", "esc", tab, "g")
			for range 60 {
				check := func() {
					raw := a.Render()
					if rest := sgrOnly.ReplaceAllString(raw, ""); strings.ContainsRune(rest, 0x1b) {
						i := strings.IndexRune(rest, 0x1b)
						t.Fatalf("%v tab %s: a non-SGR escape reached the output: %q", size, tab, rest[i:min(i+20, len(rest))])
					}
					out := ansi.Strip(raw)
					if bad := controlIn(out); bad != "" {
						t.Fatalf("%v tab %s: control character %q on screen", size, tab, bad)
					}
					checkFrame(t, out, size[0], size[1])
				}
				check()
				press(a, "enter", "pgdown", "G")
				check()
				press(a, "esc", "down")
			}
		}
	}
	_ = model.Confirmed
}
