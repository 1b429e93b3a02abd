"""A form named on an English line by its English title where it has one (`title_en`: the forms the hub
words itself, the company's), never by the Danish: the company was told, in English, that its file fit
none of "'Mentortimer (virksomhedens skema)'", and so on. A form with no English title keeps its printed
title on both lines, as its name (decision 0062, "Stop 45")."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_app
from pipeline import GOLDEN, repository_registry

from hub.adapters import pipeline
from hub.adapters.language.recognition import recognise
from hub.adapters.readers.base import Extraction
from hub.errors import Rejection
from hub.services.registry import company_adapter

COMPANY = ("the company", "virksomheden")
# config/company.toml: the title and title_en of the company's mentor hours form (PDF).
MENTOR_EN, MENTOR_DA = "'Mentortimer (the company's form)'", "'Mentortimer (virksomhedens skema)'"


def _refused(extraction: Extraction, filename: str, tmp_path: Path) -> tuple[str, str]:
    with make_app(tmp_path).app_context():
        forms = company_adapter().forms
    with pytest.raises(Rejection) as info:
        recognise(forms, COMPANY, extraction, filename, None)
    [problem] = info.value.problems
    return problem.reason_en, problem.reason_da


def test_a_company_file_that_fits_none_of_its_forms_names_them_in_each_language(tmp_path: Path) -> None:
    en, da = _refused(Extraction("pdf", (), {"title": "Noget andet"}), "timer.pdf", tmp_path)
    assert MENTOR_EN in en and "virksomhedens" not in en, en
    assert MENTOR_DA in da, da


def test_a_company_file_in_a_format_it_sends_none_in_names_its_forms_in_each_language(tmp_path: Path) -> None:
    en, da = _refused(Extraction("xml", (), {"root": "{urn:x}X"}), "timer.xml", tmp_path)
    assert MENTOR_EN in en and "virksomhedens" not in en, en
    assert MENTOR_DA in da, da


def test_a_file_separated_otherwise_names_the_form_by_its_english_title_in_english() -> None:
    registry = repository_registry()
    herlev = registry.get("herlev")
    forms = tuple(
        replace(f, title_en="Placement agreement") if f.id == "praktikaftale" else f for f in herlev.forms
    )
    data = (GOLDEN / "herlev" / "placement.csv").read_bytes().replace(b";", b",")
    with pytest.raises(Rejection) as info:
        pipeline.read_and_canonicalise(
            replace(herlev, forms=forms), data, hashlib.sha256(data).hexdigest(), "p_comma.csv"
        )
    [problem] = info.value.problems
    assert 'form "Placement agreement" uses semicolons' in problem.reason_en, problem.reason_en
    assert 'blanketten "Praktikaftale" fra' in problem.reason_da, problem.reason_da
