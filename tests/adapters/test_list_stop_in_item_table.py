"""A list's `stop` on a form with an item table (`[forms.items] key`) is said, not ignored (decision 0060,
"Stop 65: lang-93, a list's stop where the item table ends it"): such a list reads its item's rows, which
end where the item table does, so the list's own `stop` was read nowhere. `hub adapters check` refuses
it at its key path, in English and Danish, as lang-85 refused a list's `subtotals` there.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from test_list_subtotals import FORM, STOP
from test_mapping import HEAD

from hub.cli.adapters import check

# lang-85's timesheet form made an item table of citizens by CPR, its list given a stop of its own.
ITEM_LIST_STOP = FORM.replace(
    '  [[forms.fields]]\n  path = "citizen.cpr"\n  source = "label:CPR-nr."',
    '  [forms.items]\n  key = "CPR"\n  group = true\n  [[forms.fields]]\n  path = "citizen.cpr"\n'
    '  source = "column:CPR"',
).format(fmt="csv", rules=STOP)


def _check(tmp_path: Path, body: str) -> tuple[int, str, str]:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    (folder / "gladsaxe.toml").write_text(HEAD + body, encoding="utf-8")
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    english, _, danish = result.output.partition("på dansk:")
    return result.exit_code, english, danish


def test_check_refuses_a_lists_stop_on_a_form_with_an_item_table(tmp_path: Path) -> None:
    code, english, danish = _check(tmp_path, ITEM_LIST_STOP)
    assert code != 0
    at = "gladsaxe.toml: forms[0].lists[0].stop"
    assert (
        f"{at}: a list of an item table reads its item's rows, which end where that table does: give stop"
        " on [forms.items]"
    ) in english.splitlines()
    assert (
        f"{at}: en liste i en tabel af poster læser sin posts rækker, som slutter, hvor den tabel gør:"
        " angiv stop under [forms.items]"
    ) in danish.splitlines()


def test_the_same_stop_on_the_item_table_is_taken(tmp_path: Path) -> None:
    """The guard: the rule moved where it is read loads (the rest of the form is lang-85's)."""
    body = ITEM_LIST_STOP.replace(f"  {STOP}\n", "").replace(
        "  group = true\n", f"  group = true\n  {STOP}\n"
    )
    code, english, _ = _check(tmp_path, body)
    assert "lists[0].stop" not in english
    assert "stop" not in english, english
