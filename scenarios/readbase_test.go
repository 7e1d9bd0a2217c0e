package scenarios_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"ttx/scenarios"
	"ttx/sim/load"
)

// TestVariantBaseAbsoluteOrEmbedded: a variant on disk may name its base by an absolute path or
// as embedded:NAME, a scenario of the library, as every command names one. The absolute path
// was joined to the variant's folder (/tmp/study/work/… for /work/…, "no such file") and
// embedded:campaign.toml was looked for as a file of that name in the variant's folder.
func TestVariantBaseAbsoluteOrEmbedded(t *testing.T) {
	dir := t.TempDir()
	campaign, ok := scenarios.Read("campaign.toml")
	if !ok {
		t.Fatal("no embedded campaign")
	}
	abs := filepath.Join(t.TempDir(), "campaign.toml") // another folder than the variant's
	if err := os.WriteFile(abs, campaign, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{filepath.ToSlash(abs), "embedded:campaign.toml"} {
		src := []byte("[variant]\nbase = \"" + base + "\"\n\n[scenario]\nid = \"campaign_fast\"\n\n" +
			"[[resolution]]\nid = \"panel_renewal\"\nvote_after = 0\n")
		name := filepath.Join(dir, "fast.toml")
		sc, err := load.LoadWith(name, src, scenarios.ReadBase)
		if err != nil {
			t.Errorf("variant with base %s: %v", base, err)
			continue
		}
		r := sc.Resolution("panel_renewal")
		if sc.ID != "campaign_fast" || sc.Base != "campaign" || r < 0 || sc.Resolutions[r].VoteAfter != 0 {
			t.Errorf("variant with base %s: %s of %s, want campaign_fast of campaign with the vote the same turn", base, sc.ID, sc.Base)
		}
	}
	src := []byte("[variant]\nbase = \"embedded:nosuch.toml\"\n")
	_, err := load.LoadWith(filepath.Join(dir, "bad.toml"), src, scenarios.ReadBase)
	if err == nil || !strings.Contains(err.Error(), "no embedded scenario embedded:nosuch.toml (the library has ") || !strings.Contains(err.Error(), "campaign.toml") {
		t.Errorf("variant of embedded:nosuch.toml: %v, want no such embedded scenario and the library's names", err)
	}
}
