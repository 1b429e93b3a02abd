// Guldborgsund's mentor firm's node service writes a citizen's month of mentor sessions with excel4node
// (1.8.2 from npm): a bold title merged over five columns, the facts as two label/value pairs a row, a
// header row, a session a row with its day a date cell shown dd-mm-yyyy, its week the formula
// ISOWEEKNUM and its hours a number shown 0.00, the total a SUM under the rows (excel4node saves a
// formula without its value: Excel works it out on opening), then the mentor's approval and its day.
// Written for the forty-second onboarding trial (decision 0060, "Stop 65: trial-94").
// Run: NODE_PATH=<folder holding excel4node> node tools/excel4node/guldborgsund_mentortimer.js out.xlsx

// excel4node stamps docProps/core.xml, and JSZip each zip entry, with `new Date()`: the service's clock
// is fixed, so each run writes the same bytes
const RealDate = Date
const NOW = RealDate.UTC(2026, 10, 30, 14, 5, 0)
global.Date = class extends RealDate {
  constructor (...args) { super(...(args.length ? args : [NOW])) }
  static now () { return NOW }
}

const xl = require('excel4node')

const sessions = [
  ['2026-11-03', 2.5, 'Opstart og rundvisning på værkstedet'],
  ['2026-11-05', 1, 'Opfølgning'],
  ['2026-11-11', 1.5, 'Samtale om arbejdstider'],
  ['2026-11-19', 0.75, 'Kort opfølgning'],
  ['2026-11-24', 2, 'Evaluering med virksomheden'],
  ['2026-11-26', 1.25, 'Opfølgning & plan for december']
]
const day = (iso) => new Date(iso + 'T00:00:00Z')

const wb = new xl.Workbook({ author: 'Mentorhuset Falster ApS', defaultFont: { name: 'Calibri', size: 11 } })
const ws = wb.addWorksheet('November 2026')
const bold = wb.createStyle({ font: { bold: true } })
const title = wb.createStyle({ font: { bold: true, size: 14 } })
const dayStyle = wb.createStyle({ numberFormat: 'dd-mm-yyyy', alignment: { horizontal: 'left' } })
const hours = wb.createStyle({ numberFormat: '0.00' })
const digits = wb.createStyle({ numberFormat: '0', alignment: { horizontal: 'left' } })

ws.column(1).setWidth(20)
ws.column(2).setWidth(28)
ws.column(4).setWidth(14)
ws.column(5).setWidth(30)

ws.cell(1, 1, 1, 5, true).string('Mentortimer – Jobcenter Guldborgsund').style(title)
ws.cell(3, 1).string('Borger').style(bold)
ws.cell(3, 2).string('Mikkel Due Frandsen')
ws.cell(3, 4).string('CPR-nr.').style(bold)
ws.cell(3, 5).string('160794-2248')
ws.cell(4, 1).string('Praktiksted').style(bold)
ws.cell(4, 2).string('Stubbekøbing Maskinfabrik A/S')
ws.cell(4, 4).string('P-nummer').style(bold)
ws.cell(4, 5).number(1023344556).style(digits)
ws.cell(5, 1).string('Mentor').style(bold)
ws.cell(5, 2).string('Hanne Friis Jeppesen')
ws.cell(5, 4).string('Måned').style(bold)
ws.cell(5, 5).string('november 2026')

const head = 7
;['Dato', 'Uge', 'Timer', 'Indhold'].forEach((text, i) => ws.cell(head, i + 1).string(text).style(bold))
sessions.forEach(([iso, h, what], i) => {
  const row = head + 1 + i
  ws.cell(row, 1).date(day(iso)).style(dayStyle)
  ws.cell(row, 2).formula(`ISOWEEKNUM(A${row})`)
  ws.cell(row, 3).number(h).style(hours)
  ws.cell(row, 4).string(what)
})
const last = head + sessions.length
ws.cell(last + 1, 1).string('I alt').style(bold)
ws.cell(last + 1, 3).formula(`SUM(C${head + 1}:C${last})`).style(hours)
ws.cell(last + 3, 1).string('Godkendt af mentor').style(bold)
ws.cell(last + 3, 2).string('Hanne Friis Jeppesen')
ws.cell(last + 4, 1).string('Godkendt den').style(bold)
ws.cell(last + 4, 2).date(day('2026-11-30')).style(dayStyle)

wb.write(process.argv[2], (err) => { if (err) { console.error(err); process.exit(1) } })
