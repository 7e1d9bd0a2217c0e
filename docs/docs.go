// Package docs holds the scenario format reference, embedded so that `ttx schema` can take its
// descriptions from it, and reads its key tables so that tests can hold the loader, the schema
// and the reference to each other. The folder also holds the tutorial (tested from cmd/ttx)
// and the generated schema.
package docs

import _ "embed"

// FormatMD is docs/scenario-format.md, the reference of every key of a scenario file.
//
//go:embed scenario-format.md
var FormatMD string
