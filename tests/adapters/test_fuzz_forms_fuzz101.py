"""Stop 66's mutation fuzzing (decision 0064, "Stop 66: fuzz-101"): the three onboarding trials after
Guldborgsund (Silkeborg, Nordfyns, Frederikshavn) drawn by seeds 76 to 78 and no later trial by them,
and a PDF cut short in its only save that lost a field its form lists refused, not read as left empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.mapping.cut_fields import LOST_WITH_END
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")
TESTS = Path(__file__).resolve().parent.parent
ONBOARDING = TESTS / "onboarding"


def _trial(slug: str) -> object:
    return fuzz_forms.Seed(
        Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.pdf"), "pdf", Path("e"), False
    )


def test_seeds_76_to_78_draw_the_trials_there_were_and_no_later_one() -> None:
    # A trial merged after seed 78 ran (the forty-sixth) must not change which form their recipes draw.
    for slug in ("silkeborg", "nordfyns", "frederikshavn"):
        assert not fuzz_forms._in_pool(_trial(slug), 75)
        assert fuzz_forms._in_pool(_trial(slug), 76) and fuzz_forms._in_pool(_trial(slug), 78)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 78)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


def _read(slug: str, data: bytes) -> dict:
    config = fuzz_forms._config(ONBOARDING / "config" / f"{slug}.toml")
    return canonical_records(config, data, "praktikaftale.pdf")


def _refused(slug: str, data: bytes) -> list[tuple[str, str, str, str]]:
    with pytest.raises(Rejection) as refused:
        _read(slug, data)
    return [(p.field, p.locator, p.reason_en, p.reason_da) for p in refused.value.problems]


SILKEBORG = (ONBOARDING / "golden" / "silkeborg" / "praktikaftale.pdf").read_bytes()


def test_silkeborgs_form_cut_inside_its_last_field_is_refused_not_read_without_its_purpose() -> None:
    # MuPDF writes the purpose (Tekst14, optional, the form's last field) after the others, before the
    # boxes' appearances: cut inside it (fuzz-101's 76/pdf/truncate/6, at 4,740 of 10,787 bytes), the
    # file was accepted with the purpose left empty, without a word.
    assert SILKEBORG.index(b"24 0 obj") < SILKEBORG.index(b"/T(Tekst14)") < SILKEBORG.index(b"25 0 obj")
    cut = SILKEBORG[: SILKEBORG.index(b"/T(Tekst14)")]
    assert _refused("silkeborg", cut) == [("purpose", "Tekst14", *LOST_WITH_END)]


def test_silkeborgs_form_cut_after_its_fields_reads_as_before() -> None:
    # Cut inside the object after the last field (the boxes' appearances and the table of objects lost):
    # every field the form lists is there, and qpdf's rebuilt file is read as the whole one is.
    cut = SILKEBORG[: SILKEBORG.index(b"25 0 obj") + len(b"25 0 obj")]
    record = _read("silkeborg", cut)
    assert record["purpose"] == "Afklaring af skånehensyn i værkstedet.\nTræning i at møde til tiden."
    assert record["visitation"] == "aktivitetsparat"


NORDFYNS = (ONBOARDING / "golden" / "nordfyns" / "praktikaftale.pdf").read_bytes()
# pdfrw's visitation: a radio group (10 0 R) whose buttons are its kids, 28 (state /0, Jobparat), 29 (/1,
# Aktivitetsparat, chosen) and 30 (/2); each is also in its page's /Annots.
CHOSEN = b" 29 0 R"


def test_nordfyns_form_cut_after_losing_the_chosen_button_is_refused_not_read_as_none_chosen() -> None:
    # The button's object lost as a cut loses it (built by hand: every reference to it names a number
    # no object has, and the file ends before its table of objects): the visitation, nullable, read as
    # none chosen, without a word.
    assert NORDFYNS.count(CHOSEN) == 2
    lost = NORDFYNS.replace(CHOSEN, b" 99 0 R")
    cut = lost[: lost.rindex(b"xref")]
    assert _refused("nordfyns", cut) == [
        ("visitation", 'field "visitation" ("Visitation") on page 1', *LOST_WITH_END)
    ]


def test_a_whole_file_naming_a_missing_object_and_a_cut_one_with_all_its_fields_read_as_before() -> None:
    # Only a file that has lost its end is asked: a whole one naming an object it lacks (a writer's
    # slip) is read as it was, and so is one cut in its table of objects with every field there.
    whole = NORDFYNS.replace(CHOSEN, b" 99 0 R")
    assert _read("nordfyns", whole)["visitation"] is None
    cut = NORDFYNS[: NORDFYNS.rindex(b"xref")]
    record = _read("nordfyns", cut)
    assert (record["visitation"], record["benefit"], record["citizen"]["cpr"]) == (
        "aktivitetsparat",
        "kontanthjaelp",
        "2306881457",
    )
