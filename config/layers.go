package config

import (
	"strings"

	"github.com/spf13/viper"
	"gopkg.in/yaml.v3"
)

// Viper's job here is precisely the layering: it holds the file (the
// checked node tree from readTree) and the FOLLOWUPD_* environment
// overrides, and answers for each key which one wins (environment over
// file), splitting list overrides as comma-separated values on the way.
// Defaults are not in viper: several depend on other keys (port on
// security, username on me.email) and are applied while decoding.
//
// Viper does not read the file itself because its decoded map has lost the
// lines every message needs; and it does not read the environment itself
// because it always calls os.LookupEnv, while Parse must honour the env
// function it is given. So the overrides enter viper as bound flag values
// (viper.FlagValue), which viper ranks above the file exactly as it would
// rank its own environment lookups.
type layers struct {
	v *viper.Viper
}

func newLayers(t tree, env func(string) (string, bool)) (*layers, error) {
	v := viper.New()
	if err := v.MergeConfigMap(t); err != nil {
		return nil, err
	}
	var flags envFlags
	for key, k := range overridable() {
		val, ok := env(envName(key))
		flags = append(flags, envFlag{key: key, list: k == kindList, value: val, set: ok && val != ""})
	}
	if err := v.BindFlagValues(flags); err != nil {
		return nil, err
	}
	return &layers{v: v}, nil
}

// setting is the effective value of one key and where it came from, so
// that a problem with it points at the file's line or names the
// environment variable.
type setting struct {
	key   string
	node  *yaml.Node // the value in the file, when the file set it
	env   string     // the variable's name, when the environment set it
	text  string     // a scalar's text
	items []item     // a list's items
}

type item struct {
	text string
	line int // 0 when it came from the environment
}

func (s setting) isSet() bool { return s.node != nil || s.env != "" }

// line is where to point for this setting, 0 for the environment.
func (s setting) line() int {
	if s.node != nil {
		return s.node.Line
	}
	return 0
}

func (l *layers) get(key string) setting {
	s := setting{key: key}
	if !l.v.IsSet(key) {
		return s
	}
	switch v := l.v.Get(key).(type) {
	case *yaml.Node:
		s.node = v
		if v.Kind == yaml.SequenceNode {
			s.items = scalars(v)
		} else {
			s.text = strings.TrimSpace(v.Value)
		}
	case string:
		s.env, s.text = envName(key), strings.TrimSpace(v)
	case []string:
		s.env = envName(key)
		for _, t := range v {
			s.items = append(s.items, item{text: strings.TrimSpace(t)})
		}
	}
	return s
}

// objects returns the list of mappings under key (`rules`, `calendars`),
// or nil when the file has none.
func (l *layers) objects(key string) *objectList {
	if list, ok := l.v.Get(key).(objectList); ok {
		return &list
	}
	return nil
}

// objectSetting is the key of a rule or calendar as a setting. Lists of
// objects come only from the file: there is no environment override for
// them.
func objectSetting(o object, key string) setting {
	s := setting{key: o.label + ": " + key}
	n, ok := o.fields[key].(*yaml.Node)
	if !ok {
		return s
	}
	s.node = n
	if n.Kind == yaml.SequenceNode {
		s.items = scalars(n)
	} else {
		s.text = strings.TrimSpace(n.Value)
	}
	return s
}

// envFlag adapts one FOLLOWUPD_* variable to viper.FlagValue.
type envFlag struct {
	key   string
	list  bool
	value string
	set   bool
}

func (f envFlag) HasChanged() bool { return f.set }
func (f envFlag) Name() string     { return f.key }

// ValueString is "" when the variable is unset, because viper falls back to
// a flag's value for keys set nowhere, and "" there keeps such keys empty.
func (f envFlag) ValueString() string {
	if !f.set {
		return ""
	}
	return f.value
}

// ValueType "stringSlice" makes viper split the value as CSV, so that
// FOLLOWUPD_IMAP_MAILBOXES='INBOX,"Jobs, 2025"' is two mailboxes.
func (f envFlag) ValueType() string {
	if f.list {
		return "stringSlice"
	}
	return "string"
}

type envFlags []envFlag

func (fs envFlags) VisitAll(fn func(viper.FlagValue)) {
	for _, f := range fs {
		fn(f)
	}
}
