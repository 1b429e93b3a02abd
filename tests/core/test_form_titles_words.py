"""A form named as its users call it, in English and Danish (`hub.services.form_titles`): a
municipality's form by its own printed title in both, the company's (the hub words it) in each
language; the config's id only where no title is known."""

from __future__ import annotations

from pathlib import Path

from conftest import make_app

from hub.errors import FieldProblem
from hub.services import form_titles
from hub.services.registry import company_adapter, registry


def test_titles_in_each_language(tmp_path: Path) -> None:
    with make_app(tmp_path).app_context():
        company = company_adapter().forms
        # config/company.toml: title and title_en of mentortimer-pdf.
        assert form_titles.named(company, "mentortimer-pdf") == (
            "Mentortimer (the company's form)",
            "Mentortimer (virksomhedens skema)",
        )
        # config/municipalities/herlev.toml: the form's printed title, the same in both.
        herlev = registry().get("herlev").forms
        assert form_titles.named(herlev, "praktikophoer") == ("Praktikophør", "Praktikophør")
        assert form_titles.named(herlev, "gone") == ("gone", "gone")
        problem = FieldProblem("unknown site", "ukendt arbejdssted", file="p.csv", form="praktikophoer")
        said = form_titles.titled_in(problem, herlev)
        assert said.describe("en") == "p.csv / Praktikophør: unknown site"
        assert said.describe("da") == "p.csv / Praktikophør: ukendt arbejdssted"
