# Frederikssund's month of mentor visits, as its mentor firm's monthly R script writes them with xml2
# (Debian's r-cran-xml2): xml_new_root, xml_add_child with the attributes as the script sets them, and
# write_xml with its own declaration and two-space indentation. A visit's length is the difference of its
# two clock times, a difftime, written as format() writes it: R picks the unit for each visit ("1.5 hours",
# "45 mins", and "1 hours" for one hour). Run by tools/make_fixtures_onboarding_fiftyfourth.py:
# `Rscript frederikssund_mentortimer.R OUT`.
suppressMessages(library(xml2))

tz <- "Europe/Copenhagen"
at <- function(day, clock) as.POSIXct(paste(day, clock), tz = tz)

forloeb <- list(
  list(sag = "FS-2027-0318", cpr = "240392-2716", navn = "Nikolaj Østergaard Brink",
       pnr = "1023847561", sted = "Slangerup Tømrer & Snedker ApS", mentor = "Jesper Holm-Larsen",
       besoeg = data.frame(
         dag = c("2027-03-15", "2027-03-18", "2027-03-23", "2027-03-25", "2027-03-31"),
         fra = c("08:00", "13:15", "09:00", "12:30", "10:00"),
         til = c("09:30", "14:00", "11:00", "13:45", "11:00"),
         emne = c("Opstart og rundvisning", "Arbejdsstillinger <bænk>", "Samtale om smerter & pauser",
                  "Opfølgning", "Månedsstatus"),
         stringsAsFactors = FALSE),
       godkendt_af = "Jesper Holm-Larsen", godkendt = at("2027-03-31", "15:42:10")),
  list(sag = "FS-2027-0207", cpr = "090779-1408", navn = "Camilla Dreyer", pnr = "1019938475",
       sted = "Jægerspris Plejecenter", mentor = "Hanne Skovgaard",
       besoeg = data.frame(
         dag = c("2027-03-02", "2027-03-09", "2027-03-11", "2027-03-29"),
         fra = c("09:00", "09:00", "14:00", "10:15"),
         til = c("10:00", "11:30", "14:45", "11:30"),
         emne = c("Samtale med leder", "Vagtplan", "Kort opfølgning", "Afrunding af marts"),
         stringsAsFactors = FALSE),
       godkendt_af = "Hanne Skovgaard", godkendt = at("2027-04-01", "08:05:00"))
)

doc <- xml_new_root("mentortimer", kommune = "250", periode = "2027-03")
for (f in forloeb) {
  node <- xml_add_child(doc, "forloeb", sagsnr = f$sag)
  xml_add_child(node, "borger", cpr = f$cpr, navn = f$navn)
  xml_add_child(node, "praktiksted", pnr = f$pnr, navn = f$sted)
  xml_add_child(node, "mentor", f$mentor)
  visits <- xml_add_child(node, "besoegsliste")
  for (i in seq_len(nrow(f$besoeg))) {
    b <- f$besoeg[i, ]
    length <- at(b$dag, b$til) - at(b$dag, b$fra)
    visit <- xml_add_child(visits, "besoeg", dato = b$dag, varighed = format(length))
    xml_text(visit) <- b$emne
  }
  xml_add_child(node, "godkendt", format(f$godkendt), af = f$godkendt_af)
}
write_xml(doc, commandArgs(trailingOnly = TRUE)[1])
