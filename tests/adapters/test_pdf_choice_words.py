"""Each radio button's own words where one printed line lies under several buttons (decision 0025, "Stop
61: fixes-72"). The twenty-fourth trial's WeasyPrint grant prints `[o] i virksomheden  [o] i jobcentret`
(its HTML: `<label><input type=radio value=virksomhed> i virksomheden</label>`, the same for
`jobcenter`), which the page's text gives as one run under both boxes: each button was given the whole
line, "i virksomheden i jobcentret". Each button's tooltip holds its own label's words."""

from __future__ import annotations

from pathlib import Path

from hub.adapters.readers import READ_OPTIONS, extract
from hub.adapters.readers.pdf_choice_words import parted

GRANT = Path(__file__).resolve().parents[1] / "onboarding" / "golden" / "skive" / "mentorstoette.pdf"


def test_each_weasyprint_button_gets_its_own_labels_words() -> None:
    read = extract(GRANT.read_bytes(), GRANT.name, READ_OPTIONS)
    (group,) = [v for v in read.values if v.key == "mentor.ansat.mentor.ansat"]
    assert group.meta["choices"] == {"virksomhed": "i virksomheden", "jobcenter": "i jobcentret"}
    assert group.meta["label"] == "Mentor er ansat"


def test_the_line_stands_where_the_tooltips_do_not_tell_the_buttons_apart() -> None:
    line = "Ja Nej"
    choices: dict[str, str | None] = {"ja": line, "nej": line}
    assert parted(choices, {"ja": "Ja"}) == choices  # one button without a tooltip of its own
    assert parted(choices, {"ja": "Svar", "nej": "Svar"}) == choices  # the same tooltip twice
    assert parted(choices, {"ja": "Ja", "nej": "Måske"}) == choices  # a tooltip not on the line
    assert parted(choices, {"ja": "Ja", "nej": "Nej"}) == {"ja": "Ja", "nej": "Nej"}
    # Words of their own are kept, whatever the tooltips say.
    assert parted({"ja": "Ja", "nej": "Nej"}, {"ja": "x", "nej": "y"}) == {"ja": "Ja", "nej": "Nej"}
