# Holstebro's mentor hours as the job centre's R script writes them: a data frame of visits, one row a
# visit, written with write.csv2 and its European defaults: ";" between cells, decimal commas, strings
# and the header quoted, the row names as a first column headed "", NA where a value is missing, a Date
# column as R prints it, a logical column TRUE/FALSE. Run: Rscript holstebro_mentortimer.R OUT
# (tools/make_fixtures_onboarding_thirtysecond.py runs it).

args <- commandArgs(trailingOnly = TRUE)

besoeg <- data.frame(
  CPR = c(rep("110589-4417", 5), rep("280371-1052", 3)),
  Borger = c(rep("Signe Kjær Mortensen", 5), rep("Bjarne Riis Poulsen", 3)),
  Pnr = c(rep(1017733904, 5), rep(1024418856, 3)),
  Mentor = c(rep("Henrik Østergaard", 5), rep("Lise Brandt", 3)),
  Dato = as.Date(c("2026-09-07", "2026-09-09", "2026-09-15", "2026-09-22", "2026-09-24",
                   "2026-10-19", "2026-10-21", "2026-10-28")),
  Minutter = c(90, 45, 120, 60, 30, 75, 60, 105),
  Note = c("Opstart og rundvisning", NA, "Oplæring; \"sikkerhed\" gennemgået", NA, "Kort opfølgning",
           "Opstart", NA, "Samtale med leder"),
  stringsAsFactors = FALSE
)
besoeg$Timer <- besoeg$Minutter / 60
besoeg$Minutter <- NULL
godkendt <- data.frame(
  CPR = c("110589-4417", "280371-1052"),
  Godkendt = c(TRUE, FALSE),
  Godkendt_af = c("Henrik Østergaard", NA),
  Godkendt_dato = as.Date(c("2026-09-30", NA)),
  stringsAsFactors = FALSE
)
ud <- merge(besoeg, godkendt, by = "CPR", sort = FALSE)
ud <- ud[order(ud$CPR, ud$Dato), c("CPR", "Borger", "Pnr", "Mentor", "Dato", "Timer", "Note",
                                     "Godkendt", "Godkendt_af", "Godkendt_dato")]
rownames(ud) <- NULL
write.csv2(ud, args[1], fileEncoding = "UTF-8")
