"""A config that maps a PDF dropdown's export codes rather than the lines' texts (decision 0025, "Stop 61:
fixes-72"). Thisted's end of a placement (the twenty-third trial, PDFBox) holds the code `06`, which its
/Opt pairs with the line `Praktik i anden virksomhed`; a case system's list of codes is what a config's
author may have at hand. Before: every line was refused in its words with the codes the map knows
("no mapping for 'Praktik i anden virksomhed' (known: '01', ...)"), so a code the map lacked could not
be told from one it had."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from onboarding_trial import CONFIG, Trial

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

THIS = Trial("thisted", "787", "make_fixtures_onboarding_twentythird")
# The dropdown's lines as Thisted's form lists them (code, text), and the outcome each stands for.
LINES = {
    "01": "ordinary_job",
    "02": "education",
    "03": "flexjob",
    "04": "rehabilitation_team",
    "05": "other_municipal_offer",
    "06": "internship_other_company",
    "07": "long_term_sick",
    "08": "stopped_other",
}


def _form(codes: dict[str, str]) -> str:
    """Thisted's end-of-placement form with its outcome mapped from `codes`, not from the lines' texts."""
    form = "[[forms]]" + (CONFIG / "thisted.toml").read_text(encoding="utf-8").split("[[forms]]")[1]
    head, rest = form.split("      [forms.fields.transforms.values]\n", 1)
    table = "".join(f'      "{code}" = "{outcome}"\n' for code, outcome in codes.items())
    return head + "      [forms.fields.transforms.values]\n" + table + rest[rest.index("\n\n") :]


def _read(tmp_path: Path, codes: dict[str, str]) -> Any:
    form = THIS.golden / "afslutning.pdf"
    return canonical_records(THIS.config(tmp_path, _form(codes)), form.read_bytes(), form.name)


def test_a_map_of_the_codes_reads_the_line_chosen(tmp_path: Path) -> None:
    record = _read(tmp_path, LINES)
    assert record["outcome"] == "internship_other_company"
    assert record["ended_on"] == "2026-06-12"


def test_a_code_the_map_lacks_is_named_with_the_codes_it_knows(tmp_path: Path) -> None:
    without = {code: outcome for code, outcome in LINES.items() if code != "06"}
    with pytest.raises(Rejection) as refused:
        _read(tmp_path, without)
    (problem,) = refused.value.problems
    assert problem.file == "afslutning.pdf" and problem.field == "outcome"
    assert problem.locator == 'field "Aarsag" ("Årsag til afslutning") on page 1'
    assert problem.locator_da == 'felt "Aarsag" ("Årsag til afslutning") på side 1'
    known = "'01', '02', '03', '04', '05', '07', '08'"
    assert problem.reason_en == (
        f"no mapping for 'Praktik i anden virksomhed', the line with the code '06' (known: {known})"
    )
    assert problem.reason_da == (
        f"ukendt værdi 'Praktik i anden virksomhed', linjen med koden '06' (kendte: {known})"
    )


def test_a_map_of_the_texts_reads_as_before(tmp_path: Path) -> None:
    """The trial's own config maps the lines' texts: unchanged."""
    config = THIS.config(
        tmp_path, "[[forms]]" + (CONFIG / "thisted.toml").read_text(encoding="utf-8").split("[[forms]]")[1]
    )
    form = THIS.golden / "afslutning.pdf"
    record = canonical_records(config, form.read_bytes(), form.name)
    assert record["outcome"] == "internship_other_company"
