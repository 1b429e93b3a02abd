"""What a municipality's claim of an agreement for one period depends on, as the key its comparison with
a download is kept under (`claim_changes`), so that a new record version makes again only the periods
it can change, and a change of terms or config is seen at the next view.

- The record versions of the municipality's placements of the agreement active in the period (the ones
  `placement_facts` reads for the claim, `facts.touching`): their number, newest id and sum of ids. Every
  correction, late form or new date is a version, none is deleted, and a placement's dates change only
  with a version of its placement record or its end form; so a version added to one of them, or a
  placement that came into or left the period, changes the key. The count, not only the newest id: on
  PostgreSQL a version with a lower id may commit after one with a higher id; the sum, so that one
  placement leaving as another comes in with as many versions is not taken for no change.
- The agreement's terms as they apply to the municipality on the period's days (`payment_terms.terms_spans`:
  read from the database and the config on each view).
- The municipality's config as parsed from its file (its claim period, whether it has a `[claim]`, its
  forms): a config loaded again with other content is another key, whatever else stays the same.

The periods' counts are one query whose cost grows with the periods (at 10,000 placements about 50 ms
for 3, 170 ms for 12, where the number and newest id of all the versions of the municipality's
placements of the agreement is 20 ms): they are kept per app under the latter, and counted again only
when a version was added.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Sequence
from threading import Lock
from typing import Any

from flask import current_app
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from hub.adapters.language.config_model import MunicipalityConfig
from hub.models import Agreement, Placement, Record, RecordVersion
from hub.periods import Period
from hub.services.facts import touching
from hub.services.payments import terms_spans
from hub.services.registry import registry

Key = tuple[Any, ...]
KEPT = 64  # the periods' counts kept per app: one entry per municipality and agreement viewed
_LOCK = Lock()


def config_fingerprint(config: MunicipalityConfig | None) -> str | None:
    """SHA-256 (hex) of the config as parsed from its file (None: no config for the code)."""
    if config is None:
        return None
    # TOML dates parse to date objects: `default=str` writes them as their ISO text.
    text = json.dumps(config.raw, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def keys(session: Session, code: str, agreement: Agreement, periods: Sequence[Period]) -> dict[str, Key]:
    """Each period's key by its label, read before the comparisons kept under them, so that a comparison
    is only ever kept under a key older than what it saw (and made again at the next view)."""
    if not periods:
        return {}
    reg = registry()
    config = config_fingerprint(reg.get(code) if code in reg else None)
    common = (code, agreement.id, config)
    versions = _kept_versions(session, code, agreement.id, periods)
    # The terms of each period's days (decision 0063): a change after a period leaves its key as it was.
    return {
        p.label: (*common, tuple(terms_spans(agreement, code, p)), p.label, *versions[p.label])
        for p in periods
    }


def _of(code: str, agreement_id: str) -> Any:
    """The record versions of the municipality's placements of the agreement (a select to complete)."""
    return (
        select()
        .select_from(RecordVersion)
        .join(Record, Record.id == RecordVersion.record_id)
        .join(Placement, Placement.id == Record.placement_id)
        .where(Placement.agreement_id == agreement_id, Placement.municipality_code == code)
    )


def _kept_versions(
    session: Session, code: str, agreement_id: str, periods: Sequence[Period]
) -> dict[str, tuple[Any, ...]]:
    """`_versions`, kept under the number and newest id of all the versions it counts among (read first:
    a version added meanwhile is counted again at the next view, never missed)."""
    count, newest = session.execute(
        _of(code, agreement_id).add_columns(func.count(RecordVersion.id), func.max(RecordVersion.id))
    ).one()
    key = (code, agreement_id, tuple(p.label for p in periods), count, newest)
    kept: OrderedDict[tuple[Any, ...], dict[str, tuple[Any, ...]]] = current_app.extensions.setdefault(
        "hub.claim_change_keys", OrderedDict()
    )
    with _LOCK:
        if key in kept:
            kept.move_to_end(key)
            return kept[key]
    found = _versions(session, code, agreement_id, periods)
    with _LOCK:
        kept[key] = found
        while len(kept) > KEPT:
            kept.popitem(last=False)
    return found


def _versions(
    session: Session, code: str, agreement_id: str, periods: Sequence[Period]
) -> dict[str, tuple[Any, ...]]:
    """Each period's number, newest id and sum of ids of versions of placements active in it, by label."""
    columns = []
    for period in periods:
        # Active in the period as `placement_facts` selects a period's placements (one run on past its
        # planned end into the period by its end form too).
        version = case((touching(period), RecordVersion.id))
        columns += [func.count(version), func.max(version), func.sum(version)]
    row = session.execute(
        _of(code, agreement_id)
        .add_columns(*columns)
        .where(touching(Period(min(p.start for p in periods), max(p.end for p in periods), "span")))
    ).one()
    return {p.label: tuple(row[3 * n : 3 * n + 3]) for n, p in enumerate(periods)}
