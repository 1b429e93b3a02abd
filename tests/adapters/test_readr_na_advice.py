"""An `NA` in a text field of a CSV readr's `write_csv2` wrote is refused, as in any CSV whose text is not
quoted (`test_csv_r_unquoted_na`), and the refusal now says what a readr user can do: readr 2.1.4 quotes
only where a value needs it and writes a text "NA" bare too, so its own `quote = "all"` (the header and
every value quoted, a missing one bare) or `na = ""` is what makes the file readable (decision 0060,
"Stop 73: trial-130"). Before, it named base R's write.csv2 and `quote = TRUE`, which readr has not. The
rows are those `write_csv2` wrote of Aalborg's visits (`tools/readr/aalborg_mentortimer.R`, `csv2`)."""

from __future__ import annotations

from onboarding_trial import trial_registry

from hub.adapters.mapping.form_items import map_items
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract

VISITS = (
    "cpr;borger;pnummer;arbejdssted;mentor;mentor_i_virksomheden;dato;timer;bemaerkning;godkendt_af;godkendt\n"
    '2301764458;Søren Bødker Nielsen;1018877665;"Værksted Øst; Gøteborgvej";Hanne Lykkegaard;FALSE;'
    "2027-09-14;3,00;NA;NA;NA\n"
).encode()


def test_an_na_signer_in_readrs_csv_is_refused_naming_readrs_options() -> None:
    [form] = [f for f in trial_registry().get("aalborg").forms if f.format == "csv"]
    data = extract(VISITS, "mentortimer.csv", READ_OPTIONS)
    (item,) = map_items(data, form, "0" * 64, "mentortimer.csv", "851")
    assert item.mapped is None
    (problem,) = item.problems
    assert (problem.field, problem.locator) == ("signed_by", "row 2, column 10 (J2)")
    assert "readr's write_csv and write_csv2" in problem.reason_en
    assert '(readr: na = "")' in problem.reason_en and 'readr\'s quote = "all"' in problem.reason_en
    assert "readr's write_csv og write_csv2" in problem.reason_da
