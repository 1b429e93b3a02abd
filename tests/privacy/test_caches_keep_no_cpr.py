"""A worker keeps no CPR number in a process-wide cache (decision 0065, "Stop 59: engine-68"). The caches
that save a worker from normalising and checking a form's labels again in every document were kept by
text, and asked about a document's cells too (a header row is looked for among the data rows, a row's
key is its CPR number, a CPR number's birth date): they kept a person's numbers for the worker's life."""

from __future__ import annotations

import gc
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import BuiltinMethodType, FunctionType
from typing import Any

import openpyxl
import pipeline
import pytest
from conftest import ROOT
from flask import Flask

from hub.adapters.readers.base import SourceValue, describe_both
from hub.errors import Rejection
from hub.extensions import db
from hub.services import agreements, ingest, processing

GOLDEN = ROOT / "tests" / "golden"
# Each form with the CPR number it holds, as printed in the file (written by hand from the file).
FORMS = [
    ("herlev", GOLDEN / "herlev" / "placement.csv", "221100-4237"),
    ("hoeje-taastrup", GOLDEN / "hoeje-taastrup" / "placement.xml", "120388-4562"),
]


def _texts(found: Any, depth: int = 0) -> Iterator[str]:
    """The texts in a cache's keys (a text, or a tuple or list of arguments)."""
    if isinstance(found, str):
        yield found
    elif isinstance(found, tuple | list) and depth < 3:
        for part in found:
            yield from _texts(part, depth + 1)


def _cached_texts() -> Iterator[str]:
    """Every text a cache of the hub's modules keeps as a key: the caches are found by what they hold
    (an `lru_cache`'s dict, a closure's dict), not by a list that a new cache could be left out of."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("hub") or module is None:
            continue
        for value in list(vars(module).values()):
            # A dict's own lookup (`wording_cache.wording_kept`); asked of a built-in method only.
            owner = value.__self__ if isinstance(value, BuiltinMethodType) else None
            if isinstance(owner, dict):
                yield from (text for key in list(owner) for text in _texts(key))
            # Asked of the type or a function's own attributes: a proxy (`current_app`) is not asked.
            own = value.__dict__ if isinstance(value, FunctionType) else {}
            if not hasattr(type(value), "cache_clear") and "cache_clear" not in own:
                continue
            seen = gc.get_referents(value)
            for _ in range(3):  # a closure: its cells, then what they hold
                for held in seen:
                    if isinstance(held, dict):
                        yield from (text for key in list(held) for text in _texts(key))
                seen = [inner for held in seen if isinstance(held, tuple) for inner in held]
                seen += [c.cell_contents for c in seen if type(c).__name__ == "cell"]


def _all_accepted(backend_app: Flask, forms: list[tuple[str, Path, Any]]) -> None:
    """The seeds' agreements loaded, then each (municipality, file, _) sent and stored in one batch."""
    with backend_app.app_context():
        agreements.load_files(db.session, agreements.agreement_files(ROOT / "config" / "agreements"), "test")
        ids = [
            ingest.submit(db.session, path.read_bytes(), path.name, municipality, "test", "t").submission_id
            for municipality, path, _ in forms
        ]
        db.session.commit()
        assert processing.process_batch(db.session, ids, holder="test") == dict.fromkeys(ids, "accepted")


def test_a_cpr_number_read_from_a_form_is_kept_by_no_process_wide_cache(backend_app: Flask) -> None:
    _all_accepted(backend_app, FORMS)
    numbers = {re.sub(r"\D", "", cpr) for _, _, cpr in FORMS}
    kept = [text for text in _cached_texts() if any(n in re.sub(r"\D", "", text) for n in numbers)]
    assert kept == []


# Each tabular form with the citizen's name as typed in its cells (written by hand from the file): a
# name has a label's shape, so no rule by its text can tell it from the form's own wording.
NAMED = [
    ("herlev", GOLDEN / "herlev" / "placement.csv", ("Ahmad Rahimi",)),
    ("furesoe", GOLDEN / "furesoe" / "placement.xlsx", ("Louise", "Damgaard Friis")),
]


def test_a_name_read_from_a_csv_or_a_sheet_is_kept_by_no_process_wide_cache(backend_app: Flask) -> None:
    _all_accepted(backend_app, NAMED)
    names = {name.casefold() for _, _, parts in NAMED for name in parts}
    kept = [
        text for text in _cached_texts() if any(name in " ".join(text.split()).casefold() for name in names)
    ]
    assert kept == []


def _kept(*names: str) -> list[str]:
    """The cached texts that hold any of `names` (case and spacing aside)."""
    folded = {name.casefold() for name in names}
    return [text for text in _cached_texts() if any(n in " ".join(text.split()).casefold() for n in folded)]


def test_a_name_quoted_in_a_refusal_is_kept_by_no_process_wide_cache() -> None:
    # Furesø's placement workbook with the mentor's name typed where the form lists who employs the
    # mentor ("Mentor ansat hos": Virksomheden or Jobcentret, no default): the refusal quotes it, and the
    # `map` transform compared it with the list's words (decision 0068, "Stop 60: shape-70").
    book = openpyxl.load_workbook(GOLDEN / "furesoe" / "placement.xlsx")
    book["Ark1"]["B16"] = "Mads Eksempel"
    out = io.BytesIO()
    book.save(out)
    with pytest.raises(Rejection) as info:
        pipeline.ingest(pipeline.repository_registry(), "furesoe", out.getvalue(), "placement.xlsx")
    assert "no mapping for 'Mads Eksempel'" in " ".join(p.reason_en for p in info.value.problems)
    assert _kept("Mads Eksempel") == []


def test_a_sheet_said_where_a_value_was_is_kept_past_its_document_by_no_cache() -> None:
    # A workbook's sheet named for the citizen, said in every provenance row and refusal of the document
    # ('sheet "Ahmad Rahimi", cell B3'). (A PDF field's name and printed label are the template's words,
    # kept as `normalise_label` keeps them: `quotable`.)
    sheet = SourceValue("Ahmad Rahimi!B3", "x", {"sheet": "Ahmad Rahimi", "row": 3, "col": 2})
    said = ('sheet "Ahmad Rahimi", cell B3', 'ark "Ahmad Rahimi", celle B3')
    assert describe_both(sheet, "xlsx") == said
    assert _kept("Ahmad Rahimi") == []
    from hub.adapters.readers.quotable import one_document  # noqa: PLC0415 - after main's check above

    # While a document is mapped its sheet's name is kept for it, and gone when it is.
    assert one_document(describe_both)(sheet, "xlsx") == said
    assert _kept("Ahmad Rahimi") == []
