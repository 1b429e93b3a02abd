"""Every state of a submission is final or not in one place, the model's (decision 0030, "Stop 59:
engine-68"). The states not final were written out by hand where they were needed (whether a document
may wait for another, `hub ingest`'s exit code): a state added to the model would have been neither
there, a submission in it final to one and unfinished to the other."""

from __future__ import annotations

import ast

from conftest import ROOT
from hub_sources import python_files, walked

from hub.models import FINAL_STATES, NOT_FINAL_STATES, SUBMISSION_STATES

MODEL = ROOT / "hub" / "models" / "documents.py"


def test_every_state_is_final_or_not_and_no_other_module_lists_either_kind_by_hand() -> None:
    # The life as the model's comment tells it: received → queued → processing, then one of four ends.
    assert NOT_FINAL_STATES == ("received", "queued", "processing")
    assert set(FINAL_STATES) | set(NOT_FINAL_STATES) == set(SUBMISSION_STATES)
    assert not set(FINAL_STATES) & set(NOT_FINAL_STATES)
    kinds = {frozenset(FINAL_STATES): "final", frozenset(NOT_FINAL_STATES): "not final"}
    written: list[str] = []
    for path in python_files(ROOT / "hub"):
        if path == MODEL or "migrations" in path.parts:  # a migration stays as it ran
            continue
        for node in walked(path):
            if isinstance(node, ast.Tuple | ast.List | ast.Set):
                texts = frozenset(e.value for e in node.elts if isinstance(e, ast.Constant) and e.value)
                if texts in kinds:
                    written.append(f"{path.relative_to(ROOT)}:{node.lineno} the {kinds[texts]} states")
    assert written == []
