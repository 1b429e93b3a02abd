// Middelfart's progress report ("Praktikstedets statusudtalelse") as a JavaScript case system makes and
// fills it with pdf-lib (the npm package `pdf-lib`, 1.17.1): `node middelfart_statusudtalelse.js OUT`
// writes OUT/statusudtalelse.pdf. The empty form is drawn and saved first (the template the job centre
// sends the site); it is then loaded again and filled as the caseworker typed the site's answers, and
// saved with pdf-lib's own appearance streams (`updateFieldAppearances`), as a viewer's fill would.
// The dates are fixed so that a second run writes the same bytes.
"use strict";
const fs = require("fs");
const path = require("path");
const { PDFDocument, StandardFonts, rgb } = require("pdf-lib");

const STAMP = new Date("2026-04-01T08:00:00Z");
const SCORES = [
  ["Fremmøde", "vurdFremmoede"],
  ["Punktlighed", "vurdPunktlighed"],
  ["Samarbejde", "vurdSamarbejde"],
  ["Opgaveløsning", "vurdOpgaveloesning"],
  ["Selvstændighed", "vurdSelvstaendighed"],
];

async function template() {
  const doc = await PDFDocument.create();
  doc.setTitle("Praktikstedets statusudtalelse");
  doc.setCreationDate(STAMP);
  doc.setModificationDate(STAMP);
  const page = doc.addPage([595.28, 841.89]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const form = doc.getForm();
  const text = (s, x, y, size = 10, f = font) => page.drawText(s, { x, y, size, font: f, color: rgb(0, 0, 0) });
  const field = (name, x, y, width, height = 18) => {
    const f = form.createTextField(name);
    f.addToPage(page, { x, y, width, height, font, borderWidth: 1 });
    return f;
  };

  text("Middelfart Kommune", 56, 800, 10);
  text("Jobcenter Middelfart", 56, 788, 10);
  text("Praktikstedets statusudtalelse", 56, 752, 16, bold);
  text("Virksomhedspraktik efter LAB kapitel 11", 56, 734, 10);

  let y = 700;
  const heading = (s) => {
    text(s, 56, y, 12, bold);
    y -= 26;
  };
  const row = (label, name) => {
    text(label, 56, y + 5, 10);
    field(name, 200, y, 300);
    y -= 26;
  };
  heading("Borger");
  row("CPR-nr.", "cprNummer");
  row("Navn", "borgerNavn");
  y -= 6;
  heading("Praktiksted");
  row("Virksomhed", "virksomhedNavn");
  row("P-nummer", "pNummer");
  row("Kontaktperson", "kontaktperson");
  y -= 6;
  heading("Vurdering");
  row("Vurderet den", "vurderetDato");
  text("Skala: 1 = ikke tilfredsstillende, 5 = meget tilfredsstillende", 56, y + 5, 9);
  y -= 22;
  for (let n = 1; n <= 5; n++) text(String(n), 200 + (n - 1) * 50 + 4, y, 10, bold);
  y -= 24;
  for (const [label, name] of SCORES) {
    text(label, 56, y + 3, 10);
    const group = form.createRadioGroup(name);
    for (let n = 1; n <= 5; n++) {
      group.addOptionToPage(String(n), page, { x: 200 + (n - 1) * 50, y, width: 14, height: 14 });
    }
    y -= 24;
  }
  y -= 6;
  text("Udfyldt af", 56, y + 5, 10);
  const by = form.createDropdown("udfyldtAf");
  by.addOptions(["Praktikvejleder", "Mentor", "Leder"]);
  by.addToPage(page, { x: 200, y, width: 180, height: 18, font, borderWidth: 1 });
  y -= 66;
  text("Anbefalet næste skridt", 56, y + 45, 10);
  const next = form.createOptionList("naesteSkridt");
  next.addOptions(["Forlængelse af praktik", "Løntilskud", "Ordinær ansættelse", "Afslutning"]);
  next.addToPage(page, { x: 200, y, width: 180, height: 58, font, borderWidth: 1 });
  y -= 30;
  text("Bemærkninger", 56, y, 10);
  const note = form.createTextField("bemaerkninger");
  note.enableMultiline();
  note.addToPage(page, { x: 56, y: y - 62, width: 444, height: 54, font, borderWidth: 1 });
  // A case system sets its fields' size once; pdf-lib's default (0, "auto") fits one word to the box.
  for (const f of form.getFields()) if (f.setFontSize) f.setFontSize(10);
  return doc.save();
}

async function filled(bytes) {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setModificationDate(new Date("2026-04-01T09:30:00Z"));
  const form = doc.getForm();
  form.getTextField("cprNummer").setText("120688-3459");
  form.getTextField("borgerNavn").setText("Søren Æbelø Kristiansen");
  form.getTextField("virksomhedNavn").setText("Lillebælt Autoværksted I/S");
  form.getTextField("pNummer").setText("1017 3829 46");
  form.getTextField("kontaktperson").setText("Birgitte Frost");
  form.getTextField("vurderetDato").setText("31-3-2026");
  const marks = { vurdFremmoede: "4", vurdPunktlighed: "5", vurdSamarbejde: "3", vurdOpgaveloesning: "4", vurdSelvstaendighed: "2" };
  for (const [name, mark] of Object.entries(marks)) form.getRadioGroup(name).select(mark);
  form.getDropdown("udfyldtAf").select("Mentor");
  form.getOptionList("naesteSkridt").select("Løntilskud");
  form.getTextField("bemaerkninger").setText(
    "Søren møder stabilt og er vellidt på værkstedet.\nHar brug for faste opgaver; arbejder bedst med en makker.",
  );
  return doc.save();
}

(async () => {
  const out = process.argv[2];
  fs.writeFileSync(path.join(out, "statusudtalelse.pdf"), await filled(await template()));
})();
