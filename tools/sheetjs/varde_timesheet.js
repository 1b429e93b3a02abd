// Varde's mentor timesheet as a case system writes it with SheetJS (the npm package `xlsx`, 0.18.5),
// its defaults: `node varde_timesheet.js OUT_FOLDER` writes mentor_hours.xlsx and mentor_hours.csv.
// Run with TZ=UTC: SheetJS turns a JavaScript Date into Excel's day number in local time.
// The total is a formula given no value, as a case system's export leaves it for Excel to work out.
"use strict";
const path = require("path");
const XLSX = require("xlsx");

const day = (iso) => new Date(`${iso}T00:00:00Z`);
const rows = [
  ["Varde Kommune - Registrering af mentortimer"],
  [],
  ["CPR-nr.", "150291-2746"],
  ["P-nummer", 1023456789],
  ["Mentor", "Henrik Østergaard"],
  [],
  ["Dato", "Timer", "Opgave"],
  [day("2026-03-09"), 2, "Introduktion til butikken"],
  [day("2026-03-11"), 3.5, "Varemodtagelse"],
  [day("2026-03-16"), 1.5, "Opfølgning"],
  [day("2026-03-19"), 4, "Kundeservice"],
  [day("2026-03-24"), 2.5, "Opfølgning"],
  ["I alt", { t: "n", f: "SUM(B8:B12)" }],
  [],
  ["Underskrevet af", "Henrik Østergaard"],
  ["Dato", day("2026-03-31")],
];
const sheet = XLSX.utils.aoa_to_sheet(rows, { dateNF: "dd-mm-yyyy" });
for (const cell of ["B8", "B9", "B10", "B11", "B12", "B13"]) sheet[cell].z = "0.0";
const book = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(book, sheet, "Mentortimer");
const out = process.argv[2];
XLSX.writeFile(book, path.join(out, "mentor_hours.xlsx"));
XLSX.writeFile(book, path.join(out, "mentor_hours.csv"), { bookType: "csv", FS: ";" });
