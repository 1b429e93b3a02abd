"""The audit log through the API: the newest signed checkpoint, an entry's inclusion proof and the proof
that the log has only grown, each checked here with the RFC 9162 verifiers against the signed root."""

from __future__ import annotations

import base64

import pytest
from api_support import Caller, events
from flask import Flask
from page_support import demo_copy_fixture
from sqlalchemy import select

from hub import merkle, merkle_tree
from hub.extensions import db
from hub.models import AuditEvent, AuditLeaf
from hub.signing import signer

app = demo_copy_fixture("api-audit")


def unb64(text: str) -> bytes:
    """A hash as the API writes it."""
    return base64.b64decode(text)


def test_the_checkpoint_is_signed_by_this_hub(app: Flask) -> None:
    """The note opens with the hub's key, and says what the answer says; even the admin may fetch it."""
    head = Caller(app, "admin").json("/api/audit/checkpoint")
    with app.app_context():
        opened = signer().open(head["checkpoint"])
    assert (opened.size, opened.root, opened.origin) == (
        head["tree_size"],
        unb64(head["root_hash"]),
        head["origin"],
    )
    assert head["tree_size"] > 1


def test_an_inclusion_proof_verifies_against_the_signed_root(app: Flask) -> None:
    """Entry 1's leaf, hashed here from the stored entry, is in the signed tree at its position."""
    proof = Caller(app, "falck").json("/api/audit/entries/1/proof")
    with app.app_context():
        event = db.session.get(AuditEvent, 1)
        assert event is not None
        leaf = merkle.leaf_hash(event.leaf_data())
    assert unb64(proof["leaf_hash"]) == leaf
    path = [unb64(h) for h in proof["audit_path"]]
    assert merkle.verify_inclusion(
        proof["leaf_index"], proof["to"]["tree_size"], leaf, path, unb64(proof["to"]["root_hash"])
    )


def test_a_consistency_proof_from_the_first_entry_verifies(app: Flask) -> None:
    """From size 1 (whose root is the first leaf's hash) to the newest signed head."""
    proof = Caller(app, "revisor-ballerup").json("/api/audit/consistency?from_size=1")
    with app.app_context():
        first = db.session.scalar(
            select(AuditEvent)
            .join(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
            .where(AuditLeaf.position == 0)
        )
        assert first is not None
        root_of_one = merkle.leaf_hash(first.leaf_data())
    assert unb64(proof["from"]["root_hash"]) == root_of_one
    path = [unb64(h) for h in proof["consistency_proof"]]
    new_size, new_root = proof["to"]["tree_size"], unb64(proof["to"]["root_hash"])
    assert merkle.verify_consistency(1, new_size, root_of_one, new_root, path)
    assert not merkle.verify_consistency(1, new_size, b"\0" * 32, new_root, path)


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/audit/consistency?from_size=0", 422),
        ("/api/audit/consistency?from_size=999999999", 422),
        ("/api/audit/consistency", 422),
        ("/api/audit/entries/999999999/proof", 404),
    ],
)
def test_proofs_that_cannot_be_made_are_clear_4xx(app: Flask, url: str, status: int) -> None:
    """A size outside the log, none at all, an entry that does not exist: 4xx in the one shape."""
    response = Caller(app, "lead-gladsaxe").get(url)
    assert response.status_code == status
    body = response.get_json()
    assert body["message"] and body["message_da"] and body["code"]


def test_a_proof_for_an_entry_that_does_not_exist_says_so(app: Flask) -> None:
    """No entry has the id: not "not yet in a signed checkpoint", which would have the caller wait."""
    response = Caller(app, "lead-gladsaxe").get("/api/audit/entries/999999999/proof")
    assert response.status_code == 404
    body = response.get_json()
    assert (body["code"], body["message"], body["message_da"]) == (
        "not_found",
        "there is no audit entry 999999999",
        "revisionspost 999999999 findes ikke",
    )


