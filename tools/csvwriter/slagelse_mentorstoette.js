// Slagelse's granted mentor support, the month's new grants as its mentor supplier's node script writes them
// with csv-writer (npm `csv-writer` 1.6.0) at its defaults: `createObjectCsvWriter` with a header of ids and
// Danish titles, the ids nested paths into each grant as the supplier's database hands it
// (`headerIdDelimiter: "."`, `borger.cpr`), a comma, quotes only where a value holds a comma, a quote or a
// line break, `\n` after every row. Each value is `String(value)`: the weekly hours are the meetings a week
// times the hours a meeting, computed in JavaScript (`3 * 1.1` is `3.3000000000000003`), the rate a
// number (`412.5`, `385`). Run by tools/make_fixtures_onboarding_sixtythird.py with NODE_PATH naming the
// node_modules that holds csv-writer: `node slagelse_mentorstoette.js OUT`.
const { createObjectCsvWriter } = require("csv-writer");

const grants = [
  {
    borger: { cpr: "120491-3318", navn: "Amalie Krog Jessen" },
    praktiksted: { pnr: "1019876543", navn: "Slagelse Sygehus, Køkkenet" },
    mentor: { navn: "Jens Østergaard", ansat: "Virksomhed" },
    moederPrUge: 3,
    timerPrMoede: 1.1,
    timesats: 412.5,
    fra: "2027-05-03",
    til: "2027-07-30",
    bevilget: "2027-04-28",
  },
  {
    borger: { cpr: "280985-6672", navn: "Mikkel Å. Friis" },
    praktiksted: { pnr: "1027334455", navn: "Netto, Nytorv 5" },
    mentor: { navn: "Hanne Lykke", ansat: "Jobcenter" },
    moederPrUge: 2,
    timerPrMoede: 0.75,
    timesats: 385,
    fra: "2027-05-10",
    til: "2027-08-06",
    bevilget: "2027-05-04",
  },
  {
    borger: { cpr: "151179-0245", navn: "Fatima El-Amin" },
    praktiksted: { pnr: "1031226677", navn: "Slagelse Boldklub" },
    mentor: { navn: "Ole Bach", ansat: "Virksomhed" },
    moederPrUge: 3,
    timerPrMoede: 0.7,
    timesats: 398.75,
    fra: "2027-05-17",
    til: "2027-06-25",
    bevilget: "2027-05-11",
  },
];
for (const grant of grants) grant.timerPrUge = grant.moederPrUge * grant.timerPrMoede;

const writer = createObjectCsvWriter({
  path: process.argv[2],
  headerIdDelimiter: ".",
  header: [
    { id: "borger.cpr", title: "CPR-nr." },
    { id: "borger.navn", title: "Borger" },
    { id: "praktiksted.pnr", title: "P-nr." },
    { id: "praktiksted.navn", title: "Praktiksted" },
    { id: "mentor.navn", title: "Mentor" },
    { id: "mentor.ansat", title: "Mentor ansat i" },
    { id: "moederPrUge", title: "Møder pr. uge" },
    { id: "timerPrMoede", title: "Timer pr. møde" },
    { id: "timerPrUge", title: "Timer pr. uge" },
    { id: "timesats", title: "Timesats" },
    { id: "fra", title: "Bevilget fra" },
    { id: "til", title: "Bevilget til" },
    { id: "bevilget", title: "Bevilget den" },
  ],
});
writer.writeRecords(grants);
