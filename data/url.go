package data

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// nonPublicWords are host-label words that mark a development or test
// server.
var nonPublicWords = []string{"dev", "test", "testing", "staging", "stage", "preview", "sandbox", "qa", "uat",
	"localhost", "local"}

// nonPublicTLDs are top-level domains reserved for non-public use.
var nonPublicTLDs = []string{"test", "localhost", "local", "invalid", "example", "internal"}

// apiPaths are path fragments of API endpoints, not pages.
var apiPaths = []string{"/wp-json/", "/api/", "/graphql"}

// checkURL applies the schema 2 URL rule and returns what is wrong with
// raw, or "" when it is a public page's address: http or https, a DNS name
// with a dot (no IP address, no port), no label that is, or begins or ends
// with a hyphen-separated part that is, a development or test word, and no
// API path.
func checkURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Opaque != "" {
		return fmt.Sprintf("%q is not a URL", raw)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Sprintf("%q must start with https:// or http://", raw)
	}
	host := u.Host
	switch {
	case host == "":
		return fmt.Sprintf("%q has no host", raw)
	case u.Port() != "" || strings.HasSuffix(host, ":"):
		return fmt.Sprintf("host %q names a port; a public page needs none", host)
	case u.User != nil:
		return fmt.Sprintf("%q carries a user name; a public page needs none", raw)
	}
	name := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if net.ParseIP(strings.Trim(name, "[]")) != nil {
		return fmt.Sprintf("host %q is an IP address, not a public page's name", host)
	}
	labels := strings.Split(name, ".")
	if len(labels) < 2 || strings.Contains(name, "..") {
		return fmt.Sprintf("host %q is not a public DNS name", host)
	}
	tld := labels[len(labels)-1]
	bad := contains(nonPublicTLDs, tld)
	for _, l := range labels[:len(labels)-1] {
		parts := strings.Split(l, "-")
		bad = bad || contains(nonPublicWords, l) || contains(nonPublicWords, parts[0]) ||
			contains(nonPublicWords, parts[len(parts)-1])
	}
	if bad {
		return fmt.Sprintf("host %q is a development or test server, not a public page", host)
	}
	path := strings.ToLower(u.EscapedPath())
	for _, p := range apiPaths {
		if strings.Contains(path, p) {
			return fmt.Sprintf("path %q is an API endpoint (%s), not a public page", u.EscapedPath(), strings.Trim(p, "/"))
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
