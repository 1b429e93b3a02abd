"""Build a `MunicipalityConfig` (frozen data) from a config file's validated dict."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hub.adapters.language.claim_config import build_claim
from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_model import AuditRules, MunicipalityConfig
from hub.adapters.language.config_parts import (
    Condition,
    FieldRule,
    ItemRule,
    ListFieldRule,
    ListRule,
    RecogniseRules,
    StopRule,
    SubtotalRule,
)


def _field_rule(data: Mapping[str, Any]) -> FieldRule:
    return FieldRule(
        path=data["path"],
        source=data.get("source"),
        sources=tuple(data.get("sources", ())),
        value=data.get("value"),
        compute=data.get("compute"),
        transforms=tuple(data.get("transforms", ())),
        optional=data.get("optional", False),
        nullable=data.get("nullable", False),
        prefilled=data.get("prefilled", False),
    )


def _list_rule(data: Mapping[str, Any]) -> ListRule:
    table = data.get("table")
    items = tuple(
        ListFieldRule(
            key=item["key"],
            # In a table, a field without a source reads the column the table names for its key.
            source=item.get("source") or ("" if "sources" in item else (table or {})[item["key"]]),
            sources=tuple(item.get("sources", ())),
            transforms=tuple(item.get("transforms", ())),
            optional=item.get("optional", False),
            prefilled=item.get("prefilled", False),
        )
        for item in data["items"]
    )
    return ListRule(
        path=data["path"],
        fields=items,
        table=dict(table) if table is not None else None,
        rows=data.get("rows"),
        repeat=data.get("repeat"),
        aggregate=data.get("aggregate"),
        optional=data.get("optional", False),
        stop=_stop_rule(data.get("stop")),
        subtotals=_subtotal_rule(data.get("subtotals")),
        across=data.get("across", False),
        require=tuple(_condition(rule) for rule in data.get("require", ())),
    )


def _subtotal_rule(data: Mapping[str, Any] | None) -> SubtotalRule | None:
    if data is None:
        return None
    columns = tuple(data.get("columns", ()))
    if "element" in data:  # an xml list's groups: no line to name, each group element's own sums
        return SubtotalRule("", element=data["element"], sums=tuple(data.get("sums", {}).items()))
    return SubtotalRule(data.get("label") or data["starts"], columns, starts="starts" in data)


def _stop_rule(data: Mapping[str, Any] | None) -> StopRule | None:
    return None if data is None else StopRule(data.get("label"), data.get("blank"), data.get("not_date"))


def _item_rule(data: Mapping[str, Any]) -> ItemRule:
    return ItemRule(
        **{k: v for k, v in data.items() if k not in ("stop", "subtotals")},
        stop=_stop_rule(data.get("stop")),
        subtotals=_subtotal_rule(data.get("subtotals")),
    )


def _condition(data: Mapping[str, Any]) -> Condition:
    return Condition(
        source=data["source"],
        equals=data.get("equals"),
        one_of=tuple(data.get("one_of", ())),
        matches=data.get("matches"),
        reason=data.get("reason", ""),
        leave_out=tuple(data.get("leave_out", ())),
    )


def build_form(data: Mapping[str, Any], raw: Mapping[str, Any], path: Path | None) -> FormConfig:
    """Build one form from its validated dict (`raw`: as parsed; `path`: the file, for relative paths)."""
    xsd = data["reader"].get("xsd")
    recognise = data["recognise"]
    return FormConfig(
        id=data["id"],
        form_type=data["form_type"],
        format=data["format"],
        title=data.get("title", ""),
        title_en=data.get("title_en", ""),
        recognise=RecogniseRules(
            fields=tuple(recognise.get("selectors", ())),
            contains=tuple(recognise.get("contains", ())),
            root=recognise.get("root"),
            title=recognise.get("title"),
        ),
        fields=tuple(_field_rule(rule) for rule in data["rules"]),
        lists=tuple(_list_rule(rule) for rule in data["lists"]),
        items=_item_rule(data["items"]) if "items" in data else None,
        require=tuple(_condition(rule) for rule in data.get("require", ())),
        reader=dict(data["reader"]),
        xsd_path=(path.parent / xsd).resolve() if xsd and path is not None else None,
        raw=raw,
    )


AUDIT_RULES = (
    "grant_on_or_before_start",
    "hours_signed_by_mentor",
    "hours_within_grant",
    "timesheet_every_month",
    "progress_report_every_weeks",
    "end_form_within_days",
)


def build_config(data: Mapping[str, Any], raw: Mapping[str, Any], path: Path | None) -> MunicipalityConfig:
    """Build the frozen config from a dict `config_schema` has validated (`raw`: the file as parsed)."""
    who, audit = data["municipality"], data["audit"]
    return MunicipalityConfig(
        code=who["code"],
        slug=who["slug"],
        name=who["name"],
        jobcentre=who["jobcentre"],
        audit=AuditRules(
            claim_period=audit["claim_period"],
            cpr_in_bundles=audit["cpr_in_bundles"],
            retention_years=audit["retention_years"],
            **{key: audit[key] for key in AUDIT_RULES if key in audit},
        ),
        forms=tuple(build_form(form, raw["forms"][i], path) for i, form in enumerate(data["forms"])),
        claim=build_claim(data["claim"], who["slug"], path) if "claim" in data else None,
        path=path,
        raw=raw,
    )
