// Næstved's mentor hours, a month of a mentor supplier's visits as its node case system exports them with
// json2csv (npm `@json2csv/plainjs` 7.0.8 with `@json2csv/transforms`' `unwind` and `flatten`) at its
// defaults: a comma, every string quoted (`"`, a quote doubled), numbers and booleans bare, `\n` between
// rows and none after the last (`eol`), no BOM (`withBOM: false`); the header the flattened keys joined by
// `.` (`borger.cpr`, `besoeg.dato`), a course's visits unwound into a row each (the course's fields
// repeated), a key a course lacks written as `defaultValue` (empty, not quoted). The programmer hands
// json2csv what the database gives: each visit's day a JavaScript `Date` made at local midnight in Næstved
// (`new Date(2027, 4, 3)` with TZ=Europe/Copenhagen), which `flatten` turns into its `toJSON()`, the
// instant in UTC, quoted as a string ("2027-05-02T22:00:00.000Z": 3 May in Næstved, 2 May in UTC);
// a visit's length whole minutes (`minutter: 90`), approval a boolean. Run by
// tools/make_fixtures_onboarding_sixtyfourth.py with NODE_PATH naming the node_modules that holds json2csv:
// `node naestved_mentortimer.js OUT [variant]`.
const fs = require("fs");
const { Parser } = require("@json2csv/plainjs");
const { unwind, flatten } = require("@json2csv/transforms");

const day = (month, date) => new Date(2027, month - 1, date);

const courses = [
  {
    borger: { cpr: "040388-2215", navn: "Sofie Brøndum Lauridsen" },
    praktiksted: { pnr: "1015678901", navn: "Næstved Zoo, Dyrepasserne" },
    mentor: { navn: "Kåre Bjørn", ansat: "Virksomhed" },
    besoeg: [
      { dato: day(5, 3), minutter: 90, godkendt: true },
      { dato: day(5, 6), minutter: 45, godkendt: true },
      { dato: day(5, 12), minutter: 120, godkendt: true },
    ],
    attesteret: { af: "Lone Sørensen", dato: day(5, 31) },
  },
  {
    borger: { cpr: "191192-1483", navn: "Ahmad Rahimi" },
    praktiksted: { pnr: "1023344556", navn: "Bageriet \"Det Gyldne Kringle\", Axeltorv" },
    mentor: { navn: "Marianne Æbelø", ansat: "Jobcenter" },
    besoeg: [
      { dato: day(5, 4), minutter: 60, godkendt: true },
      { dato: day(5, 18), minutter: 75, godkendt: true },
    ],
    attesteret: { af: "Lone Sørensen", dato: day(5, 31) },
  },
  {
    borger: { cpr: "250701-0906", navn: "Ida Østergaard" },
    praktiksted: { pnr: "1031122334", navn: "Næstved Kommune, Park og Vej" },
    mentor: { navn: "Per Holm" }, // no `ansat` in the database: json2csv's defaultValue
    besoeg: [
      { dato: day(5, 25), minutter: 30, godkendt: true },
      { dato: day(5, 27), minutter: 150, godkendt: true },
    ],
    attesteret: { af: "Jonas Friis", dato: day(6, 1) },
  },
];

const fields = [
  "borger.cpr",
  "borger.navn",
  "praktiksted.pnr",
  "praktiksted.navn",
  "mentor.navn",
  "mentor.ansat",
  "besoeg.dato",
  "besoeg.minutter",
  "besoeg.godkendt",
  "attesteret.af",
  "attesteret.dato",
];
const options = { fields, transforms: [unwind({ paths: ["besoeg"] }), flatten({ separator: "." })] };
if (process.argv[3] === "variant") {
  // A second programmer: the days written as `toLocaleDateString("da-DK")`, `;` and a BOM for Excel.
  for (const course of courses) {
    for (const visit of course.besoeg) visit.dato = visit.dato.toLocaleDateString("da-DK");
    course.attesteret.dato = course.attesteret.dato.toLocaleDateString("da-DK");
  }
  Object.assign(options, { delimiter: ";", withBOM: true, eol: "\r\n" });
}
fs.writeFileSync(process.argv[2], new Parser(options).parse(courses));
