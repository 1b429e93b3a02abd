"""The draft of one [[forms]] block for `hub adapters suggest`: what `draft.suggest` fills in from a
document, and what `render` writes out as TOML (with `render_tables`, which read it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hub.adapters.suggest.fields import FieldSuggestion
from hub.adapters.suggest.render import render
from hub.adapters.suggest.tables import TablePlan

__all__ = ["Suggestion"]


@dataclass
class Suggestion:
    """The draft of one [[forms]] block."""

    filename: str
    form_id: str
    form_type: str
    type_word: str
    format: str
    title: str
    recognise: dict[str, Any]
    reader: dict[str, Any]
    fields: list[FieldSuggestion]
    plans: list[TablePlan]
    missing: list[str]
    labels_skipped: tuple[int, ...] = ()  # a PDF's pages whose printed labels the reader left unread
    rows: list[str] = field(default_factory=list)  # an XML document's repeated element as a list (TOML)
    items_rows: str = ""  # an XML export's element that is one record each (`[forms.items] rows`)
    text_unreadable: tuple[int, ...] = ()  # a PDF's pages whose printed text could not be read at all

    def to_toml(self) -> str:
        """The draft as TOML text, with comments for people."""
        return render(self)
