//go:build js

package report

import "errors"

// lineChart is not drawn in the browser client, which leaves gonum/plot out (a third of its
// download): the client draws a report's charts itself from their data, and a served
// exercise's HTML report, with its images, comes from the server.
func lineChart(title, xLabel, yLabel string, xs []string, ss []Series, yMin, yMax float64, integer bool) ([]byte, error) {
	return nil, errors.New("report charts are drawn as images by the ttx program, not in the browser")
}
