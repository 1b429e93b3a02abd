# Aalborg's mentor visits of a month as the job centre's analyst's R script exports them for Excel with
# readr's write_excel_csv2 (Debian's r-cran-readr 2.1.4): a UTF-8 BOM, ";" between cells and a decimal
# comma, the header and every text, number and date quoted, a logical TRUE/FALSE and a missing value NA
# bare; a double written with at least one decimal ("2,0", the P-number read from the case system as a
# double "1019988776,0"), a Date ISO ("2027-09-06"), a POSIXct as readr writes it for Excel, in UTC
# with slashes and no zone ("2027/09/30 12:05:00"). A row a visit; a course not yet approved has NA for
# its approver and the moment approved. Run by tools/make_fixtures_onboarding_seventieth.py:
# Rscript aalborg_mentortimer.R OUT [csv2]: `csv2` writes with write_csv2 instead (the probe).
suppressPackageStartupMessages(library(readr))
args <- commandArgs(trailingOnly = TRUE)

besoeg <- data.frame(
  cpr = c(rep("0805893312", 4), rep("2301764458", 3)),
  borger = c(rep("Mette Ørum Kristensen", 4), rep("Søren Bødker Nielsen", 3)),
  pnummer = c(rep(1003344556, 4), rep(1018877665, 3)),
  arbejdssted = c(rep("Aalborg Zoo, Mølleparkvej", 4), rep("Værksted Øst; Gøteborgvej", 3)),
  mentor = c(rep("Jens Præstegaard", 4), rep("Hanne Lykkegaard", 3)),
  mentor_i_virksomheden = c(rep(TRUE, 4), rep(FALSE, 3)),
  dato = as.Date(c("2027-09-06", "2027-09-08", "2027-09-15", "2027-09-27",
                   "2027-09-14", "2027-09-21", "2027-09-23")),
  timer = c(1.5, 0.75, 2, 1.25, 3, 1, 0.5),
  bemaerkning = c("Opstart, \"rundvisning\"", NA, NA, "Samtale med leder", NA, "Sygdom; kort besøg", NA),
  godkendt_af = c(rep("Jens Præstegaard", 4), rep(NA, 3)),
  godkendt = as.POSIXct(c(rep("2027-09-30 14:05:00", 4), rep(NA, 3)), tz = "Europe/Copenhagen"),
  stringsAsFactors = FALSE
)

if (length(args) > 1 && args[2] == "csv2") {
  write_csv2(besoeg, args[1])
} else {
  write_excel_csv2(besoeg, args[1])
}
