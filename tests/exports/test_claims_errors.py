"""Claims that cannot be written: every problem named, in English and Danish, and no file at all.

What loading cannot know (this claim's values, a template changed after the hub started, XML that fails
its XSD for this data) is found when the claim is rendered; `hub adapters check` renders a sample claim
so that a config whose XML breaks its XSD is caught before a claim is due.
"""

from __future__ import annotations

import shutil
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from claim_data import LINES, hand_claim, many_lines
from click.testing import CliRunner

from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.language.config_schema import load_config_file
from hub.cli.adapters import check
from hub.errors import HubError, Rejection
from hub.exports.claims import NothingToClaim, claim_chunks, render_claim

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "config" / "municipalities"


def copied(tmp_path: Path, slug: str, change: tuple[str, str] | None = None) -> Path:
    """A copy of a municipality's config and the templates, the config changed by one replacement."""
    folder = tmp_path / "municipalities"
    if not folder.exists():
        folder.mkdir()
        shutil.copytree(CONFIGS / "templates", folder / "templates")
        shutil.copytree(CONFIGS / "schemas", folder / "schemas")
    text = (CONFIGS / f"{slug}.toml").read_text(encoding="utf-8")
    if change:
        assert change[0] in text
        text = text.replace(*change, 1)
    (folder / f"{slug}.toml").write_text(text, encoding="utf-8")
    return folder / f"{slug}.toml"


def render(found: MunicipalityConfig, **claim_args: object) -> bytes:
    assert found.claim is not None
    claim = hand_claim(found.code, found.name, found.audit.claim_period, **claim_args)  # type: ignore[arg-type]
    return render_claim(claim, found.claim)


def test_xml_that_fails_its_xsd_names_the_element_and_the_reason(tmp_path: Path) -> None:
    # Kontakt before Total: the XSD wants Total first. The config loads; the claim cannot be written.
    path = copied(tmp_path, "hoeje-taastrup")
    text = path.read_text(encoding="utf-8")
    total = text.index('  [[claim.footer]]\n  target = "Total/RefusionsTimer"')
    contact = text.index('  [[claim.footer]]\n  target = "Kontakt/Navn"')
    end = text.index("\n# ---- placement")
    path.write_text(text[:total] + text[contact:end] + "\n" + text[total:contact] + text[end:], "utf-8")
    found = load_config_file(path)
    with pytest.raises(Rejection) as caught:
        render(found)
    problem = caught.value.problems[0]
    assert problem.file == "templates/hoeje-taastrup/mentorrefusion.xsd" and problem.form == "claim"
    assert problem.locator == "/Refusionsanmodning/Kontakt"
    assert "the claim does not satisfy its XSD" in problem.reason_en and "Kontakt" in problem.reason_en
    # The schema's objection in words (`xsd_errors`, decision 0064), not libxml2's English.
    assert "the element <Kontakt> does not belong here; expected: <Total>" in problem.reason_en
    assert "elementet <Kontakt> hører ikke til her; forventet: <Total>" in problem.reason_da
    assert problem.reason_da.startswith("anmodningen overholder ikke sit XSD")
    # `hub adapters check` renders a sample claim with every config and reports it, exit code 2.
    result = CliRunner().invoke(check, ["--dir", str(path.parent)])
    assert result.exit_code == 2
    assert "claim: a sample claim cannot be written" in result.output
    assert "error: templates/hoeje-taastrup/mentorrefusion.xsd / claim / " in result.output
    assert "fejl: templates/hoeje-taastrup/mentorrefusion.xsd / claim / " in result.output


def test_adapters_check_reports_a_template_that_does_not_match_in_both_languages(tmp_path: Path) -> None:
    path = copied(tmp_path, "randers", ('target = "CvrNr"', 'target = "CVRnr"'))
    result = CliRunner().invoke(check, ["--dir", str(path.parent)])
    assert result.exit_code == 2
    assert "randers.toml: claim.fields[1].target: the PDF form templates/randers/mentorrefusion.pdf has no " \
        "field 'CVRnr' (did you mean 'CvrNr'?)" in result.output  # fmt: skip
    assert "på dansk:" in result.output and "har intet felt 'CVRnr'" in result.output


def test_a_missing_pdf_template_at_render_time_is_a_clear_error(tmp_path: Path) -> None:
    found = load_config_file(copied(tmp_path, "gladsaxe"))
    assert found.claim is not None and found.claim.template_path is not None
    found.claim.template_path.unlink()  # removed after the hub started
    with pytest.raises(HubError) as caught:
        render(found)
    assert caught.value.message.startswith("the claim template templates/gladsaxe/mentorrefusion.pdf cannot")
    assert caught.value.message_da.startswith("anmodningens skabelon templates/gladsaxe/mentorrefusion.pdf")


def test_a_pdf_template_that_lost_a_field_after_loading_names_the_field(tmp_path: Path) -> None:
    found = load_config_file(copied(tmp_path, "gladsaxe"))
    assert found.claim is not None and found.claim.template_path is not None
    shutil.copy(CONFIGS / "templates/randers/mentorrefusion.pdf", found.claim.template_path)
    with pytest.raises(Rejection) as caught:
        render(found)
    assert "Tekstfelt1" in [p.locator for p in caught.value.problems]
    assert caught.value.problems[0].reason_en.startswith("the form has no field ")
    assert caught.value.problems[0].reason_da.startswith("formularen har intet felt ")


