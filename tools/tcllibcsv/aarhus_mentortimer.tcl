# Aarhus' job centre's older integration (a Tcl script run by cron on a server whose locale is C) writes
# the month's mentor hours for the mentor supplier's invoice check with tcllib's csv package (Debian's
# tcllib, csv 0.8.1): csv::joinlist with a ";" for Danish Excel, its default quoting ("auto": a value is
# quoted only when it holds the separator, a quote or a line break; a quote doubled), a "\n" after each
# row, and `puts` adding one more, so the file ends in an empty line. The channel keeps Tcl's defaults:
# the system encoding, iso8859-1 under LANG=C, so the Danish letters are Latin-1 bytes. A day is
# `clock format` with "%d.%m.%Y" in the server's zone, an hour figure as the case system keeps it, text
# with a decimal comma ("1,5"). Run by tools/make_fixtures_onboarding_sixtyseventh.py:
#     LANG=C tclsh -encoding utf-8 THIS.tcl OUT.csv [variant]   (this text is UTF-8; the file it writes is not)
# The variant is a second user's: csv::joinlist's default "," separator, so the decimal comma is quoted.
package require csv

set out [lindex $argv 0]
set separator ";"
if {[lindex $argv 1] eq "variant"} { set separator "," }

set header {cpr navn pnr arbejdssted mentor mentor_ansat dato timer attesteret_af attesteret_dato}
# one row a visit: a citizen's visits are one record of the month
set visits {
    {0311874412 {Rasmus Kjær Østergaard} 1019988776 {Aarhus Havn; Containerterminalen} {Lene Bæk} Virksomhed 2027-05-03 1,5 {Mette Højgaard} 2027-05-31}
    {0311874412 {Rasmus Kjær Østergaard} 1019988776 {Aarhus Havn; Containerterminalen} {Lene Bæk} Virksomhed 2027-05-06 0,75 {Mette Højgaard} 2027-05-31}
    {0311874412 {Rasmus Kjær Østergaard} 1019988776 {Aarhus Havn; Containerterminalen} {Lene Bæk} Virksomhed 2027-05-12 2 {Mette Højgaard} 2027-05-31}
    {2702995318 {Yasmin Haddad} 1027766554 {Café "Åen", Åboulevarden} {Jørgen Ravn} Jobcenter 2027-05-04 1 {Mette Højgaard} 2027-05-31}
    {2702995318 {Yasmin Haddad} 1027766554 {Café "Åen", Åboulevarden} {Jørgen Ravn} Jobcenter 2027-05-25 1,25 {Mette Højgaard} 2027-05-31}
}

proc day {iso} {
    # the case system hands over ISO days; the old script shows them Danish, in the server's zone
    return [clock format [clock scan $iso -format "%Y-%m-%d"] -format "%d.%m.%Y"]
}

set rows [list $header]
foreach visit $visits {
    lset visit 6 [day [lindex $visit 6]]
    lset visit 9 [day [lindex $visit 9]]
    lappend rows $visit
}
set channel [open $out w]
puts $channel [csv::joinlist $rows $separator]
close $channel
