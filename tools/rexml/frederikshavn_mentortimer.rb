# Frederikshavn's mentor firm's month of mentor visits, as its Ruby app exports them with REXML
# (Ruby 3.1's bundled rexml 3.2.5): `ruby frederikshavn_mentortimer.rb > mentortimer.xml`. Made by
# tools/make_fixtures_onboarding_fortyfifth.py for the forty-fifth onboarding trial (decision 0060,
# "Stop 66: trial-101"). The app groups each course's visits by ISO week (Date#cweek) under an element a
# week carrying the week's sum, and writes the document with REXML's own pretty formatter (compact, two
# spaces), which quotes attributes with apostrophes.
require "date"
require "rexml/document"

NS = "urn:frederikshavn:mentorordning:timer:1"
COURSES = [
  {
    id: "FH-2026-0412", cpr: "120589-2764", name: "Mads Ravn Kristiansen",
    pnr: "1018273645", site: "Sæby Fiskeindustri A/S", mentor: "Lone Kjærgaard",
    visits: [
      ["2026-10-01", 2.5, "Opstart: rundvisning og sikkerhed"],
      ["2026-10-06", 1.5, "Opfølgning med formand"],
      ["2026-10-08", 2.0, "Arbejdstider & 'pauser'"],
      ["2026-10-20", 3.0, "Samtale efter efterårsferien om arbejdsopgaver, mødetider og transporten mellem Sæby og hjemmet"],
      ["2026-10-27", 1.25, "Kort opfølgning"],
      ["2026-10-29", 0.75, "Telefonsamtale"],
    ],
    approved: ["Lone Kjærgaard", "2026-11-02T09:14:03+01:00"],
  },
  {
    id: "FH-2026-0431", cpr: "030797-3318", name: "Amalie Nørgaard Friis",
    pnr: "1022938475", site: "Skagen Havn, Værkstedet", mentor: "Per Østergaard",
    visits: [
      ["2026-10-05", 4.0, "Første dag på værkstedet"],
      ["2026-10-13", 2.5, "Sikkerhedskursus"],
      ["2026-10-15", 2.5, "Opfølgning <svejsning>"],
      ["2026-10-26", 3.5, "Midtvejssamtale med virksomheden"],
    ],
    approved: ["Per Østergaard", "2026-11-03T15:40:00+01:00"],
  },
].freeze

doc = REXML::Document.new
doc << REXML::XMLDecl.new("1.0", "UTF-8")
root = doc.add_element("mentortimer", "xmlns" => NS, "kommune" => "0813", "måned" => "2026-10",
                                      "dannet" => "2026-11-04T06:00:00+01:00")
COURSES.each do |course|
  forloeb = root.add_element("forløb", "id" => course[:id])
  forloeb.add_element("borger", "cpr" => course[:cpr]).text = course[:name]
  forloeb.add_element("praktiksted", "pnr" => course[:pnr]).text = course[:site]
  forloeb.add_element("mentor").text = course[:mentor]
  visits = course[:visits].map { |day, hours, topic| [Date.iso8601(day), hours, topic] }
  visits.group_by { |day, _, _| [day.cwyear, day.cweek] }.each do |(year, week), days|
    uge = forloeb.add_element("uge", "år" => year.to_s, "nr" => week.to_s,
                                     "timer" => days.sum { |_, hours, _| hours }.to_s)
    days.each do |day, hours, topic|
      besoeg = uge.add_element("besøg", "dato" => day.iso8601, "timer" => hours.to_s)
      besoeg.text = topic
    end
  end
  forloeb.add_element("i_alt").text = visits.sum { |_, hours, _| hours }.to_s
  forloeb.add_element("godkendt", "af" => course[:approved][0], "tid" => course[:approved][1])
end

formatter = REXML::Formatters::Pretty.new(2)
formatter.compact = true
formatter.write(doc, $stdout)
$stdout.write("\n")
