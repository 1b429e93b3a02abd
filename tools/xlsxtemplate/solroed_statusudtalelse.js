// Solrød's job centre's supplier fills the sites' progress reports into the template its spreadsheet
// person made (tools/xlsxtemplate/solroed_statusudtalelse_skabelon.xlsx) with xlsx-template (the
// fifty-ninth onboarding trial, tools/make_fixtures_onboarding_fiftyninth.py): each `${...}` placeholder
// replaced by the report's value, the template's styles, merged cells and defined names kept, the marks'
// one row of `${table:vurderinger.*}` repeated a mark a row (the rows under it moved down, their merged
// cells and the defined names with them). As xlsx-template writes values: a string a shared string, a
// number a bare number (the P-number, each mark), a boolean a `t="b"` cell, a `Date` Excel's day number
// of its UTC moment (getTime() / 86400000 + 25569) in the template's `dd-mm-yyyy` cell.
// Run as `node solroed_statusudtalelse.js TEMPLATE OUT` with xlsx-template on NODE_PATH, TZ=Europe/Copenhagen.
'use strict';
const fs = require('fs');

// JSZip stamps each entry it writes anew with `new Date()`, and the report's "Udfyldt den" is the moment
// it is filled: the generator pins the clock to that moment so each run writes the same bytes.
const RUN = Date.UTC(2027, 3, 15, 9, 42, 0);
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

const XlsxTemplate = require('xlsx-template');

// The report as the site's contact person sent it from the supplier's web form (its JSON): the day
// typed into an <input type="date">, so ISO, made a `Date` as JavaScript parses an ISO day: UTC midnight.
const report = {
  borger: { navn: 'Mette Kragh Holm', cpr: '140388-2951' },
  sted: { navn: 'Havdrup Tømrer & Snedker ApS, værkstedet', pnr: 1021746390 },
  vurderet: '2027-04-14',
  vurderinger: [
    { omraade: 'Fremmøde', karakter: 4, kommentar: 'Stabilt fremmøde, én sygedag' },
    { omraade: 'Overholder aftalte tider', karakter: 5, kommentar: '' },
    { omraade: 'Samarbejde med kolleger', karakter: 3, kommentar: 'Trives bedst med en fast makker' },
    { omraade: 'Løser de aftalte opgaver', karakter: 4, kommentar: '' },
    { omraade: 'Arbejder selvstændigt', karakter: 2, kommentar: 'Har brug for en plan for dagen' },
  ],
  bemaerkning:
    'Mette er godt i gang og spørger, når hun er i tvivl.\nNæste mål: at planlægge sin egen dag.',
  setAfBorger: true,
  udfyldtAf: 'Jens Bak Andersen, værkstedsleder',
};

const template = new XlsxTemplate(fs.readFileSync(process.argv[2]));
template.substitute('Statusudtalelse', {
  ...report,
  vurderet: new Date(report.vurderet),
  udfyldt: new Date(),
});
fs.writeFileSync(process.argv[3], template.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
