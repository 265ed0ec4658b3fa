// Package followupd holds what belongs to the project as a whole rather
// than to one package: the commented example configuration that
// `followupd init` writes.
package followupd

import _ "embed"

// ExampleConfig is config.example.yaml: every key with a sentence on what
// it does. A test in package config holds it valid.
//
//go:embed config.example.yaml
var ExampleConfig []byte
