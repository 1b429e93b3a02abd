// Næstved's placement agreements, the month's new ones as its job centre's node integration writes them
// with xml-js (npm `xml-js` 1.6.11), `js2xml` on the compact form with `{ compact: true, spaces: 2 }` and
// nothing else: the declaration from `_declaration`, attributes from `_attributes`, an element's text from
// `_text` or a plain value, a list a repeated element, `&`, `<` and `>` escaped in text; a plain `null`
// (no visitation under sygedagpenge) and a plain `undefined` (no purpose) each an empty element,
// `<visitation/>`, `<formaal/>` (`{ _text: null }` would have written the word `null`), no line break after
// the root. The programmer's choices: days `toLocaleDateString("da-DK")` (`3.5.2027`, neither
// day nor month padded), the weekly hours a number (`18.5`, `15`), the mentor's employment a boolean
// attribute (`virksomhedsmentor="true"`, false for the job centre's own mentor). Run by tools/make_fixtures_onboarding_sixtyfourth.py with
// NODE_PATH naming the node_modules that holds xml-js: `node naestved_praktikaftaler.js OUT`.
const fs = require("fs");
const { js2xml } = require("xml-js");

const day = (month, date) => new Date(2027, month - 1, date).toLocaleDateString("da-DK");

const agreement = (a) => ({
  _attributes: { sagsnr: a.sagsnr },
  borger: { cpr: a.cpr, navn: a.navn },
  virksomhed: { _attributes: { cvr: a.cvr }, navn: a.firma, arbejdssted: { _attributes: { pnr: a.pnr }, _text: a.sted } },
  periode: { fra: day(...a.fra), til: day(...a.til) },
  timerPrUge: a.timer,
  ydelse: a.ydelse,
  visitation: a.visitation,
  mentor: { _attributes: { virksomhedsmentor: a.virksomhedsmentor }, _text: a.mentor },
  sagsbehandler: { navn: a.sb, email: a.mail, telefon: a.tlf },
  formaal: a.formaal,
});

const agreements = [
  {
    sagsnr: "2027-0412", cpr: "1308904127", navn: "Jesper Holm Ærø", cvr: "25417798", firma: "Maglemølle A/S",
    pnr: "1014455667", sted: "Maglemølle, Papirvej 2", fra: [5, 3], til: [7, 30], timer: 18.5,
    ydelse: "Kontanthjælp", visitation: "Aktivitetsparat", virksomhedsmentor: true, mentor: "Birthe Lund",
    sb: "Signe Mølgaard", mail: "simol@naestved.example.dk", tlf: "55 88 12 34",
    formaal: "Afklaring af arbejdsevne: lager & pakkeri, <5 kg> løft",
  },
  {
    sagsnr: "2027-0419", cpr: "0206852231", navn: "Nadia Søgaard", cvr: "31226643", firma: "Føtex Næstved",
    pnr: "1026677889", sted: "Føtex, Jernbanegade 9", fra: [5, 10], til: [6, 18], timer: 15,
    ydelse: "Sygedagpenge", visitation: null, virksomhedsmentor: false, mentor: "Kim Dahl",
    sb: "Signe Mølgaard", mail: "simol@naestved.example.dk", tlf: "55 88 12 34", formaal: undefined,
  },
];

const document = {
  _declaration: { _attributes: { version: "1.0", encoding: "utf-8" } },
  praktikaftaler: {
    _attributes: { kommune: "370", udtrukket: "2027-05-01T06:00:00.000Z" },
    aftale: agreements.map(agreement),
  },
};
fs.writeFileSync(process.argv[2], js2xml(document, { compact: true, spaces: 2 }));
