"""`hub adapters suggest` guesses a later record's code from its own display text, as it does the first's
(`suggest/xml_items.records_map_values`; decision 0060, "Stop 62: trial-79"): Holstebro's export writes
`<sag:ydelse kode="KTH">Kontanthjælp</sag:ydelse>` in one agreement and `kode="SDP"` beside
"Sygedagpenge" in the next. Before, "SDP" was drafted `= "TODO"` and the draft refused the second
agreement ("maps 'SDP' to TODO")."""

from __future__ import annotations

from hub.adapters.readers.xml import read_xml
from hub.adapters.suggest.draft import suggest
from hub.adapters.suggest.render import render


def _draft(benefits: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(
        f"<aftale><cpr>110589-4417</cpr><ydelse kode='{code}'>{text}</ydelse></aftale>"
        for code, text in benefits
    )
    data = f"<?xml version='1.0' encoding='UTF-8'?><aftaler>{rows}</aftaler>".encode()
    return render(suggest(read_xml(data, "aftaler.xml"), "praktikaftaler.xml"))


def test_each_records_code_is_guessed_from_its_own_display_text() -> None:
    draft = _draft((("KTH", "Kontanthjælp"), ("SDP", "Sygedagpenge"), ("LY", "Ledighedsydelse")))
    assert '      "KTH" = "kontanthjaelp"  # printed "Kontanthjælp"' in draft
    assert '      "SDP" = "sygedagpenge"  # printed "Sygedagpenge"' in draft
    assert '      "LY" = "ledighedsydelse"  # printed "Ledighedsydelse"' in draft


def test_a_later_code_whose_text_names_nothing_known_is_still_a_todo() -> None:
    draft = _draft((("KTH", "Kontanthjælp"), ("X9", "Andet")))
    assert '      "X9" = "TODO"' in draft and 'printed "Andet"' in draft
