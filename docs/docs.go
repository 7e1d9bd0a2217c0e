// Package docs holds the scenario format reference, embedded, and reads its key tables so that
// tests can hold the loader, the schema and the reference to each other. Schema builds the JSON
// Schema of the format (what `ttx schema` prints) from the loader's types and the reference's
// descriptions. The folder also holds the tutorial (tested from cmd/ttx)
// and the generated schema.
package docs

import _ "embed"

// FormatMD is docs/scenario-format.md, the reference of every key of a scenario file.
//
//go:embed scenario-format.md
var FormatMD string
