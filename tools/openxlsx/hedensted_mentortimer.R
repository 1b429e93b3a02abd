# Hedensted's mentor hours as the job centre's R mentor report (a Shiny app's export) writes them with
# openxlsx (Debian's r-cran-openxlsx 4.2.5.2): facts in label and merged-value pairs, two a row; one
# visit a row, its start and end clock times ("hh:mm"), a pause in minutes and the hours the app
# computed; dates styled with a Danish locale's month names (`[$-406]d. mmm yyyy`); the total a
# formula openxlsx saves with no value; the mentor's signature under it; a weekly summary on a second
# sheet. Run: Rscript hedensted_mentortimer.R OUT.xlsx
# (tools/make_fixtures_onboarding_thirtyfirst.py runs it; Apache POI from Debian would not: its
# poi-ooxml-schemas jar lacks XMLBeans' type system).
suppressMessages(library(openxlsx))

out <- commandArgs(trailingOnly = TRUE)[1]

visits <- data.frame(
  dato = as.Date(c("2026-09-01", "2026-09-03", "2026-09-08", "2026-09-10",
                   "2026-09-15", "2026-09-17", "2026-09-22", "2026-09-24")),
  fra = c("09:00", "13:00", "08:30", "12:30", "09:00", "10:00", "08:00", "13:15"),
  til = c("11:30", "14:45", "10:00", "15:30", "10:15", "12:00", "11:00", "14:45"),
  pause = c(0, 15, 0, 30, 0, 0, 30, 0)
)
clock <- function(hhmm) {
  parts <- strsplit(hhmm, ":", fixed = TRUE)
  vapply(parts, function(p) (as.numeric(p[1]) * 60 + as.numeric(p[2])) / 1440, numeric(1))
}
serial <- function(d) as.numeric(d - as.Date("1899-12-30"))
weekdays_da <- c("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

wb <- createWorkbook(creator = "Mentorrapport (Jobcenter Hedensted)")
sheet <- "Timeregistrering"
addWorksheet(wb, sheet, gridLines = FALSE)

bold <- createStyle(textDecoration = "bold")
header <- createStyle(textDecoration = "bold", fgFill = "#D9D9D9", border = "bottom")
day <- createStyle(numFmt = "[$-406]d. mmm yyyy")
hhmm <- createStyle(numFmt = "hh:mm")
hours <- createStyle(numFmt = "0.00")
whole <- createStyle(numFmt = "0")
month <- createStyle(numFmt = "[$-406]mmmm yyyy")
signed <- createStyle(numFmt = "dd-mm-yyyy")

writeData(wb, sheet, "Hedensted Kommune – Mentortimer", startCol = 1, startRow = 1)
addStyle(wb, sheet, createStyle(textDecoration = "bold", fontSize = 14), rows = 1, cols = 1)
mergeCells(wb, sheet, cols = 1:6, rows = 1)
writeData(wb, sheet, "Registrering af mentorstøtte under virksomhedspraktik", startCol = 1, startRow = 2)
mergeCells(wb, sheet, cols = 1:6, rows = 2)

# a label and its value merged over the next two cells
fact <- function(row, col, label, value, style = NULL) {
  writeData(wb, sheet, label, startCol = col, startRow = row)
  addStyle(wb, sheet, bold, rows = row, cols = col)
  writeData(wb, sheet, value, startCol = col + 1, startRow = row)
  if (!is.null(style)) addStyle(wb, sheet, style, rows = row, cols = col + 1)
  mergeCells(wb, sheet, cols = (col + 1):(col + 2), rows = row)
}
fact(4, 1, "Borger", "Mads Bøgh Lauritsen")
fact(4, 4, "CPR-nr.", "140388-2216")
fact(5, 1, "Arbejdssted", "Juelsminde Bådebyggeri ApS")
fact(5, 4, "P-nr.", 1022334455, whole)
fact(6, 1, "Mentor", "Birgitte Skov")
fact(6, 4, "Måned", serial(as.Date("2026-09-01")), month)

first <- 9
last <- first + nrow(visits) - 1
table <- data.frame(
  Dato = serial(visits$dato),
  Ugedag = weekdays_da[as.integer(format(visits$dato, "%u"))],
  Fra = clock(visits$fra),
  Til = clock(visits$til),
  `Pause (min.)` = visits$pause,
  Timer = round((clock(visits$til) - clock(visits$fra)) * 24 - visits$pause / 60, 2),
  check.names = FALSE
)
writeData(wb, sheet, table, startCol = 1, startRow = first - 1, headerStyle = header)
addStyle(wb, sheet, day, rows = first:last, cols = 1)
addStyle(wb, sheet, hhmm, rows = first:last, cols = 3:4, gridExpand = TRUE)
addStyle(wb, sheet, hours, rows = first:last, cols = 6)

writeData(wb, sheet, "Timer i alt", startCol = 1, startRow = last + 1)
addStyle(wb, sheet, createStyle(textDecoration = "bold", halign = "right"), rows = last + 1, cols = 1)
mergeCells(wb, sheet, cols = 1:5, rows = last + 1)
writeFormula(wb, sheet, sprintf("SUM(F%d:F%d)", first, last), startCol = 6, startRow = last + 1)
addStyle(wb, sheet, createStyle(numFmt = "0.00", textDecoration = "bold"), rows = last + 1, cols = 6)

fact(last + 4, 1, "Mentorens underskrift", "Birgitte Skov")
fact(last + 4, 4, "Dato", serial(as.Date("2026-09-30")), signed)
setColWidths(wb, sheet, cols = 1:6, widths = c(22, 12, 14, 14, 14, 12))

weeks <- "Ugeoversigt"
addWorksheet(wb, weeks)
week <- as.integer(format(visits$dato, "%V"))
summary <- data.frame(Uge = paste("Uge", sort(unique(week))),
                      `Besøg` = as.vector(table(week)),
                      Timer = as.vector(tapply(table$Timer, week, sum)),
                      check.names = FALSE)
writeData(wb, weeks, summary, headerStyle = header)
addStyle(wb, weeks, hours, rows = 2:(nrow(summary) + 1), cols = 3)

# A fixed clock, so each run writes the same bytes: the package's creation time, and the times of the
# files openxlsx zips (zip::zipr stamps each entry with its file's).
made <- as.POSIXct("2026-10-01 07:45:00", tz = "UTC")
wb$core <- sub("<dcterms:created([^>]*)>[^<]*<", "<dcterms:created\\1>2026-10-01T07:45:00Z<", wb$core)
invisible(suppressMessages(trace("zipr", where = asNamespace("openxlsx"), print = FALSE, tracer = quote(
  Sys.setFileTime(list.files(".", recursive = TRUE, all.files = TRUE), made)
))))
saveWorkbook(wb, out, overwrite = TRUE)
