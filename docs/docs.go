// Package docs holds the scenario format reference and the tutorial, embedded so that
// `ttx schema` can take its descriptions from the reference and tests can hold the loader, the
// schema and the documents to each other.
package docs

import _ "embed"

// FormatMD is docs/scenario-format.md, the reference of every key of a scenario file.
//
//go:embed scenario-format.md
var FormatMD string
