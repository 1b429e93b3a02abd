// Roskilde's mentor supplier's node service writes a month of mentor visits as CSV with fast-csv
// (the sixty-first onboarding trial, tools/make_fixtures_onboarding_sixtyfirst.py): the rows as
// node-postgres gives them from its `besoeg` view, a visit a row, the citizen's, site's and mentor's
// columns repeated on each. fast-csv's defaults: a comma, quotes only where a value holds the delimiter,
// a quote or a line break (`""` for a quote), "\n" between rows and none after the last, `headers: true`
// taking the header from the first row's keys, `null` and `undefined` written as nothing, any other value
// as JavaScript's `String()` of it (`true`, `1.5`, a `Date`'s toString()). The supplier's choices:
// `writeBOM: true` so that Danish Excel opens it as UTF-8, and a `transform` giving each row the
// job centre's column names: the day `toLocaleDateString('da-DK')` (`3.5.2027`), a visit's length the
// view's whole minutes divided by 60 (`0.75`), the approval's `timestamptz` handed on as the `Date` it is.
// Run as `node roskilde_mentorbesoeg.js` with fast-csv on NODE_PATH and TZ=Europe/Copenhagen; the CSV on stdout.
'use strict';
const csv = require('fast-csv');

// node-postgres parses a `date` as local midnight and a `timestamptz` as its moment; bigint comes as a
// string, integer as a number, a NULL as null.
const day = (y, m, d) => new Date(y, m - 1, d);
const course = (c) => (visit) => ({
  forloeb_id: c.id, cpr: c.cpr, borger: c.borger, pnr: c.pnr, praktiksted: c.sted, mentor: c.mentor,
  mentor_tlf: c.tlf, telefonisk: false, note: null, ...visit, godkendt_af: c.godkendtAf,
  godkendt_tid: c.godkendtTid,
});
const jonas = {
  id: 5121, cpr: '1406921235', borger: 'Jonas Friis Mikkelsen', pnr: '1019283746',
  sted: 'Byggecenter Roskilde A/S', mentor: 'Birgitte Holm', tlf: '+45 46 31 22 80',
  godkendtAf: 'Birgitte Holm', godkendtTid: new Date(2027, 4, 31, 16, 5),
};
const fatima = {
  id: 5134, cpr: '2909987712', borger: 'Fatima Al-Sayed', pnr: '1027364554',
  sted: "Netto, Ro's Torv", mentor: 'Mikkel Bro', tlf: undefined,
  godkendtAf: 'Mikkel Bro', godkendtTid: new Date(2027, 5, 1, 0, 10),
};
const rows = [
  ...[
    { dato: day(2027, 5, 3), minutter: 90, note: 'Første dag: rundvisning og sikkerhed' },
    { dato: day(2027, 5, 5), minutter: 45, telefonisk: true },
    { dato: day(2027, 5, 11), minutter: 60, note: 'Talte om "pauser", og om mødetid' },
    { dato: day(2027, 5, 19), minutter: 120, note: 'Samtale med værkføreren\nom flere timer' },
    { dato: day(2027, 5, 27), minutter: 30, telefonisk: true },
  ].map(course(jonas)),
  ...[
    { dato: day(2027, 5, 4), minutter: 60, note: 'Opstart i butikken' },
    { dato: day(2027, 5, 12), minutter: 75, note: 'Kassen og vareopfyldning' },
    { dato: day(2027, 5, 13), minutter: 15, telefonisk: true },
    { dato: day(2027, 5, 25), minutter: 90, note: '' },
  ].map(course(fatima)),
];

const transform = (r) => ({
  'Forløb': r.forloeb_id,
  'CPR-nr.': r.cpr,
  'Borger': r.borger,
  'P-nummer': r.pnr,
  'Praktiksted': r.praktiksted,
  'Mentor': r.mentor,
  'Mentors telefon': r.mentor_tlf,
  'Dato': r.dato.toLocaleDateString('da-DK'),
  'Timer': r.minutter / 60,
  'Telefonisk': r.telefonisk,
  'Note': r.note,
  'Godkendt af': r.godkendt_af,
  'Godkendt': r.godkendt_tid,
});

csv.writeToString(rows, { headers: true, writeBOM: true, transform })
  .then((text) => process.stdout.write(text));
