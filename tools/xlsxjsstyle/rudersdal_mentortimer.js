// Rudersdal's mentor hours as its web case system's "Hent som Excel" writes them with xlsx-js-style
// (1.2.0 from npm, SheetJS's writer with cell styles): `node rudersdal_mentortimer.js OUT [variant]`.
// A title merged over the table, group headings merged over their columns (Borger, Praktiksted, Mentor,
// Besøg) above the column headings, a row a visit: the CPR as text, the P-number a number, the date a date
// cell formatted dd-mm-yyyy, the hours a number formatted 0.00, "Virksomhedsmentor" a boolean cell,
// "Godkendt" a date-time cell; the sheet named after the month. Run with TZ=UTC: SheetJS turns a JavaScript
// Date into Excel's day number in local time. The probe `cellDates` writes the date cells as ISO text
// cells (t: "d"), as a second site that passes `cellDates: true` to write would.
"use strict";
const XLSX = require("xlsx-js-style");

const variant = process.argv[3] || "";
const when = (iso) => new Date(`${iso}Z`);
const bold = { font: { bold: true } };
const group = { font: { bold: true, color: { rgb: "FFFFFF" } }, fill: { fgColor: { rgb: "1F4E78" } },
  alignment: { horizontal: "center" } };
const heading = { font: { bold: true }, fill: { fgColor: { rgb: "DDEBF7" } },
  border: { bottom: { style: "thin", color: { rgb: "000000" } } } };
const text = (v, s) => ({ t: "s", v, s });
const num = (v, z) => ({ t: "n", v, z });
const date = (iso, z) => ({ t: "d", v: when(iso), z });
const yes = (v) => ({ t: "b", v });
const blank = () => ({ t: "z" });

const visits = [
  ["030588-1234", "Ida Skovgaard Holm", 1019283746, "Holte Cykler, Kongevejen 12", "Jens Bak", true,
    "2027-11-01T00:00:00", 2.5, "2027-11-30T14:05:00"],
  ["030588-1234", "Ida Skovgaard Holm", 1019283746, "Holte Cykler, Kongevejen 12", "Jens Bak", true,
    "2027-11-04T00:00:00", 1, "2027-11-30T14:05:00"],
  ["030588-1234", "Ida Skovgaard Holm", 1019283746, "Holte Cykler, Kongevejen 12", "Jens Bak", true,
    "2027-11-09T00:00:00", 1.25, "2027-11-30T14:05:00"],
  ["170693-4410", "Ali Demir", 1022334455, "Nærum Gartneri", "Lone Friis", false,
    "2027-11-02T00:00:00", 3, null],
  ["170693-4410", "Ali Demir", 1022334455, "Nærum Gartneri", "Lone Friis", false,
    "2027-11-10T00:00:00", 0.75, null],
];
const rows = [
  [text("Rudersdal Kommune · Jobcenter Rudersdal · Mentortimer november 2027", bold)],
  [text("Borger", group), blank(), text("Praktiksted", group), blank(), text("Mentor", group), blank(),
    text("Besøg", group), blank(), text("Godkendelse", group), blank()],
  ["CPR-nr.", "Navn", "P-nr.", "Navn", "Navn", "Virksomhedsmentor", "Dato", "Timer", "Godkendt af",
    "Godkendt"].map((v) => text(v, heading)),
];
for (const [cpr, name, pnr, site, mentor, own, day, hours, approved] of visits) {
  const dayCell = variant === "cellDates" ? { t: "d", v: day } : date(day, "dd-mm-yyyy");
  rows.push([text(cpr), text(name), num(pnr, "0"), text(site), text(mentor), yes(own), dayCell,
    num(hours, "0.00"), approved ? text(mentor) : blank(),
    approved ? date(approved, "dd-mm-yyyy hh:mm") : blank()]);
}
const sheet = XLSX.utils.aoa_to_sheet(rows);
sheet["!merges"] = ["A1:J1", "A2:B2", "C2:D2", "E2:F2", "G2:H2", "I2:J2"].map(XLSX.utils.decode_range);
sheet["!cols"] = [14, 22, 12, 28, 16, 18, 12, 8, 16, 18].map((wch) => ({ wch }));
const book = XLSX.utils.book_new();
book.Props = { Title: "Mentortimer", Author: "Rudersdal Kommune", CreatedDate: new Date("2027-12-01T06:00:00Z") };
XLSX.utils.book_append_sheet(book, sheet, "Mentortimer nov. 2027");
XLSX.writeFile(book, process.argv[2], { bookType: "xlsx", compression: true,
  cellDates: variant === "cellDates" });
