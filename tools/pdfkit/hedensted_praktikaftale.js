// Hedensted's placement agreement as its Node case system prints it with PDFKit (0.20.2): a PDF form
// of PDFKit's own AcroForm API and no appearances of its own (PDFKit sets /NeedAppearances, as its
// documentation says). Fields named in a hierarchy of parent fields (`borger.cpr`, `virksomhed.pnr`),
// labels drawn in small grey type ABOVE each box in a two-column grid; dates typed `01/09/2026` under
// `AFDate_FormatEx("dd/mm/yyyy")`, hours `22,5` under `AFNumber_Format`; the benefit a combo box, the
// visitation a list box, the mentor's employer a radio group whose value is a string on its parent
// (PDFKit writes every value as a string), and two push buttons.
// Run: NODE_PATH=<node_modules holding pdfkit> node hedensted_praktikaftale.js OUT.pdf CASE
// (tools/make_fixtures_onboarding_thirtyfirst.py runs it).
'use strict';
const fs = require('fs');
const PDFDocument = require('pdfkit');

const CASES = {
  1: {
    cpr: '140388-2216', navn: 'Mads Bøgh Lauritsen',
    cvr: '31842077', virksomhed: 'Juelsminde Bådebyggeri ApS', pnr: '1022334455',
    arbejdssted: 'Havnevej 4, 7130 Juelsminde',
    fra: '01/09/2026', til: '27/11/2026', timer: '22,5',
    ydelse: 'Kontanthjælp', visitation: 'Aktivitetsparat',
    mentor: 'Birgitte Skov', ansat: 'virksomhed',
    sb: 'Karsten Holm', mail: 'Karsten.Holm@hedensted.example.dk', tlf: '+45 79 75 50 00',
    formaal: 'Afklaring af arbejdsevne i et værksted med faste rammer og en fast kollega som mentor.',
  },
  2: {
    cpr: '020675-1437', navn: 'Lene Krogh Andersen',
    cvr: '26754194', virksomhed: 'Hedensted Tømrer & Snedker A/S', pnr: '1009876543',
    arbejdssted: 'Industrivej 18, 8722 Hedensted',
    fra: '14/09/2026', til: '06/12/2026', timer: '15',
    ydelse: 'Sygedagpenge', visitation: null,
    mentor: 'Jonas Frandsen', ansat: 'jobcenter',
    sb: 'Pia Villadsen', mail: 'pia.villadsen@hedensted.example.dk', tlf: '7975 5012',
    formaal: '',
  },
};

const out = process.argv[2];
const data = CASES[process.argv[3]];
const doc = new PDFDocument({
  size: 'A4',
  margin: 50,
  // a fixed clock: PDFKit's file id is a hash of the info, so each run writes the same bytes
  info: {
    Title: 'Aftale om virksomhedspraktik', Author: 'Jobcenter Hedensted', Creator: 'sagsportal 3.4',
    CreationDate: new Date(Date.UTC(2026, 7, 24, 8, 15, 0)),
  },
});
doc.pipe(fs.createWriteStream(out));

doc.font('Helvetica');
doc.initForm();

const LEFT = 50;
const COL = 255; // a column's width
const BOX = 18;
let y = 50;

doc.fontSize(9).fillColor('#555555').text('Hedensted Kommune · Jobcenter Hedensted', LEFT, y);
y += 16;
doc.font('Helvetica-Bold').fontSize(17).fillColor('black').text('Aftale om virksomhedspraktik', LEFT, y);
y += 24;
doc.font('Helvetica').fontSize(9).fillColor('#555555')
  .text('Efter lov om en aktiv beskæftigelsesindsats, kapitel 11. Udfyldes af jobcentret.', LEFT, y);
y += 22;

const parents = {};
function parent(name) {
  if (!parents[name]) parents[name] = doc.formField(name);
  return parents[name];
}

function heading(text) {
  doc.rect(LEFT, y, 495, 18).fill('#dde6ee');
  doc.font('Helvetica-Bold').fontSize(11).fillColor('black').text(text, LEFT + 6, y + 4);
  doc.font('Helvetica');
  y += 26;
}

