package atomicfile

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// createTemp creates the temporary file of path, beside it, with mode as the umask leaves it:
// the file renamed into place has the permissions any new file of the user's would have, so a
// umask of 077 keeps a report private (os.CreateTemp's 0600 changed afterwards by chmod, which
// ignores the umask, made every file 0644 whatever it said).
func createTemp(path string, mode os.FileMode) (*os.File, error) {
	var f *os.File
	_, err := makeTemp(path, func(name string) (err error) {
		f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, mode)
		return err
	})
	return f, err
}

// makeTemp makes a temporary file or folder of path with mk, which creates what is named (and
// fails with fs.ErrExist when something is there already), under this process's TempName with
// a random number, trying another number while the name is taken. It returns the name.
func makeTemp(path string, mk func(name string) error) (string, error) {
	for try := 0; ; try++ {
		name := TempName(path, os.Getpid(), rand.Uint32())
		err := mk(name)
		if err != nil && errors.Is(err, fs.ErrExist) && try < 10000 {
			continue
		}
		return name, err
	}
}

// TempName is the name of a temporary file or folder of path written by process pid of this
// host, n telling apart those of one process (tempName with this host's tag): the names that
// Create, TempDir and the removal of a dead writer's leftovers agree on.
func TempName(path string, pid int, n uint32) string { return tempName(path, hostTag(), pid, n) }

// tempName is the name of a temporary file of path written by process pid of the host whose
// tag is tag, n telling apart the files of one process: beside path, hidden, and naming all
// three, as .save.jsonl.3fa29c01.4242.918273645.tmp.
func tempName(path, tag string, pid int, n uint32) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+"."+tag+"."+strconv.Itoa(pid)+"."+strconv.FormatUint(uint64(n), 10)+".tmp")
}

// hostTag is 8 hexadecimal digits of a hash of the host's name and, on Linux, of its process
// namespace: a pid means a process only there, so a temporary file with another tag (a machine
// sharing the folder, a container) is never taken for one whose writer is gone.
var hostTag = sync.OnceValue(func() string {
	name, _ := os.Hostname()
	ns, _ := os.Readlink("/proc/self/ns/pid")
	h := fnv.New32a()
	h.Write([]byte(name + "\x00" + ns))
	return fmt.Sprintf("%08x", h.Sum32())
})

// removeLeftovers removes the temporary files of path (or, given folders, its temporary folders
// and all they hold, see TempDir) that a writer on this host (hostTag) left when it was killed
// between Create and Commit: those whose process is no longer running (processGone). A file of a
// running process, of another host, of another target, or named otherwise, is left alone, as is
// a folder where files are removed and a file where folders are; so is everything when the
// folder cannot be read or an entry removed.
func removeLeftovers(path string, folders bool) {
	dir := filepath.Dir(path)
	es, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	prefix := "." + filepath.Base(path) + "."
	for _, e := range es {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || (folders && !e.IsDir()) || (!folders && !e.Type().IsRegular()) {
			continue
		}
		parts := strings.Split(rest, ".")
		if len(parts) != 4 || parts[0] != hostTag() || parts[3] != "tmp" || !digits(parts[2]) {
			continue
		}
		if pid, err := strconv.Atoi(parts[1]); err == nil && digits(parts[1]) && processGone(pid) {
			os.RemoveAll(filepath.Join(dir, e.Name())) // a file, or a folder and what it holds
		}
	}
}

// digits reports whether s is a non-empty run of decimal digits.
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}
