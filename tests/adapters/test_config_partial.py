"""A config file with errors is checked as far as it loaded: its author meets every error in one run.

Before, marshmallow's skipping of a schema's own checks beside a failed field hid them: one unknown key
in a form hid that form's selectors, and any error hid the file name, the form ids and the files named.
Each case starts from a real municipality's file (its templates and schemas are beside it), changed as
an author might get it wrong.
"""

from __future__ import annotations

import copy
import tomllib
from pathlib import Path
from typing import Any

import pytest

from hub.adapters.language.config_schema import validate_config
from hub.errors import ConfigError

MUNICIPALITIES = Path(__file__).resolve().parents[2] / "config" / "municipalities"


def config(slug: str) -> tuple[dict[str, Any], Path]:
    """A municipality's config as read, and its path."""
    path = MUNICIPALITIES / f"{slug}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")), path


def lines(data: dict[str, Any], path: Path) -> list[tuple[str, str]]:
    """Every (English, Danish) line the file's refusal gives."""
    with pytest.raises(ConfigError) as refused:
        validate_config(data, path)
    return list(zip(refused.value.message.splitlines(), refused.value.message_da.splitlines(), strict=True))


def test_every_layer_of_errors_in_one_run() -> None:
    data, path = config("gladsaxe")
    data["forms"][0]["fields"][0]["colour"] = "blue"  # an unknown key: the first layer
    data["forms"][0]["fields"][1]["source"] = "tooltip:"  # in the same form: hidden by the key before
    data["forms"][1]["id"] = data["forms"][2]["id"]  # two forms with one id: hidden by any error
    data["municipality"]["slug"] = "glad"  # not the file's name: hidden by any error
    data["claim"]["template"] = "templates/gladsaxe/findes-ikke.pdf"  # hidden by any error
    found = lines(data, path)
    assert found == [
        (
            "gladsaxe.toml: forms[0].fields[0].colour: unknown key",
            "gladsaxe.toml: forms[0].fields[0].colour: ukendt nøgle",
        ),
        (
            "gladsaxe.toml: forms[0].fields[1].source: a tooltip: or label: selector needs a text",
            "gladsaxe.toml: forms[0].fields[1].source: en tooltip:- eller label:-kilde skal have en tekst",
        ),
        (
            f"gladsaxe.toml: forms[2].id: id '{data['forms'][2]['id']}' used twice",
            f"gladsaxe.toml: forms[2].id: id '{data['forms'][2]['id']}' bruges to gange",
        ),
        (
            "gladsaxe.toml: municipality.slug: 'glad' must equal the file name",
            "gladsaxe.toml: municipality.slug: 'glad' skal være lig filnavnet",
        ),
        (
            "gladsaxe.toml: claim.template: file not found: templates/gladsaxe/findes-ikke.pdf "
            "(relative to gladsaxe.toml)",
            "gladsaxe.toml: claim.template: filen findes ikke: templates/gladsaxe/findes-ikke.pdf "
            "(i forhold til gladsaxe.toml)",
        ),
    ]


def test_a_missing_schema_file_is_named_beside_another_forms_error() -> None:
    data, path = config("hoeje-taastrup")
    data["forms"][0]["title"] = 7  # not text
    xml = next(i for i, form in enumerate(data["forms"]) if form.get("reader", {}).get("xsd"))
    data["forms"][xml]["reader"]["xsd"] = "schemas/findes-ikke.xsd"
    english = [en for en, _ in lines(data, path)]
    assert "hoeje-taastrup.toml: forms[0].title: Not a valid string." in english
    assert (
        f"hoeje-taastrup.toml: forms[{xml}].reader.xsd: file not found: schemas/findes-ikke.xsd "
        "(relative to hoeje-taastrup.toml)"
    ) in english


def test_a_part_that_did_not_load_is_not_judged_again_in_other_words() -> None:
    # Ishøj's forms read their items' rows by `column:`; with [forms.items] broken, the rules would call
    # each of those fields one "of a form without items". The broken part says its own error alone.
    data, path = config("ishoej")
    form = next(i for i, f in enumerate(data["forms"]) if "key" in f.get("items", {}))
    data["forms"][form]["items"]["key"] = 5
    assert [en for en, _ in lines(data, path)] == [
        f"ishoej.toml: forms[{form}].items.key: Not a valid string."
    ]


def test_a_form_that_did_not_load_at_all_shifts_no_other_forms_line() -> None:
    # A form that is no table at all: the later forms keep their places, and a file a later form names
    # is reported under that form's own place.
    data, path = config("hoeje-taastrup")
    xml = max(i for i, form in enumerate(data["forms"]) if form.get("reader", {}).get("xsd"))
    assert xml > 0
    broken = copy.deepcopy(data)
    broken["forms"][0] = "aftale"
    broken["forms"][xml]["reader"]["xsd"] = "schemas/findes-ikke.xsd"
    english = [en for en, _ in lines(broken, path)]
    assert english[0] == "hoeje-taastrup.toml: forms[0]: Invalid input type."
    assert (
        f"hoeje-taastrup.toml: forms[{xml}].reader.xsd: file not found: schemas/findes-ikke.xsd "
        "(relative to hoeje-taastrup.toml)"
    ) in english
    assert not any(".reader.xsd" in line and f"forms[{xml}]" not in line for line in english)


def test_a_file_without_errors_still_loads() -> None:
    data, path = config("gladsaxe")
    assert validate_config(data, path).slug == "gladsaxe"


def test_two_forms_with_one_id_are_named_beside_an_error_outside_the_forms() -> None:
    data, path = config("gladsaxe")
    data["municipality"]["code"] = "999"  # not a municipality: no form has an error of its own
    data["forms"][1]["id"] = data["forms"][0]["id"]
    english = [en for en, _ in lines(data, path)]
    assert f"gladsaxe.toml: forms[1].id: id '{data['forms'][0]['id']}' used twice" in english
    assert any(line.startswith("gladsaxe.toml: municipality.code:") for line in english)