// One box with its label above it; col 0 or 1, or width for a box across both columns.
function text(label, group, name, value, col, options = {}) {
  const x = LEFT + col * (COL + 15);
  const w = options.width || COL;
  doc.fontSize(8).fillColor('#555555').text(label, x, y);
  doc.rect(x, y + 11, w, options.height || BOX).lineWidth(0.5).stroke('#8899aa');
  doc.fillColor('black');
  const field = { parent: parent(group), value, ...options.field };
  doc.formText(name, x, y + 11, w, options.height || BOX, field);
}

function row(height = BOX) {
  y += height + 24;
}

heading('1. Borger');
text('CPR-nummer', 'borger', 'cpr', data.cpr, 0);
text('Navn', 'borger', 'navn', data.navn, 1);
row();

heading('2. Virksomhed og arbejdssted');
text('CVR-nummer', 'virksomhed', 'cvr', data.cvr, 0);
text('Virksomhedens navn', 'virksomhed', 'navn', data.virksomhed, 1);
row();
text('P-nummer', 'virksomhed', 'pnr', data.pnr, 0);
text('Arbejdsstedets adresse', 'virksomhed', 'adresse', data.arbejdssted, 1);
row();

heading('3. Periode og omfang');
const date = { format: { type: 'date', param: 'dd/mm/yyyy' } };
text('Startdato', 'periode', 'fra', data.fra, 0, { field: date });
text('Slutdato', 'periode', 'til', data.til, 1, { field: date });
row();
text('Timer pr. uge', 'periode', 'timer', data.timer, 0, {
  field: { format: { type: 'number', nDec: 1, sepComma: true }, align: 'right' },
});
row();

heading('4. Forsørgelse og visitation');
doc.fontSize(8).fillColor('#555555').text('Forsørgelsesgrundlag', LEFT, y);
doc.text('Visitationskategori', LEFT + COL + 15, y);
doc.fillColor('black');
doc.formCombo('ydelse', LEFT, y + 11, COL, BOX, {
  select: ['Kontanthjælp', 'Uddannelseshjælp', 'Sygedagpenge', 'Ledighedsydelse', 'Ressourceforløbsydelse'],
  value: data.ydelse,
});
const list = { select: ['Jobparat', 'Aktivitetsparat', 'Uddannelsesparat'] };
if (data.visitation) list.value = data.visitation;
doc.formList('visitation', LEFT + COL + 15, y + 11, COL, 44, list);
y += 44 + 24;

heading('5. Mentor');
text('Mentorens navn', 'mentor', 'navn', data.mentor, 0);
doc.fontSize(8).fillColor('#555555').text('Mentoren er ansat i', LEFT + COL + 15, y);
const ansat = doc.formField('ansat', { parent: parent('mentor'), value: data.ansat });
let x = LEFT + COL + 15;
for (const [name, words] of [['virksomhed', 'virksomheden'], ['jobcenter', 'jobcentret']]) {
  // PDFKit draws no button: the page shows a ring where each one is
  doc.circle(x + 6, y + 19, 6).lineWidth(0.5).stroke('#8899aa');
  doc.formRadioButton(name, x, y + 13, 12, 12, { parent: ansat });
  doc.fontSize(9).fillColor('black').text(words, x + 16, y + 15);
  x += 110;
}
row();

heading('6. Kontaktperson i jobcentret');
text('Sagsbehandler', 'sagsbehandler', 'navn', data.sb, 0);
text('Telefon', 'sagsbehandler', 'tlf', data.tlf, 1);
row();
text('E-mail', 'sagsbehandler', 'mail', data.mail, 0);
row();

heading('7. Formål med praktikken');
text('Beskriv formålet', 'praktik', 'formaal', data.formaal, 0, {
  width: 495, height: 48, field: { multiline: true },
});
row(48);

doc.formPushButton('udskriv', LEFT, y, 110, 22, { label: 'Udskriv', backgroundColor: '#dde6ee' });
doc.formPushButton('send', LEFT + 125, y, 160, 22, { label: 'Send til virksomheden', backgroundColor: '#dde6ee' });

doc.end();
