"""The name a document is kept under: the last part of the sent name, nothing that hides how it reads."""

from __future__ import annotations

import pytest

from hub.filenames import FALLBACK, clean_filename, clean_path, last_part
from hub.services.ingest_types import NAME_LENGTH, Item

RLO = "\u202e"  # right-to-left override: "Åse\u202egnp.csv" displays as "Åsevsc.png"


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        (f"../../x/Statusrapport Åse{RLO}gnp.csv", "Statusrapport Åsegnp.csv"),  # the reviewer's
        ("C:\\Users\\x\\statusrapport.csv", "statusrapport.csv"),
        ("mappe\\under/praktikaftale.pdf", "praktikaftale.pdf"),  # both separators, mixed
        ("/etc/passwd", "passwd"),
        ("Søren Ærø å.xlsx", "Søren Ærø å.xlsx"),  # Danish letters and inner spaces stay
        ("A\u030ase.csv", "Åse.csv"),  # NFD, as macOS sends it, becomes NFC
        ("  timer.csv \t", "timer.csv"),
        ("ti\u200emer\u200f.csv", "timer.csv"),  # left-to-right and right-to-left marks
        ("\u2066a\u2067b\u2068c\u2069.csv", "abc.csv"),  # bidi isolates
        ("a\x00b\x1f\x7fc\u0085.csv", "abc.csv"),  # C0, DEL and C1 controls
        ("line\u2028break\nname.csv", "linebreakname.csv"),
        ("zero\u200bwidth\ufeff.csv", "zerowidth.csv"),
        ("bad\udcffbytes.csv", "badbytes.csv"),  # an undecodable byte of a command line's file name
    ],
)
def test_a_sent_name_is_kept_as_its_last_part_without_hidden_characters(sent: str, kept: str) -> None:
    assert clean_filename(sent) == kept


@pytest.mark.parametrize("sent", ["", "   ", "../", "a/..", "x\\.", RLO, "\u200e \u200f", "C:\\Users\\x\\"])
def test_a_name_with_nothing_left_gets_the_fallback(sent: str) -> None:
    assert clean_filename(sent) == FALLBACK


def test_cleaning_twice_changes_nothing() -> None:
    once = clean_filename(f" ../A\u030ase {RLO}gnp.csv ")
    assert clean_filename(once) == once == "Åse gnp.csv"


def test_every_way_in_is_cleaned_where_it_becomes_an_item() -> None:
    # Uploads, the API, zip members, `hub ingest` and the demo all make an `Item`: the one place. A zip's
    # member keeps the zip's name and its folders, each part cleaned, dot parts left out.
    assert Item(b"", f"zip.zip/mappe/./../Åse{RLO}gnp.csv").filename == "zip.zip/mappe/Åsegnp.csv"
    assert Item(b"", "zip.zip\\mappe\\a.csv").filename == "zip.zip/mappe/a.csv"
    long = Item(b"", "å" * 300 + f"{RLO}.pdf").filename
    assert len(long) == NAME_LENGTH and long.startswith("ååå") and long.endswith("å.pdf") and "/" not in long


def test_a_kept_names_last_part_is_what_a_download_is_called() -> None:
    assert last_part("forms.zip/Ahmad/praktik.csv") == "praktik.csv"
    assert last_part("praktik.csv") == "praktik.csv"
    assert clean_path("") == FALLBACK == clean_path("../.")
