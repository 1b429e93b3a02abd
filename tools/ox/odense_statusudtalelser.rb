# Odense's case system's nightly job (a Rails-era app) writes the month's progress reports with Ruby's Ox:
# an Ox::Document built by hand from the models and `Ox.dump(doc, indent: 2)`, Ox's defaults otherwise
# (no XML declaration unless `with_xml: true`, a blank first line, `<note/>` without a space). Attribute
# values are the model's values through `to_s`: a Time `2027-10-04 09:30:00 +0200`, an Integer `4`, a
# boolean `true`, a Symbol `aktiv`, nil the empty string. Called as `ruby odense_statusudtalelser.rb OUT
# [declared]`: `declared` is the probe, `with_xml: true` and the scores as elements.
require 'ox'

Borger = Struct.new(:cpr, :navn)
Sted = Struct.new(:pnr, :navn)
Udtalelse = Struct.new(:id, :borger, :sted, :maalt, :status, :samtykke, :scores, :note)

REPORTS = [
  Udtalelse.new(
    5521, Borger.new('1207912284', 'Frederik Øllgaard Hansen'), Sted.new('1004455667', 'Odense Zoo, Søndre Boulevard'),
    Time.new(2027, 10, 4, 9, 30, 0, '+02:00'), :aktiv, true,
    { fremmoede: 4, punktlighed: 3, samarbejde: 5, opgaveloesning: 4, selvstaendighed: 2 },
    'Møder til tiden; trives med dyrepasserne & rutinerne.'
  ),
  Udtalelse.new(
    5538, Borger.new('0302884419', 'Åse Kjærgaard Mikkelsen'), Sted.new('1019988776', 'Fynbus, værkstedet i Dalum'),
    Time.new(2027, 11, 2, 0, 30, 0, '+01:00'), :afsluttet, false,
    { fremmoede: 2, punktlighed: 1, samarbejde: 3, opgaveloesning: 3, selvstaendighed: 1 },
    nil
  )
].freeze

def element(name, attributes = {}, text = nil)
  el = Ox::Element.new(name)
  attributes.each { |key, value| el[key] = value.to_s }
  el << text.to_s unless text.nil?
  el
end

def report(udtalelse, declared)
  el = element('statusudtalelse', id: udtalelse.id, status: udtalelse.status, samtykke: udtalelse.samtykke)
  el << element('borger', { cpr: udtalelse.borger.cpr }, udtalelse.borger.navn)
  el << element('praktiksted', { pnr: udtalelse.sted.pnr }, udtalelse.sted.navn)
  el << element('maalt', {}, udtalelse.maalt)
  if declared
    scores = element('vurdering')
    udtalelse.scores.each { |key, value| scores << element(key.to_s, {}, value) }
    el << scores
  else
    el << element('vurdering', udtalelse.scores)
  end
  el << element('note', {}, udtalelse.note)
  el
end

out, mode = ARGV
declared = mode == 'declared'
doc = Ox::Document.new(version: '1.0', encoding: 'UTF-8')
root = element('statusudtalelser', kommunekode: 461, jobcenter: 'Jobcenter Odense')
REPORTS.each { |udtalelse| root << report(udtalelse, declared) }
doc << root
File.binwrite(out, declared ? Ox.dump(doc, indent: 2, with_xml: true) : Ox.dump(doc, indent: 2))
