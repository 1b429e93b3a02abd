// Roskilde's job centre's intranet, a node service, gives its caseworkers the month's granted mentor
// support as a workbook made with msexcel-builder 0.0.2 (2013; the sixty-first onboarding trial,
// tools/make_fixtures_onboarding_sixtyfirst.py). msexcel-builder writes every value as a shared string,
// `'' + value`: a number as JavaScript prints it (`2.5`, `412.5`), `true`/`false`, a `Date` as its
// toString() (`Mon May 03 2027 00:00:00 GMT+0200 (Central European Summer Time)`); an `undefined` or ''
// cell is left out. Its own XML: `<dimension ref="A1"/>` whatever the sheet holds, every row of
// `createSheet`'s size written (an empty one too), a `<phoneticPr>` in each shared string, its Chinese
// defaults (the font 宋体, the cell style 常规). The developer's choices: a title row merged over the
// columns, the moment it was taken, a bold, filled header on row 4, a grant a row from node-postgres
// (a `date` a local midnight, a `timestamptz` its moment, a `numeric` parsed to a number by the service,
// the mentor's employer a boolean `jobcentrets_mentor`).
// Run as `node roskilde_mentorbevillinger.js FOLDER NAME` with msexcel-builder on NODE_PATH and
// TZ=Europe/Copenhagen; the clock pinned from outside (JSZip stamps each entry with `new Date()`).
'use strict';
// Node 10 made fs.writeFile's callback required; easy-zip 0.0.4's writeToFile, which msexcel-builder
// calls, passes none. The one shim a node 20 user needs: the same write, done at once.
const fs = require('fs');
const writeFile = fs.writeFile;
fs.writeFile = function (file, data, options, callback) {
  if (typeof options === 'string' && callback === undefined) return fs.writeFileSync(file, data, options);
  return writeFile.apply(fs, arguments);
};
const excelbuilder = require('msexcel-builder');

const day = (y, m, d) => new Date(y, m - 1, d);
const grants = [
  {
    sagsnr: '2027-0412', cpr: '1406921235', borger: 'Jonas Friis Mikkelsen', pnr: '1019283746',
    sted: 'Byggecenter Roskilde A/S', mentor: 'Birgitte Holm', jobcentrets_mentor: false,
    timer_pr_uge: 2.5, timepris: 412.5, fra: day(2027, 5, 3), til: day(2027, 7, 30),
    bevilget: new Date(2027, 3, 28, 13, 42), sagsbehandler: 'Lene Kjær',
  },
  {
    sagsnr: '2027-0431', cpr: '2909987712', borger: 'Fatima Al-Sayed', pnr: '1027364554',
    sted: "Netto, Ro's Torv", mentor: 'Mikkel Bro', jobcentrets_mentor: true,
    timer_pr_uge: 4, timepris: 525, fra: day(2027, 5, 4), til: day(2027, 6, 30),
    bevilget: new Date(2027, 3, 30, 9, 5), sagsbehandler: 'Lene Kjær',
  },
  {
    sagsnr: '2027-0448', cpr: '0102034561', borger: 'Oliver Strand', pnr: '1005647382',
    sted: 'Roskilde Sygehus, Køkkenet', mentor: 'Susanne Krog', jobcentrets_mentor: false,
    timer_pr_uge: 1.25, timepris: 398.75, fra: day(2027, 5, 18), til: day(2027, 11, 30),
    bevilget: new Date(2027, 4, 12, 8, 3), sagsbehandler: 'Ahmed Rashid', bemaerkning: undefined,
  },
];
const columns = [
  ['Sagsnr.', 'sagsnr', 11], ['CPR-nr.', 'cpr', 12], ['Borger', 'borger', 24], ['P-nummer', 'pnr', 12],
  ['Praktiksted', 'sted', 28], ['Mentor', 'mentor', 18], ['Jobcentrets mentor', 'jobcentrets_mentor', 10],
  ['Timer pr. uge', 'timer_pr_uge', 8], ['Timepris (kr.)', 'timepris', 10], ['Fra', 'fra', 30],
  ['Til', 'til', 30], ['Bevilget', 'bevilget', 30], ['Sagsbehandler', 'sagsbehandler', 16],
  ['Bemærkning', 'bemaerkning', 24],
];

const workbook = excelbuilder.createWorkbook(process.argv[2], process.argv[3]);
const sheet = workbook.createSheet('Mentorbevillinger', columns.length, grants.length + 5);
sheet.set(1, 1, 'Jobcenter Roskilde - bevilget mentorstøtte, maj 2027');
sheet.merge({ col: 1, row: 1 }, { col: columns.length, row: 1 });
sheet.font(1, 1, { name: 'Calibri', sz: '14', bold: 'true' });
sheet.set(1, 2, 'Udtrukket ' + new Date().toLocaleString('da-DK'));
columns.forEach(([label, , width], i) => {
  sheet.set(i + 1, 4, label);
  sheet.width(i + 1, width);
  sheet.font(i + 1, 4, { bold: 'true' });
  sheet.fill(i + 1, 4, { type: 'solid', fgColor: '8', bgColor: '64' });
  sheet.border(i + 1, 4, { left: 'thin', top: 'thin', right: 'thin', bottom: 'thin' });
});
grants.forEach((grant, r) => {
  columns.forEach(([, key], i) => sheet.set(i + 1, r + 5, grant[key]));
});
workbook.save((err) => {
  if (err) throw err;
});
