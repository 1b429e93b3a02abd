"""Counts in the agreements' and the audit log's refusals, as each reader writes a count (decision 0062):
a Dane reads "1.234 af dens praktikforløb" and "dækker 12.345 poster" without counting zeros."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from hub.checkpoint import Checkpoint
from hub.services import agreement_checks, audit_proofs, audit_verify, bundle_consistency
from hub.services.audit_checkpoints import LogBroken


def test_placements_of_a_municipality_taken_out_are_counted_grouped() -> None:
    # What the query counts: 1,234 of municipality 190's placements under the agreement.
    session: Any = SimpleNamespace(execute=lambda query: SimpleNamespace(all=lambda: [("190", 1234)]))
    (problem,) = agreement_checks._orphaned(session, "falck-hovedstaden", {"190"})
    assert "kommune 190 tages ud af aftalen, som har 1.234 af dens praktikforløb:" in problem.reason_da
    assert "municipality 190 is taken out of the agreement, which holds 1,234 of its placements:" in (
        problem.reason_en
    )


@pytest.mark.parametrize(
    ("sizes", "danish", "english"),
    [
        (
            (12345, 9876),
            "kontrolpunktet dækker 12.345 poster, men denne log har 9.876:",
            "the checkpoint covers 12,345 entries, but this log has 9,876:",
        ),
        # One as one (decision 0062, "Stop 46 (words 3)").
        (
            (1, 0),
            "kontrolpunktet dækker 1 post, men denne log har 0:",
            "the checkpoint covers 1 entry, but this log has 0:",
        ),
    ],
)
def test_a_checkpoint_larger_than_the_log_counts_its_entries_grouped(
    monkeypatch: pytest.MonkeyPatch, sizes: tuple[int, int], danish: str, english: str
) -> None:
    old, new = Checkpoint("hub", sizes[0], b"\0" * 32), Checkpoint("hub", sizes[1], b"\1" * 32)
    monkeypatch.setattr(audit_proofs, "signed_head", lambda session, signer: (new, "note"))
    signer: Any = SimpleNamespace(open=lambda note: old)
    with pytest.raises(LogBroken) as refused:
        audit_proofs.consistency(SimpleNamespace(), "old note", signer)  # type: ignore[arg-type]
    assert refused.value.message_da.startswith(danish)
    assert refused.value.message.startswith(english)


def test_a_checkpoint_signing_more_than_the_tree_counts_both_grouped() -> None:
    problem = audit_verify._size_problem(12345, 9876)
    assert (
        problem.reason_da
        == "det nyeste kontrolpunkt signerer 12.345 poster, men træet har 9.876: poster er fjernet"
    )
    assert problem.reason_en.startswith(
        "the newest checkpoint signs 12,345 entries but the tree holds 9,876:"
    )
    # One as one (decision 0062, "Stop 46 (words 3)").
    one = audit_verify._size_problem(1, 0)
    assert one.reason_da == "det nyeste kontrolpunkt signerer 1 post, men træet har 0: poster er fjernet"
    assert one.reason_en == "the newest checkpoint signs 1 entry but the tree holds 0: entries were removed"
    # Positions name leaves, as a row number names a row: plain.
    assert "positionerne 9876–12344 er i træet" in audit_verify._size_problem(9876, 12345).reason_da


def test_a_stored_tree_not_the_signed_one_counts_its_entries_grouped(monkeypatch: pytest.MonkeyPatch) -> None:
    head = Checkpoint("hub", 12345, b"\0" * 32)
    monkeypatch.setattr(bundle_consistency, "earlier_sizes", lambda session, code, size: [1000])
    monkeypatch.setattr(audit_proofs, "between", lambda session, old, new: (b"", b"\1" * 32, []))
    with pytest.raises(LogBroken) as refused:
        bundle_consistency.write(SimpleNamespace(), SimpleNamespace(), "159", head)  # type: ignore[arg-type]
    assert refused.value.message_da == "det gemte træ med 12.345 poster er ikke det signerede: det er ændret"
    assert refused.value.message.startswith("the stored tree of 12,345 entries is not the signed one")


def test_a_first_entry_not_the_kept_one_is_said_as_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # The log's first leaf is not the one the kept checkpoint of one entry signed.
    old, new = Checkpoint("hub", 1, b"\0" * 32), Checkpoint("hub", 2, b"\1" * 32)
    monkeypatch.setattr(audit_proofs, "signed_head", lambda session, signer: (new, "note"))
    monkeypatch.setattr(audit_proofs, "node_source", lambda session, nodes: lambda level, index: b"\2" * 32)
    signer: Any = SimpleNamespace(open=lambda note: old)
    with pytest.raises(LogBroken) as refused:
        audit_proofs.consistency(SimpleNamespace(), "old note", signer)  # type: ignore[arg-type]
    assert refused.value.message_da.startswith("kontrolpunktets rod er ikke roden af loggens første post: ")
    assert refused.value.message.startswith(
        "the checkpoint's root is not the root of this log's first entry: "
    )