def test_a_name_the_encoding_lacks_is_refused_naming_line_and_column_not_written_as_a_question_mark() -> None:
    herlev = load_config_file(CONFIGS / "herlev.toml")
    lines = (replace(LINES[0], name="Łukasz Ørsted"), LINES[1], replace(LINES[2], name="Zoë Şahin"))
    with pytest.raises(Rejection) as caught:
        render(herlev, lines=lines)
    problems = caught.value.problems
    assert [(p.locator, p.reason_en) for p in problems] == [
        ("Navn", "line 1: 'Ł' in 'Łukasz Ørsted' cannot be written in cp1252"),
        ("Navn", "line 3: 'Ş' in 'Zoë Şahin' cannot be written in cp1252"),
    ]
    assert problems[0].reason_da == "linje 1: 'Ł' i 'Łukasz Ørsted' kan ikke skrives i cp1252"
    # The same names fit a UTF-8 file.
    furesoe = load_config_file(CONFIGS / "furesoe.toml")
    assert "Łukasz Ørsted" in render(furesoe, lines=lines).decode("utf-8-sig")


def test_a_name_the_pdf_font_cannot_print_is_refused() -> None:
    gladsaxe = load_config_file(CONFIGS / "gladsaxe.toml")
    with pytest.raises(Rejection) as caught:
        render(gladsaxe, lines=(replace(LINES[0], name="Łukasz"),))
    assert [(p.locator, p.field) for p in caught.value.problems] == [("Raekke1.Tekstfelt3", "name")]
    assert "cannot be printed with the form's font" in caught.value.problems[0].reason_en


def test_a_streamed_pdf_claim_is_refused_before_its_first_piece() -> None:
    """The bundle streams a claim into its zip: a bad value on the last copy must stop it before the zip
    entry is opened, that is when `claim_chunks` is called, not when its pieces are read."""
    gladsaxe = load_config_file(CONFIGS / "gladsaxe.toml")
    assert gladsaxe.claim is not None
    lines = (*many_lines(24), replace(many_lines(25)[-1], name="Łukasz"))
    claim = hand_claim(gladsaxe.code, gladsaxe.name, "month", lines=lines)
    with pytest.raises(Rejection) as caught:
        claim_chunks(claim, gladsaxe.claim)
    assert [(p.locator, p.field) for p in caught.value.problems] == [("Raekke5.Tekstfelt3", "name")]
    with pytest.raises(NothingToClaim):
        claim_chunks(replace(claim, lines=()), gladsaxe.claim)
    fine = replace(claim, lines=many_lines(25))
    assert b"".join(claim_chunks(fine, gladsaxe.claim)) == render_claim(fine, gladsaxe.claim)


def test_a_value_the_config_cannot_map_names_the_claim_value(tmp_path: Path) -> None:
    found = load_config_file(CONFIGS / "gentofte.toml")
    with pytest.raises(Rejection) as caught:
        render(found, basis="none")
    (problem,) = caught.value.problems
    assert (problem.locator, problem.field) == ("mr:Mentorrefusion/mr:Ordning", "basis")
    assert problem.reason_en == "no mapping for 'none' (known: 'occupied_places', 'fixed_per_place')"


def test_an_entry_the_drop_down_list_lacks_is_refused(tmp_path: Path) -> None:
    path = copied(
        tmp_path, "ballerup", ('fixed_per_place = "Fast beløb pr. plads"', 'fixed_per_place = "Fast"')
    )
    with pytest.raises(Rejection) as caught:
        render(load_config_file(path))
    (problem,) = caught.value.problems
    assert problem.locator == "Refusion.Ordning"
    assert problem.reason_en.startswith("'Fast' is not an entry of the list (entries: '', 'Timer pr. besat")


def test_an_amount_with_more_than_two_decimals_is_never_rounded_into_a_claim() -> None:
    herlev = load_config_file(CONFIGS / "herlev.toml")
    with pytest.raises(Rejection) as caught:
        render(herlev, lines=(replace(LINES[0], amount_dkk=Decimal("1234.564")),))
    reasons = [(p.locator, p.reason_en) for p in caught.value.problems]
    assert ("Beløb", "line 1 (place 1): the amount 1234.564 has more than two decimals") in reasons


def test_a_cpr_number_quoted_by_the_xsd_is_masked_in_the_message(tmp_path: Path) -> None:
    # Høje-Taastrup's XSD wants 010190-1234; a config writing digits only fails it for every line.
    dash, digits = '{ name = "cpr", style = "dash" }', '{ name = "cpr", style = "digits" }'
    path = copied(tmp_path, "hoeje-taastrup", (dash, digits))
    with pytest.raises(Rejection) as caught:
        render(load_config_file(path))
    text = caught.value.message + caught.value.message_da
    assert "010190-XXXX" in text and "311285-XXXX" in text
    assert "0101901234" not in text and "3112859876" not in text
    assert [p.locator for p in caught.value.problems] == [
        "/Refusionsanmodning/Linjer/Linje[1]/Borger/CPRNummer",
        "/Refusionsanmodning/Linjer/Linje[3]/Borger/CPRNummer",
    ]
