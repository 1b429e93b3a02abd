// Favrskov's job centre keeps its placement agreements in a small node service, which writes the
// month's new agreements as an XLSX with write-excel-file (4.1.1): a title over the columns, a header
// row, an agreement a row, each value typed as the service holds it (the CVR and the P-number numbers,
// the days JavaScript Dates shown dd-mm-yyyy, the hours a number shown with one decimal, the purpose
// wrapped text with a line break). Run by tools/make_fixtures_onboarding_fortieth.py; it writes the file
// named by its argument.
// CommonJS, so that NODE_PATH finds the package where it is installed (under var/, not the repository)
const writeExcelFile = require("write-excel-file/node").default

// fflate stamps each zip entry with Date.now(): the export's time is fixed, so each run writes the same bytes
Date.now = () => Date.UTC(2026, 10, 30, 14, 5, 0)

const head = (value) => ({ value, fontWeight: "bold" })
const day = (y, m, d) => ({ value: new Date(Date.UTC(y, m - 1, d)), type: Date, format: "dd-mm-yyyy" })
const number = (value, format) => ({ value, type: Number, format })

const agreements = [
  ["120591-2247", "Freja Munk Vestergaard", 41726393, "Hadsten Bageri ApS", 1028374655,
    "Hadsten Bageri, Søndergade", [2026, 11, 9], [2027, 2, 5], 22.5, "Kontanthjælp", "Jobparat",
    "Lene Bager Holt", "Virksomheden", "Anders Kvist", "ankv@favrskov.example.dk", "89 64 10 10",
    "Afprøve bagerfaget i praksis.\nMål: 25 timer om ugen."],
  ["031179-1406", "Poul Erik Stav", 38950142, "Favrskov Genbrug A/S", 1019384756,
    "Genbrugspladsen Hammel", [2026, 11, 16], [2027, 1, 22], 12, "Sygedagpenge", "",
    "Tina Kragh", "Jobcentret", "Mette Lund Sørensen", "mls@favrskov.example.dk", "+45 89 64 12 34",
    "Arbejdsprøvning efter sygemelding."],
]

const rows = [
  [{ value: "Praktikaftaler oprettet i november 2026", fontWeight: "bold", fontSize: 14, columnSpan: 4 },
    null, null, null],
  [],
  ["CPR-nr.", "Borger", "CVR-nr.", "Virksomhed", "P-nr.", "Arbejdssted", "Startdato", "Slutdato",
    "Timer pr. uge", "Ydelse", "Målgruppe", "Mentor", "Mentor ansat af", "Sagsbehandler", "E-mail",
    "Telefon", "Formål"].map(head),
  ...agreements.map((a) => [
    a[0], a[1], number(a[2], "0"), a[3], number(a[4], "0"), a[5], day(...a[6]), day(...a[7]),
    number(a[8], "0.0"), a[9], a[10] === "" ? null : a[10], a[11], a[12], a[13], a[14], a[15],
    { value: a[16], wrap: true },
  ]),
]

writeExcelFile(rows, {
  sheet: "Aftaler",
  columns: [12, 24, 11, 22, 12, 26, 11, 11, 8, 14, 14, 18, 14, 20, 26, 16, 40].map((width) => ({ width })),
  stickyRowsCount: 3,
}).toFile(process.argv[2]).catch((error) => {
  console.error(error)
  process.exit(1)
})
