// Package report writes the after-action report of a game, in the shape of an HSEEP After-Action
// Report and Improvement Plan: the scenario and who played it, the timeline turn by turn (injects,
// each side's decisions with their results and rationale, events marked secret to the sides that
// saw them), votes seat by seat, the laundering of stolen value, attribution confidence against
// the true authors, objective scores and tracks over the turns with charts, the facilitator's
// discussion questions, observer notes, strengths and areas for improvement derived from the
// data, and an improvement plan for the trainer to fill in.
//
// The report reveals what the sides did not know (true authors, hidden truths, every secret
// order): it is the facilitator's document, to hand out after the exercise.
//
// Briefing writes, before play, what one side's team is told at the start, from its own view
// alone: a handout for that team, unlike the report.
//
// Build computes the report from a replayed state; HTML and Markdown write it. Like the engine,
// the package reads no files and no clocks: the same game always gives the same bytes.
package report
