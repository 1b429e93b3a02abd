# Aabenraa's case tool (a Tcl/Tk application) exports one placement agreement as XML with tdom: the
# agreement is kept as a nested Tcl dict, and each key is written as a <felt navn="..."> inside a
# <gruppe navn="..."> rather than as an element of its own name (the tool's one generic exporter).
# asXML -escapeNonASCII writes every letter outside ASCII as a character reference (&#248;), as the
# tool's old mail gateway needed. Days by Tcl's clock in Danish (`%A %e. %B %Y`, -locale da), the
# mentor's employer a Tcl boolean. Run by tools/make_fixtures_onboarding_fortyeighth.py.
package require tdom 0.9

set ns urn:aabenraa:jobcenter:praktikaftale:2
set opts [list -locale da -timezone :Europe/Copenhagen]
proc day {text} {
    global opts
    set t [clock scan $text -format %Y-%m-%d {*}$opts]
    # `%e` pads a one-digit day with a space; the tool trims the double space it leaves
    return [string map {"  " " "} [clock format $t -format "%A %e. %B %Y" {*}$opts]]
}

set agreement [dict create \
    borger [dict create cpr 150388-2741 navn "Søren Ågård Petersen" ydelse Kontanthjælp \
        visitation Aktivitetsparat] \
    virksomhed [dict create cvr 40281630 navn "Sønderjysk Maskinstation & Service ApS"] \
    arbejdssted [dict create p_nummer 1024681357 navn "Værkstedet, Hjelmallé 7"] \
    praktik [dict create fra [day 2027-01-04] til [day 2027-03-26] timer_pr_uge 18.5 \
        formaal "Afprøvning i værkstedet: \"fast mødetid\" & arbejdsopgaver <5 dage>"] \
    mentor [dict create navn "Kirsten Højer Lund" ansat_i_virksomheden true] \
    sagsbehandler [dict create navn "Karen Bundgaard" email Karen.Bundgaard@aabenraa.example.dk \
        telefon "73 76 76 76"]]

set doc [dom createDocumentNS $ns praktikaftale]
set root [$doc documentElement]
$root setAttribute sagsnr 2026-0417 oprettet 2026-12-18T10:42:07+01:00 system "Sagsværktøj 4.2"
dict for {group fields} $agreement {
    set node [$doc createElementNS $ns gruppe]
    $node setAttribute navn $group
    $root appendChild $node
    dict for {key value} $fields {
        set field [$doc createElementNS $ns felt]
        $field setAttribute navn $key
        $field appendChild [$doc createTextNode $value]
        $node appendChild $field
    }
}
fconfigure stdout -encoding ascii -translation lf
puts -nonewline [$doc asXML -indent 2 -escapeNonASCII]
