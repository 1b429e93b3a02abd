// Lejre's mentor firm's node app: the month's mentor visits as a CSV written by csv-stringify (6.x,
// `csv-stringify/sync`), a row a visit, each citizen's rows together. The app keeps each day as a
// JavaScript Date at local midnight and lets one `cast.date` write every date the Danish way
// (`toLocaleDateString('da-DK')`: 2.3.2027, no leading zeros); the hours are JavaScript numbers
// (csv-stringify writes `String(n)`: 1.5, 2, 0.75); the approval flag a boolean (csv-stringify's own
// cast: `1` for true, nothing for false); a field is quoted only when it holds a comma, a quote or a
// line break, its quotes doubled; a byte order mark first and Windows line ends, for Excel.
// Run by tools/make_fixtures_onboarding_fortyninth.py with TZ=Europe/Copenhagen and NODE_PATH set.
const { stringify } = require("csv-stringify/sync");

const day = (d, m) => new Date(2027, m - 1, d);
const courses = [
  {
    cpr: "050391-2284", name: "Mikkel Due", pnr: "1023456789", site: "Lejre Planteskole ApS",
    mentor: "Hanne Ravnsbæk", approvedOn: day(31, 3),
    visits: [
      [day(2, 3), 1.5, "Opstart, rundvisning og sikkerhed"],
      [day(4, 3), 2, "Oppotning af stauder"],
      [day(9, 3), 1.5, "Samtale om mødetider"],
      [day(16, 3), 0.75, "Kort opfølgning"],
      [day(18, 3), 1.25, "Kasseopgaver, \"rolig dag\""],
      [day(23, 3), 2, "Midtvejssamtale med jobcentret"],
    ],
  },
  {
    cpr: "221185-0467", name: "Amalie Krogh-Hansen", pnr: "1019283746", site: "Café Ledreborg, Gl. Kongevej",
    mentor: "Jens \"Bamse\" Olsen", approvedOn: day(1, 4),
    visits: [
      [day(3, 3), 3, "Introduktion i køkkenet"],
      [day(10, 3), 2.5, "Bestilling og lager"],
      [day(11, 3), 0.5, "Telefonopfølgning"],
      [day(24, 3), 3, "Servering,\nkasse og oprydning"],
    ],
  },
];

const rows = courses.flatMap((c) =>
  c.visits.map(([date, hours, topic]) => ({
    cpr: c.cpr, name: c.name, pnr: c.pnr, site: c.site, mentor: c.mentor,
    date, hours, topic, approved: true, approvedBy: c.mentor, approvedOn: c.approvedOn,
  })),
);

process.stdout.write(
  stringify(rows, {
    bom: true,
    header: true,
    record_delimiter: "windows",
    cast: { date: (d) => d.toLocaleDateString("da-DK") },
    columns: [
      { key: "cpr", header: "CPR-nr." },
      { key: "name", header: "Borger" },
      { key: "pnr", header: "P-nummer" },
      { key: "site", header: "Praktiksted" },
      { key: "mentor", header: "Mentor" },
      { key: "date", header: "Dato" },
      { key: "hours", header: "Timer" },
      { key: "topic", header: "Aktivitet" },
      { key: "approved", header: "Godkendt" },
      { key: "approvedBy", header: "Godkendt af" },
      { key: "approvedOn", header: "Godkendt den" },
    ],
  }),
);
