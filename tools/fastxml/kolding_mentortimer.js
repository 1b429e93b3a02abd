// Kolding's mentor firm's month-end export of mentor hours, as its node app writes it with
// fast-xml-parser's XMLBuilder: the app's objects built into XML as they are, attributes from the
// `@_` keys, an element's text beside its attributes from `#text`, JavaScript numbers as JavaScript
// writes them (2, 1.5, 0.75), each day a `Date` made at local midnight in Copenhagen written by
// `toISOString()` (so in UTC, the evening before), the approval's moment likewise; no XML declaration
// (the builder writes none unless asked). Invented for the forty-sixth onboarding trial (decision
// 0060, "Stop 66: trial-102"). Run with TZ=Europe/Copenhagen and NODE_PATH naming fast-xml-parser.
"use strict";
const { XMLBuilder } = require("fast-xml-parser");

const day = (y, m, d) => new Date(y, m - 1, d).toISOString(); // local midnight, written in UTC

const courses = [
  {
    id: "KOL-2027-0117",
    cpr: "081190-2215",
    navn: "Jonas Vestergaard Møller",
    pnr: "1012 873 364",
    sted: "Kolding Havn, Containerterminalen",
    mentor: "Pia Lykkegaard",
    dage: [
      [day(2027, 1, 5), 1.5, "Opstart og rundvisning"],
      [day(2027, 1, 12), 2, "Opfølgning på arbejdstider"],
      [day(2027, 1, 19), 0.75, "Kort samtale"],
      [day(2027, 1, 26), 2.25, "Samtale med værkfører & borger"],
    ],
    godkendt: ["Pia Lykkegaard", new Date(2027, 1, 1, 8, 40, 12).toISOString()],
  },
  {
    id: "KOL-2027-0131",
    cpr: "270401-4906",
    navn: "Emma Ravnsbjerg Holm",
    pnr: "1019 554 201",
    sted: "Sydbank, Kolding <Filial 12>",
    mentor: "Karsten Ibsen",
    dage: [
      [day(2027, 1, 7), 3, "Introduktion til kassesystemet"],
      [day(2027, 1, 21), 2.5, "Status og plan for februar"],
    ],
    godkendt: ["Karsten Ibsen", new Date(2027, 1, 2, 14, 5, 0).toISOString()],
  },
];

const doc = {
  mentortimer: {
    "@_xmlns": "http://kolding.example.dk/mentor/timer",
    "@_periode": "2027-01",
    "@_dannet": new Date(2027, 1, 3, 6, 0, 0).toISOString(),
    forloeb: courses.map((c) => ({
      "@_id": c.id,
      deltager: { "@_cpr": c.cpr, "#text": c.navn },
      praktiksted: { "@_pnr": c.pnr, "#text": c.sted },
      mentor: c.mentor,
      registrering: c.dage.map(([dato, timer, emne]) => ({ dato, timer, emne })),
      timerIalt: c.dage.reduce((sum, [, timer]) => sum + timer, 0),
      godkendelse: { "@_godkendtAf": c.godkendt[0], "@_tidspunkt": c.godkendt[1] },
    })),
  },
};

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
process.stdout.write(builder.build(doc));
