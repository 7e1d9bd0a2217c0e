package main

import "flag"

// update makes the golden tests of this package rewrite their files (go test -update).
var update = flag.Bool("update", false, "rewrite golden files (docs/scenario.schema.json)")
