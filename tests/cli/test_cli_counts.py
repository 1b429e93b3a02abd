"""The commands' counts in English and Danish (`hub.words.counted`, used by every Ctrl-C and requeue
line): grouped as each reader writes them, "1,200 files" / "1.200 filer", where `1200` was in both.
Decision 0062, "Stop 44: numbers as a Dane reads them"."""

from __future__ import annotations

from decimal import Decimal

from hub.quantities import number_text
from hub.words import FILES, INTERNS, LINES, SUBMISSIONS, counted, danish_and_english


def test_a_count_past_999_is_grouped_each_languages_way() -> None:
    assert counted(1200, *FILES) == ("1,200 files", "1.200 filer")
    assert counted(25000, *SUBMISSIONS) == ("25,000 submissions", "25.000 indsendelser")


def test_small_counts_read_as_before() -> None:
    assert counted(1, *FILES) == ("1 file", "1 fil")
    assert counted(999, *SUBMISSIONS) == ("999 submissions", "999 indsendelser")


def test_a_number_for_a_sentence_keeps_its_decimals_and_drops_needless_zeros() -> None:
    # 4-digit numbers grouped too, as Babel's Danish and the pages' counts do (decision 0062).
    assert number_text(1000, "da") == "1.000"
    assert number_text(1000, "en") == "1,000"
    assert number_text(Decimal("99999999.99"), "da") == "99.999.999,99"
    assert number_text(Decimal("168.250"), "da") == "168,25"
    assert number_text(Decimal("100000000.00"), "en") == "100,000,000"


def test_a_line_that_says_both_says_the_count_in_each() -> None:
    # `hub form`, `hub claim`, `hub bundle`: "1 praktikanter / interns" before, plural in both and one
    # number that could be grouped only one way.
    assert danish_and_english(1, INTERNS) == "1 praktikant / 1 intern"
    assert danish_and_english(1200, INTERNS) == "1.200 praktikanter / 1,200 interns"
    assert danish_and_english(1, LINES) == "1 linje / 1 line"
