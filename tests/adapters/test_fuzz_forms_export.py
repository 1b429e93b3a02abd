"""Stop 54's mutation fuzzing (decision 0064, "Stop 54: fuzz-62"): a CSV file as a case system's export
leaves one (`tools.fuzz_forms_export`: a sum line under the table, two exports joined), and the
classes seeds 62 and 63 found, each where the hub decides."""

from __future__ import annotations

import random
from pathlib import Path

from simulator_support import fixture_script

fuzz_forms = fixture_script("fuzz_forms")
export = fixture_script("fuzz_forms_export")
GOLDEN = Path(__file__).resolve().parent.parent / "golden"


class _Pick(random.Random):
    """A Random whose choice is always the first option and whose random() is fixed."""

    def __init__(self, draw: float = 0.0) -> None:
        super().__init__(0)
        self.draw = draw

    def choice(self, seq):  # type: ignore[no-untyped-def]
        return seq[0]

    def random(self) -> float:
        return self.draw


def test_a_sum_line_goes_under_the_tables_last_row_and_nothing_else_changes() -> None:
    # Herlev's hours: 1,5 + 1,5 + 1 + 2 = 6 hours in four rows; the dates and notes are not summed.
    data = (GOLDEN / "herlev" / "mentor_hours.csv").read_bytes()
    made = export.csv_total(data, _Pick())
    last = "19-08-2026;2;Samtale om fremmøde\r\n".encode("cp1252")
    assert made == data.replace(last, last + b"I alt;6;\r\n")


def test_a_table_that_already_ends_in_a_sum_gets_no_second() -> None:
    vordingborg = GOLDEN.parent / "onboarding" / "golden" / "vordingborg" / "mentor_hours.csv"
    assert export.csv_total(vordingborg.read_bytes(), _Pick()) is None


def test_two_exports_joined_keep_the_second_ones_byte_order_mark() -> None:
    data = b"\xef\xbb\xbfCpr,Timer\r\n140887-3315,2\r\n"
    assert export.csv_joined(data, _Pick(0.9)) == data + data
    assert export.csv_joined(data, _Pick(0.0)) == data + b"\r\n" + data  # a blank line between
    bare = b"Cpr,Timer\n140887-3315,2"  # no line end at the end: one is put between them
    assert export.csv_joined(bare, _Pick(0.4)) == bare + b"\n\xef\xbb\xbf" + bare
    assert export.csv_joined(bare, _Pick(0.9)) == bare + b"\n" + bare


def test_an_export_mutant_read_otherwise_is_failed() -> None:
    # A sum line or a second copy must be read as the seed or refused: read with other values, FAILED.
    assert fuzz_forms._same("62/csv/total/0", refusable=True)
    assert fuzz_forms._same("62/csv/joined/0", refusable=True)
    assert not fuzz_forms._same("62/csv/total/0")


def _refused(slug: str, config: Path, data: bytes, name: str) -> list[tuple[str, str, str]]:
    from hub.adapters.language.config_schema import load_config_file
    from hub.adapters.language.golden import canonical_records
    from hub.errors import Rejection

    try:
        canonical_records(load_config_file(config), data, name)
    except Rejection as refused:
        return [(p.locator, p.reason_en, p.reason_da) for p in refused.problems]
    raise AssertionError(f"{slug}'s {name} was read")


def test_two_exports_joined_are_refused_where_the_rows_come_again() -> None:
    # Langeland's two grants a row, the export twice in one file (`cat`): the header was skipped as a page
    # break's and the two grants were read as four (62/csv/joined/14 of the mutator's first version). A
    # page break never repeats the rows above it.
    onboarding = GOLDEN.parent / "onboarding"
    data = (onboarding / "golden" / "langeland" / "mentor_support.csv").read_bytes()
    joined = data + data
    [(locator, en, da)] = _refused("langeland", onboarding / "config" / "langeland.toml", joined, "b.csv")
    # The file's rows: the header (1), the first grant over two lines (2), the second (3); again 4 to 6.
    assert locator == "row 5, column 1 (A5)"
    assert en.startswith(
        "row 5 holds row 2 again, cell for cell, below the table's header printed again in row 4"
    )
    assert da.startswith(
        "række 5 er række 2 igen, celle for celle, under tabellens overskrift, der står igen i"
    )


