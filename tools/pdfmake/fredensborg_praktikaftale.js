// Fredensborg's placement agreement as its supplier's Node case system prints it: laid out by pdfmake
// (0.2.23, a document definition of a title, headings and two-column tables of label and value), the
// fields then put on the page through pdfmake's own PDFKit fork (@foliojs-fork/pdfkit 0.15.3, which
// pdfmake 0.2 ships) and its AcroForm API, each where pdfmake laid out the value's cell: the case system
// reads the cells' places from pdfmake's `pageBreakBefore` hook (each node's `startPosition`), the one
// place pdfmake tells them. No appearances (the fork sets /NeedAppearances); fields named by the case
// system's model in English camelCase (`citizenCpr`, `hoursPerWeek`); the days as Node's Intl writes a
// Danish full date (`mandag den 5. april 2027`), the hours as its Danish number (`18,5`); the benefit and
// the visitation combo boxes; the mentor's employer a lone check box whose value is the string `(Ja)`
// (the fork writes every /V as a string) and that has no on-state of its own.
// Run: NODE_PATH=<node_modules holding pdfmake 0.2.23> node fredensborg_praktikaftale.js OUT.pdf [VARIANT]
// (tools/make_fixtures_onboarding_fiftyfifth.py runs it; VARIANT `short` is the probe of decision 0060's
// "Stop 69: trial-113": the days as Intl's default `5.4.2027`, the box left unticked).
'use strict';
const fs = require('fs');
const PdfPrinter = require('pdfmake');

const out = process.argv[2];
const variant = process.argv[3] || '';
const CASE = {
  citizenCpr: '170589-2734', citizenName: 'Sofie Kjær Mortensen',
  companyName: 'Humlebæk Cykler & Service ApS', companyCvr: '29581746',
  worksite: 'Værkstedet, Stationsvej 9, 3050 Humlebæk', pNumber: '1024518836',
  startDate: new Date(Date.UTC(2027, 3, 5)), endDate: new Date(Date.UTC(2027, 5, 27)), hoursPerWeek: 18.5,
  benefit: 'Uddannelseshjælp', visitation: 'Aktivitetsparat',
  mentorName: 'Kasper Wulff', mentorEmployedAtCompany: variant !== 'short',
  caseworkerName: 'Line Bech Rasmussen', caseworkerEmail: 'Line.Bech.Rasmussen@fredensborg.example.dk',
  caseworkerPhone: '72 56 50 00',
  purpose: 'Afprøve arbejde med cykelreparation i faste rammer, 4 dage om ugen',
};
const BENEFITS = ['Kontanthjælp', 'Uddannelseshjælp', 'Sygedagpenge', 'Jobafklaringsforløb', 'Ledighedsydelse'];
const VISITATIONS = ['Jobparat', 'Aktivitetsparat', 'Uddannelsesparat', 'Åbenlyst uddannelsesparat'];

// The case system's own formatting: Node's Intl in Danish, the day in UTC as the database holds it.
const day = (d) => d.toLocaleDateString('da-DK', variant === 'short' ? { timeZone: 'UTC' } : { dateStyle: 'full', timeZone: 'UTC' });
const number = (n) => new Intl.NumberFormat('da-DK').format(n);

// A field's row: its label, and an empty cell pdfmake lays out (its `id` tells the hook which field).
const fields = [];
const row = (label, name, kind, value, options = {}) => {
  fields.push({ name, kind, value, options });
  return [{ text: label, style: 'label' }, { text: ' ', id: name, style: 'cell' }];
};
const section = (title, rows) => [
  { text: title, style: 'heading' },
  { table: { widths: [150, '*'], body: rows }, layout: 'lightHorizontalLines' },
];

const docDefinition = {
  pageSize: 'A4',
  pageMargins: [50, 50, 50, 50],
  info: {
    title: 'Aftale om virksomhedspraktik', author: 'Jobcenter Fredensborg', creator: 'Fredensborg Sag 3.2',
    creationDate: new Date(Date.UTC(2027, 2, 22, 8, 15, 0)),
  },
  defaultStyle: { font: 'Helvetica', fontSize: 10 },
  styles: {
    title: { fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
    sub: { fontSize: 10, color: '#555555', margin: [0, 0, 0, 10] },
    heading: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
    label: { margin: [0, 4, 0, 4] },
    cell: { margin: [0, 4, 0, 4] },
  },
  content: [
    { text: 'Aftale om virksomhedspraktik', style: 'title' },
    { text: 'Fredensborg Kommune · Jobcenter Fredensborg · efter lov om en aktiv beskæftigelsesindsats', style: 'sub' },
    ...section('Borgeren', [
      row('CPR-nummer', 'citizenCpr', 'text', CASE.citizenCpr),
      row('Navn', 'citizenName', 'text', CASE.citizenName),
      row('Ydelse', 'benefit', 'combo', CASE.benefit, { select: BENEFITS }),
      row('Visitation', 'visitation', 'combo', CASE.visitation, { select: VISITATIONS }),
    ]),
    ...section('Virksomheden', [
      row('Virksomhed', 'companyName', 'text', CASE.companyName),
      row('CVR-nummer', 'companyCvr', 'text', CASE.companyCvr),
      row('Praktiksted', 'worksite', 'text', CASE.worksite),
      row('P-nummer', 'pNumber', 'text', CASE.pNumber),
    ]),
    ...section('Praktikken', [
      row('Startdato', 'startDate', 'text', day(CASE.startDate)),
      row('Slutdato', 'endDate', 'text', day(CASE.endDate)),
      row('Timer pr. uge', 'hoursPerWeek', 'text', number(CASE.hoursPerWeek)),
      row('Formål', 'purpose', 'text', CASE.purpose),
    ]),
    ...section('Mentor', [
      row('Mentorens navn', 'mentorName', 'text', CASE.mentorName),
      row('Ansat i virksomheden', 'mentorEmployedAtCompany', 'checkbox', CASE.mentorEmployedAtCompany ? 'Ja' : null),
    ]),
    ...section('Sagsbehandler', [
      row('Navn', 'caseworkerName', 'text', CASE.caseworkerName),
      row('E-mail', 'caseworkerEmail', 'text', CASE.caseworkerEmail),
      row('Telefon', 'caseworkerPhone', 'text', CASE.caseworkerPhone),
    ]),
  ],
  // pdfmake tells no node's place but here: the case system notes each field cell's place.
  pageBreakBefore: (node) => {
    if (node.id && node.startPosition) places[node.id] = node.startPosition;
    return false;
  },
};

const places = {};
const printer = new PdfPrinter({ Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold' } });
const doc = printer.createPdfKitDocument(docDefinition);
doc.font('Helvetica');
doc.initForm();
for (const field of fields) {
  const at = places[field.name];
  const options = { ...field.options };
  if (field.value !== null) options.value = field.value;
  if (field.kind === 'checkbox') {
    doc.formCheckbox(field.name, at.left, at.top - 2, 12, 12, options);
  } else if (field.kind === 'combo') {
    doc.formCombo(field.name, at.left, at.top - 2, 200, 16, options);
  } else {
    doc.formText(field.name, at.left, at.top - 2, 330, 16, options);
  }
}
const chunks = [];
doc.on('data', (c) => chunks.push(c));
doc.on('end', () => fs.writeFileSync(out, Buffer.concat(chunks)));
doc.end();
