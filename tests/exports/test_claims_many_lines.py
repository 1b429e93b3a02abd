"""A PDF claim of 1,000 lines, flattened (Gladsaxe) and fillable (Ballerup): every copy of the line page
is there, in order, with the right lines, and the form is gone or whole. No timing here: `tools/bench_claims`
measures speed and memory."""

from __future__ import annotations

import io
from pathlib import Path

from claim_data import hand_claim, many_lines
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from hub.adapters.language.claim_template_fields import qualified_name
from hub.adapters.language.config_schema import load_config_file
from hub.exports.claims import render_claim

CONFIGS = Path(__file__).resolve().parents[2] / "config" / "municipalities"
LINES = 1000
TOTAL = "1.234.560,00"  # 1,000 lines of 1.234,56 kr. each (claim_data.many_lines copies LINES[0])


def render(slug: str) -> tuple[bytes, PdfReader]:
    config = load_config_file(CONFIGS / f"{slug}.toml")
    assert config.claim is not None and config.claim.template_path is not None
    claim = hand_claim(config.code, config.name, config.audit.claim_period, lines=many_lines(LINES))
    return render_claim(claim, config.claim), PdfReader(config.claim.template_path)


def widgets(reader: PdfReader) -> list[DictionaryObject]:
    return [
        annotation.get_object()
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object().get("/Subtype") == "/Widget"
    ]


def test_a_flattened_claim_of_1000_lines_has_100_pages_in_order_and_no_form() -> None:
    data, template = render("gladsaxe")
    reader = PdfReader(io.BytesIO(data))
    assert len(template.pages) == 1  # the one page holds ten lines
    assert len(reader.pages) == 100
    assert reader.get_fields() is None
    assert "/AcroForm" not in reader.trailer["/Root"]
    assert widgets(reader) == []
    first, fiftieth, last = (reader.pages[n].extract_text() for n in (0, 49, 99))
    assert "Deltager 1 Ødegård" in first and "Deltager 10 Ødegård" in first and "Deltager 11 " not in first
    assert "Deltager 491 Ødegård" in fiftieth and "Deltager 500 Ødegård" in fiftieth
    assert "Deltager 991 Ødegård" in last and "Deltager 1000 Ødegård" in last and "Deltager 990 " not in last
    for text in (first, last):  # the claim's own fields sit on the line page, so each copy repeats them
        assert "Falck Danmark A/S" in text and TOTAL in text


def test_a_fillable_claim_of_1000_lines_keeps_every_line_as_a_field_of_its_own() -> None:
    data, template = render("ballerup")
    reader = PdfReader(io.BytesIO(data))
    line_page, declaration = (len(page["/Annots"]) for page in template.pages)
    copies = -(-LINES // 6)  # six lines a page: 167 copies of the first page, the last with four lines
    assert len(reader.pages) == copies + 1
    assert "Virksomheden erklærer" in reader.pages[-1].extract_text()
    found = widgets(reader)
    assert len(found) == copies * line_page + declaration
    fields = [w if "/T" in w else w["/Parent"].get_object() for w in found]
    values = {qualified_name(field): field.get("/V") for field in fields}
    assert len(values) == len(found)  # one field per widget: no two copies share a value
    assert listed(reader) == set(values)  # and the form lists every one of them
    assert (values["Linje1.Nr"], values["Linje1.Navn"]) == ("1", "Deltager 1 Ødegård")
    assert (values["kopi2.Linje1.Nr"], values["kopi2.Linje1.Navn"]) == ("7", "Deltager 7 Ødegård")
    assert values[f"kopi{copies}.Linje4.Nr"] == "1000"
    assert values[f"kopi{copies}.Linje4.Navn"] == "Deltager 1000 Ødegård"
    assert values[f"kopi{copies}.Linje5.Navn"] in ("", None)  # the last copy's unused slots
    assert values[f"kopi{copies}.Refusion.BeloebIalt"] == TOTAL
    assert values["Erklaering.Kontakt"] == "Anne Kontakt"
    # The last copy's empty slot is a live text field on its page: what a viewer needs to let a person
    # type into it.
    on_page = [a.get_object() for a in reader.pages[-2]["/Annots"]]
    slot = next(w for w in on_page if qualified_name(w) == f"kopi{copies}.Linje5.Navn")
    assert slot.get_inherited("/FT") == "/Tx" and not int(slot.get_inherited("/Ff", 0)) & 1  # not read-only


def listed(reader: PdfReader) -> set[str]:
    """The fully qualified names of the terminal fields /AcroForm /Fields leads to."""
    names: set[str] = set()
    stack = list(reader.trailer["/Root"]["/AcroForm"]["/Fields"])
    while stack:
        node = stack.pop().get_object()
        kids = [k for k in node.get("/Kids", []) if "/T" in k.get_object()]
        if kids:
            stack += kids
        else:
            names.add(qualified_name(node))
    return names
