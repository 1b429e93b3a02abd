// The sixty-sixth onboarding trial (tools/make_fixtures_onboarding_sixtysixth.py): Vejle's mentor supplier's
// node service writes the month's mentor hours for the job centre with js2xmlparser's `parse(root, object,
// options)`, the courses as its database hands them: a course's visits an array (repeated `<besoeg>`),
// the supplier's ids and the site's P-number `@` attributes, the site's name its `#` text beside its
// attribute, a visit's hours a JavaScript number, each day a JavaScript `Date` made at Vejle's midnight
// and left to js2xmlparser, which writes it as `toString()` does (no `dateHandler`, as its README leaves
// it); a mentor's employer the database has not got `null`, a remark nobody wrote `undefined`. The options
// its programmer set: a declaration naming its encoding, and nothing else (single-quoted declaration,
// four spaces a level, `\n`, an empty element self-closing, `&`, `<` escaped as js2xmlparser does).
//
// Usage: node vejle_mentortimer.js OUT [variant]
// `variant`, the probe: a second programmer's options: `dateHandler` writing each day as its ISO string
// (`toISOString()`, the UTC instant) and `typeHandlers` leaving a null out, `format.doubleQuotes`.
"use strict";
const fs = require("fs");
const { parse } = require("js2xmlparser");

const [out, variant] = process.argv.slice(2);
const day = (d) => new Date(2027, 4, d); // May 2027, at midnight where the service runs (Europe/Copenhagen)

const courses = [
  {
    "@": { id: "MF-27-0412" },
    borger: { cpr: "1406873319", navn: "Line Bødker Skov" },
    arbejdssted: { "@": { pnr: "1018230456" }, "#": "Vejle Sygehus, Køkken & Kantine" },
    mentor: { navn: "Preben Kærgaard", ansat: "virksomhed" },
    besoeg: [
      { dato: day(3), timer: 1.5 },
      { dato: day(5), timer: 0.75 },
      { dato: day(11), timer: 2 },
      { dato: day(26), timer: 1.25 },
    ],
    ialt: 5.5,
    bemaerkning: undefined,
    attesteret: { af: "Ulla Frøsig", dato: day(31) },
  },
  {
    "@": { id: "MF-27-0419" },
    borger: { cpr: "0212994471", navn: "Mads Østergaard Nielsen" },
    arbejdssted: { "@": { pnr: "1027744190" }, "#": "Brdr. Lund <Vejle> A/S, Lageret" },
    mentor: { navn: "Hanne Ørum", ansat: null },
    besoeg: [
      { dato: day(12), timer: 1 },
      { dato: day(19), timer: 1.5 },
    ],
    ialt: 2.5,
    bemaerkning: "Mødt til tiden; ønsker flere timer i juni",
    attesteret: { af: "Ulla Frøsig", dato: day(31) },
  },
];
const document = {
  "@": { leverandoer: "Mentorhuset Trekanten ApS", periode: "2027-05" },
  forloeb: courses,
};
const options = { declaration: { encoding: "UTF-8" } };
if (variant === "variant") {
  options.dateHandler = (date) => date.toISOString();
  options.typeHandlers = { "[object Null]": () => parse.Absent.instance };
  options.format = { doubleQuotes: true };
}
fs.writeFileSync(out, parse("mentortimer", document, options));
