"""The suite's passwords hashed at argon2's least cost, and the product's own hasher kept for the tests
of its cost.

Making a user is an argon2 hash and signing in an argon2 check: at the product's cost (argon2-cffi's
defaults: 64 MiB, three passes, four lanes) 0.15 s alone and 0.6-0.8 s on a busy core, thousands of
times a run (every copy of the demo makes nine users, most page tests sign in). The suite's processes
hash at the least cost argon2 allows instead: the same calls, the same checks, only cheaper.
Processes the suite starts (`hub` commands, servers, workers) keep the product's cost.
tests/auth/test_password_cost.py holds `PRODUCT_HASHER` to the defaults and signs in through it.
"""

from __future__ import annotations

from argon2 import PasswordHasher

from hub.services import users

PRODUCT_HASHER = users._hasher
# argon2's floor: one pass, one lane, 8 KiB (eight per lane).
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def hash_passwords_cheaply() -> None:
    """Hash and check this process's passwords at `CHEAP_HASHER`'s cost (from conftest, at import)."""
    users._hasher = CHEAP_HASHER
