"""A PDF field's own Required flag (/Ff bit 2; decision 0025, "Stop 64: lang-85"): the config decides what
the record needs, and the flag is said beside it. A field the record needs, left empty, is refused saying
the form marks it too; a field the config lets be left empty that the form marks Required is a warning of
`hub adapters check` on the golden files, in both languages.

On Norddjurs' placement agreement as TCPDF made it (decision 0060, "Stop 61: trial-76"): the site's name
`arbejdssted` (`site.name`, required by the config) and the purpose `formaal` (`purpose`, `optional =
true`), each flagged here with pikepdf; no kept form flags either.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from onboarding_trial import CONFIG, Trial, trial_registry

from hub.adapters.mapping.form_items import map_items
from hub.adapters.readers import READ_OPTIONS, extract
from hub.cli.adapters import check
from hub.errors import Rejection

THIS = Trial("norddjurs", "707", "make_fixtures_onboarding_twentyninth")
FORM = THIS.golden / "praktikaftale_jobcenter.pdf"


def _edited(name: str, *, flag: bool, empty: bool = False) -> bytes:
    """The agreement with field `name` flagged Required, and emptied (a text field, its own widget)."""
    pdf = pikepdf.open(io.BytesIO(FORM.read_bytes()))
    (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name]
    if flag:
        field.Ff = int(field.get("/Ff", 0)) | 2
    if empty:  # cleared as a viewer clears it: no value, and a box drawing none
        field.V = pikepdf.String("")
        field.AP.N.write(b"/Tx BMC EMC")
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _refusal(data: bytes) -> tuple[str, str, str, str]:
    config = trial_registry().get("norddjurs")
    with pytest.raises(Rejection) as info:
        list(map_items(extract(data, FORM.name, READ_OPTIONS), config.forms[0], "0" * 64, FORM.name, "707"))
    (problem,) = info.value.problems
    assert problem.field == "site.name"
    return problem.locator, problem.locator_da, problem.reason_en, problem.reason_da


def test_an_empty_field_the_form_marks_required_is_refused_saying_so() -> None:
    locator, locator_da, en, da = _refusal(_edited("arbejdssted", flag=True, empty=True))
    assert locator.startswith('field "arbejdssted"') and locator.endswith("on page 1")
    assert locator_da.startswith('felt "arbejdssted"') and locator_da.endswith("på side 1")
    assert en == "empty: a value is required, and the form itself marks the field as one to fill in"
    assert da == "tom: feltet skal udfyldes, og blanketten markerer selv feltet som et, der skal udfyldes"


def test_an_empty_field_the_form_does_not_mark_is_refused_as_before() -> None:
    _, _, en, da = _refusal(_edited("arbejdssted", flag=False, empty=True))
    assert (en, da) == ("empty: a value is required", "tom: feltet skal udfyldes")


def _check(tmp_path: Path, data: bytes) -> str:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    shutil.copy(CONFIG / "norddjurs.toml", folder)
    shutil.copytree(THIS.golden, golden / "norddjurs")
    (golden / "norddjurs" / FORM.name).write_bytes(data)
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code == 0, result.output
    return result.output


def test_hub_adapters_check_warns_of_an_optional_field_the_form_marks_required(tmp_path: Path) -> None:
    output = _check(tmp_path, _edited("formaal", flag=True))
    assert (
        "  warning: praktikaftale: purpose may be left empty (optional = true), but the form marks its field"
        ' "formaal" on page 1 required: a document without it is accepted; remove optional if the job'
        " centre needs it in praktikaftale_jobcenter.pdf"
    ) in output.splitlines()
    assert (
        "  advarsel: praktikaftale: purpose må være tom (optional = true), men blanketten markerer dens felt"
        ' "formaal" på side 1 som påkrævet: et dokument uden det godtages; fjern optional, hvis jobcentret'
        " har brug for det i praktikaftale_jobcenter.pdf"
    ) in output.splitlines()


def test_hub_adapters_check_says_nothing_of_a_flag_the_config_agrees_with(tmp_path: Path) -> None:
    """`arbejdssted` flagged and required by the config, `formaal` unflagged: no warning."""
    assert "warning" not in _check(tmp_path, _edited("arbejdssted", flag=True))
