"""Every spelling of a CPR number that a caseworker types or a form produces is masked in free text, and
the numbers beside it that are no CPR number are left as they are (docs/decisions/0065).

Expected values are written by hand: the birth date kept as DDMMYY (a four-digit year as its last two
digits), the four digits as XXXX, the text around the number untouched. Where free text leaves the hub
it passes `mask_cpr_like` (logs, audit entries, bundles, a command's output, file names); a company's
copy is masked wholly (`MASKED_WHOLLY`)."""

from __future__ import annotations

import pytest

from hub.cli.cpr_lines import shown_value
from hub.pseudonyms import MASKED_WHOLLY, holds_cpr_like, mask_cpr_like

# (as written, as it must leave the hub)
SPELLINGS = [
    # The ways the hub has always masked, for the record.
    ("0101901234", "010190-XXXX"),
    ("010190-1234", "010190-XXXX"),
    ("010190 1234", "010190-XXXX"),
    ("01.01.90-1234", "010190-XXXX"),
    ("01-01-90-1234", "010190-XXXX"),
    ("01/01/90 1234", "010190-XXXX"),
    ("010190/1234", "010190-XXXX"),
    ("010190.1234", "010190-XXXX"),
    ("010190\u20131234", "010190-XXXX"),  # Word's en dash for a typed hyphen
    # Groups parted by spaces, as read aloud on the phone and typed as heard.
    ("01 01 90 1234", "010190-XXXX"),
    ("01 01 90-1234", "010190-XXXX"),
    ("0101 90 1234", "010190-XXXX"),
    ("0101 90-1234", "010190-XXXX"),
    # Spaces around the hyphen ("010190 - 1234"), and Word's en dash between them.
    ("010190 - 1234", "010190-XXXX"),
    ("010190 -1234", "010190-XXXX"),
    ("010190- 1234", "010190-XXXX"),
    ("010190 \u2013 1234", "010190-XXXX"),
    ("01.01.90 - 1234", "010190-XXXX"),
    # The birth date with a four-digit year, as a date is written everywhere else.
    ("01-01-1990-1234", "010190-XXXX"),
    ("01.01.1990-1234", "010190-XXXX"),
    ("01.01.1990 1234", "010190-XXXX"),
    ("01/01/1990-1234", "010190-XXXX"),
    ("01 01 1990 1234", "010190-XXXX"),
    ("01011990-1234", "010190-XXXX"),
    ("15.03.2003-4321", "150303-XXXX"),
    # Spaces that are not the space bar: non-breaking (Word, web forms), narrow non-breaking (a PDF's
    # typesetting), thin, figure; and an invisible zero-width space from a pasted web page.
    ("010190\u00a01234", "010190-XXXX"),
    ("01\u00a001\u00a090\u00a01234", "010190-XXXX"),
    ("010190\u202f1234", "010190-XXXX"),
    ("01\u202f01\u202f90\u202f1234", "010190-XXXX"),
    ("01\u200901\u200990\u20091234", "010190-XXXX"),
    ("010190\u20071234", "010190-XXXX"),
    ("010190\u200b1234", "010190-XXXX"),
    ("010190\u00ad1234", "010190-XXXX"),  # a soft hyphen
    # Fullwidth digits and marks (an East Asian keyboard, some PDFs' fonts): masked in plain digits.
    ("\uff10\uff11\uff10\uff11\uff19\uff10\uff0d\uff11\uff12\uff13\uff14", "010190-XXXX"),
    ("\uff10\uff11\uff10\uff11\uff19\uff10\uff11\uff12\uff13\uff14", "010190-XXXX"),
    ("\uff10\uff11\uff0e\uff10\uff11\uff0e\uff19\uff10-1234", "010190-XXXX"),
    # An underscore for each space or hyphen: how a file is named when its name may hold no space (a
    # scanner's, a case system's export, a person who learnt spaces break links).
    ("010190_1234", "010190-XXXX"),
    ("01_01_90_1234", "010190-XXXX"),
    ("01_01_1990_1234", "010190-XXXX"),
    ("01.01.90_1234", "010190-XXXX"),
    # Split by a line break where a PDF field or a text box wrapped it.
    ("010190-\n1234", "010190-XXXX"),
    ("010190\n1234", "010190-XXXX"),
    ("010190\r\n1234", "010190-XXXX"),
    ("01 01 90\n1234", "010190-XXXX"),
    ("01\n01\n90 1234", "010190-XXXX"),
]


@pytest.mark.parametrize(("written", "masked"), SPELLINGS)
def test_every_spelling_is_masked_with_the_birth_date_kept(written: str, masked: str) -> None:
    assert mask_cpr_like(f"Anna Hansen (cpr {written}) ringede") == f"Anna Hansen (cpr {masked}) ringede"
    assert holds_cpr_like(written)


