#!/bin/sh
# Faaborg-Midtfyn's mentor hours as the job centre's nightly shell pipeline reports them: the case
# system's dump of visits (`|` between fields, ISO dates, hours with a point) sorted by citizen and day,
# then awk (mawk as Debian ships it) with OFS a tab: a header line, a visit a line, no quoting at all,
# the date turned into 07.09.2026, the hours printed by printf "%.2f" with the point made a comma, the
# approval empty where the mentor has not approved, and a total line "I alt" at the end.
# Usage: sh faaborg_mentortimer.sh > OUT.csv   (decision 0060, "Stop 63: trial-82")
set -eu
AWK=${AWK:-mawk}
sort -t'|' -k1,1 -k4,4 <<'DUMP' | "$AWK" -F'|' '
function komma(x,   s) { s = sprintf("%.2f", x); sub(/\./, ",", s); return s }
function dansk(iso,   d) { split(iso, d, "-"); return d[3] "." d[2] "." d[1] }
BEGIN { OFS = "\t"; print "CPR", "P-nummer", "Mentor", "Dato", "Timer", "Godkendt af", "Godkendt den" }
{
    godkendt = ($7 == "") ? "" : dansk($7)
    print $1, $2, $3, dansk($4), komma($5), $6, godkendt
    sum += $5
}
END { print "I alt", "", "", "", komma(sum), "", "" }'
240688-2915|1020394857|Søren Fæster|2026-09-08|2|Søren Fæster|2026-09-21
051199-3120|1018273645|Hanne Ølgaard|2026-09-22|2.25||
240688-2915|1020394857|Søren Fæster|2026-09-01|1.5|Søren Fæster|2026-09-21
240688-2915|1020394857|Søren Fæster|2026-09-17|1|Søren Fæster|2026-09-21
051199-3120|1018273645|Hanne Ølgaard|2026-09-14|3||
240688-2915|1020394857|Søren Fæster|2026-09-03|0.75|Søren Fæster|2026-09-21
051199-3120|1018273645|Hanne Ølgaard|2026-09-15|0.5||
240688-2915|1020394857|Søren Fæster|2026-09-10|1.25|Søren Fæster|2026-09-21
DUMP
