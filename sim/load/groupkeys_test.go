package load

import (
	"reflect"
	"strings"
	"testing"
)

// TestEnvTypesNameNoIDs: the environment types of a context do not spell out the scenario's
// ids, so their names (which reflect keeps for the program's life) stay small however many
// actors, assets and injects a scenario has. With a field per id, the campaign's were about
// 40 KB each.
func TestEnvTypesNameNoIDs(t *testing.T) {
	sc, err := Load("campaign.toml", campaign(t))
	if err != nil {
		t.Fatal(err)
	}
	e := newEnvs(sc)
	keys := []envKey{{}, {self: true, target: 1, arg: true, param: true}, {self: true, target: 2, correct: true}}
	for _, k := range keys {
		name := reflect.TypeOf(e.env(k)).String()
		if len(name) > 8000 {
			t.Errorf("context %+v: environment type name is %d bytes, want at most 8000", k, len(name))
		}
		for _, id := range []string{sc.Actors[0].ID, sc.Assets[0].ID, sc.Injects[0].ID, sc.Sides[0].ID} {
			if strings.Contains(name, `"`+id+`\"`) {
				t.Errorf("context %+v: environment type names id %s", k, id)
			}
		}
	}
}