def test_a_list_whose_rows_come_again_below_its_header_is_refused() -> None:
    # Herlev's hours, the table pasted in twice: each day's hours would be read twice.
    config = Path(__file__).resolve().parents[2] / "config" / "municipalities" / "herlev.toml"
    text = (GOLDEN / "herlev" / "mentor_hours.csv").read_bytes().decode("cp1252")
    table = "Dato;Timer;Bemærkning\r\n10-08-2026;1,5;Opstart og rundvisning\r\n"
    doubled = text.replace(table, table + table).encode("cp1252")
    problems = _refused("herlev", config, doubled, "timer.csv")
    assert [p[:2] for p in problems] == [
        (
            "row 10, column 1 (A10)",
            "row 10 holds row 8 again, cell for cell, below the table's header printed again in row 9: the "
            "file holds the same rows twice, as two exports put into one file do; send the file with each "
            "row once",
        )
    ]


def test_a_header_printed_again_over_other_rows_is_a_page_break() -> None:
    # Lemvig's report: its header again after "Side 1 af 2", other citizens' weeks below it: read.
    onboarding = GOLDEN.parent / "onboarding"
    from hub.adapters.language.config_schema import load_config_file
    from hub.adapters.language.golden import canonical_records

    data = (onboarding / "golden" / "lemvig" / "mentor_hours.csv").read_bytes()
    records = canonical_records(load_config_file(onboarding / "config" / "lemvig.toml"), data, "t.csv")
    assert len(records) == 2


def test_a_second_export_below_where_the_table_ends_is_refused() -> None:
    # Lemvig's report reads to its total line ("I alt", its stop rule); April's export joined below it was
    # not read, in silence. Its header again under the table's end is refused there.
    onboarding = GOLDEN.parent / "onboarding"
    data = (onboarding / "golden" / "lemvig" / "mentor_hours.csv").read_bytes()
    april = (
        "Jobcenter Lemvig;;;;;;;;;\r\n"
        "Rapport:;Mentortimer pr. uge;;;;;;;;\r\n"
        ";;;;;;;;;\r\n"
        "CPR-nr.;Navn;P-nr.;Mentor;År;Uge;Timer;Beløb;Godkendt af mentor;Godkendt dato\r\n"
        "170391-2745;Maja Kirk;1034567890;Karsten Bech;2026;14;4,0;1.102,00;Karsten Bech;30.04.2026\r\n"
    ).encode("cp1252")
    # The report's 18 lines, its total line the 17th; April's header is line 22.
    problems = _refused("lemvig", onboarding / "config" / "lemvig.toml", data + april, "t.csv")
    assert [p[:2] for p in problems] == [
        (
            "row 22, column 1 (A22)",
            "the table's header is printed again in row 22, below the end of the table in row 17: the rows "
            "under it are not read; send each export as a file of its own",
        )
    ]
    # Langeland's grants, the export ending in a blank line (no stop rule: the table ends at it).
    data = (onboarding / "golden" / "langeland" / "mentor_support.csv").read_bytes()
    problems = _refused("langeland", onboarding / "config" / "langeland.toml", data + b"\n" + data, "b.csv")
    assert [p[:2] for p in problems] == [
        (
            "row 5, column 1 (A5)",
            "the table's header is printed again in row 5, below the blank row 4 that ends the table: the "
            "rows under it are not read; send each export as a file of its own, or, if the table goes on "
            "there, remove the blank row",
        )
    ]


def test_the_fifteenth_trial_is_drawn_from_seed_62_on() -> None:
    # Vordingborg's LibreOffice-made forms joined the trials after seed 61 ran: its recipes start at 62.
    vordingborg = fuzz_forms.Seed(
        Path("c.toml"), Path("tests/onboarding/golden/vordingborg/f.csv"), "csv", Path("e"), False
    )
    assert not fuzz_forms._in_pool(vordingborg, 61)
    assert fuzz_forms._in_pool(vordingborg, 62) and fuzz_forms._in_pool(vordingborg, 63)
    assert fuzz_forms.FUZZED_THROUGH >= 63


def test_a_second_files_byte_order_mark_before_a_quote_is_no_text() -> None:
    # An export quoting every cell joined to itself (Langeland's, 63/csv/joined/8): the second file's byte
    # order mark before its first quote made the quote text, so its header read '"CPR"', not as the header
    # again, and its rows were passed over without a word.
    from hub.adapters.readers.tabular import read_csv

    one = b'"CPR";"Slutdato"\r\n"120479-2236";"27-03-2026"\r\n'
    extraction = read_csv(b"\xef\xbb\xbf" + one + b"\xef\xbb\xbf" + one, "ophoer.csv", "utf-8", ";")
    assert [(v.meta["row"], v.value) for v in extraction.values if v.meta["col"] == 1] == [
        (1, "CPR"),
        (2, "120479-2236"),
        (3, "CPR"),
        (4, "120479-2236"),
    ]
