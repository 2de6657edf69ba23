package data

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/truce-dev/truce/model"
)

// MaxString is the longest string value a data file may hold, in bytes.
const MaxString = 64 << 10

var instantType = reflect.TypeFor[model.Instant]()

// field is one TOML key of a struct type.
type field struct {
	name   string
	index  []int
	schema int // the only schema the key belongs to (struct tag schema:"N"); 0 for all
}

// structInfo lists the TOML keys of a struct type, embedded structs
// flattened, in declaration order.
type structInfo struct {
	fields []field
	names  []string
}

// pathElem is one step of a key path: a key, or an index when idx >= 0.
type pathElem struct {
	key string
	idx int
}

// decoder fills a typed value from the generic map the TOML parser gives,
// reporting every unknown key and mistyped value with its indexed path.
type decoder struct {
	c      *collector
	path   []pathElem
	types  map[reflect.Type]*structInfo
	loc    *locator
	schema int // the file's meta.schema when it is one this loader reads, else 0
}

func newDecoder(c *collector, loc *locator, raw map[string]any) *decoder {
	d := &decoder{c: c, types: map[reflect.Type]*structInfo{}, loc: loc}
	if meta, ok := raw["meta"].(map[string]any); ok {
		if n, ok := meta["schema"].(int64); ok && n >= 1 && n <= SchemaVersion {
			d.schema = int(n)
		}
	}
	return d
}

// pathString renders the current path, e.g. rounds[2].attendance[1].person.
func (d *decoder) pathString() string {
	var b strings.Builder
	for _, e := range d.path {
		if e.idx >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(e.idx))
			b.WriteByte(']')
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(e.key)
	}
	return b.String()
}

func (d *decoder) push(key string, idx int) { d.path = append(d.path, pathElem{key, idx}) }
func (d *decoder) pop()                     { d.path = d.path[:len(d.path)-1] }

// bad reports a value of the wrong type or shape at the current path, with
// its position when the locator can find it.
func (d *decoder) bad(msg string) {
	if d.c.full() {
		d.c.more++
		return
	}
	p := d.pathString()
	line, col := d.loc.find(p)
	d.c.addAt(line, col, p, msg)
	if d.c.suppress == nil {
		d.c.suppress = map[string]bool{}
	}
	d.c.suppress[p] = true
}

// info returns the keys of struct type t.
func (d *decoder) info(t reflect.Type) *structInfo {
	if si, ok := d.types[t]; ok {
		return si
	}
	si := &structInfo{}
	collectFields(t, nil, si)
	d.types[t] = si
	return si
}

func collectFields(t reflect.Type, prefix []int, si *structInfo) {
	for i := range t.NumField() {
		f := t.Field(i)
		index := append(slices.Clone(prefix), i)
		tag, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
		switch {
		case tag == "-" || !f.IsExported():
		case f.Anonymous && tag == "" && f.Type.Kind() == reflect.Struct:
			collectFields(f.Type, index, si)
		default:
			if tag == "" {
				tag = f.Name
			}
			schema, _ := strconv.Atoi(f.Tag.Get("schema"))
			si.fields = append(si.fields, field{name: tag, index: index, schema: schema})
			si.names = append(si.names, tag)
		}
	}
}

// value decodes v into rv.
func (d *decoder) value(v any, rv reflect.Value) {
	if rv.Type() == instantType {
		d.instant(v, rv.Addr().Interface().(*model.Instant))
		return
	}
	switch rv.Kind() {
	case reflect.Struct:
		d.table(v, rv)
	case reflect.Slice:
		d.array(v, rv)
	case reflect.String:
		s, ok := v.(string)
		switch {
		case !ok:
			d.bad("want a string, got " + typeName(v))
		case len(s) > MaxString:
			d.bad(fmt.Sprintf("string is %d bytes long; the limit is %d", len(s), MaxString))
		default:
			rv.SetString(s)
		}
	case reflect.Int:
		i, ok := v.(int64)
		switch {
		case !ok:
			d.bad("want an integer, got " + typeName(v))
		case rv.OverflowInt(i):
			d.bad(fmt.Sprintf("integer %d is out of range", i))
		default:
			rv.SetInt(i)
		}
	default:
		d.bad("cannot decode into " + rv.Type().String())
	}
}

func (d *decoder) instant(v any, in *model.Instant) {
	if _, ok := v.(time.Time); !ok {
		d.bad(model.ErrNotDate.Error() + ", got " + typeName(v))
		return
	}
	if err := in.UnmarshalTOML(v); err != nil {
		d.bad(err.Error())
	}
}

// table decodes a TOML table into the struct rv.
func (d *decoder) table(v any, rv reflect.Value) {
	m, ok := v.(map[string]any)
	if !ok {
		d.bad("want a table, got " + typeName(v))
		return
	}
	si := d.info(rv.Type())
	matched := 0
	for _, f := range si.fields {
		x, ok := m[f.name]
		if !ok {
			continue
		}
		matched++
		d.push(f.name, -1)
		if f.schema != 0 && d.schema != 0 && f.schema != d.schema {
			d.wrongSchema(f.name)
		} else {
			d.value(x, rv.FieldByIndex(f.index))
		}
		d.pop()
	}
	if matched == len(m) {
		return
	}
	var unknown []string
	for k := range m {
		if !slices.Contains(si.names, k) {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		d.push(k, -1)
		d.unknownKey(k, si.names)
		d.pop()
	}
}

// schema1Hints say where schema 2 keeps what a schema 1 key held.
var schema1Hints = map[string]string{
	"us":          `give each side's stance as [[issues.positions]] entries with side = "us"`,
	"china":       `give each side's stance as [[issues.positions]] entries with side = "china"`,
	"status":      "give the status history as [[issues.statuses]] entries",
	"status_note": "give the status history as [[issues.statuses]] entries, each with its note",
}

// wrongSchema reports a key of the other schema than the file's, at its
// position; its value is not decoded.
func (d *decoder) wrongSchema(k string) {
	msg := fmt.Sprintf("not in schema %d (the key is schema 2; set meta.schema = 2 to use it)", d.schema)
	if d.schema == 2 {
		msg = "not in schema 2: " + schema1Hints[k]
	}
	d.bad(msg)
}

func (d *decoder) unknownKey(k string, names []string) {
	if d.c.full() {
		d.c.more++
		return
	}
	p := d.pathString()
	line, col := d.loc.find(p)
	msg := "unknown key"
	if s, ok := suggest(k, names); ok {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	d.c.addAt(line, col, p, msg)
}

// array decodes a TOML array (of values or of tables) into the slice rv.
func (d *decoder) array(v any, rv reflect.Value) {
	var n int
	var at func(int) any
	switch x := v.(type) {
	case []map[string]any:
		n, at = len(x), func(i int) any { return x[i] }
	case []any:
		n, at = len(x), func(i int) any { return x[i] }
	default:
		d.bad("want an array, got " + typeName(v))
		return
	}
	rv.Set(reflect.MakeSlice(rv.Type(), n, n))
	for i := range n {
		d.push("", i)
		d.value(at(i), rv.Index(i))
		d.pop()
	}
}

// typeName names the TOML type of a decoded value, with an article.
func typeName(v any) string {
	switch x := v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		switch x.Location().String() {
		case "date-local":
			return "a date"
		case "time-local":
			return "a time of day"
		}
		return "a date-time"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}
