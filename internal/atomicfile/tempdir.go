package atomicfile

import "os"

// TempDir makes a temporary folder beside the folder path, for what is to replace it (or to
// move the old one into): named as Create's temporary files are, .NAME.TAG.PID.N.tmp, and only
// its owner's (0700). Its maker removes it when done (os.RemoveAll), and renames what it put
// in it into place followed by SyncDir of path's folder. One whose maker was killed first is
// removed by a later TempDir of the same path, as Create removes a dead writer's temporary
// file: those of this host whose process is no longer running, with all they hold; a live
// writer's, another host's and another target's are kept. An error names path.
func TempDir(path string) (string, error) {
	name, err := makeTemp(path, func(name string) error { return os.Mkdir(name, 0o700) })
	if err != nil {
		return "", named("create", path, err)
	}
	removeLeftovers(path, true)
	return name, nil
}
