package sim

import (
	"testing"
	"unsafe"
)

// TestEventChunkIsSmall holds a chunk of recorded events within the runtime's small objects
// (32 KiB), which a goroutine allocates from its own spans.
func TestEventChunkIsSmall(t *testing.T) {
	size := unsafe.Sizeof(Event{})
	if n := eventChunk * size; n > 32<<10 {
		t.Errorf("a chunk of %d events is %d bytes, over 32 KiB", eventChunk, n)
	}
}
