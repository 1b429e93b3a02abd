"""A PDF list box with several lines chosen (/Ff bit 22, /V an array, /I the lines' positions): its value is
every line chosen, as the list prints them and in the list's order, and a config reading one line of it
(`map`, `regex`, `checked`) is refused naming the field, its page and the lines, never read as one of them
(decision 0025, "Stop 63: pdf-77, a list's lines in its order").

On Lolland's placement agreement (the fourteenth trial's; its list box "Ydelse" prints Kontanthjælp,
Uddannelseshjælp, Sygedagpenge and Ledighedsydelse, exporting KH, UH, SD and LY), edited here.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from flask import Flask
from onboarding_trial import CONFIG, Trial
from simulator_support import fixture_script

from hub.adapters.mapping.several_lines import takes_part
from hub.adapters.pipeline import READ_OPTIONS
from hub.adapters.readers import extract
from hub.errors import Rejection
from hub.web.marks import unchoosable_mark

THIS = Trial("lolland", "360", "make_fixtures_onboarding_fourteenth")
make = fixture_script("make_fixtures_onboarding_fourteenth")
FORM = "[[forms]]" + (CONFIG / "lolland.toml").read_text(encoding="utf-8").split("[[forms]]", 1)[1]
# The config's reading of the list, a `map` of its four lines.
BENEFIT = re.compile(r'  source = "List Box1".*\n  transforms = .*\n')


def _list(
    saved: list[str],
    indexes: list[int] | None = None,
    lines: list[list[str]] | None = None,
    several: bool = True,
) -> bytes:
    """The agreement with its list box letting several lines be chosen (or, not `several`, one), these
    saved (/V) and, where given, these positions (/I) and lines (/Opt, [export value, text printed] each)."""
    pdf = pikepdf.open(io.BytesIO(make.placement_pdf()))
    (box,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == "List Box1"]
    box.Ff = int(box.get("/Ff", 0)) | (1 << 21 if several else 0)
    box.V = pikepdf.Array([pikepdf.String(code) for code in saved])
    if indexes is not None:
        box.I = pikepdf.Array(indexes)
    if lines is not None:
        box.Opt = pikepdf.Array([pikepdf.Array([pikepdf.String(t) for t in line]) for line in lines])
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _read(data: bytes) -> tuple[str | None, Any]:
    (listed,) = [v for v in extract(data, "aftale.pdf", READ_OPTIONS).values if v.key == "List Box1"]
    return listed.value, listed.meta.get("chosen")


def test_the_lines_chosen_read_in_the_order_of_the_list() -> None:
    """Before: in the order the filler saved them, "Sygedagpenge; Kontanthjælp"."""
    both = ["Kontanthjælp", "Sygedagpenge"]
    assert _read(_list(["SD", "KH"])) == ("Kontanthjælp; Sygedagpenge", both)
    assert _read(_list(["KH", "SD"], [0, 2])) == ("Kontanthjælp; Sygedagpenge", both)


# Two lines exporting the same code, as a list of placements by kind may: 01 twice.
SAME_CODE = [["01", "Virksomhedspraktik"], ["01", "Praktik i anden virksomhed"], ["02", "Løntilskud"]]


def test_lines_exporting_the_same_value_are_told_apart_by_their_positions() -> None:
    """Before: each `01` read as the last line exporting it, "Praktik i anden virksomhed" twice."""
    assert (
        _read(_list(["01", "01"], [0, 1], SAME_CODE))[0] == "Virksomhedspraktik; Praktik i anden virksomhed"
    )
    assert _read(_list(["02", "01"], [0, 2], SAME_CODE))[0] == "Virksomhedspraktik; Løntilskud"
    assert _read(_list(["02", "01"], [1, 2], SAME_CODE))[0] == "Praktik i anden virksomhed; Løntilskud"
    # /I naming other lines than /V holds is passed over ("where the items differ, /V is used")
    assert _read(_list(["02", "01"], [0, 1], SAME_CODE))[0] == "Virksomhedspraktik; Løntilskud"
    # no /I: each value its first line not taken yet
    assert _read(_list(["01", "01"], None, SAME_CODE))[0] == "Virksomhedspraktik; Praktik i anden virksomhed"


def _refused(tmp_path: Path, reading: str, data: bytes) -> tuple[str, str, str, str]:
    """The one problem of the agreement read with the list's reading `reading` in place of the map."""
    form, replaced = BENEFIT.subn(reading, FORM)
    assert replaced == 1
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, form), data, "aftale.pdf")
    (problem,) = refused.value.problems
    return problem.field, problem.locator, problem.reason_en, problem.reason_da


TWO_CHOSEN = (
    "benefit",
    'field "List Box1" ("Ydelse") on page 1',
    "2 lines are chosen in the list, 'Kontanthjælp', 'Sygedagpenge': only one may be; choose one and send "
    "the form again",
    "2 linjer er valgt på listen, 'Kontanthjælp', 'Sygedagpenge': kun én må vælges; vælg én, og send "
    "blanketten igen",
)
CODES = 'values = { Kontant = "kontanthjaelp", Syge = "sygedagpenge" }'