def test_a_size_past_the_log_names_from_size_in_problems_as_a_size_of_0_does(app: Flask) -> None:
    """Both are 422 "bad arguments, each in problems" (the spec): the one past the log had `problems: []`."""
    caller = Caller(app, "lead-gladsaxe")
    size = caller.json("/api/audit/checkpoint")["tree_size"]
    past = caller.get(f"/api/audit/consistency?from_size={size + 1}").get_json()
    zero = caller.get("/api/audit/consistency?from_size=0").get_json()
    assert past["code"] == "bad_tree_size"
    [problem] = past["problems"]
    assert set(problem) == set(zero["problems"][0])
    assert (problem["locator"], problem["locator_da"], problem["field"]) == (
        "query",
        "forespørgslen",
        "from_size",
    )
    assert problem["reason_en"] == f"must be between 1 and the log's {size} entries, not {size + 1}"
    assert problem["reason_da"] == f"skal være mellem 1 og loggens {size} poster, ikke {size + 1}"
    # Named as the 422 of a size of 0 names it: as it is sent, and in words (it read "from_size skal …").
    assert past["message_da"] == (
        f"Parameteren 'from_size' (træstørrelsen i det kontrolpunkt, du gemte): skal være mellem 1 og "
        f"loggens {size} poster, ikke {size + 1}."
    )
    assert past["message"].startswith(
        "Query parameter 'from_size' (the tree size of the checkpoint you kept): "
    )
    assert zero["message_da"].startswith(
        "Parameteren 'from_size' (træstørrelsen i det kontrolpunkt, du gemte): "
    )


@pytest.mark.parametrize(
    ("url", "action"),
    [
        ("/api/audit/checkpoint", "read.checkpoint"),
        ("/api/audit/entries/1/proof", "read.proof"),
        ("/api/audit/consistency?from_size=1", "read.consistency"),
    ],
)
def test_an_auditors_reads_of_the_log_are_in_the_log(app: Flask, url: str, action: str) -> None:
    """Every read by an auditor is an audit entry (DESIGN, "Who uses it"), through the API as on the
    auditor's page, whose checkpoint download was logged while the API's was not; staff's are not."""
    before = len(events(app, "user:revisor-ballerup ", action))
    body = Caller(app, "revisor-ballerup").json(url)
    logged = events(app, "user:revisor-ballerup ", action)[before:]
    assert [(e.subject, e.detail["party"]) for e in logged] == [
        ("audit-log", "auditor of 151 2026-07-01..2026-12-31")
    ]
    size = body["tree_size"] if action == "read.checkpoint" else body["to"]["tree_size"]
    if action == "read.proof":
        assert (logged[0].detail["event_id"], logged[0].detail["tree_size"]) == (1, size)
    if action == "read.consistency":
        assert (logged[0].detail["from_size"], logged[0].detail["tree_size"]) == (1, size)
    if action == "read.checkpoint":
        # Which checkpoint the auditor holds (the size a later proof starts from), as the page's is.
        assert logged[0].detail["tree_size"] == size
    Caller(app, "kommune-herlev").json(url)
    assert events(app, "user:kommune-herlev ", action) == []


def test_a_consistency_proof_to_an_earlier_size_is_signed_at_that_size(app: Flask) -> None:
    """`to_size`: the size of a later bundle's checkpoint, which `verify.py --since --proof` holds the
    kept one against. The root the answer signs at that size is the root of the log's first entries,
    computed here from the stored entries themselves."""
    caller = Caller(app, "admin")
    size = caller.json("/api/audit/checkpoint")["tree_size"]
    to = size - 2
    proof = caller.json(f"/api/audit/consistency?from_size=3&to_size={to}")
    with app.app_context():
        opened = signer().open(proof["to"]["checkpoint"])
        rows = db.session.execute(
            select(AuditEvent)
            .join(AuditLeaf, AuditLeaf.event_id == AuditEvent.id)
            .order_by(AuditLeaf.position)
        ).scalars()
        leaves = [merkle.leaf_hash(event.leaf_data()) for event in rows][:to]
    assert (opened.size, opened.root) == (to, merkle_tree.root(leaves))
    assert (proof["to"]["tree_size"], unb64(proof["to"]["root_hash"])) == (to, opened.root)
    assert unb64(proof["from"]["root_hash"]) == merkle_tree.root(leaves[:3])
    path = [unb64(h) for h in proof["consistency_proof"]]
    assert merkle.verify_consistency(3, to, merkle_tree.root(leaves[:3]), opened.root, path)


@pytest.mark.parametrize("sizes", ["from_size=3&to_size=2", "from_size=1&to_size=999999999"])
def test_a_to_size_outside_from_size_and_the_log_is_named_in_problems(app: Flask, sizes: str) -> None:
    answer = Caller(app, "admin").get(f"/api/audit/consistency?{sizes}")
    assert answer.status_code == 422
    body = answer.get_json()
    assert body["code"] == "bad_tree_size"
    assert [p["field"] for p in body["problems"]] == ["to_size"]
