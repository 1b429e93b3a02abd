// Hjørring's month of mentor visits as its mentor supplier's node service writes it with excelize-wasm
// (npm 0.1.3, Go's Excelize compiled to WebAssembly): `node hjoerring_mentortimer.js OUT [variant]`,
// with NODE_PATH naming a node_modules folder holding excelize-wasm.
// The sheet "Mentortimer" holds a row a visit under one header row, made a table ("Besoeg", Excelize's
// default style) with AddTable; excelize-wasm's SetCellValue takes no Date, so the service writes each
// day as its serial number (days since 30 December 1899) under the built-in date format 14, the hours
// a float under the custom format "0.00", the P-number an integer, the CPR text, the mentor's employer
// a boolean cell ("ansat i jobcentret"). A second sheet "Om udtrækket" says who made the file and when
// (the time as text). The variant is a second user's: each day the text "2027-05-03" instead.
const fs = require("fs");
const path = require("path");
const { init } = require("excelize-wasm");

const WASM = path.join(path.dirname(require.resolve("excelize-wasm")), "excelize.wasm.gz");
const HEADER = ["CPR", "Navn", "P-nummer", "Arbejdssted", "Mentor", "Mentor ansat i jobcentret",
  "Dato", "Timer", "Attesteret af", "Attesteret dato"];
const COURSES = [
  ["2402915618", "Jonas Ærø Thygesen", 1021436587, "Hjørring Genbrugsplads, Ørnevej 7", "Kirsten Lykke", false,
    [["2027-06-01", 1.5], ["2027-06-03", 0.75], ["2027-06-10", 2], ["2027-06-22", 1.25]]],
  ["0911984473", "Signe Brøndum Ålund", 1018873321, "Café \"Søstjernen\" & Bageri, Lønstrup", "Per Nørgaard", true,
    [["2027-06-14", 1], ["2027-06-16", 0.5], ["2027-06-29", 1.5]]],
];
const SIGNER = "Bodil Vestergaard";
const SIGNED = "2027-06-30";

function serial(iso) {
  // Excel's serial day: days since 1899-12-30 (the 1900 leap-year error is behind every day here)
  return (Date.parse(iso + "T00:00:00Z") - Date.UTC(1899, 11, 30)) / 86400000;
}

async function main() {
  const [out, variant] = process.argv.slice(2);
  const excelize = await init(WASM);
  const f = excelize.NewFile();
  const sheet = "Mentortimer";
  f.SetSheetName("Sheet1", sheet);
  const bold = f.NewStyle({ Font: { Bold: true } }).style;
  const date = f.NewStyle({ NumFmt: 14 }).style;
  const hours = f.NewStyle({ CustomNumFmt: "0.00" }).style;
  HEADER.forEach((label, i) => f.SetCellValue(sheet, String.fromCharCode(65 + i) + "1", label));
  f.SetCellStyle(sheet, "A1", "J1", bold);
  let row = 2;
  for (const [cpr, name, pnr, site, mentor, atJobcentre, visits] of COURSES) {
    for (const [day, spent] of visits) {
      const cells = [cpr, name, pnr, site, mentor, atJobcentre];
      cells.forEach((v, i) => f.SetCellValue(sheet, String.fromCharCode(65 + i) + row, v));
      f.SetCellValue(sheet, "G" + row, variant ? day : serial(day));
      f.SetCellValue(sheet, "H" + row, spent);
      f.SetCellValue(sheet, "I" + row, SIGNER);
      f.SetCellValue(sheet, "J" + row, variant ? SIGNED : serial(SIGNED));
      if (!variant) {
        f.SetCellStyle(sheet, "G" + row, "G" + row, date);
        f.SetCellStyle(sheet, "J" + row, "J" + row, date);
      }
      f.SetCellStyle(sheet, "H" + row, "H" + row, hours);
      row += 1;
    }
  }
  f.SetColWidth(sheet, "A", "J", 16);
  f.AddTable(sheet, { Range: "A1:J" + (row - 1), Name: "Besoeg", ShowRowStripes: true });
  const about = "Om udtrækket";
  f.NewSheet(about);
  f.SetCellValue(about, "A1", "Udtræk af mentortimer, juni 2027");
  f.SetCellValue(about, "A2", "Leverandør");
  f.SetCellValue(about, "B2", "Mentorhuset Vendsyssel ApS");
  f.SetCellValue(about, "A3", "Dannet");
  f.SetCellValue(about, "B3", "2027-07-01 08:15:00");
  const { buffer, error } = f.WriteToBuffer();
  if (error) throw new Error(error);
  fs.writeFileSync(out, Buffer.from(buffer));
}

main().catch((e) => { console.error(e); process.exit(1); });
