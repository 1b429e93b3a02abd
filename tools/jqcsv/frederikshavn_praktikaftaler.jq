# Frederikshavn's case system's placements, from its JSON export to CSV with jq's @csv (jq 1.6):
# `jq -r -f frederikshavn_praktikaftaler.jq frederikshavn_praktikker.json > praktikaftaler.csv`.
# Made by tools/make_fixtures_onboarding_fortyfifth.py for the forty-fifth onboarding trial (decision
# 0060, "Stop 66: trial-101"). @csv quotes every string and doubles its quotes, writes numbers and
# booleans bare and null as nothing; a line break inside a string stays in its quoted field.
["sag", "cpr", "fornavn", "efternavn", "cvr", "virksomhed", "pnr", "arbejdssted", "fra", "til",
 "timer_pr_uge", "ydelse", "visitation", "mentor", "mentor_virksomhedens", "sagsbehandler",
 "sagsbehandler_email", "sagsbehandler_telefon", "formaal"],
(.praktikker[]
 | [.sag, .borger.cpr, .borger.fornavn, .borger.efternavn, .virksomhed.cvr, .virksomhed.navn,
    .arbejdssted.pnr, .arbejdssted.navn, .periode.fra, .periode.til, .timer_pr_uge, .ydelse,
    .visitation, .mentor.navn, .mentor.virksomhedens, .sagsbehandler.navn, .sagsbehandler.email,
    .sagsbehandler.telefon, .formaal])
| @csv
