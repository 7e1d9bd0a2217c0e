//go:build !js

package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"ttx/internal/atomicfile"
	"ttx/session"
)

// download saves f atomically in dir (default: downloadDir) under its name, never over a file
// that is there (a second download of the log is campaign-log-2.jsonl), and returns its path.
func download(dir string, f session.File) (string, error) {
	if dir == "" {
		dir = downloadDir()
	}
	ext := filepath.Ext(f.Name)
	base := strings.TrimSuffix(filepath.Base(f.Name), ext)
	path := filepath.Join(dir, base+ext)
	for n := 2; ; n++ {
		if _, err := os.Lstat(path); os.IsNotExist(err) {
			break
		}
		path = filepath.Join(dir, base+"-"+strconv.Itoa(n)+ext)
	}
	if err := atomicfile.Write(path, f.Data); err != nil {
		return "", err
	}
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	return path, nil
}

// downloadDir is the user's Downloads folder when there is one, else the current folder.
func downloadDir() string {
	if home, err := os.UserHomeDir(); err == nil {
		d := filepath.Join(home, "Downloads")
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return "."
}
