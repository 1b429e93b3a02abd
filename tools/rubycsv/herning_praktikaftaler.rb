# Herning's placement agreements as the job centre's Ruby script writes them with the standard csv
# library: CSV.generate with col_sep ";" (every other option its default: a field quoted only where it
# holds ";", a quote or a line break, nil an empty field, "\n" between rows), a BOM written before it,
# dates as Date#to_s, hours as Float#to_s (22.5, 30.0), the mentor's employer a Ruby bool (true/false).
# Usage: ruby herning_praktikaftaler.rb OUT.csv   (decision 0060, "Stop 62: trial-80")
require "csv"
require "date"

HEADERS = %w[cpr navn cvr virksomhed pnr arbejdssted startdato slutdato timer_pr_uge ydelse visitation
             mentor mentor_i_virksomheden sagsbehandler email telefon formaal].freeze

ROWS = [
  ["150392-3318", "Mette Søgaard Nielsen", 31472857, "Herning Træindustri A/S", 1019283746,
   "Herning Træindustri, Fabriksvej 8, 7400 Herning", Date.new(2026, 8, 31), Date.new(2026, 11, 22), 22.5,
   "Kontanthjælp", "Aktivitetsparat", "Jens Kirkegård", true, "Anne Holm", "Anne.Holm@herning.example.dk",
   "96 28 28 28", "Praktik på lager; fokus på \"faste rutiner\".\nMødetid kl. 8."],
  ["020779-1145", "Ahmad Karimi", 25643917, "Midtjysk Gartneri ApS", 1022334455,
   "Midtjysk Gartneri, Hammerum Hovedgade 3, 7400 Herning", Date.new(2026, 10, 5), Date.new(2027, 1, 3), 30.0,
   "Sygedagpenge", nil, "Karen Dalgaard", false, "Peter Lund", "peter.lund@herning.example.dk",
   "96 28 31 40", nil],
].freeze

text = CSV.generate(col_sep: ";") do |csv|
  csv << HEADERS
  ROWS.each { |row| csv << row }
end
File.write(ARGV[0], "\uFEFF" + text, mode: "w:UTF-8")
