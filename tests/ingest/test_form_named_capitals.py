"""A title in capitals names its municipality after "JOBCENTRET I" too (review-110, stop 68).

Page-110 read the name after "jobcentret i" only as it is spelt ("Herlev"), so that "jobcentret i vejen"
(in the way) is not Vejen's; a form whose title is set in capitals, as many printed forms' are, writes
"JOBCENTRET I HERLEV", and that named no municipality, where "JOBCENTER HERLEV" and "HERLEV KOMMUNE" did.
A name in capitals is a name: no sentence is written in capitals with "i vejen for" in it. Lower case
stays the road. Expected names written from the titles.
"""

from __future__ import annotations

import pytest

from hub.adapters.readers.base import Extraction, SourceValue
from hub.services.form_named import read_in


def _named(*values: str) -> str | None:
    cells = tuple(SourceValue(f"A{n}", v, {"row": n, "col": 1}) for n, v in enumerate(values, 1))
    read = read_in(Extraction("csv", cells))
    assert read is not None
    return read.municipality.name if read.municipality is not None else None


@pytest.mark.parametrize(
    ("values", "name"),
    [
        (("JOBCENTRET I HERLEV - TIMESEDDEL FOR MENTOR", "Kasper Jensen"), "Herlev"),
        (("Timeseddel", "Falck Ballerup", "JOBCENTRET I HØJE-TAASTRUP"), "Høje-Taastrup"),
        (("Timeseddel", "Sendes til JOBCENTERET I NORDFYN"), "Nordfyns"),
        (("Timeseddel", "Sendes til Jobcentret i VEJEN"), "Vejen"),
        # Still the road, in lower case and in a name's own spelling only.
        (("Timeseddel", "mentor fra jobcentret i vejen for praktikken"), None),
        (("Timeseddel", "mentor fra jobcentret i Vejen for praktikken"), "Vejen"),
    ],
)
def test_a_name_in_capitals_after_jobcentret_i_is_the_municipality(
    values: tuple[str, ...], name: str | None
) -> None:
    assert _named(*values) == name
