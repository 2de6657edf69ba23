package widget

import "testing"

// TestMatchSpansWholeGraphemes: matches are highlighted on whole
// characters, whatever the accents.
func TestMatchSpansWholeGraphemes(t *testing.T) {
	spans := matchSpans("Hà Lập Phong", Terms("ha lap"))
	if len(spans) != 2 || "Hà Lập Phong"[spans[0][0]:spans[0][1]] != "Hà" || "Hà Lập Phong"[spans[1][0]:spans[1][1]] != "Lập" {
		t.Errorf("spans %v", spans)
	}
	nfd := "Ha\u0300 La\u0323\u0302p"
	spans = matchSpans(nfd, Terms("lap"))
	if len(spans) != 1 || nfd[spans[0][0]:spans[0][1]] != "La\u0323\u0302p" {
		t.Errorf("NFD spans %v must cover whole graphemes", spans)
	}
}
