# Favrskov's mentor firm's web app (Ruby) exports a month's mentor visits with Nokogiri::XML::Builder,
# in the shape Rails' to_xml gives a record: dashed element names, each value's Ruby type in a `type`
# attribute, a list `type="array"`, nil as `nil="true"`. Run by tools/make_fixtures_onboarding_fortieth.py
# (ruby with Debian's ruby-nokogiri); it writes the XML to standard output.
require "nokogiri"
require "bigdecimal"
require "date"
require "time"

Visit = Struct.new(:day, :hours, :note)

visits = [
  Visit.new(Date.new(2026, 11, 2), BigDecimal("2"), "Første dag: rundvisning og sikkerhed"),
  Visit.new(Date.new(2026, 11, 5), BigDecimal("1.5"), nil),
  Visit.new(Date.new(2026, 11, 10), BigDecimal("2.25"), "Aftale om mødetider & pauser"),
  Visit.new(Date.new(2026, 11, 24), BigDecimal("1"), "Opfølgning <kort>"),
  Visit.new(Date.new(2026, 11, 26), BigDecimal("0.75"), nil),
]
total = visits.sum(BigDecimal("0")) { |visit| visit.hours }

# A Rails app prints a decimal with to_s("F"): "2.0", "1.5", "0.75"
def decimal(xml, name, value)
  xml.send(name, value.to_s("F"), type: "decimal")
end

builder = Nokogiri::XML::Builder.new(encoding: "UTF-8") do |xml|
  xml.send(:"mentor-forloeb") do
    xml.id_ "5821", type: "integer"
    xml.send(:"maaned", "2026-11")
    xml.borger do
      xml.cpr "230497-3318"
      xml.navn "Mathias Kjeldsen Bro"
    end
    xml.send(:"praktik-sted") do
      xml.send(:"p-nummer", "1031425367", type: "integer")
      xml.navn "Hinnerup Tømrer & Snedker ApS"
    end
    xml.mentor do
      xml.navn "Jonna Lykke Pind"
      xml.send(:"ansat-hos", "virksomhed")
    end
    xml.send(:"besoeg", type: "array") do
      visits.each do |visit|
        xml.send(:"besoeg") do
          xml.dato visit.day.iso8601, type: "date"
          decimal(xml, :timer, visit.hours)
          if visit.note.nil?
            xml.notat nil: "true"
          else
            xml.notat visit.note
          end
        end
      end
    end
    decimal(xml, :"timer-i-alt", total)
    xml.send(:"godkendt-af", "Jonna Lykke Pind")
    xml.send(:"godkendt-at", Time.new(2026, 11, 30, 15, 4, 12, "+01:00").iso8601, type: "dateTime")
  end
end
print builder.to_xml
