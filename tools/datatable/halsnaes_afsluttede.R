# Halsnæs's ended placements of July 2027, as its job centre's monthly R script writes them with
# data.table's fwrite (1.14.8, Debian's r-cran-data.table). Run by
# tools/make_fixtures_onboarding_fiftysecond.py: `Rscript halsnaes_afsluttede.R OUT.csv`.
# The script reads the case system's ended placements (here typed in), keeps its columns' R types and
# writes them for Excel as a Danish script does: `sep = ";"`, `dec = ","`, `bom = TRUE`, fwrite's own
# quoting ("auto": a value quoted only where it holds the separator, a quote or a line break), its ISO
# dates, and its date-times as `dateTimeAs = "ISO"` writes them: in UTC, "Z" (the case system's moment
# the caseworker closed the placement, at midnight Danish time when only a day was entered).
suppressPackageStartupMessages(library(data.table))

args <- commandArgs(trailingOnly = TRUE)
afsluttede <- data.table(
  CPR = c("170588-3142", "021195-2318", "300691-1457"),
  Borger = c("Rasmus Kølbæk Vestergaard", "Nanna Frost Ibsen", "Jens Peter Dalgaard"),
  `P-nummer` = c(1019284736L, 1022518903L, 1017730264L),   # integers: ten digits fit R's 32 bits
  Praktiksted = c("Frederiksværk Havnekøkken ApS", "Hundested Cykler & Service", "Halsnæs Genbrug, Ølsted"),
  Startdato = as.IDate(c("2027-05-03", "2027-04-12", "2027-06-07")),
  Slutdato = as.POSIXct(c("2027-07-02 00:00", "2027-07-16 00:00", "2027-07-23 13:45"),
                        tz = "Europe/Copenhagen", format = "%Y-%m-%d %H:%M"),
  `Årsag` = c("Ordinært job", "Uddannelse", "Langvarig sygdom"),
  `Timer pr. uge` = c(15, 18.5, 12.5),
  `Bemærkning` = c("Fastansat 25 timer; starter 5. juli", "Optaget på \"Cykelmekaniker\", EUD\nstart august", NA),
  Sagsbehandler = c("Søren Lykke Rasmussen", "Søren Lykke Rasmussen", "Tina Mølgaard")
)
fwrite(afsluttede, args[[1]], sep = ";", dec = ",", bom = TRUE, dateTimeAs = "ISO")
