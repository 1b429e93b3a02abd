"""Skive's grants of mentor support as its web case system prints them with WeasyPrint's PDF forms:
`python skive_mentorstoette.py OUT.pdf N` (N the grant, 1 or 2). Run in an environment with WeasyPrint
(the twenty-fourth trial's `tools/make_fixtures_onboarding_twentyfourth.py` says how). The case system
fills an HTML form (its `<input>`, `<select>` and `<textarea>` carry the values) and WeasyPrint writes
each as a PDF field (`pdf_forms=True`): a field's `/TU` the words of its `<label>`, a `<select>` a
choice whose lines are `[value, text]`, a radio group's on-states the buttons' indexes `/0`, `/1` with
the values in `/Opt`, each button a field named as its group."""

import sys
from string import Template

from weasyprint import HTML

PAGE = Template("""<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>Bevilling af mentorstøtte</title>
<meta name="author" content="Jobcenter Skive">
<meta name="generator" content="Skive Jobcenter sagssystem">
<style>
@page { size: A4; margin: 18mm 20mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
header { text-align: right; font-size: 9pt; color: #333; }
h1 { font-size: 16pt; margin: 4mm 0 2mm 0; }
p.lead { font-size: 9pt; margin: 0 0 4mm 0; }
fieldset { border: 0.6pt solid #777; margin: 0 0 4mm 0; padding: 2mm 3mm 3mm 3mm; }
legend { font-weight: bold; padding: 0 1.5mm; }
.row { display: flex; margin: 1.2mm 0; }
.row label.l { width: 48mm; padding-top: 1mm; }
input[type=text], select, textarea { width: 100mm; font-size: 10pt; font-family: inherit;
  border: 0.5pt solid #555; padding: 0.6mm 1mm; background: #f6f6f6; }
input.short { width: 30mm; }
textarea { height: 13mm; }
.choice { margin-right: 6mm; }
footer { font-size: 8pt; color: #555; margin-top: 6mm; }
</style></head>
<body>
<header>Skive Kommune<br>Jobcenter Skive, Torvegade 10, 7800 Skive</header>
<h1>Bevilling af mentorstøtte</h1>
<p class="lead">Efter lov om en aktiv beskæftigelsesindsats §&nbsp;78. Udskrevet fra sagssystemet.</p>
<form>
<fieldset><legend>Borger</legend>
 <div class="row"><label class="l" for="b_cpr">CPR-nr.</label>
  <input type="text" id="b_cpr" name="borger.cpr" value="$cpr" class="short"></div>
 <div class="row"><label class="l" for="b_navn">Navn</label>
  <input type="text" id="b_navn" name="borger.navn" value="$name"></div>
</fieldset>
<fieldset><legend>Praktiksted</legend>
 <div class="row"><label class="l" for="p_navn">Virksomhed</label>
  <input type="text" id="p_navn" name="praktiksted.navn" value="$site"></div>
 <div class="row"><label class="l" for="p_pnr">P-nr.</label>
  <input type="text" id="p_pnr" name="praktiksted.pnr" value="$pnr" class="short"></div>
</fieldset>
<fieldset><legend>Mentor</legend>
 <div class="row"><label class="l" for="m_navn">Mentorens navn</label>
  <input type="text" id="m_navn" name="mentor.navn" value="$mentor"></div>
 <div class="row"><label class="l">Mentor er ansat</label>
  <label class="choice"><input type="radio" name="mentor.ansat" value="virksomhed"$company>
   i virksomheden</label>
  <label class="choice"><input type="radio" name="mentor.ansat" value="jobcenter"$jobcentre>
   i jobcentret</label></div>
</fieldset>
<fieldset><legend>Bevilling</legend>
 <div class="row"><label class="l" for="t_uge">Timer pr. uge</label>
  <input type="text" id="t_uge" name="bevilling.timer" value="$hours" class="short"></div>
 <div class="row"><label class="l" for="t_sats">Timesats</label>
  <select id="t_sats" name="bevilling.sats">
   <option value="275.00"$r275>275,00 kr.</option>
   <option value="298.00"$r298>298,00 kr.</option>
   <option value="325.00"$r325>325,00 kr.</option>
  </select></div>
 <div class="row"><label class="l" for="t_fra">Periode fra</label>
  <input type="text" id="t_fra" name="bevilling.fra" value="$start" class="short"></div>
 <div class="row"><label class="l" for="t_til">Periode til</label>
  <input type="text" id="t_til" name="bevilling.til" value="$end" class="short"></div>
 <div class="row"><label class="l" for="t_dato">Bevilget den</label>
  <input type="text" id="t_dato" name="bevilling.dato" value="$granted" class="short"></div>
 <div class="row"><label class="l" for="t_note">Formål med mentorstøtten</label>
  <textarea id="t_note" name="bevilling.formaal">$purpose</textarea></div>
</fieldset>
<fieldset><legend>Sagsbehandler</legend>
 <div class="row"><label class="l" for="s_navn">Sagsbehandler</label>
  <input type="text" id="s_navn" name="sagsbehandler.navn" value="$caseworker"></div>
 <div class="row"><label class="l"><input type="checkbox" name="sagsbehandler.drøftet"$talked>
  Bevillingen er drøftet med borgeren</label></div>
</fieldset>
</form>
<footer>Jobcenter Skive · sagsnr. $case · side 1 af 1</footer>
</body></html>
""")


# The two grants the case system printed: the values its caseworkers typed and chose.
GRANTS = {
    "1": {
        "cpr": "170588-2943",
        "name": "Mathias Kjeldgaard Bech",
        "site": "Skive Træindustri A/S",
        "pnr": "1021 4478 36",
        "mentor": "Kirsten Dahl Pedersen",
        "company": " checked",
        "jobcentre": "",
        "hours": "2,5",
        "r275": "",
        "r298": " selected",
        "r325": "",
        "start": "04.05.2026",
        "end": "31.07.2026",
        "granted": "27.04.2026",
        "purpose": "Støtte til at komme godt i gang på lageret og til at holde\nfaste mødetider.",
        "caseworker": "Louise Frandsen",
        "talked": " checked",
        "case": "2026-04-1187",
    },
    "2": {
        "cpr": "030791-1258",
        "name": "Sofie Lykke Andersen",
        "site": "Hotel Strandtangen",
        "pnr": "1019 8823 40",
        "mentor": "Bo Riis",
        "company": "",
        "jobcentre": " checked",
        "hours": "1",
        "r275": "",
        "r298": "",
        "r325": " selected",
        "start": "11.05.2026",
        "end": "10.07.2026",
        "granted": "06.05.2026",
        "purpose": "Mentor fra jobcentrets virksomhedsteam.",
        "caseworker": "Anders Brix",
        "talked": "",
        "case": "2026-05-0209",
    },
}


def main(out: str, grant: str) -> None:
    # A fixed identifier: each run writes the same bytes (WeasyPrint writes no date unless given one)
    page = PAGE.substitute(GRANTS[grant])
    HTML(string=page).write_pdf(out, pdf_forms=True, pdf_identifier=f"skive-mentorstoette-{grant}".encode())


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
