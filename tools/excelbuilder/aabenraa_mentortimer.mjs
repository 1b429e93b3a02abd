// Aabenraa's mentor firm's web app exports a citizen's month of mentor hours with excel-builder-vanilla
// (ESM, node): a day a row, each day a date cell (the library turns a JavaScript Date into Excel's day
// number by the offset of the clock's zone NOW, not the day's: the app runs in UTC, so days are whole),
// each visit's length a time cell formatted [h]:mm as the firm's timesheets always were, and the
// month's sum a formula the library saves with no value. Run by
// tools/make_fixtures_onboarding_fortyeighth.py, which names the library's entry file in
// EXCEL_BUILDER_ENTRY (an ES module is not found through NODE_PATH).
const { createExcelFile, createWorkbook } = await import(process.env.EXCEL_BUILDER_ENTRY);

const workbook = createWorkbook();
const sheet = workbook.createWorksheet({ name: "November 2026" });
const styles = workbook.getStyleSheet();
const dayFormat = styles.createFormat({ format: "dd-mm-yyyy" });
const clockFormat = styles.createFormat({ format: "[h]:mm" });
const bold = styles.createFormat({ font: { bold: true } });

const day = (text) => ({ value: new Date(`${text}T00:00:00Z`), metadata: { type: "date", style: dayFormat.id } });
const length = (hours, minutes) => ({ value: (hours * 60 + minutes) / 1440, metadata: { style: clockFormat.id } });
const heading = (text) => ({ value: text, metadata: { style: bold.id } });

const visits = [
  ["2026-11-02", 2, 0, "Opstart og rundvisning"],
  ["2026-11-05", 1, 30, "Sikkerhed på værkstedet"],
  ["2026-11-10", 2, 45, "Oplæring: smøring & service"],
  ["2026-11-12", 1, 15, null],
  ["2026-11-17", 3, 0, "Opfølgning med værkfører"],
  ["2026-11-19", 0, 45, "Kort samtale"],
  ["2026-11-24", 2, 30, "Oplæring: dæk"],
  ["2026-11-26", 1, 30, null],
  ["2026-11-30", 2, 0, "Status før december"],
];
const first = 11;
const last = first + visits.length - 1;
sheet.setData([
  [heading("Mentortimer – november 2026")],
  ["Aabenraa Kommune · Jobcenter Aabenraa"],
  [],
  ["Borger", "Line Mørk Andersen"],
  ["CPR", "050791-3318"],
  ["Praktiksted", "Aabenraa Havn, Kajgade 4"],
  ["P-nummer", 1013579246],
  ["Mentor", "Torben Vinding"],
  [],
  [heading("Dato"), heading("Timer"), heading("Aktivitet")],
  ...visits.map(([date, hours, minutes, what]) => [day(date), length(hours, minutes), what]),
  [heading("Timer i alt"), { value: `SUM(B${first}:B${last})`, metadata: { type: "formula", style: clockFormat.id } }],
  [],
  ["Attesteret af", "Torben Vinding"],
  ["Attesteret den", day("2026-12-01")],
]);
sheet.setColumns([{ width: 16 }, { width: 10 }, { width: 34 }]);
workbook.addWorksheet(sheet);

// fflate stamps each entry with the clock: the app's export is made the same every run by fixing it
const bytes = await createExcelFile(workbook, "Uint8Array", { zipOptions: { mtime: "2026-12-01T09:00:00Z" } });
process.stdout.write(bytes);
