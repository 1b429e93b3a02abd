"""Participant ids: keyed, stable, and self-checking, so that a mistyped id is caught, never misfiled."""

from __future__ import annotations

import pytest

from hub.pseudonyms import CPR_LIKE, mask_cpr_like, participant_id, participant_id_intact

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def test_an_id_is_keyed_and_stable() -> None:
    one = participant_id("secret", "0101901234", "1900000101", "2026-08-03")
    assert one == participant_id("secret", "0101901234", "1900000101", "2026-08-03")
    assert one != participant_id("other", "0101901234", "1900000101", "2026-08-03")
    assert one.startswith("P-") and len(one) == 13 and "0101901234" not in one
    assert participant_id_intact(one)


def test_every_single_changed_character_is_caught() -> None:
    pid = participant_id("secret", "0101901234", "1900000101", "2026-08-03")
    for position in range(2, len(pid)):
        for char in ALPHABET:
            if char != pid[position]:
                edited = pid[:position] + char + pid[position + 1 :]
                assert not participant_id_intact(edited), edited


def test_most_swapped_neighbours_are_caught() -> None:
    ids = [participant_id("s", f"01019{n:05d}", "1900000101", "2026-08-03") for n in range(200)]
    swaps = caught = 0
    for pid in ids:
        for position in range(2, len(pid) - 1):
            a, b = pid[position], pid[position + 1]
            if a == b:
                continue
            swaps += 1
            caught += not participant_id_intact(pid[:position] + b + a + pid[position + 2 :])
    assert caught / swaps > 0.95


def test_other_shapes_are_not_ids() -> None:
    shapes = ("", "P-", "P-ABCDEFGHIJ", "p-abcdefghijk", "P-ABCDEFGHIJK1", "X-ABCDEFGHIJK", "P-ABCDEFGH0JK")
    for text in shapes:
        assert not participant_id_intact(text)


@pytest.mark.parametrize(
    "written",
    [
        "050778-9117",
        "0507789117",
        "050778 9117",
        "050778\u00a09117",  # a non-breaking space
        "050778\u20139117",  # Word's en dash for a typed hyphen (a DPO review's leak)
        "050778\u20149117",  # em dash
        "050778\u22129117",  # minus sign
        "050778\u20119117",  # non-breaking hyphen
        "05.07.78-9117",  # the date part written as a date
        "05.07.78\u20139117",
        "050778.9117",
        # As caseworkers also write it (a DPO review's sample of free text): the date part as a date
        # with dashes or slashes, or a slash before the four digits.
        "05-07-78-9117",
        "05-07-78 9117",
        "05\u201307\u201378\u20139117",  # the dashes Word made of them all
        "05/07/78-9117",
        "05/07/78 9117",
        "050778/9117",
        "05.07.78/9117",
    ],
)
def test_a_cpr_number_is_masked_however_it_is_written(written: str) -> None:
    assert mask_cpr_like(f"Martin Thomsen ({written})") == "Martin Thomsen (050778-XXXX)"


@pytest.mark.parametrize(
    "other",
    [
        "05.07.2026",
        "1900000101",
        "tlf. 12345678",
        "01.08.26\u201315.09.26",
        "0507-789117",
        "3205781234",
        # Dates with a four-digit year however they are written, alone, as a period, and with a time.
        "05-07-2026",
        "05/07/2026",
        "5-7-2026",
        "05-07-2026\u201331-07-2026",
        "05/07/2026-31/07/2026",
        "01-08-26\u201315-09-26",
        "01/08/26-15/09/26",
        "05-07-26 12:30",
        "2026-07-05 1230",
        # Danish phone numbers: eight digits, in pairs, with a country code.
        "tlf. 12 34 56 78",
        "tlf. 20 11 90 12",
        "+45 20 11 90 12",
        "tlf. 20-11-90-12",
        "+4520119012",
        # P-numbers that do not read as a date (the demo's sites), CVR numbers, a bank account.
        "P-nr. 1900000101",
        "P-nummer 1023456789",
        "CVR 12345678",
        "CVR-nr. 30111290",
        "reg. 0507 konto 789117",
        "0507/789117",
        # Amounts as Danes write them.
        "1.234,50 kr.",
        "kr. 12.345.678,90",
        "101.112,00",
        "1.011.121.234,00",
    ],
)
def test_what_is_no_cpr_number_is_left_as_it_is(other: str) -> None:
    assert CPR_LIKE.search(other) is None
    assert mask_cpr_like(other) == other
