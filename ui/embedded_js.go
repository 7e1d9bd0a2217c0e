package ui

import "ttx/sim"

// EmbeddedLibrary is empty in the browser: the web client embeds no scenario (a seat is sent its
// own copy of the scenario by the server).
func EmbeddedLibrary() ([]*sim.Scenario, error) { return nil, nil }
