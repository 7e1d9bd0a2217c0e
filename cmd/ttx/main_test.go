package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// asTTX is the environment variable under which the test binary runs as ttx: its value is the
// arguments, a JSON array. A test that needs ttx as a process of its own, with real standard
// files (a pipe whose reader is gone), starts it with ttxProcess.
const asTTX = "TTX_TEST_AS_TTX"

func TestMain(m *testing.M) {
	if v, ok := os.LookupEnv(asTTX); ok {
		var args []string
		if err := json.Unmarshal([]byte(v), &args); err != nil {
			panic(err)
		}
		os.Exit(Main(args, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// ttxProcess returns the command that runs ttx with args as a process of its own.
func ttxProcess(t *testing.T, args ...string) *exec.Cmd {
	t.Helper()
	b, err := json.Marshal(args)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), asTTX+"="+string(b))
	return cmd
}
