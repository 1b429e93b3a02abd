-- Odense's mentor firm's old integration glue: the month's mentor visits as a CSV for the job centre,
-- written by hand with string.format and table.concat (no CSV library): `;` between fields, a field
-- quoted only where it holds `;`, `"` or a line break (its quotes doubled), hours `%.2f` (`1.50`), the
-- day of a visit `os.date("%d-%m-%Y")`, the moment approved `os.date("%Y-%m-%d %H:%M")`, the mentor's
-- employer Lua's `tostring` of a boolean (`true`/`false`), a visit not yet approved empty fields.
-- Called as `lua5.4 odense_mentortimer.lua OUT [comma]`: `comma` is the probe, `,` between fields and
-- every text quoted, hours `%.1f`.
local out, mode = arg[1], arg[2]
local sep = mode == "comma" and "," or ";"

local function quote(value)
  local text = tostring(value == nil and "" or value)
  if mode == "comma" and type(value) == "string" then
    return '"' .. text:gsub('"', '""') .. '"'
  end
  if text:find('[;"\r\n]') then
    return '"' .. text:gsub('"', '""') .. '"'
  end
  return text
end

local function day(y, m, d)
  return os.time({ year = y, month = m, day = d, hour = 12 })
end

local frederik = { "1207912284", "Frederik Øllgaard Hansen", "1004455667", "Odense Zoo; Søndre Boulevard",
  "Lise Bøgh", true, "Lise Bøgh", os.time({ year = 2027, month = 10, day = 29, hour = 15, min = 40 }) }
local aase = { "0302884419", "Åse Kjærgaard Mikkelsen", "1019988776", "Fynbus, værkstedet i Dalum",
  "Mentorhuset \"Fyn\" ApS", false, nil, nil }

local visits = {
  { frederik, day(2027, 10, 4), 1.5, "Opstart" },
  { frederik, day(2027, 10, 6), 0.75, nil },
  { frederik, day(2027, 10, 13), 2, "Samtale; leder deltog" },
  { frederik, day(2027, 10, 27), 1.25, nil },
  { aase, day(2027, 10, 19), 3, nil },
  { aase, day(2027, 10, 26), 0.5, "Kort besøg" },
}

local header = { "cpr", "navn", "pnr", "praktiksted", "mentor", "virksomhedsmentor", "dato", "timer",
  "bemaerkning", "godkendt_af", "godkendt" }
local lines = { table.concat(header, sep) }
for _, visit in ipairs(visits) do
  local who, when, hours, note = visit[1], visit[2], visit[3], visit[4]
  local approved = who[8] and os.date("%Y-%m-%d %H:%M", who[8]) or nil
  local fields = { who[1], who[2], who[3], who[4], who[5], who[6], os.date("%d-%m-%Y", when),
    string.format(mode == "comma" and "%.1f" or "%.2f", hours), note, who[7], approved }
  local cells = {}
  for i = 1, #header do
    cells[i] = quote(fields[i])
  end
  lines[#lines + 1] = table.concat(cells, sep)
end

local file = assert(io.open(out, "wb"))
file:write(table.concat(lines, "\n"), "\n")
file:close()
