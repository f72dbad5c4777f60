package content

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// floorFile records, for every fixture, how many of its gold quotes brief
// finds and how many it gives the right speaker. TestFixtureFloor fails
// when a change finds fewer or gets fewer right, so the fixtures cannot
// slip back unnoticed; after a deliberate improvement, raise the floor:
//
//	BRIEF_UPDATE_FLOOR=1 go test ./content -run TestFixtureFloor
const floorFile = "testdata/fixture-floor.json"

// floor is one fixture's recorded score.
type floor struct {
	Found int `json:"found"`
	Right int `json:"right"`
}

// TestFixtureFloor scores every fixture against its gold and fails on any
// quote given a wrong speaker (an unnamed source left unattributed is not
// wrong) and on any fixture that finds fewer quotes, or attributes fewer
// correctly, than its recorded floor.
func TestFixtureFloor(t *testing.T) {
	scores := ScoreFixtures(t)
	floors := map[string]floor{}
	data, err := os.ReadFile(floorFile)
	if err == nil {
		err = json.Unmarshal(data, &floors)
	}
	if err != nil && os.Getenv("BRIEF_UPDATE_FLOOR") == "" {
		t.Fatalf("%s: %v (write it with BRIEF_UPDATE_FLOOR=1)", floorFile, err)
	}
	now := map[string]floor{}
	for _, s := range scores {
		now[s.Name] = floor{Found: s.QHit, Right: s.SpkOK}
		for _, w := range s.Wrong {
			t.Errorf("%s: wrong speaker: %s", s.Name, w)
		}
		f, ok := floors[s.Name]
		switch {
		case !ok && os.Getenv("BRIEF_UPDATE_FLOOR") == "":
			t.Errorf("%s: no floor recorded in %s", s.Name, floorFile)
		case s.QHit < f.Found:
			t.Errorf("%s: finds %d gold quotes, the floor is %d (missed %q)", s.Name, s.QHit, f.Found, s.Misses)
		case s.SpkOK < f.Right:
			t.Errorf("%s: %d quotes with the right speaker, the floor is %d (%q)", s.Name, s.SpkOK, f.Right, s.WrongSpeakers)
		case s.QHit > f.Found || s.SpkOK > f.Right:
			t.Logf("%s: above its floor (%d found, %d right): raise it with BRIEF_UPDATE_FLOOR=1", s.Name, s.QHit, s.SpkOK)
		}
	}
	if os.Getenv("BRIEF_UPDATE_FLOOR") == "" {
		return
	}
	for name, f := range floors {
		if n, ok := now[name]; ok && (n.Found < f.Found || n.Right < f.Right) {
			t.Fatalf("%s: will not lower the floor (%+v → %+v)", name, f, n)
		}
	}
	out, _ := json.MarshalIndent(now, "", "  ")
	if err := os.WriteFile(filepath.Clean(floorFile), append(out, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s for %d fixtures", floorFile, len(now))
}

// TestFloorCoversFixtures keeps the floor file in step with the gold
// files: a floor for a fixture that no longer exists is a mistake.
func TestFloorCoversFixtures(t *testing.T) {
	data, err := os.ReadFile(floorFile)
	if err != nil {
		t.Skip(err)
	}
	floors := map[string]floor{}
	if err := json.Unmarshal(data, &floors); err != nil {
		t.Fatal(err)
	}
	names := goldNames(t)
	for name := range floors {
		if !slices.Contains(names, name) {
			t.Errorf("%s has a floor but no gold file", name)
		}
	}
}
