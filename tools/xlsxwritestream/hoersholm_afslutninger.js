// Hørsholm's job centre's node service streams the month's ended placements to XLSX with Apify's
// xlsx-write-stream (the fifty-third onboarding trial, tools/make_fixtures_onboarding_fiftythird.py):
// a header row, an ending a row, `shouldFormat` on so numbers and days are shown formatted (the library's
// own styles: a day `yyyy-mm-dd hh:mm:ss`, a whole number of 1000 or more `#,##0`); an empty note an
// empty inline string. Run as `node hoersholm_afslutninger.js OUT` with xlsx-write-stream on NODE_PATH.
'use strict';
const fs = require('fs');
const { Readable } = require('stream');

// The zip's entry times are the clock's (archiver stamps each entry with `new Date()`): the generator
// pins the clock to the export's run so each run writes the same bytes.
const RUN = Date.UTC(2027, 3, 1, 2, 15, 0);
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

const XLSXTransformStream = require('xlsx-write-stream');

const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const rows = [
  ['Sagsnr.', 'CPR-nr.', 'Borger', 'P-nummer', 'Praktiksted', 'Sidste praktikdag', 'Afslutningsårsag',
    'Bemærkning', 'Registreret'],
  ['HH-2026-0871', '220591-4415', 'Nikolaj Brandt Winther', 1024681357, 'Bådværftet, Rungsted Strandvej 98',
    day(2027, 3, 12), 'Ordinær beskæftigelse', 'Ansat 37 t/uge fra 15/3 <fast kontrakt>',
    new Date(Date.UTC(2027, 2, 15, 9, 41, 0))],
  ['HH-2026-0904', '101199-2630', 'Sofie Lund Bech', 1013579246, 'Kantinen, Usserød Kongevej 10',
    day(2027, 3, 19), 'Uddannelse', '', new Date(Date.UTC(2027, 2, 22, 13, 5, 0))],
  ['HH-2026-0930', '281067-1189', 'Kurt Ebbesen', 1035792468, 'Hørsholm Genbrugsplads',
    day(2027, 3, 31), 'Fleksjob', 'Visiteret til fleksjob & 12 t/uge hos samme arbejdsgiver',
    new Date(Date.UTC(2027, 3, 1, 8, 0, 0))],
];

const out = fs.createWriteStream(process.argv[2]);
Readable.from(rows).pipe(new XLSXTransformStream({ shouldFormat: true })).pipe(out);
