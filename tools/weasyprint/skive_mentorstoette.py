"""Skive's grant of mentor support as its web case system prints it with WeasyPrint's PDF forms: `python
skive_mentorstoette.py OUT.pdf`. Run in an environment with WeasyPrint (the twenty-fourth trial's
`tools/make_fixtures_onboarding_twentyfourth.py` says how). The case system fills an HTML form (its
`<input>`, `<select>` and `<textarea>` carry the values) and WeasyPrint writes each as a PDF field
(`pdf_forms=True`): a field's `/TU` the words of its `<label>`, a `<select>` a choice whose lines are
`[value, text]`, a radio group's on-states the buttons' indexes `/0`, `/1` with the values in `/Opt`."""

import sys

from weasyprint import HTML

PAGE = """<!DOCTYPE html>
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
  <input type="text" id="b_cpr" name="borger.cpr" value="170588-2943" class="short"></div>
 <div class="row"><label class="l" for="b_navn">Navn</label>
  <input type="text" id="b_navn" name="borger.navn" value="Mathias Kjeldgaard Bech"></div>
</fieldset>
<fieldset><legend>Praktiksted</legend>
 <div class="row"><label class="l" for="p_navn">Virksomhed</label>
  <input type="text" id="p_navn" name="praktiksted.navn" value="Skive Træindustri A/S"></div>
 <div class="row"><label class="l" for="p_pnr">P-nr.</label>
  <input type="text" id="p_pnr" name="praktiksted.pnr" value="1021 4478 36" class="short"></div>
</fieldset>
<fieldset><legend>Mentor</legend>
 <div class="row"><label class="l" for="m_navn">Mentorens navn</label>
  <input type="text" id="m_navn" name="mentor.navn" value="Kirsten Dahl Pedersen"></div>
 <div class="row"><label class="l">Mentor er ansat</label>
  <label class="choice"><input type="radio" name="mentor.ansat" value="virksomhed" checked>
   i virksomheden</label>
  <label class="choice"><input type="radio" name="mentor.ansat" value="jobcenter"> i jobcentret</label></div>
</fieldset>
<fieldset><legend>Bevilling</legend>
 <div class="row"><label class="l" for="t_uge">Timer pr. uge</label>
  <input type="text" id="t_uge" name="bevilling.timer" value="2,5" class="short"></div>
 <div class="row"><label class="l" for="t_sats">Timesats</label>
  <select id="t_sats" name="bevilling.sats">
   <option value="275.00">275,00 kr.</option>
   <option value="298.00" selected>298,00 kr.</option>
   <option value="325.00">325,00 kr.</option>
  </select></div>
 <div class="row"><label class="l" for="t_fra">Periode fra</label>
  <input type="text" id="t_fra" name="bevilling.fra" value="04.05.2026" class="short"></div>
 <div class="row"><label class="l" for="t_til">Periode til</label>
  <input type="text" id="t_til" name="bevilling.til" value="31.07.2026" class="short"></div>
 <div class="row"><label class="l" for="t_dato">Bevilget den</label>
  <input type="text" id="t_dato" name="bevilling.dato" value="27.04.2026" class="short"></div>
 <div class="row"><label class="l" for="t_note">Formål med mentorstøtten</label>
  <textarea id="t_note" name="bevilling.formaal">Støtte til at komme godt i gang på lageret og til at holde
faste mødetider.</textarea></div>
</fieldset>
<fieldset><legend>Sagsbehandler</legend>
 <div class="row"><label class="l" for="s_navn">Sagsbehandler</label>
  <input type="text" id="s_navn" name="sagsbehandler.navn" value="Louise Frandsen"></div>
 <div class="row"><label class="l"><input type="checkbox" name="sagsbehandler.drøftet" checked>
  Bevillingen er drøftet med borgeren</label></div>
</fieldset>
</form>
<footer>Jobcenter Skive · sagsnr. 2026-04-1187 · side 1 af 1</footer>
</body></html>
"""


def main(out: str) -> None:
    # A fixed identifier: each run writes the same bytes (WeasyPrint writes no date unless given one)
    HTML(string=PAGE).write_pdf(out, pdf_forms=True, pdf_identifier=b"skive-mentorstoette-1")


if __name__ == "__main__":
    main(sys.argv[1])
