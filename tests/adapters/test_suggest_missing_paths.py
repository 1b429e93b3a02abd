"""What a draft says of the paths a record needs that the file did not show (words-69): "a constant works"
only for the mentor's employer, which the agreement's mentor model fixes; for a citizen's, a day's or an
amount's value, that it is each document's own and where a form writes it."""

from __future__ import annotations

from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.adapters.suggest.draft import suggest

# A case system's grants, as the twenty-first trial's export writes one, without the mentor and the date
# granted: a mentor_support record needs mentor.name, mentor.employer and granted_on.
GRANTS = b"""<?xml version="1.0" encoding="utf-8"?>
<Eksport>
  <Bevilling Id="1">
    <Borger><CprNr>0101901234</CprNr></Borger>
    <Praktiksted PNr="1012345678" />
    <TimerPrUge>3.5</TimerPrUge>
    <Timesats>275,00</Timesats>
    <Periode><Start>2026-08-03</Start><Slut>2026-11-01</Slut></Periode>
  </Bevilling>
</Eksport>"""


def _missing_comments() -> dict[str, str]:
    draft = suggest(extract(GRANTS, "bevillinger.xml", READ_OPTIONS), "bevillinger.xml").to_toml()
    lines = draft.splitlines()
    start = next(i for i, line in enumerate(lines) if "# TODO: not found in this file" in line)
    assert "mentor.name" in lines[start] and "mentor.employer" in lines[start]
    found = {}
    for line in lines[start + 1 :]:
        if not line.startswith("  #   "):
            break
        path, _, said = line.removeprefix("  #   ").partition(": ")
        found[path] = said
    return found


def test_a_constant_is_offered_only_for_the_mentors_employer() -> None:
    """Before: one line `(a constant works: path = "mentor.employer" ...)` under the list of every path
    missing, the mentor's name and the day granted among them, as if a constant served those too."""
    said = _missing_comments()
    assert said["mentor.employer"].endswith(
        'a constant works: path = "mentor.employer" with value = "company" (or "jobcentre")'
    )
    assert said["mentor.name"] == (
        'each document\'s own, no constant: look for the mentor\'s name ("Navn" under "Mentor")'
    )
    for path, text in said.items():
        if path != "mentor.employer":
            assert "constant works" not in text, path


def test_each_missing_path_says_where_a_form_writes_it() -> None:
    said = _missing_comments()
    assert said["granted_on"] == (
        "each document's own, no constant: look for the day the support was granted"
        ' ("Bevilget den", "Dato for bevilling")'
    )
