package atomicfile

// SyncDir makes the entries of the folder dir durable: a rename is in the folder, not in the
// file, and POSIX makes it durable only once the folder is synced, so until then a power cut
// just after a save may bring back the old file under its name, or no file at all. Commit
// calls it after the rename, as must whoever renames a folder into place (TempDir); a test
// replaces it to see that they do, and that a failure is reported.
var SyncDir = syncFolder
