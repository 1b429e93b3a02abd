#!/bin/sh
# Skanderborg's mentor firm's month-end report: its app's visits (JSON, one object a visit, the citizen,
# site, mentor and the month's approval nested) to the CSV the job centre asks for, with Miller 6.
# The visits in date order (the citizens interleaved); each visit's hours worked out from its start and
# end (Miller's `/` gives an integer where it divides: 2, else a float: 1.5, 0.75). Miller flattens the
# nested objects into dotted column names (`borger.cpr`, `godkendt.dato`) as it writes the CSV, and
# quotes only a field that needs it. Usage: sh skanderborg_mentortimer.sh visits.json
set -eu
exec mlr --ijson --ocsv \
  sort -f dato \
  then put '$timer = (strptime($til, "%H:%M") - strptime($fra, "%H:%M")) / 3600' \
  then reorder -e -f note,godkendt \
  "$1"
