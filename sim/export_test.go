package sim

// AppendEventsJSON is appendEventsJSON, for the tests.
var AppendEventsJSON = appendEventsJSON
