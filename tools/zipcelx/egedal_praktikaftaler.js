// Egedal's job centre's placement overview is a web page whose "Hent som Excel" button hands the
// table's rows to zipcelx (the fifty-sixth onboarding trial, tools/make_fixtures_onboarding_fiftysixth.py):
// an agreement a row under a header row, each cell `{ value, type }` as zipcelx takes it, `string` or
// `number` (its only types): the CVR and P-numbers and the hours numbers as the page's model holds them,
// every other value a string. zipcelx has no date or boolean cell, so the model's `Date`s and `true`
// or `false` are handed over as the page holds them and zipcelx writes them as JavaScript's `String()`
// does in a Danish browser: `Mon Mar 15 2027 00:00:00 GMT+0100 (Centraleuropæisk normaltid)`, `true`.
// Run as `node egedal_praktikaftaler.js OUT` with zipcelx on NODE_PATH, TZ=Europe/Copenhagen and
// LANG=da_DK.UTF-8 (the caseworker's browser).
'use strict';
const fs = require('fs');

// The zip's entry times are the clock's (JSZip stamps each entry with `new Date()`): the generator pins
// the clock to the export's moment so each run writes the same bytes.
const RUN = Date.UTC(2027, 3, 6, 8, 12, 0);
const RealDate = Date;
global.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RUN);
    else super(...args);
  }
  static now() {
    return RUN;
  }
};

// The browser saves the blob zipcelx hands FileSaver as the download; here the download is OUT.
global.saveAs = (blob) => {
  blob.arrayBuffer().then((buffer) => fs.writeFileSync(process.argv[2], Buffer.from(buffer)));
};

const zipcelx = require('zipcelx').default; // its CommonJS build exports the ES module's default

// The page's model: an agreement as its JSON API gives it, the days parsed into local `Date`s.
const agreements = [
  {
    sagsnr: 'EG-2027-0311', cpr: '150388-2714', borger: 'Anders Bøgh Kristiansen', cvr: 37182540,
    virksomhed: 'Stenløse Cykler ApS', pnr: 1027364518,
    praktiksted: 'Værkstedet, Stenløse Centervej 12, 3660 Stenløse',
    start: new Date(2027, 2, 15), slut: new Date(2027, 5, 11), timer: 18.5, ydelse: 'Kontanthjælp',
    visitation: 'Aktivitetsparat', mentor: 'Lars Thygesen', mentorIVirksomheden: true,
    sagsbehandler: 'Camilla Riis', mail: 'Camilla.Riis@egedal.example.dk', tlf: '72 59 60 00',
    formaal: "Afklaring af arbejdsevne i 'cykelværkstedet'",
  },
  {
    sagsnr: 'EG-2027-0328', cpr: '091201-3362', borger: 'Fatima El-Amin Hansen', cvr: 41069325,
    virksomhed: 'Ølstykke Boligservice A/S', pnr: 1019876543,
    praktiksted: 'Driftsgården, Frederikssundsvej 40, 3650 Ølstykke',
    start: new Date(2027, 2, 22), slut: new Date(2027, 5, 18), timer: 30, ydelse: 'Uddannelseshjælp',
    visitation: 'Uddannelsesparat', mentor: 'Jens Ravn', mentorIVirksomheden: false,
    sagsbehandler: 'Camilla Riis', mail: 'Camilla.Riis@egedal.example.dk', tlf: '72 59 60 00',
    formaal: 'Praktik som pedelmedhjælper & introduktion til faget',
  },
  {
    sagsnr: 'EG-2027-0342', cpr: '270775-1608', borger: 'Kim Østergaard Lund', cvr: 39275619,
    virksomhed: 'Smørum Dagligvarer ApS', pnr: 1031122334, praktiksted: 'Butikken, Flodvej 2, 2765 Smørum',
    start: new Date(2027, 3, 1), slut: new Date(2027, 5, 30), timer: 12, ydelse: 'Sygedagpenge',
    visitation: 'Jobparat', mentor: 'Birgitte Krog', mentorIVirksomheden: true,
    sagsbehandler: 'Morten Holst', mail: 'morten.holst@egedal.example.dk', tlf: '72 59 61 42',
    formaal: 'Gradvis tilbagevenden efter sygemelding, 3 dage om ugen',
  },
];

const text = (value) => ({ value, type: 'string' });
const number = (value) => ({ value, type: 'number' });
const header = ['Sagsnr.', 'CPR-nr.', 'Borger', 'CVR-nr.', 'Virksomhed', 'P-nr.', 'Praktiksted', 'Startdato',
  'Slutdato', 'Timer pr. uge', 'Ydelse', 'Visitation', 'Mentor', 'Mentor ansat i virksomheden',
  'Sagsbehandler', 'E-mail', 'Telefon', 'Formål'];
const rows = agreements.map((a) => [
  text(a.sagsnr), text(a.cpr), text(a.borger), number(a.cvr), text(a.virksomhed), number(a.pnr),
  text(a.praktiksted), text(a.start), text(a.slut), number(a.timer), text(a.ydelse), text(a.visitation),
  text(a.mentor), text(a.mentorIVirksomheden), text(a.sagsbehandler), text(a.mail), text(a.tlf),
  text(a.formaal),
]);

zipcelx({ filename: 'praktikaftaler', sheet: { data: [header.map(text), ...rows] } });
