// Egedal's mentor firm's node service writes the month's mentor visits as XML with xml2js's Builder
// (the fifty-sixth onboarding trial, tools/make_fixtures_onboarding_fiftysixth.py), at its defaults:
// the declaration with `standalone="yes"`, two-space indentation, `$` keys as attributes. The rows are
// as node-postgres hands them over and the Builder renders whatever it is given: a visit's `interval`
// column is postgres-interval's object (1.2.0, the one pg 8 parses with: only the parts that are not 0),
// so it becomes an element holding `<hours>` and `<minutes>`; a `date` or `timestamptz` column is a
// `Date`, which the Builder renders as an empty element, so the service writes `toISOString()`: a day
// as its Danish midnight in UTC (`2027-03-01T23:00:00.000Z` is 2 March). Run as
// `node egedal_mentortimer.js` with xml2js and postgres-interval on NODE_PATH and TZ=Europe/Copenhagen;
// the XML goes to stdout.
'use strict';
const xml2js = require('xml2js');
const parseInterval = require('postgres-interval');

const day = (y, m, d) => new Date(y, m - 1, d).toISOString();
const visit = (dato, varighed, emne) => ({ dato, varighed: parseInterval(varighed), emne });

// The query's rows: a course with its visits (`json_agg`), as the service reads them.
const courses = [
  {
    $: { sagsnr: 'EM-2027-041' },
    cpr: '150388-2714',
    borger: 'Anders Bøgh Kristiansen',
    pnr: '1027364518',
    praktiksted: 'Stenløse Cykler ApS, værkstedet',
    mentor: 'Lars Thygesen',
    besoeg: [
      visit(day(2027, 3, 16), '01:30:00', 'Opstart, introduktion til værkstedet'),
      visit(day(2027, 3, 18), '00:45:00', 'Opfølgning på mødetider'),
      visit(day(2027, 3, 23), '02:00:00', 'Samtale med "Lars" og værkfører'),
      visit(day(2027, 3, 30), '01:15:00', 'Status & plan for april'),
    ],
    godkendt: true,
    godkendt_af: 'Lars Thygesen',
    godkendt_tid: new Date(2027, 3, 1, 0, 20, 0).toISOString(),
  },
  {
    $: { sagsnr: 'EM-2027-057' },
    cpr: '091201-3362',
    borger: 'Fatima El-Amin Hansen',
    pnr: '1019876543',
    praktiksted: 'Ølstykke Boligservice A/S, driftsgården',
    mentor: 'Jens Ravn',
    besoeg: [
      visit(day(2027, 3, 22), '01:00:00', 'Første dag <rundvisning>'),
      visit(day(2027, 3, 26), '00:30:00', 'Telefonopfølgning'),
    ],
    godkendt: true,
    godkendt_af: 'Jens Ravn',
    godkendt_tid: new Date(2027, 2, 31, 14, 5, 0).toISOString(),
  },
];

const builder = new xml2js.Builder();
process.stdout.write(builder.buildObject({ mentortimer: { $: { kommune: '240', maaned: '2027-03' }, forloeb: courses } }));
