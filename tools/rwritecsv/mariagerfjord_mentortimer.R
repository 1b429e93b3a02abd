# Mariagerfjord's mentor visits as the job centre's R script exports them with base R's write.csv
# (Debian's r-base-core 4.2): the month's visits of the case system's table, those of other months left
# out, so the row names R writes first are not 1, 2, 3; a row a visit, the two citizens' rows in date
# order; dates as R's Date prints them, hours as R prints a number (2, 0.75), a course not yet approved
# NA. write.csv's own defaults otherwise: "," and ".", every text quoted, row names kept.
# Run by tools/make_fixtures_onboarding_thirtyfourth.py: Rscript mariagerfjord_mentortimer.R out.csv
args <- commandArgs(trailingOnly = TRUE)
visits <- data.frame(
  cpr = c("030295-1862", "210688-2746", "210688-2746", "030295-1862", "210688-2746",
          "210688-2746", "030295-1862", "210688-2746"),
  pnr = c(1020304050, 1017462938, 1017462938, 1020304050, 1017462938, 1017462938,
          1020304050, 1017462938),
  mentor = c("Bjørn Kjærsgaard", "Lars Hvidberg", "Lars Hvidberg", "Bjørn Kjærsgaard",
             "Lars Hvidberg", "Lars Hvidberg", "Bjørn Kjærsgaard", "Lars Hvidberg"),
  dato = as.Date(c("2026-08-26", "2026-09-15", "2026-09-17", "2026-09-16", "2026-09-22",
                   "2026-09-24", "2026-09-30", "2026-10-01")),
  timer = c(1, 1.5, 0.75, 3, 2, 1.25, 2.5, 2),
  godkendt_af = c("Bjørn Kjærsgaard", "Lars Hvidberg", "Lars Hvidberg", NA, "Lars Hvidberg",
                  "Lars Hvidberg", NA, NA),
  godkendt = as.Date(c("2026-08-31", "2026-09-28", "2026-09-28", NA, "2026-09-28", "2026-09-28",
                       NA, NA)),
  stringsAsFactors = FALSE
)
september <- visits[format(visits$dato, "%Y-%m") == "2026-09", ]
september <- september[order(september$dato), ]
write.csv(september, args[1], fileEncoding = "UTF-8")
