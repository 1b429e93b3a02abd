// Esbjerg's mentor hours, a month of a mentor supplier's visits as its web page's "Hent CSV" button writes
// them with d3-dsv (npm `d3-dsv` 3.0.2), `csvFormat(rows)` and nothing else: a comma; the header the rows'
// keys in the order first met (d3's `inferColumns` takes every row's, so a key only later rows have, the
// remark the page's API leaves out where there is none, is the last column); a value quoted only where it
// holds a comma, a quote or a line break, a quote doubled; `null` and `undefined` empty; numbers and
// booleans as `String()` gives them; a `Date` in d3's own ISO form in UTC, the day alone at UTC midnight
// (`2027-05-03`) and else its time without the seconds or parts that are 0 (`2027-05-31T12:05Z`,
// `2027-06-01T07:30:15Z`); `\n` between rows and none after the last; no BOM. The page's data, as its
// JavaScript made it: each visit's day `new Date("2027-05-03")` (a date-only string is UTC midnight), a
// visit's hours the sum of its parts in tenths (`0.7 + 0.6` is `1.2999999999999998`, `1.1 + 2.2` is
// `3.3000000000000003`), the P-number a number, the mentor's employment `null` where the supplier does not
// know it, the approval the moment it was given, a `Date` from the API's `2027-05-31T14:05:00+02:00`.
// Run by tools/make_fixtures_onboarding_sixtyfifth.py with D3_DSV naming d3-dsv's ES module:
// `node esbjerg_mentortimer.mjs OUT [variant]`; the variant is a second user's: `dsvFormat(";")` with the
// columns named, and each day a `Date` made at Esbjerg's midnight (`new Date(2027, 4, 3)`).
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const { csvFormat, dsvFormat } = await import(pathToFileURL(process.env.D3_DSV).href);
const variant = process.argv[3] === "variant";
const day = (iso) => (variant ? new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8))) : new Date(iso));
const hours = (...parts) => parts.reduce((sum, part) => sum + part, 0);

const courses = [
  {
    forloeb: 4711, cpr: "120393-2841", borger: "Rasmus Kjær Ebbesen", pnummer: 1018765432,
    praktiksted: "Vestjysk Fisk, Auktionsgade 12", mentor: "Henrik Sønderby", mentorAnsat: "virksomhed",
    godkendtAf: "Henrik Sønderby", godkendt: "2027-05-31T14:05:00+02:00",
    besoeg: [["2027-05-03", [1.5]], ["2027-05-05", [0.75]], ["2027-05-11", [0.7, 0.6]], ["2027-05-19", [2]]],
  },
  {
    forloeb: 4718, cpr: "030788-1196", borger: "Yasmin Al-Khatib", pnummer: 1024433221,
    praktiksted: "Café \"Sømanden\", Havnen", mentor: "Lotte Brink", mentorAnsat: "jobcenter",
    godkendtAf: "Lotte Brink", godkendt: "2027-06-01T00:10:00+02:00",
    besoeg: [
      ["2027-05-12", [1.1, 2.2]],
      ["2027-05-26", [1], "Mødte ikke op kl. 9, kom 9.40 med \"bussen\".\nAftalt ny tid"],
      ["2027-05-27", [0.5]],
    ],
  },
  {
    forloeb: 4722, cpr: "250599-3318", borger: "Mikkel Søe Andersen", pnummer: 1009988776,
    praktiksted: "Fiskeri- og Søfartsmuseet", mentor: "Jonna Krogh", mentorAnsat: null,
    godkendtAf: "Jonna Krogh", godkendt: "2027-06-01T09:30:15+02:00",
    besoeg: [["2027-05-18", [2.5]], ["2027-05-25", [1.75]]],
  },
];

const rows = courses.flatMap(({ besoeg, godkendtAf, godkendt, ...course }) =>
  besoeg.map(([dato, parts, bemaerkning]) => {
    const row = { ...course, dato: day(dato), timer: hours(...parts), godkendtAf, godkendt: new Date(godkendt) };
    if (bemaerkning !== undefined) row.bemaerkning = bemaerkning; // the API leaves out a remark not given
    return row;
  }),
);

const columns = ["cpr", "borger", "pnummer", "praktiksted", "mentor", "mentorAnsat", "dato", "timer", "godkendtAf", "godkendt"];
writeFileSync(process.argv[2], variant ? dsvFormat(";").format(rows, columns) : csvFormat(rows));
