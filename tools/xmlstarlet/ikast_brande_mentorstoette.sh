#!/bin/sh
# Ikast-Brande's grant of mentor support, as the job centre's shell script builds it with xmlstarlet
# (Debian's xmlstarlet): a skeleton with the export's namespace, filled by `xmlstarlet ed` (-s a child,
# -a a sibling after, -u a value, `$prev` the node made last: a prefixed name it makes is in no
# namespace until the text is read again, so the script finds it by `$prev` or by position; an element's
# -v is read as markup, so its `&` is written `&amp;`), then `xmlstarlet fo` with tabs and the old
# Windows code page the case system's other exports use. Invented for the thirty-sixth onboarding
# trial (decision 0060, "Stop 63: trial-83"). Usage: ikast_brande_mentorstoette.sh OUT.xml
set -eu
out=$1
skeleton='<?xml version="1.0" encoding="UTF-8"?>
<ib:bevilling xmlns:ib="urn:ikast-brande:jobcenter:mentorstoette:2" sagsnr="">
<ib:sag/>
</ib:bevilling>'
printf '%s\n' "$skeleton" | xmlstarlet ed -N ib=urn:ikast-brande:jobcenter:mentorstoette:2 \
	-u '/ib:bevilling/@sagsnr' -v 'MS-2026-0417' \
	-s '/ib:bevilling' -t attr -n oprettet -v '2026-10-02T13:48:05' \
	-s '/ib:bevilling/ib:sag' -t elem -n ib:borger -v '' \
	-s '$prev' -t elem -n ib:cpr -v '0507874129' \
	-a '$prev' -t elem -n ib:navn -v 'Åse Thygesen Brøndum' \
	-a '/ib:bevilling/ib:sag/*[1]' -t elem -n ib:arbejdssted -v '' \
	-s '$prev' -t attr -n cvr -v '38527416' \
	-s '/ib:bevilling/ib:sag/*[2]' -t elem -n ib:pnr -v '1029384756' \
	-a '$prev' -t elem -n ib:navn -v 'Brande Træ &amp; Byg ApS, afd. Nørre Snede' \
	-a '/ib:bevilling/ib:sag' -t elem -n ib:mentor -v 'Karsten Bøje Lund' \
	-s '$prev' -t attr -n ansat -v 'virksomhed' \
	-a '/ib:bevilling/*[2]' -t elem -n ib:omfang -v '4,5' \
	-s '$prev' -t attr -n enhed -v 'timer pr. uge' \
	-a '/ib:bevilling/*[3]' -t elem -n ib:takst -v '312,50' \
	-s '$prev' -t attr -n valuta -v 'DKK' \
	-a '/ib:bevilling/*[4]' -t elem -n ib:periode -v '' \
	-s '$prev' -t attr -n fra -v '12.10.2026' \
	-s '/ib:bevilling/*[5]' -t attr -n til -v '08.01.2027' \
	-a '/ib:bevilling/*[5]' -t elem -n ib:afgoerelse -v 'Bevilget' \
	-s '$prev' -t attr -n dato -v '02.10.2026' \
	-s '/ib:bevilling/*[6]' -t attr -n af -v 'Mette Ravn Østergaard' \
	| xmlstarlet fo --indent-tab --encode windows-1252 - > "$out"
