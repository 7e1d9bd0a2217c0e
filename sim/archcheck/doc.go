// Package archcheck holds the cross-architecture check of the engine: TestArchChecksums plays
// every library scenario, every engine fixture and a scenario heavy in fractional arithmetic
// (testdata/floats.toml) with random and greedy play, and writes every state's checksum, scores
// and order results, to the bit, to the file $TTX_ARCHCHECK_OUT. CI runs it natively, under
// GOARCH=386 and under GOARCH=arm64 (qemu) and compares the files byte for byte; see .ci/run
// and "Numbers" in docs/rules.md.
package archcheck