@pytest.mark.parametrize(
    "reading",
    [
        # Before: read "kontanthjaelp", the pattern found in the first line, Sygedagpenge dropped unsaid.
        '  source = "List Box1"\n  transforms = [{ name = "regex", pattern = "(Kontant|Syge)" }, '
        f'{{ name = "map", {CODES} }}]\n',
        # Before: "unknown checkbox mark 'Kontanthjælp; Sygedagpenge' in List Box1".
        '  sources = ["List Box1"]\n  transforms = [{ name = "checked", '
        'values = { "List Box1" = "kontanthjaelp" } }]\n',
        # Before: read "sygedagpenge", the map's default, a line nobody chose.
        '  source = "List Box1"\n  transforms = [{ name = "map", '
        'values = { "Kontanthjælp" = "kontanthjaelp" }, default = "sygedagpenge" }]\n',
    ],
    ids=["regex", "checked", "map-default"],
)
def test_a_list_of_several_lines_read_as_one_line_is_refused_naming_them(
    tmp_path: Path, reading: str
) -> None:
    assert _refused(tmp_path, reading, _list(["SD", "KH"])) == TWO_CHOSEN


def test_a_regex_reads_the_lines_where_its_match_takes_in_every_one() -> None:
    lines = "Kontanthjælp; Sygedagpenge"
    assert takes_part(lines, {"pattern": "(Kontant|Syge)"})
    assert takes_part(lines, {"pattern": "^$|x*"})  # an empty match reaches no line
    assert not takes_part(lines, {"pattern": "(.+)"})
    assert not takes_part(lines, {"pattern": "hjælp; Syge"})  # a part of each
    assert not takes_part(lines, {"pattern": "Løntilskud"})  # found nowhere: the regex's own refusal


def _whole_list() -> bytes:
    """Every line saved in a list that lets one be chosen, as a generator writing the whole list."""
    return _list(["KH", "UH", "SD", "LY"], several=False)


EVERY_LINE = ["Kontanthjælp", "Uddannelseshjælp", "Sygedagpenge", "Ledighedsydelse"]


def test_several_lines_where_one_can_be_chosen_are_refused_where_the_record_needs_the_value(
    tmp_path: Path,
) -> None:
    """Before: "4 lines are chosen in the list, ...: only one may be", as if a person had chosen them."""
    said = "'Kontanthjælp', 'Uddannelseshjælp', 'Sygedagpenge', 'Ledighedsydelse'"
    with pytest.raises(Rejection) as refused:
        THIS.items(THIS.config(tmp_path, FORM), _whole_list(), "aftale.pdf")
    (problem,) = refused.value.problems
    assert (problem.field, problem.locator) == ("benefit", 'field "List Box1" ("Ydelse") on page 1')
    assert problem.reason_en == (
        f"the field holds 4 lines of its list, {said}, where only one can be chosen: the program the form "
        "was filled in with saved a value no one could choose; choose one line and send the form again"
    )
    assert problem.reason_da == (
        f"feltet har 4 linjer fra sin liste, {said}, hvor kun én kan vælges: programmet, blanketten blev "
        "udfyldt i, gemte en værdi, som ingen kunne vælge; vælg én linje, og send blanketten igen"
    )


def test_several_lines_where_one_can_be_chosen_are_read_and_said_where_the_record_may_leave_them_out(
    tmp_path: Path, app: Flask
) -> None:
    """Before: read "Kontanthjælp; Uddannelseshjælp; Sygedagpenge; Ledighedsydelse" without a word."""
    form, replaced = BENEFIT.subn(
        '  value = "kontanthjaelp"\n\n  [[forms.fields]]\n  path = "purpose"\n  source = "List Box1"\n'
        "  optional = true\n",
        FORM,
    )
    assert replaced == 1
    (item,) = THIS.items(THIS.config(tmp_path, form), _whole_list(), "aftale.pdf")
    assert item.mapped.record["purpose"] == "; ".join(EVERY_LINE)
    (source,) = [p for p in item.mapped.provenance if p.path == "purpose"]
    assert (source.raw_value, source.locator["unchoosable"]) == ("; ".join(EVERY_LINE), 4)
    with app.test_request_context():
        assert unchoosable_mark(source) == (
            "feltet har 4 linjer fra sin liste, hvor kun én kan vælges: ingen kunne have valgt denne værdi; "
            "læst fra feltets gemte værdi"
        )
    # A list letting several be chosen, so read, says nothing more.
    (item,) = THIS.items(THIS.config(tmp_path, form), _list(["KH", "UH", "SD", "LY"]), "aftale.pdf")
    (source,) = [p for p in item.mapped.provenance if p.path == "purpose"]
    assert (item.mapped.record["purpose"], "unchoosable" in source.locator) == ("; ".join(EVERY_LINE), False)
