#!/bin/sh
# Helsingør's job centre's caseworker turns the mentor firm's raw visit log (helsingoer_besoeg.csv, a
# visit a row: `;`, ISO days, hours with a decimal point) into the month's mentor hours a citizen a week
# with a shell pipeline and GNU datamash: GNU date's `%G-W%V` gives each visit its ISO week (`paste`
# adds it as the column `uge`), then `datamash -t ';' --header-in --header-out -s -g ... sum timer count
# timer` groups by citizen, site, mentor, approval and week and sums the hours. datamash writes its own
# headings (`GroupBy(cpr)`, `sum(timer)`, `count(timer)`), quotes nothing, and prints a sum as C's `%Lg`
# with up to 14 digits (`2.25`, `3.3`, a whole `2` without decimals). Called as
# `sh helsingoer_mentortimer.sh LOG OUT [numbered]`: `numbered` is the probe, a second caseworker's
# pipeline that drops the heading line first and names the fields by number, so that `--header-out`
# writes `GroupBy(field-1)` and `sum(field-8)`, with datamash's default TAB between fields.
set -eu
log=$1
out=$2
body=$(mktemp)
trap 'rm -f "$body"' EXIT
tail -n +2 "$log" > "$body"
if [ "${3:-}" = numbered ]; then
    cut -d';' -f7 "$body" | date -f - +%G-W%V | paste -d';' "$body" - \
        | datamash -t ';' --output-delimiter="$(printf '\t')" --header-out -s -g 1,2,3,4,5,6,9,10,11 sum 8 > "$out"
    exit 0
fi
cut -d';' -f7 "$body" | date -f - +%G-W%V | paste -d';' "$body" - \
    | { printf '%s;uge\n' "$(head -n 1 "$log")"; cat; } \
    | datamash -t ';' --header-in --header-out -s \
        -g cpr,navn,pnr,praktiksted,mentor,virksomhedsmentor,godkendt_af,godkendt,uge sum timer count timer > "$out"
