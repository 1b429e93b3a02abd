#!/bin/sh
# Rudersdal's mentor hours as its caseworker's pipeline makes them with OCaml's csvtool (Debian's csvtool
# 2.4): the case system's visit export cut to the columns the hub needs by name (`namedcol`, dropping the
# internal id), then pasted side by side with the approvals export of the same visits, row for row
# (`paste`). `sh rudersdal_mentortimer.sh VISITS APPROVALS OUT [crlf]`: csvtool reads the exports' CRLF
# and writes its own line ends, LF, quoting only what needs it (a CR inside a quoted note kept as it is);
# `semicolon` is the probe: a second caseworker who writes `-u ';'` for Excel's Danish list separator.
set -eu
visits=$1 approvals=$2 out=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
csvtool namedcol cpr,navn,pnr,praktiksted,mentor,virksomhedsmentor,dato,timer,note "$visits" > "$tmp/cut.csv"
if [ "${4:-}" = semicolon ]; then
  csvtool -u ';' paste "$tmp/cut.csv" "$approvals" > "$out"
else
  csvtool paste "$tmp/cut.csv" "$approvals" > "$out"
fi
