// Middelfart's overview of the sites' progress reports as a case system exports it with ExcelJS (the npm
// package `exceljs`, 4.4.0): `node middelfart_statusudtalelser.js OUT` writes OUT/statusudtalelser.xlsx
// and OUT/statusudtalelser.csv. The workbook is made for Excel: a merged title, the header on row 4 with
// an autofilter and a frozen pane, CPR numbers stored as numbers shown `000000-0000` (one typed with its
// dash, kept as text), dates as date cells, the marks 1-5 under a list validation, an average a formula
// with its result, a remark as rich text. The CSV is the same rows as Excel on Windows expects them:
// UTF-8 with a byte order mark, semicolons, CRLF, dates `DD-MM-YYYY`, the CPR numbers as the case system
// holds them (text). Dates are fixed so that a second run writes the same bytes.
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");

const STAMP = new Date("2026-04-07T06:00:00Z");
const day = (iso) => new Date(`${iso}T00:00:00Z`);
const HEADER = [
  "CPR-nr.", "Navn", "Praktiksted", "P-nr.", "Vurderet", "Fremmøde", "Punktlighed", "Samarbejde",
  "Opgaveløsning", "Selvstændighed", "Gns.", "Bemærkning",
];
// [cpr as held, name, site, p-number, assessed, marks, remark (rich text runs or a string)]
const ROWS = [
  ["020779-4418", "Mette Vestergaard", "Fænø Sund Gartneri ApS", 1019283746, day("2026-03-20"), [3, 4, 4, 3, 3],
    [{ text: "OBS: ", font: { bold: true } }, { text: "Sygemeldt i uge 11." }]],
  ["151190-3382", "Ahmad Rahimi", "Lillebælt Autoværksted I/S", 1017382946, day("2026-03-31"), [4, 5, 3, 4, 2],
    "Arbejder bedst med en makker.\nØnsker flere timer."],
  ["280497-2215", "Camilla Brix Olsen", "Middelfart Bibliotek", 1022334455, day("2026-04-02"), [5, 5, 5, 4, 4], ""],
];

function workbook() {
  const book = new ExcelJS.Workbook();
  book.creator = "KMD Momentum eksport";
  book.created = STAMP;
  book.modified = STAMP;
  const sheet = book.addWorksheet("Statusudtalelser", { views: [{ state: "frozen", ySplit: 4 }] });
  sheet.mergeCells("A1:L1");
  sheet.getCell("A1").value = "Middelfart Kommune – statusudtalelser fra praktiksteder";
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = "Udtrukket";
  sheet.getCell("B2").value = day("2026-04-07");
  sheet.getCell("B2").numFmt = "dd-mm-yyyy";
  sheet.getRow(4).values = HEADER;
  sheet.getRow(4).font = { bold: true };
  ROWS.forEach(([cpr, name, site, pnr, assessed, marks, remark], i) => {
    const r = 5 + i;
    const row = sheet.getRow(r);
    // Excel shows a number stored as text with a warning: the CPR numbers go in as numbers with a
    // format, except one the caseworker typed afterwards with its dash, which Excel keeps as text.
    row.getCell(1).value = i === 2 ? cpr : Number(cpr.replace("-", ""));
    if (i !== 2) row.getCell(1).numFmt = "000000-0000";
    row.getCell(2).value = name;
    row.getCell(3).value = site;
    row.getCell(4).value = pnr;
    row.getCell(5).value = assessed;
    row.getCell(5).numFmt = "dd-mm-yyyy";
    marks.forEach((m, j) => {
      row.getCell(6 + j).value = m;
      row.getCell(6 + j).dataValidation = { type: "list", allowBlank: true, formulae: ['"1,2,3,4,5"'] };
    });
    const mean = marks.reduce((a, b) => a + b, 0) / marks.length;
    row.getCell(11).value = { formula: `AVERAGE(F${r}:J${r})`, result: mean };
    row.getCell(11).numFmt = "0.0";
    if (Array.isArray(remark)) row.getCell(12).value = { richText: remark };
    else if (remark) row.getCell(12).value = remark;
    row.getCell(12).alignment = { wrapText: true };
  });
  sheet.autoFilter = "A4:L7";
  sheet.columns.forEach((c, i) => { c.width = [13, 22, 28, 12, 12, 10, 12, 12, 14, 15, 6, 34][i]; });
  return book;
}

function csvBook() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Statusudtalelser");
  sheet.addRow(HEADER.filter((h) => h !== "Gns."));
  for (const [cpr, name, site, pnr, assessed, marks, remark] of ROWS) {
    const text = Array.isArray(remark) ? remark.map((run) => run.text).join("") : remark;
    sheet.addRow([cpr, name, site, pnr, assessed, ...marks, text]);
  }
  return book;
}

(async () => {
  const out = process.argv[2];
  await workbook().xlsx.writeFile(path.join(out, "statusudtalelser.xlsx"));
  await csvBook().csv.writeFile(path.join(out, "statusudtalelser.csv"), {
    dateFormat: "DD-MM-YYYY",
    dateUTC: true,
    formatterOptions: { delimiter: ";", rowDelimiter: "\r\n", writeBOM: true },
  });
})();
