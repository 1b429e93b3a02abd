"""A municipality's `[claim]` as frozen data, built from the section `claim_schema` has validated.

`MunicipalityConfig.claim` holds one (None when the municipality claims nothing); the renderers in
`hub.exports.claims` write a `Claim` with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.adapters.mapping.outbound_types import OutCall


@dataclass(frozen=True)
class ClaimField:
    """One template field, element or column, and what fills it: a claim value or a constant."""

    target: str
    source: str | None = None
    value: str | None = None
    transforms: tuple[OutCall, ...] = ()
    optional: bool = False
    kind: str = "text"  # what the transforms give: text, integer, decimal, date or tick


@dataclass(frozen=True)
class ClaimLines:
    """How each line of the claim is written: pdf slots (`repeat`), an xml element (`path`), csv columns."""

    fields: tuple[ClaimField, ...]
    repeat: int | None = None
    path: str | None = None


@dataclass(frozen=True)
class ClaimConfig:
    """The claim a municipality wants back: format, template, writer options, fields, lines, footer."""

    slug: str
    format: str
    lines: ClaimLines
    fields: tuple[ClaimField, ...] = ()
    footer: tuple[ClaimField, ...] = ()
    writer: Mapping[str, Any] = field(default_factory=dict)
    template: str | None = None  # as written in the config, relative to the config file
    template_path: Path | None = None  # resolved

    def describe(self) -> str:
        """The claim's format and template, for messages: `pdf (templates/x/y.pdf)`, `csv`."""
        return f"{self.format} ({self.template})" if self.template else self.format


def _field(data: Mapping[str, Any]) -> ClaimField:
    return ClaimField(
        target=data["target"],
        source=data.get("source"),
        value=data.get("value"),
        transforms=tuple(data.get("transforms", ())),
        optional=data.get("optional", False),
        kind=data.get("kind", "text"),
    )


def build_claim(data: Mapping[str, Any], slug: str, path: Path | None) -> ClaimConfig:
    """Build the frozen `[claim]` from its validated dict (`path`: the config file, for the template)."""
    template = data.get("template")
    lines = data["lines"]
    return ClaimConfig(
        slug=slug,
        format=data["format"],
        lines=ClaimLines(
            fields=tuple(_field(item) for item in lines["items"]),
            repeat=lines.get("repeat"),
            path=lines.get("path"),
        ),
        fields=tuple(_field(rule) for rule in data["rules"]),
        footer=tuple(_field(rule) for rule in data["footer"]),
        writer=dict(data["writer"]),
        template=template,
        template_path=(path.parent / template).resolve() if template and path is not None else None,
    )
