# Allerød's month of mentor visits, as its mentor supplier's Ruby script writes the report with the builder
# gem (Debian's ruby-builder, 3.2.4): Builder::XmlMarkup at its defaults but for two spaces a level,
# `instruct!`'s declaration, names with a hyphen through `tag!`, the rest as builder's method calls. The
# rows stand in for what the supplier's script reads from its PostgreSQL with the pg gem's basic type map:
# a visit's `timer` a numeric(4,2) column, so a BigDecimal, which builder writes with its own `to_s`
# ("0.15e1" for 1.5 hours); a day a Date (`Date#to_s`, ISO), the time of day `strftime("%H:%M")`, the
# approval a Time (`Time#to_s`, "2027-03-31 15:20:00 +0200"), a visit by phone true or false.
# Run by tools/make_fixtures_onboarding_fiftyeighth.py: `ruby allerod_mentorbesoeg.rb` writes to stdout.
require "bigdecimal"
require "builder"
require "date"

Besoeg = Struct.new(:dato, :kl, :timer, :telefonisk)
Forloeb = Struct.new(:sag, :cpr, :navn, :pnr, :sted, :mentor, :besoeg, :godkendt)

def besoeg(dag, kl, timer, telefonisk = false)
  Besoeg.new(Date.new(2027, 3, dag), Time.new(2027, 3, dag, *kl, 0, "+01:00"), BigDecimal(timer), telefonisk)
end

FORLOEB = [
  Forloeb.new(
    "2027-0412", "1705921846", "Sofie Krogh Lindberg", "1023456789", "Lillerød Tømrer & Snedker ApS",
    "Henrik Møller Sand",
    [besoeg(2, [9, 0], "1.5"), besoeg(4, [13, 0], "0.75"), besoeg(9, [10, 0], "1.0", true),
     besoeg(18, [9, 30], "2.0"), besoeg(24, [14, 0], "0.5", true), besoeg(30, [9, 0], "1.25")],
    Time.new(2027, 3, 31, 15, 20, 0, "+02:00")
  ),
  Forloeb.new(
    "2027-0398", "0211880417", "Mikkel Juul Frandsen", "1019876543", "Blovstrød Børnehus",
    "Lene Bach Ottesen",
    [besoeg(3, [8, 30], "1.0"), besoeg(10, [8, 30], "1.5"), besoeg(11, [12, 0], "0.75", true),
     besoeg(25, [8, 30], "2.0")],
    Time.new(2027, 4, 1, 8, 5, 0, "+02:00")
  ),
].freeze

xml = Builder::XmlMarkup.new(target: $stdout, indent: 2)
xml.instruct!
xml.tag!("mentor-rapport", "kommune" => "201", "periode" => "2027-03",
         "leverandoer" => "Nordsjællands Mentorhus ApS") do
  FORLOEB.each do |forloeb|
    xml.forloeb("sags-nr" => forloeb.sag) do
      xml.borger(forloeb.navn, "cpr" => forloeb.cpr)
      xml.praktiksted(forloeb.sted, "p-nummer" => forloeb.pnr)
      xml.mentor(forloeb.mentor)
      xml.tag!("besoeg-liste") do
        forloeb.besoeg.each do |b|
          xml.besoeg("dato" => b.dato, "kl" => b.kl.strftime("%H:%M"), "timer" => b.timer,
                     "telefonisk" => b.telefonisk)
        end
      end
      xml.godkendelse("godkendt" => true, "af" => forloeb.mentor, "tidspunkt" => forloeb.godkendt)
    end
  end
end
