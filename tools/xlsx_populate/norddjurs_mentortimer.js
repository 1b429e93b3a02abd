// Norddjurs' mentor hours as a Node mentor portal writes them with xlsx-populate (1.21.0):
// `node norddjurs_mentortimer.js OUT.xlsx`, NODE_PATH naming the folder xlsx-populate is installed in.
// Part of the twenty-ninth onboarding trial (tools/make_fixtures_onboarding_twentyninth.py; decision
// 0060, "Stop 61: trial-76"). The citizen's facts are labels in a row with their values in the row
// under them; a visit a row with its date a date and its time as the mentor types it, a clock time
// styled "h:mm" (2:30 for two and a half hours), not a number of hours; the total a formula
// xlsx-populate never calculates.
const XlsxPopulate = require("xlsx-populate");

const out = process.argv[2];
const visits = [
  ["2026-06-02", "Opstartsmøde på værkstedet", 2, 30],
  ["2026-06-04", "Oplæring i lager", 1, 45],
  ["2026-06-09", "Opfølgning med borger", 1, 0],
  ["2026-06-11", "Oplæring i lager", 2, 15],
  ["2026-06-16", "Samtale med jobcentret", 0, 45],
  ["2026-06-19", "Opfølgning med borger", 1, 30],
];

XlsxPopulate.fromBlankAsync().then((book) => {
  const sheet = book.sheet(0).name("Mentorforløb");
  sheet.cell("A1").value("Mentorforløb – registrering af timer").style({ bold: true, fontSize: 14 });
  sheet.cell("A2").value("Jobcenter Norddjurs · mentorportal");
  // the facts: labels in row 4, their values in row 5 under them
  const facts = [
    ["CPR-nr.", "250791-1848"],
    ["Borgerens navn", "Signe Holm Kristiansen"],
    ["P-nummer", "1019384756"],
    ["Mentor", "Ole Vestergaard"],
  ];
  facts.forEach(([label, value], i) => {
    const col = String.fromCharCode(65 + i);
    sheet.cell(`${col}4`).value(label).style({ bold: true });
    sheet.cell(`${col}5`).value(value);
  });
  const head = ["Dato", "Aktivitet", "Tid (t:mm)"];
  head.forEach((label, i) => {
    sheet.cell(7, i + 1).value(label).style({ bold: true, bottomBorder: true });
  });
  visits.forEach(([day, what, h, m], i) => {
    const row = 8 + i;
    const [y, mo, d] = day.split("-").map(Number);
    sheet.cell(row, 1).value(new Date(Date.UTC(y, mo - 1, d))).style("numberFormat", "dd-mm-yyyy");
    sheet.cell(row, 2).value(what);
    // a time of day as Excel keeps it: a fraction of 24 hours, shown h:mm
    sheet.cell(row, 3).value((h * 60 + m) / 1440).style("numberFormat", "h:mm");
  });
  const total = 8 + visits.length;
  sheet.cell(total, 2).value("Timer i alt").style({ bold: true });
  sheet.cell(total, 3).formula(`SUM(C8:C${total - 1})`).style({ bold: true, numberFormat: "[h]:mm" });
  sheet.cell(total + 2, 1).value("Attesteret af mentor");
  sheet.cell(total + 2, 2).value("Ole Vestergaard");
  sheet.cell(total + 3, 1).value("Dato");
  sheet.cell(total + 3, 2).value("22-06-2026");
  sheet.column("A").width(22);
  sheet.column("B").width(30);
  sheet.column("C").width(24);
  sheet.column("D").width(18);
  return book.toFileAsync(out);
});
