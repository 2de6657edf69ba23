package ui

import (
	"fmt"
	"strconv"
	"testing"
	"time"
)

func oldFD(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	d = d.Truncate(time.Second)
	days := int64(d / (24 * time.Hour))
	d -= time.Duration(days) * 24 * time.Hour
	h, m, s := int(d/time.Hour), int(d/time.Minute)%60, int(d/time.Second)%60
	if days > 0 {
		return fmt.Sprintf("%dd %02d:%02d:%02d", days, h, m, s)
	}
	return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
}

func TestZZWords(t *testing.T) {
	for _, d := range []time.Duration{0, 1, time.Second, 59 * time.Second, time.Hour, 25*time.Hour + 3*time.Minute + 4*time.Second, -3 * time.Hour, 1000 * 24 * time.Hour, 1<<63 - 1, -(1 << 62)} {
		for k := time.Duration(0); k < 100000; k += 997 {
			x := d + k*time.Second
			if oldFD(x) != FormatDuration(x) {
				t.Fatalf("%v: %q vs %q", x, oldFD(x), FormatDuration(x))
			}
		}
	}
	for n := -200; n < 200; n++ {
		for _, noun := range []string{"day", "person", "discrepancy", "match", "source", "box", "bus", "key", "more person"} {
			want := strconv.Itoa(n) + " " + noun
			_ = want
			got := Plural(n, noun)
			if n == 1 && got != "1 "+noun {
				t.Fatal(got)
			}
		}
		if DayCount(n) == "" {
			t.Fatal()
		}
	}
	fmt.Println(Plural(3, "discrepancy"), Plural(2, "person"), Plural(2, "more person"), Plural(0, "match"), Plural(5, "key"), DayCount(-3), DayCount(1), DayCount(0))
}
