"""Every key the hub writes into an audit entry's detail has words on the audit-log pages (the lead's, a
municipality's, the admin's, the auditor's reads page), so that a Danish line never shows `page: 1` or
`tree_size: 12` among its words (stop 74: the auditor's new reads page showed `page` untranslated, and 23
other keys the services write had no words; `audit_detail`'s fallback says a key as written)."""

from __future__ import annotations

import ast
from pathlib import Path

from flask import Flask
from flask_babel import force_locale

from hub.web.audit_detail import COUNTED, KEYS, detail_words

HUB = Path(__file__).resolve().parents[2] / "hub"


def _written_keys() -> dict[str, str]:
    """Each string key of a dict literal assigned to `detail` anywhere in the hub, with one place it is."""
    keys: dict[str, str] = {}
    for path in sorted(HUB.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign) or not isinstance(node.value, ast.Dict):
                continue
            if not any(isinstance(target, ast.Name) and target.id == "detail" for target in node.targets):
                continue
            for key in node.value.keys:
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    keys.setdefault(key.value, f"{path.relative_to(HUB.parent)}:{node.lineno}")
    return keys


def test_the_scan_finds_the_details_the_reads_write() -> None:
    # The scan is what the next test trusts: it must see the keys of details written by the services.
    assert {"page", "records", "placements", "tree_size", "event_id"} <= set(_written_keys())


def test_every_key_written_into_a_detail_has_words() -> None:
    unnamed = {key: place for key, place in _written_keys().items() if key not in KEYS and key not in COUNTED}
    assert unnamed == {}


def test_a_reads_page_is_said_in_danish(app: Flask) -> None:
    with app.test_request_context(), force_locale("da"):
        assert detail_words({"page": 2, "records": 50, "tree_size": 12}) == [
            ("Side", "2"),
            ("Poster", "50"),
            ("Loggens størrelse", "12"),
        ]
