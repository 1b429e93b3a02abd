"""Stop 65's mutation fuzzing (decision 0064, "Stop 65: fuzz-96"): the three onboarding trials after
Brønderslev (Favrskov, Skanderborg, Guldborgsund) drawn by seeds 73 to 75 and no later trial by them, and
Skanderborg's xdvipdfmx form read whole with its list of fields lost."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pikepdf
import pytest
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")
TESTS = Path(__file__).resolve().parent.parent
SKANDERBORG = TESTS / "onboarding" / "golden" / "skanderborg"


def _skanderborg() -> object:
    return fuzz_forms._config(TESTS / "onboarding" / "config" / "skanderborg.toml")


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():  # pikepdf warns of widgets no list reaches: what is tried here
        warnings.simplefilter("ignore")
        pdf.save(out)
    return out.getvalue()


def _trial(slug: str) -> object:
    return fuzz_forms.Seed(
        Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.pdf"), "pdf", Path("e"), False
    )


def test_seeds_73_to_75_draw_the_trials_there_were_and_no_later_one() -> None:
    # A trial merged after seed 75 ran (the forty-third) must not change which form their recipes draw.
    for slug in ("favrskov", "skanderborg", "guldborgsund"):
        assert not fuzz_forms._in_pool(_trial(slug), 72)
        assert fuzz_forms._in_pool(_trial(slug), 73) and fuzz_forms._in_pool(_trial(slug), 75)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 75)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


@pytest.mark.parametrize("lost", ["/Fields", "/AcroForm"])
def test_skanderborgs_form_without_its_list_reads_the_visitation_chosen(lost: str) -> None:
    # xdvipdfmx lists the visitation's first button of three; every button holds the group's value,
    # Aktivitetsparat, which the second draws. With the list gone (fuzz-96's `73/pdf/acroform/*`, 80 of
    # 80 accepted so) the first button alone was the group and the visitation read as none.
    pdf = pikepdf.open(io.BytesIO((SKANDERBORG / "praktikaftale.pdf").read_bytes()))
    if lost == "/Fields":
        del pdf.Root.AcroForm["/Fields"]
    else:
        del pdf.Root["/AcroForm"]
    record = canonical_records(_skanderborg(), _saved(pdf), "praktikaftale.pdf")
    assert record["visitation"] == "aktivitetsparat"


MENTORTIMER = (SKANDERBORG / "mentortimer.csv").read_bytes()
# Mikkel's third visit (the file's row 4), approved as his other rows are: Lis Ørum, 2027-01-04.
VISIT = (
    "0904931457,Mikkel Bøgh Sørensen,1019283746,Skanderborg Genbrugsplads,Lis Ørum,2026-12-03,12:15,13:00,"
    "0.75,,Lis Ørum,2027-01-04\n"
).encode()


def _timesheet(data: bytes) -> object:
    return canonical_records(_skanderborg(), data, "mentortimer.csv")


def _refused(data: bytes) -> list[tuple[str, str, str, str]]:
    try:
        _timesheet(data)
    except Rejection as exc:
        return [(p.field, p.locator, p.reason_en, p.reason_da) for p in exc.problems]
    raise AssertionError("accepted")


def test_a_citizens_rows_approved_by_two_people_are_refused_not_read_as_the_first() -> None:
    # A citizen's rows are one record, its approver and day read from the first row: a later row
    # approved by someone else, or on another day, was dropped without a word.
    assert VISIT in MENTORTIMER
    other = VISIT.replace("Lis Ørum,2027-01-04".encode(), b"Lis Hansen,2027-01-04")
    assert _refused(MENTORTIMER.replace(VISIT, other)) == [
        (
            "signed_by",
            "row 4, column 11 (K4)",
            "the rows of this item say different values under 'godkendt.af' (row 2 and row 4), and its"
            " record holds one: the form does not say which is meant",
            "rækkerne for dette punkt har forskellige værdier under 'godkendt.af' (række 2 og række 4), og"
            " posten har én: blanketten siger ikke, hvilken der menes",
        )
    ]
    later = VISIT.replace(b",2027-01-04", b",2027-02-01")
    assert [p[:2] for p in _refused(MENTORTIMER.replace(VISIT, later))] == [
        ("signed_on", "row 4, column 12 (L4)")
    ]


def test_the_last_line_cut_in_its_day_of_approval_is_refused() -> None:
    # fuzz-96's 73/csv/truncate/14: the file cut in the last row's approval day (`...,Jens Thrane,202`),
    # accepted with the rows before it.
    cut = MENTORTIMER[: MENTORTIMER.rindex(b"2027-01-05") + 3]
    assert cut.endswith(b"Jens Thrane,202")
    assert [p[:2] for p in _refused(cut)] == [("signed_on", "row 12, column 12 (L12)")]


def test_rows_that_agree_as_read_or_leave_the_value_blank_read_as_before() -> None:
    # The same day written otherwise, and a row that leaves it blank, say nothing else.
    for day in (b",4/1 2027", b","):
        records = _timesheet(MENTORTIMER.replace(VISIT, VISIT.replace(b",2027-01-04", day)))
        assert [(r["signed_by"], r["signed_on"]) for r in records] == [
            ("Lis Ørum", "2027-01-04"),
            ("Jens Thrane", "2027-01-05"),
        ]


@pytest.mark.parametrize("said", [pikepdf.Name("/Maaske"), pikepdf.Name("/Off"), pikepdf.String("Maaske")])
def test_skanderborgs_listed_button_saying_none_while_another_shows_its_choice_is_refused(
    said: object,
) -> None:
    # fuzz-96's 75/pdf/choice/1, 75/pdf/field_type/29, 75/pdf/field_value/28: the listed button's value
    # made a state no button draws, or a string, the two unlisted buttons still holding Aktivitetsparat,
    # which the second draws: the page shows it chosen, and the visitation read as none, without a word.
    pdf = pikepdf.open(io.BytesIO((SKANDERBORG / "praktikaftale.pdf").read_bytes()))
    (listed,) = [
        f for f in pdf.Root.AcroForm.Fields if bytes(f.T) == b"\xfe\xff" + "visitation".encode("utf-16-be")
    ]
    listed.V = said
    with pytest.raises(Rejection) as refused:
        canonical_records(_skanderborg(), _saved(pdf), "praktikaftale.pdf")
    assert [(p.field, p.locator) for p in refused.value.problems] == [
        ("visitation", 'field "visitation" on page 1')
    ]
    assert refused.value.problems[0].reason_da.startswith(
        "siden viser 'Aktivitetsparat' valgt, men feltets gemte"
    )
