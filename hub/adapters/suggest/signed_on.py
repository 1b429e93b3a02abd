"""The day signed named as its signer is, less the "af": `godkendt` beside `godkendt_af`.

A case system's export heads the approval's two columns by one word: who approved (`godkendt_af`) and
when (`godkendt`, a timestamp `2026-08-24 10:12:45`), as the mentor app of the twenty-sixth trial does
(decision 0060, "Stop 61: trial-73"). The word table takes "Godkendt af" for the signer, but "godkendt"
alone says approval, not a day (a box "Godkendt" is ticked, not dated), so the draft left the day "not
recognised" and every record was refused for want of `signed_on`. Where the signer was drafted from a
text ending in "af" (or "by"), exactly one value not recognised is named by the same words without it,
and every value of it seen is a day, that value is the day signed. So is one named by those words and a
word of time after them, as a database's column of a moment is named (`godkendt_af` beside
`godkendt_tid`, `godkendt_tidspunkt`, `godkendt_ts`: a DuckDB reporting job's columns, decision 0060,
"Stop 65: trial-95"); a word of time alone is not enough, the signer's words must come first. In an
XML export of many records each record's copy of it is the same value (`forloeb[2]/godkendt_tid`: an
xml2js export's, decision 0060, "Stop 69: trial-114"), not a second one to choose between.

The same export leaves both empty in the rows of a citizen whose hours are not approved yet: each such
record is one not signed, `null`, not one to refuse, so where a many-records table's signature column is
empty in some rows, the draft makes it nullable (`left_empty`). So with every value a record holds as
null when its form leaves it empty (`LEFT_EMPTY_PATHS`): an end's outcome the case system has not yet
(`<Udfald/>`, decision 0060, "Stop 65: trial-94").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from hub.adapters.suggest.candidates import LATER_COPY, Candidate
from hub.adapters.suggest.epoch_columns import EPOCH_ARGS, epoch_days
from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.form_paths import LEFT_EMPTY_PATHS
from hub.adapters.suggest.tables import TablePlan
from hub.adapters.suggest.values import date_like
from hub.adapters.suggest.words import words

_BY = ("af", "by")
# A moment's name after what happened, as programs and databases write it: Danish `tid`, `tidspunkt`,
# `tidsstempel`, SQL's `ts`/`timestamp`/`time`, Rails' `at`, and `on`/`date`/`dato`.
_MOMENT = ("tid", "tidspunkt", "tidsstempel", "ts", "timestamp", "time", "at", "on", "date", "dato")
_POSITION = re.compile(r"\[\d+\]")


def signed_on_as_signer(
    fields: list[FieldSuggestion],
    candidates: Sequence[Candidate],
    taken: dict[str, FieldSuggestion],
    paths: tuple[str, ...],
) -> None:
    """Draft the day signed from the one undated value named as the signer less "af" (changed in place)."""
    signer = taken.get("signed_by")
    if signer is None or "signed_on" in taken or "signed_on" not in paths or len(signer.selectors) != 1:
        return
    by_selector = {cand.selector: cand for cand in candidates}
    # Its own name, or an element's with its parent's before it: `<attestation><af>` is "attestation af"
    # (trial-115). An attribute's (`<godkendt af=...>`) is `xml_fields.signed_on_beside`'s, which leaves
    # two days beside it to a person.
    texts = _texts(by_selector.get(signer.selectors[0]))
    texts = texts[:1] if "/@" in signer.selectors[0] else texts
    named = next((n for n in texts if len(n) > 1 and n[-1] in _BY), [])
    days = [
        f
        for f in fields
        if f.path is None
        and len(f.selectors) == 1
        and not LATER_COPY.search(f.selectors[0])  # another record's copy of the same value
        and _dated_as(by_selector.get(f.selectors[0]), named[:-1])
    ]
    # one value: an XML export of many records offers each record's copy of it (`forloeb[2]/godkendt_tid`)
    if len({_POSITION.sub("", f.selectors[0]) for f in days}) == 1:
        days[0].path, days[0].transforms, days[0].note = "signed_on", ["date"], ""
        if epoch_days(_seen(by_selector.get(days[0].selectors[0]))):  # `getTime()`'s days
            days[0].transforms, days[0].args = ["epoch_date"], dict(EPOCH_ARGS)
        taken["signed_on"] = days[0]


def _texts(cand: Candidate | None) -> list[list[str]]:
    """The words of each of a value's texts: its own name, then as its element's names lend it one."""
    return [words(text) for text in cand.texts] if cand is not None else []


def _dated_as(cand: Candidate | None, stem: list[str]) -> bool:
    """True when a value is named by `stem`'s words alone, or by them and a word of time (`_MOMENT`), and
    each of its values seen is a day."""
    if cand is None or cand.kind or not stem:
        return False
    if not any(named == stem or (named[:-1] == stem and named[-1] in _MOMENT) for named in _texts(cand)):
        return False
    seen = _seen(cand)
    return bool(seen) and (all(date_like(v) for v in seen) or epoch_days(seen))


def _seen(cand: Candidate | None) -> list[str]:
    """The values seen of a value's column (or the value alone), the empty ones left out."""
    if cand is None:
        return []
    return [v for v in (*cand.column_values, cand.value or "") if v and v.strip()]


def left_empty(fields: list[FieldSuggestion], plans: Sequence[TablePlan]) -> None:
    """Make the signer, the day signed and the outcome nullable where a many-records table leaves them
    empty in some rows: those records are not signed (or ended with no outcome) yet (changed in place)."""
    for plan in plans:
        if plan.mode != "items":
            continue
        for f in fields:
            header = f.selectors[0].removeprefix("column:") if len(f.selectors) == 1 else ""
            if f.path in LEFT_EMPTY_PATHS and f.selectors[0] == f"column:{header}":
                f.optional = f.optional or any(not (r.get(header) or "").strip() for r in plan.table.rows)


def left_empty_items(fields: list[FieldSuggestion], candidates: Sequence[Candidate], record: str) -> None:
    """The same for an XML export of many records (one record an element `record`): where some record
    holds no signer or no day signed (`<Godkendelse/>` left empty until approval), or no outcome
    (`<Udfald/>`), they are nullable (changed in place; decision 0060, "Stop 61: trial-75")."""
    records: set[str] = set()
    filled: dict[str, set[str]] = {}  # a value's path from its record: the records holding it filled
    for cand in candidates:
        at = _record_copy(cand.selector, record)
        if at is not None:
            records.add(at[0])
            if (cand.value or "").strip():
                filled.setdefault(at[1], set()).add(at[0])
    for f in fields:
        if f.path in LEFT_EMPTY_PATHS and len(f.selectors) == 1:
            f.optional = f.optional or len(filled.get(f.selectors[0], ())) < len(records)


def _record_copy(selector: str, record: str) -> tuple[str, str] | None:
    """Which copy of the record's element a value is in (that step, its position kept) and its path from
    there, positions left out; None for a value outside every record."""
    steps, depth = selector.split("/"), record.count("/")
    if len(steps) <= depth + 1 or _POSITION.sub("", "/".join(steps[: depth + 1])) != record:
        return None
    return steps[depth], _POSITION.sub("", "/".join(steps[depth + 1 :]))
