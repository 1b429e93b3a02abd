"""Stop 67's mutation fuzzing (decision 0064, "Stop 67: fuzz-107"): the forty-sixth trial (Kolding) drawn
by seeds 79 to 81 and no later trial by them; a form saved with a box's state changed in a second update
and changed back read as its seed; and an XML document behind UTF-8's byte order mark whose bytes are not
UTF-8 refused saying the mark (it was said to name no encoding, or to be in the one its first line
names, while the mark outweighs both)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.adapters.readers.xml import read_xml
from hub.errors import UnreadableDocument

fuzz_forms = fixture_script("fuzz_forms")
revised = fixture_script("fuzz_forms_revised")
ONBOARDING = Path(__file__).resolve().parent.parent / "onboarding"


def _trial(slug: str) -> object:
    return fuzz_forms.Seed(
        Path("c.toml"), Path(f"tests/onboarding/golden/{slug}/f.pdf"), "pdf", Path("e"), False
    )


def test_seeds_79_to_81_draw_kolding_and_no_later_trial() -> None:
    # A trial merged after seed 81 ran (the forty-seventh) must not change which form their recipes draw.
    assert not fuzz_forms._in_pool(_trial("kolding"), 78)
    assert fuzz_forms._in_pool(_trial("kolding"), 79) and fuzz_forms._in_pool(_trial("kolding"), 81)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 81)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)


class _Pick(random.Random):
    """A draw that picks Kolding's visitation, then Aktivitetsparat, then Uddannelsesparat."""

    def __init__(self) -> None:
        super().__init__(0)
        self.wanted = ["visitation", "/Aktivitetsparat", "/Uddannelsesparat"]

    def choice(self, seq):  # type: ignore[no-untyped-def]
        names = [str(item[1].get("/T", "")) if isinstance(item, tuple) else str(item) for item in seq]
        return seq[names.index(self.wanted.pop(0))]


def test_kolding_form_saved_at_another_choice_and_given_its_own_back_in_a_second_update_reads_as_it() -> None:
    # hyperref's radio group is three fields of one name, only the first listed: the mutant saves all
    # three at Aktivitetsparat, updates them to Uddannelsesparat, and gives back Jobparat last.
    seed = (ONBOARDING / "golden" / "kolding" / "praktikaftale.pdf").read_bytes()
    pick = _Pick()
    mutant = revised.pdf_revised(seed, pick)
    assert not pick.wanted
    assert mutant.count(b"%%EOF") == seed.count(b"%%EOF") + 2
    assert b"/V /Uddannelsesparat" in mutant and b"/AS /Uddannelsesparat" in mutant
    config = fuzz_forms._config(ONBOARDING / "config" / "kolding.toml")
    assert canonical_records(config, mutant, "praktikaftale.pdf")["visitation"] == "jobparat"


NAME = "Åsa Ødegård"


def _marked(declaration: str) -> bytes:
    """A document written in Windows-1252 with UTF-8's byte order mark put before it."""
    return b"\xef\xbb\xbf" + f"{declaration}<praktik>\n  <navn>{NAME}</navn>\n</praktik>".encode("cp1252")


def _refusal(data: bytes) -> tuple[str, str]:
    with pytest.raises(UnreadableDocument) as caught:
        read_xml(data, "p.xml")
    [problem] = caught.value.problems
    assert problem.file == "p.xml"
    return problem.reason_en, problem.reason_da


def test_a_marked_document_whose_first_line_names_its_code_page_is_refused_saying_the_mark_wins() -> None:
    # Said before: "the file names no encoding": the declaration was looked for before the mark.
    en, da = _refusal(_marked('<?xml version="1.0" encoding="windows-1252"?>\n'))
    # "Å" is 0xC5 in Windows-1252, the 9th character of line 3 ("  <navn>Å...").
    assert en == (
        "the file begins with a UTF-8 byte order mark (BOM), so by the rules of XML it is UTF-8 whatever its"
        " first line says (windows-1252), but byte 0xC5 on line 3, column 9 is not UTF-8; it looks like"
        " Windows-1252 (ANSI): save it as UTF-8, or remove its byte order mark and let its first line be"
        ' <?xml version="1.0" encoding="windows-1252"?>'
    )
    assert da == (
        "filen begynder med en UTF-8-markering af byte-rækkefølgen (BOM) og er derfor UTF-8 efter XML's"
        " regler, hvad dens første linje end siger (windows-1252), men byte 0xC5 på linje 3, kolonne 9 er"
        " ikke UTF-8; den ligner Windows-1252 (ANSI): gem den som UTF-8, eller fjern dens BOM og lad dens"
        ' første linje være <?xml version="1.0" encoding="windows-1252"?>'
    )


def test_a_marked_document_without_a_declaration_is_refused_saying_the_mark() -> None:
    en, da = _refusal(_marked(""))
    assert en.startswith(
        "the file begins with a UTF-8 byte order mark (BOM), so by the rules of XML it is UTF-8, but byte"
        " 0xC5 on line 2, column 9 is not UTF-8"
    )
    assert da.startswith("filen begynder med en UTF-8-markering af byte-rækkefølgen (BOM)")


def test_a_marked_utf8_document_that_says_a_code_page_is_read_as_utf8() -> None:
    # The mark outweighs the declaration, and the bytes are UTF-8: read, not refused.
    data = b"\xef\xbb\xbf" + f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<p><n>{NAME}</n></p>'.encode()
    assert read_xml(data, "p.xml").values[0].value == NAME


def _golden(slug: str, name: str, data: bytes) -> tuple[object, object]:
    """The records read from `data` sent as the trial's `name`, and the ones written for its form."""
    config = fuzz_forms._config(ONBOARDING / "config" / f"{slug}.toml")
    stem = name.rsplit(".", 1)[0]
    expected = json.loads((ONBOARDING / "golden" / slug / f"{stem}.expected.json").read_text("utf-8"))
    return canonical_records(config, data, name), expected


def _line_ends(data: bytes, usual: bytes, odd: bytes) -> bytes:
    """The file's LF line ends made `usual`, the second one `odd`, and none after the last row."""
    lines = data.rstrip(b"\n").split(b"\n")
    return lines[0] + usual + lines[1] + odd + usual.join(lines[2:])


def test_thisteds_database_export_with_a_cr_line_end_among_lfs_reads_its_nulls_and_escapes() -> None:
    # fuzz-107's 79/csv/line_ends/31: a CR ending row 2 (`\N` before it) left the file taken for a plain
    # TSV, its NULL read as the note "\N" and row 1's note as "...lagermedarbejder.\n32 timer..." with the
    # backslash, in silence; with CR line ends throughout it was refused as cut short.
    seed = (ONBOARDING / "golden" / "thisted" / "afslutninger.tsv").read_bytes()
    for usual, odd in ((b"\n", b"\r"), (b"\r", b"\r\n")):
        got, expected = _golden("thisted", "afslutninger.tsv", _line_ends(seed, usual, odd))
        assert got == expected


@pytest.mark.parametrize("slug", ["mariagerfjord", "holstebro"])
def test_r_csv_with_cr_line_ends_reads_its_na_cells_as_missing(slug: str) -> None:
    # fuzz-107's 79/csv/line_ends/95 and /216: with its first line ended by a CR the file was not taken
    # for R's, and its unquoted NA refused as a value that cannot be told from a missing one.
    seed = (ONBOARDING / "golden" / slug / "mentortimer.csv").read_bytes()
    got, expected = _golden(slug, "mentortimer.csv", _line_ends(seed, b"\r", b"\n"))
    assert got == expected
