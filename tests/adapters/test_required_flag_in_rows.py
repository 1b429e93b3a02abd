"""A PDF field the form marks Required in a row of a `repeat` list, whose key the config makes `optional`
(decision 0060, "Stop 65: lang-93, the Required flag in a list's rows"): `hub adapters check` warns of it
on the golden files (`golden.stop_warnings`), as lang-85's check does for a form's own fields, naming the
list's key, the field, its page and its row; before, a row's fields were not looked at.

Gladsaxe's timesheet (`tests/golden/gladsaxe/mentor_hours.pdf`, 30 rows of `Dato, række n` and `Timer,
række n`): no per-row field is left unread by its config, so the test's config reads each row's hours
field once more as an optional `note` (a remark written on some days), and pikepdf flags row 3's hours
field, `Tekstfelt37` (tooltip "Timer, række 3"), Required.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import stop_warnings

CONFIGS, GOLDEN = Path("config/municipalities"), Path("tests/golden/gladsaxe")
HOURS = 'key = "hours"\n    source = "tooltip:Timer, række {n}"\n    transforms = ["hours"]\n'
WEEKLY = '  aggregate = "iso_week"\n  repeat = 30\n'
NOTE = (
    '\n    [[forms.lists.fields]]\n    key = "note"\n    source = "tooltip:Timer, række {n}"\n'
    "    optional = true\n"
)


def _flagged(name: str) -> bytes:
    pdf = pikepdf.open(io.BytesIO((GOLDEN / "mentor_hours.pdf").read_bytes()))
    (field,) = [f for f in pdf.Root.AcroForm.Fields if str(f.get("/T")) == name]
    field.Ff = int(field.get("/Ff", 0)) | 2
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _warnings(tmp_path: Path, note: bool) -> list[str]:
    """`hub adapters check`'s golden-file warnings (`stop_warnings`), English and Danish, for Gladsaxe's
    timesheet with row 3's hours field flagged. With the note, the list is read day by day (an
    `iso_week` list sums hours only, and takes no other key)."""
    config = (CONFIGS / "gladsaxe.toml").read_text(encoding="utf-8")
    assert config.count(HOURS) == 1 and config.count(WEEKLY) == 1
    if note:
        config = config.replace(HOURS, HOURS + NOTE).replace(WEEKLY, "  repeat = 30\n")
    (tmp_path / "gladsaxe.toml").write_text(config, "utf-8")
    shutil.copytree(CONFIGS / "templates", tmp_path / "templates")
    golden = tmp_path / "golden"
    shutil.copytree(GOLDEN, golden)
    (golden / "mentor_hours.pdf").write_bytes(_flagged("Tekstfelt37"))
    return [
        line for pair in stop_warnings(load_config_file(tmp_path / "gladsaxe.toml"), golden) for line in pair
    ]


def test_check_warns_of_an_optional_key_whose_field_the_form_marks_required_in_a_row(tmp_path: Path) -> None:
    lines = _warnings(tmp_path, note=True)
    assert (
        "mentortimer: entries[].note may be left empty (optional = true), but the form marks its"
        ' field "Tekstfelt37" on page 1 in row 3 required: a document without it is accepted; remove'
        " optional if the job centre needs it in mentor_hours.pdf"
    ) in lines
    assert (
        "mentortimer: entries[].note må være tom (optional = true), men blanketten markerer dens"
        ' felt "Tekstfelt37" på side 1 i række 3 som påkrævet: et dokument uden det godtages; fjern'
        " optional, hvis jobcentret har brug for det i mentor_hours.pdf"
    ) in lines


def test_a_flag_on_a_key_the_config_requires_is_no_warning(tmp_path: Path) -> None:
    """The guard: the same flag, read only as the required `hours`."""
    assert _warnings(tmp_path, note=False) == []
