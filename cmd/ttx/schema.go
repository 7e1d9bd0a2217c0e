package main

import (
	"fmt"
	"io"

	"ttx/docs"
)

func init() {
	register("schema", "print the JSON Schema of the scenario format", schemaCmd)
}

func schemaCmd(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("schema", "", "Prints the JSON Schema (draft-07, fully inlined) of the scenario format, made from\nthe loader's types with the descriptions of docs/scenario-format.md. Editors with\nthe Taplo TOML language server (VS Code: Even Better TOML) use it for completion,\nhover and checks: put '#:schema PATH' on a scenario's first line.\ndocs/scenario.schema.json is this output.", stdout)
	pos, code, stop := parse(fs, args)
	if stop {
		return code
	}
	if len(pos) > 0 {
		return usageFail(fs, "takes no arguments (it prints the schema; redirect it to a file)")
	}
	b, err := docs.Schema()
	if err != nil {
		fmt.Fprintln(stderr, "ttx schema:", err)
		return exitInvalid
	}
	stdout.Write(b)
	return exitOK
}
