// Solrød's mentor supplier's node service writes a month of mentor visits as CSV with papaparse's
// `unparse` (the fifty-ninth onboarding trial, tools/make_fixtures_onboarding_fiftyninth.py): the rows
// as node-postgres gives them from its `besoeg` view, a visit a row, the citizen's, site's and mentor's
// columns repeated on each, each row an object whose keys papaparse writes as the header. papaparse's
// defaults: quotes only where a value needs them (the delimiter, a quote, a line break, a space at an end),
// `""` for a quote, "\r\n" between rows and none after the last; a `Date` written as its toISOString()
// (the `date` column a Danish midnight, so the day before at 22:00 or 23:00 UTC; the approval a moment).
// The supplier's choices: `delimiter: ';'` for Danish Excel, `escapeFormulae: true` after a security
// review (a value starting = + - @ gets a `'` and quotes: the mentor's phone `+45 ...`). A visit's length
// is the view's `varighed_min integer`, the minutes the mentor logged, written as the number it is.
// Run as `node solroed_mentorbesoeg.js` with papaparse on NODE_PATH and TZ=Europe/Copenhagen; the CSV on stdout.
'use strict';
const Papa = require('papaparse');

// node-postgres parses a `date` as local midnight and a `timestamptz` as its moment; bigint and numeric
// come as strings, integer as a number.
const day = (y, m, d) => new Date(y, m - 1, d);
const course = (c) => (visit) => ({
  forloeb_id: c.id, cpr: c.cpr, borger: c.borger, pnr: c.pnr, praktiksted: c.sted, mentor: c.mentor,
  mentor_tlf: c.tlf, ...visit, godkendt_af: c.godkendtAf, godkendt_tid: c.godkendtTid,
});
const ahmad = {
  id: '3107', cpr: '2011914417', borger: 'Ahmad Sharifi', pnr: '1022334455',
  sted: 'Jensens Autoværksted ApS, Solrød Strand', mentor: 'Kim Thorsen', tlf: '+45 20 48 17 36',
  godkendtAf: 'Kim Thorsen', godkendtTid: new Date(2027, 2, 31, 16, 20),
};
const sofie = {
  id: '3122', cpr: '0705955128', borger: 'Sofie Lund Nielsen', pnr: '1033445566',
  sted: 'Netto Solrød Center', mentor: 'Hanne Birk', tlf: '+45 31 22 09 84',
  godkendtAf: 'Hanne Birk', godkendtTid: new Date(2027, 3, 1, 0, 20),
};
const rows = [
  ...[
    { dato: day(2027, 3, 2), varighed_min: 90, note: 'Opstart: gennemgang af værkstedet' },
    { dato: day(2027, 3, 4), varighed_min: 45, note: 'Kort opfølgning' },
    { dato: day(2027, 3, 9), varighed_min: 120, note: 'Talte om "fast tid" om morgenen' },
    { dato: day(2027, 3, 16), varighed_min: 90, note: '' },
    { dato: day(2027, 3, 25), varighed_min: 60, note: '-' },
  ].map(course(ahmad)),
  ...[
    { dato: day(2027, 3, 3), varighed_min: 60, note: 'Rundvisning i butikken' },
    { dato: day(2027, 3, 10), varighed_min: 90, note: 'Vareopfyldning, kassen' },
    { dato: day(2027, 3, 12), varighed_min: 45, note: '' },
    { dato: day(2027, 3, 31), varighed_min: 30, note: 'Status før samtale i jobcentret' },
  ].map(course(sofie)),
];

process.stdout.write(Papa.unparse(rows, { delimiter: ';', escapeFormulae: true }));
