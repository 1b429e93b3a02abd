"""Values as a command may print them: without a CPR number, as `hub reprocess` and `hub explain` show
them. A terminal's output is kept by cron or systemd as a log, and no CPR number may reach a log line;
the full number is on the record's page, for the citizen's own municipality, with the read audited."""

from __future__ import annotations

from hub.pseudonyms import mask_cpr_like, show_cpr

# Fields that hold a company's number, not a person's: shown as they are, even when ten digits read as
# a date (a P-number may).
_COMPANY_NUMBERS = ("p_number", "cvr")


def _leaf(path: str) -> str:
    return path.rsplit(".", 1)[-1].split("[")[0]


def _masked(leaf: str, text: str) -> str:
    """A stored string in the field `leaf` as a command may print it: a CPR field masked with its birth
    date kept (a change is still seen), CPR-like text in other strings masked (every spelling, decision
    0065); a P-number or CVR number as it is."""
    if leaf == "cpr":
        return show_cpr(text, "masked")
    return text if leaf in _COMPANY_NUMBERS else mask_cpr_like(text)


def shown_value(path: str, value: object) -> str:
    """A stored value as the terminal may show it (repr), masked as `_masked` says."""
    return repr(_masked(_leaf(path), value)) if isinstance(value, str) else repr(value)


def shown_data(value: object, leaf: str = "") -> object:
    """A record's stored data (dicts, lists, strings, numbers) as a command may print it whole (`hub
    ingest --json`): the same shape and keys, every string masked as `_masked` says by its field's name."""
    if isinstance(value, dict):
        return {key: shown_data(inner, str(key)) for key, inner in value.items()}
    if isinstance(value, list):
        return [shown_data(inner, leaf) for inner in value]
    return _masked(leaf, value) if isinstance(value, str) else value


def shown_raw(path: str, raw: object) -> str:
    """A value as it was read from a document (repr), masked as `shown_value` masks stored values. A CPR
    field's raw text may be spelled any way a form allows ("15 03 92 1237"), not only as `CPR_LIKE`
    finds it, so every digit after the sixth (the birth date) is masked there."""
    if isinstance(raw, str) and _leaf(path) == "cpr":
        return repr(_after_birth_date(raw))
    return shown_value(path, raw)


def _after_birth_date(text: str) -> str:
    seen = 0
    kept = []
    for char in text:
        if char.isdigit():
            seen += 1
            kept.append(char if seen <= 6 else "X")
        else:
            kept.append(char)
    return "".join(kept)


def where_to_see_in_full(record_id: int) -> tuple[str, str]:
    """The line that says where a caseworker finds the full number: the record's page, which shows it to
    the citizen's own municipality and notes the read in the audit log."""
    return (
        f"CPR numbers are masked here (this output may be kept in a log); the full number is on the "
        f"record's page /records/{record_id} for the citizen's own municipality, the read noted in the "
        "audit log",
        f"CPR-numre er maskeret her (udskriften kan gemmes i en log); det fulde nummer står på postens side "
        f"/records/{record_id} for borgerens egen kommune, og visningen noteres i revisionsloggen",
    )