@pytest.mark.parametrize(("written", "masked"), SPELLINGS)
def test_a_company_gets_none_of_it(written: str, masked: str) -> None:
    assert mask_cpr_like(f"note: {written}.", MASKED_WHOLLY) == "note: XXXXXX-XXXX."


def test_a_file_named_with_underscores_is_masked() -> None:
    assert mask_cpr_like("Anna_Hansen_010190_1234_kontrakt.pdf") == "Anna_Hansen_010190-XXXX_kontrakt.pdf"


def test_several_numbers_and_the_text_between_them_keep_their_places() -> None:
    bo = "\uff10\uff12\uff10\uff12\uff18\uff10-\uff15\uff16\uff17\uff18"  # 020280-5678, fullwidth
    text = f"Anna 01 01 90 1234, Bo {bo} og Carl 0303701111."
    assert mask_cpr_like(text) == "Anna 010190-XXXX, Bo 020280-XXXX og Carl 030370-XXXX."
    assert mask_cpr_like("0101901234,0202802345") == "010190-XXXX,020280-XXXX"


# Text that must leave the hub as it is: what a form or a note holds beside a CPR number.
UNCHANGED = [
    "1.234,50 kr.",  # an amount
    "kr. 12.345,00",
    "1 234,50 kr.",
    "01.01.2026",  # dates, with either year, alone, as a period, with a time
    "01.01.90",
    "01-01-2026",
    "01 01 2026",
    "01.01.2026 - 31.12.2026",
    "01.08.26 \u2013 15.09.26",
    "01.01.2026 10:30",
    "2026-01-01 1030",
    "CVR 30111290",  # a CVR number: eight digits
    "CVR-nr. 12345678",
    "+45 12 34 56 78",  # phone numbers
    "tlf. 20 11 90 12",
    "tlf. 2011 9012",
    "+4520119012",
    "P-nr. 1023456789",  # a P-number that reads as no date
    "reg. 0507 konto 789117",  # bank accounts: a registration number and an account number
    "0507-789117",
    "0507 789117",
    "0507/789117",
    "Sag 2026-0112",  # a case number
    "0507_789117",  # a bank account written as a file name: the underscore only between month and year
    "IMG_20260101_123456.jpg",  # a camera's or scanner's date and time
    "scan_2026_01_01_1234.pdf",
    "01 01 90 12 34",  # five pairs are a phone number's shape, not a CPR number's (decision 0065)
    "\uff11.\uff12\uff13\uff14,\uff15\uff10",  # a fullwidth amount
]


@pytest.mark.parametrize("text", UNCHANGED)
def test_what_is_no_cpr_number_is_left_as_it_is(text: str) -> None:
    assert mask_cpr_like(text) == text
    assert mask_cpr_like(text, MASKED_WHOLLY) == text
    assert not holds_cpr_like(text)


def test_a_p_number_that_reads_as_a_date_is_masked_in_free_text_only() -> None:
    """No pattern tells "0101901234" the P-number from the CPR number; in its own field `cpr_lines`
    shows it as it is, since a P-number is a company's, not a person's."""
    assert mask_cpr_like("P-nr. 0101901234") == "P-nr. 010190-XXXX"
    assert shown_value("site.p_number", "0101901234") == "'0101901234'"
    assert shown_value("note", "ring 01 01 90 1234") == "'ring 010190-XXXX'"


# A masked date that reads, with what stands before it, as another number: masked once it must be what
# masking it again leaves (a file name masked when stored and again in a bundle; verify.py masking a
# bundle's raw values), or a bundle and the provenance hash its log holds disagree (decision 0065, stop 54).
MASKED_AGAIN = [
    # "200101 1234" masks to 200101-XXXX; "0101.20" and "0101" of that read as 01.01.20-0101.
    ("0101.2001011234", "010120-XXXX-XXXX"),
    ("2001.1201011990_ ", "200112-XXXX-XXXX_ "),
    ("a2001.1212010190.1990-", "a200112-XXXX-XXXX.1990-"),
]


@pytest.mark.parametrize(("written", "masked"), MASKED_AGAIN)
def test_masking_what_is_masked_changes_nothing(written: str, masked: str) -> None:
    assert mask_cpr_like(written) == masked
    assert mask_cpr_like(masked) == masked


def test_masking_twice_is_masking_once_for_every_spelling_and_its_neighbours() -> None:
    # Every spelling above with a date or a number of the shape before and after it, as a file name
    # or a field's text puts them side by side.
    around = ["", "0101.", "2001.", "01 01 ", "0101", "-1234", "1990", ".20", " 1234"]
    for written, _ in SPELLINGS:
        for before in around:
            for after in around:
                once = mask_cpr_like(before + written + after)
                assert mask_cpr_like(once) == once, before + written + after
