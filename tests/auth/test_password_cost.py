"""Passwords are hashed at argon2-cffi's default cost, and a hash of another cost is made again at it when
its owner signs in (hub/services/users.py). The rest of the suite hashes at argon2's least cost
(tests/password_cost.py, decision 0058 "Stop 45"): these tests sign in through the product's own hasher."""

from __future__ import annotations

from typing import Any

import pytest
from accounts import PASSWORD, add_user, sign_in
from argon2 import PasswordHasher
from flask import Flask
from password_cost import CHEAP_HASHER, PRODUCT_HASHER

from hub.extensions import db
from hub.services import users


def test_the_product_hashes_at_argon2_cffis_defaults() -> None:
    defaults = PasswordHasher()
    for cost in ("time_cost", "memory_cost", "parallelism", "hash_len", "salt_len", "type"):
        assert getattr(PRODUCT_HASHER, cost) == getattr(defaults, cost), cost
    # What argon2-cffi's defaults were when this was written (RFC 9106's second profile): a newer
    # argon2-cffi may raise them, never below these.
    assert PRODUCT_HASHER.time_cost >= 3 and PRODUCT_HASHER.memory_cost >= 64 * 1024


def test_a_user_signs_in_through_the_products_hasher(
    app: Flask, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(users, "_hasher", PRODUCT_HASHER)
    add_user(app, "kommune-herlev")
    assert sign_in(client, "kommune-herlev", "not the password").status_code == 401
    assert sign_in(client, "kommune-herlev").status_code == 302
    assert client.get("/agreements").status_code == 200


def test_a_hash_of_a_lower_cost_is_made_again_at_the_products_when_its_owner_signs_in(
    app: Flask, client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(app, "kommune-herlev")  # at the suite's cost
    with app.app_context():
        cheap = users.user_by_name(db.session, "kommune-herlev")
        assert cheap is not None and cheap.password_hash is not None
        assert not CHEAP_HASHER.check_needs_rehash(cheap.password_hash)
    monkeypatch.setattr(users, "_hasher", PRODUCT_HASHER)
    assert sign_in(client, "kommune-herlev", "not the password").status_code == 401
    with app.app_context():
        kept = users.user_by_name(db.session, "kommune-herlev")
        assert kept is not None and kept.password_hash == cheap.password_hash  # a wrong password: not made
    assert sign_in(client, "kommune-herlev").status_code == 302
    with app.app_context():
        made = users.user_by_name(db.session, "kommune-herlev")
        assert made is not None and made.password_hash is not None
        assert made.password_hash != cheap.password_hash
        assert not PRODUCT_HASHER.check_needs_rehash(made.password_hash)
        assert PRODUCT_HASHER.verify(made.password_hash, PASSWORD)
