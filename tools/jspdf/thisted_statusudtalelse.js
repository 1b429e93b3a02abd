// Thisted's site's progress report ("Statusudtalelse fra praktikstedet") as the job centre's web case
// system makes it for the site to fill in: the page and its fields drawn with jsPDF's AcroForm (jsPDF
// 4.2.1, in node as in the browser), labels left of the boxes, each mark a radio group of five buttons
// whose options are named `1` to `5` (jsPDF draws its own appearances: a cross in the chosen one), the
// site's answers given as each field's value. Writes the PDF to standard output. Run by
// tools/make_fixtures_onboarding_twentythird.py (NODE_PATH naming the folder jspdf is installed in).
const { jsPDF } = require("jspdf");

const doc = new jsPDF({ unit: "pt", format: "a4", compress: false });
const { TextField, RadioButton, Appearance } = jsPDF.AcroForm;
// A fixed creation day and id: the same bytes each run (jsPDF writes the time it ran otherwise).
doc.setCreationDate(new Date(Date.UTC(2026, 3, 30, 8, 0, 0)));
doc.setFileId("74686973746564737461747573323026");
doc.setProperties({ title: "Statusudtalelse fra praktikstedet", creator: "Jobcenter Thisted" });

doc.setFont("helvetica", "bold").setFontSize(12).text("Thisted Kommune", 56, 60);
doc.setFont("helvetica", "normal").setFontSize(8).text("Jobcenter Thisted, Asylgade 30, 7700 Thisted", 56, 72);
doc.setFont("helvetica", "bold").setFontSize(16).text("Statusudtalelse fra praktikstedet", 56, 110);

function heading(y, words) {
  doc.setFont("helvetica", "bold").setFontSize(11).text(words, 56, y);
  doc.setLineWidth(0.5).line(56, y + 4, 539, y + 4);
}

function field(y, label, name, value, width, height) {
  doc.setFont("helvetica", "normal").setFontSize(10).text(label, 56, y + 13);
  const box = new TextField();
  box.fieldName = name;
  box.Rect = [200, y, width, height || 18];
  box.fontSize = 10;
  box.value = value;
  if (height) box.multiline = true;
  doc.addField(box);
}

heading(150, "Borgeren");
field(165, "Navn", "borgerNavn", "Jens Peter Sloth", 280);
field(190, "CPR-nummer", "borgerCpr", "270892-1235", 120);
heading(240, "Praktikstedet");
field(255, "Virksomhed", "virksomhedNavn", "Hanstholm Havn I/S", 280);
field(280, "P-nummer", "virksomhedPnr", "1020 5566 71", 120);
field(305, "Udtalelsen er givet den", "udtalelseDato", "28.04.2026", 120);

heading(355, "Vurdering");
doc.setFont("helvetica", "normal").setFontSize(8);
doc.text("1 = ikke tilfredsstillende, 5 = meget tilfredsstillende", 56, 372);
["1", "2", "3", "4", "5"].forEach((mark, i) => doc.setFontSize(10).text(mark, 304 + 40 * i, 388));
const marks = [
  ["Fremmøde", "fremmoede", "4"],
  ["Punktlighed", "punktlighed", "3"],
  ["Samarbejde", "samarbejde", "5"],
  ["Opgaveløsning", "opgaveloesning", "4"],
  ["Selvstændighed", "selvstaendighed", "2"],
];
marks.forEach(([label, name, chosen], row) => {
  const y = 396 + 22 * row;
  doc.setFont("helvetica", "normal").setFontSize(10).text(label, 56, y + 11);
  const group = new RadioButton();
  group.fieldName = name;
  group.value = chosen;
  doc.addField(group);
  ["1", "2", "3", "4", "5"].forEach((mark, i) => {
    const option = group.createOption(mark);
    option.Rect = [300 + 40 * i, y, 14, 14];
    option.AS = mark === chosen ? "/" + mark : "/Off";
  });
  group.setAppearance(Appearance.RadioButton.Cross);
});

heading(530, "Bemærkninger");
field(545, "Bemærkninger", "bemaerkninger", "Jens Peter er vellidt på havnen.\nHan kommer tit for sent om mandagen.", 339, 44);
heading(620, "Underskrift");
field(635, "Udfyldt af", "udfyldtAf", "Bo Lynge, havnefoged", 200);
field(660, "Dato", "underskriftDato", "28.04.2026", 120);

process.stdout.write(Buffer.from(doc.output("arraybuffer")));
