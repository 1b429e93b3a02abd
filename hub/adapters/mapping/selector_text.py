"""What a selector's text says, apart from any document: cell references ("Ark1!B3"), label paths
("Underskrevet af > Dato#2", "label:Navn>2") and the normalised label texts they name. Whether a
selector is valid for a format, checked when a config is loaded, is `selector_check`'s.

Apart from `selectors.SourceIndex` because none of it needs a document: the config checks, the suggestions
and the onboarding words read selectors without indexing anything. The label functions are cached by text.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from hub.wording_cache import wording_kept

__all__ = [
    "ADJACENT",
    "CELL",
    "FILLED",
    "NTH",
    "TABULAR_PREFIXES",
    "CellTexts",
    "TabularStep",
    "label_path",
    "label_texts",
    "normalise_label",
    "normalise_text",
    "parse_cell",
    "reads_label",
    "pdf_step",
    "split_label",
    "split_nth",
    "split_sheet",
    "tabular_label",
    "tabular_step",
]

_CELL = re.compile(r"(?:(?P<sheet>'[^']+'|[^!']+)!)?(?P<col>[A-Za-z]{1,3})(?P<row>[1-9]\d*)")
TABULAR_PREFIXES = ("label:", "below:", "next:", "under:")
# A workbook's sheet before a label selector, as before a cell ("Stamdata!label:CPR-nr.", quoted when its
# name holds a space or a `!`: "'Uge 10'!next:I alt"). Excel forbids `:` in a sheet's name, so the first
# `:` is the label selector's own.
_SHEET_PREFIX = re.compile(r"(?P<sheet>'[^']+'|[^!':]+)!(?=(?:label|below|next|under):)")
NTH = re.compile(r"\s*>\s*([1-9]\d?)\s*$")
_OCCURRENCE = re.compile(r"\s*#\s*([1-9]\d?)\s*$")


# The dashes a program writes for the hyphen typed: Ghostscript's text encoding gives "CPR−nummer" (U+2212
# MINUS SIGN), Word "P‑nummer" (U+2011) or an en dash; each is the hyphen a config says ("CPR-nummer").
# Not the em dash, a sentence's dash (decision 0060, "Stop 62: fixes-75").
_HYPHENS = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2212", "-"))
# Whether a text holds one of them: `str.translate` with a dict looks up every character and raises and
# drops a KeyError for each one not in it, some fifty a label of Danish words with none of the dashes.
_ANY_HYPHEN = re.compile("[\u2010\u2011\u2012\u2013\u2212]")


def normalise_text(text: str) -> str:
    """Compare label texts ignoring case, runs of spaces, a trailing colon, how a letter is encoded and
    which dash stands for a hyphen (`_HYPHENS`): "Årsag" typed in a config is one character "Å", in a
    file from a Mac or a PDF's text often "A" and a combining ring (Unicode NFD), which looks the same and
    compared unequal. Kept by nothing: a document's cells go through `CellTexts`, a config's words
    through `normalise_label`."""
    folded = unicodedata.normalize("NFC", " ".join(text.split()).rstrip(":").rstrip()).casefold()
    return folded if folded.isascii() or _ANY_HYPHEN.search(folded) is None else folded.translate(_HYPHENS)


def reads_label(text: str, label: str, starts: bool) -> bool:
    """Whether a normalised cell text is a normalised label: whole, or with `starts` the label and then
    anything after a character that is no letter or digit (`I alt uge 38`, `I alt, uge 38`; never
    `I alten`, another word): a subtotal rule's `starts`."""
    if text == label:
        return True
    return starts and text.startswith(label) and not text[len(label)].isalnum()


# Cached: every document of one template carries the same tooltips and labels, and indexing a PDF
# normalised each of them again (a twentieth of `hub reprocess`, measured alternating). Only a config's
# own words (selectors, labels, headers) and a PDF's tooltips and printed labels come here: a CSV or
# sheet's cells go through their document's `CellTexts`, as a citizen's name typed in one has a label's
# shape and was kept for the worker's life (decision 0065, "Stop 59: names-69").
normalise_label = wording_kept(maxsize=16384)(normalise_text)


class CellTexts(dict[str, str]):
    """A document's cell texts normalised (`normalise_text`), kept with the document's index and gone
    with it: a cell's text is compared as a label many times a document (its labels, header row, rows'
    keys), but a name or a date typed in one belongs to that document only. A text the configs name
    already is taken from `normalise_label`'s cache, not worked out again."""

    def __missing__(self, text: str) -> str:
        value = self[text] = WORDS.get(text) or normalise_text(text)
        return value


WORDS: dict[str, str] = normalise_label.__self__  # type: ignore[attr-defined]  # the dict behind it


@wording_kept(maxsize=1024)
def header_key(text: str) -> tuple[str, ...]:
    """A table header as `find_header_row` compares it: its text normalised, or for a header path
    (`Mentor > Navn`, a column under a group heading) each part normalised, outermost first."""
    return tuple(normalise_label(part) for part in text.split(">"))


def parse_cell(selector: str) -> tuple[str | None, int, int] | None:
    """Split "Ark1!B3" into (sheet, row, column); None when it is not a cell reference."""
    match = _CELL.fullmatch(selector.strip())
    if not match:
        return None
    col = 0
    for letter in match["col"].upper():
        col = col * 26 + ord(letter) - ord("A") + 1
    sheet = match["sheet"].strip("'") if match["sheet"] else None
    return sheet, int(match["row"]), col


@lru_cache(maxsize=4096)
def split_sheet(selector: str) -> tuple[str | None, str]:
    """Split "Stamdata!label:CPR-nr." into the sheet it is read on and the selector ("Stamdata",
    "label:CPR-nr."); (None, the selector) when it names none. A cell reference keeps its sheet
    (`parse_cell`): only a label selector's is split off here. Kept by text: only config selectors come
    here, and every document of a CSV form asked again for each (some 40 a form, resolving and the
    quoted-label check)."""
    selector = selector.strip()
    match = _SHEET_PREFIX.match(selector)
    if match is None:
        return None, selector
    return match["sheet"].strip("'"), selector[match.end() :]


def split_nth(text: str) -> tuple[str, int]:
    """Split "Underskrevet af>2" into the label text and n (the n-th filled cell; 1 when not given)."""
    match = NTH.search(text)
    return (text[: match.start()], int(match[1])) if match else (text, 1)


def split_label(text: str) -> list[tuple[str, int | None]]:
    """Split a label path into its labels, each with its occurrence: "Underskrevet af > Dato#2" gives
    [("Underskrevet af", None), ("Dato", 2)]; the last label is the one whose value is read, each
    earlier one the block it sits in (see `SourceIndex._label_cell`)."""
    found: list[tuple[str, int | None]] = []
    for part in text.split(">"):
        match = _OCCURRENCE.search(part)
        found.append((part[: match.start()], int(match[1])) if match else (part, None))
    return found


@lru_cache(maxsize=4096)
def label_path(text: str) -> tuple[tuple[str, int | None], ...]:
    """`split_label` with each label normalised, kept: a form's label selectors are resolved again for
    every document of it (about 25 a CSV form, on the storing thread)."""
    return tuple((normalise_label(label), nth) for label, nth in split_label(text))


def tabular_label(selector: str) -> str | None:
    """The label text a csv/xlsx `label:`, `below:`, `next:` or `under:` selector names (normalised),
    on whichever sheet it names."""
    selector = split_sheet(selector)[1]
    if not selector.startswith(TABULAR_PREFIXES):
        return None
    text = selector.split(":", 1)[1]
    if selector.startswith(("label:", "below:")):
        text = split_nth(text)[0]
    return normalise_label(split_label(text)[-1][0]) or None


@lru_cache(maxsize=1024)
def label_texts(selectors: frozenset[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The label texts a form's selectors name, those read rightwards (label:, next:: the cell straight
    right of one is its value) and those read downwards (below:, under:: the cell straight under one is
    its value, as under a header row). Worked out once per form: every document of it asks again.
    Only config selectors come here, never a document's text."""
    labels = frozenset(t for sel in selectors if (t := tabular_label(sel)))
    return labels, _read_by(selectors, ("label:", "next:")), _read_by(selectors, ("below:", "under:"))


def _read_by(selectors: frozenset[str], prefixes: tuple[str, ...]) -> frozenset[str]:
    return frozenset(
        t for sel in selectors if split_sheet(sel)[1].startswith(prefixes) and (t := tabular_label(sel))
    )


ADJACENT, FILLED, CELL = "adjacent", "filled", "cell"  # what a `TabularStep` asks for


class TabularStep(NamedTuple):
    """What a tabular selector's text asks of a document's cells, worked out from the text alone: the
    cell right of / under a label (`adjacent`: `next:`, `under:`), the nth filled cell after one
    (`filled`: `label:`, `below:`), or a cell by reference (`cell`; None: the text is none)."""

    kind: str
    down: bool = False
    path: tuple[tuple[str, int | None], ...] = ()  # the label path, normalised (`label_path`)
    nth: int = 1
    cell: tuple[str | None, int, int] | None = None


@lru_cache(maxsize=4096)
def tabular_step(selector: str) -> TabularStep:
    """A tabular selector's `TabularStep`, kept by its text: a form's selectors are the config's, and
    every document of the form resolved each again from its text (prefixes, `>n`, the label path, a
    cell reference), some 25 a CSV form on the storing thread. Only config selectors come here."""
    for prefix, down in (("next:", False), ("under:", True)):
        if selector.startswith(prefix):
            return TabularStep(ADJACENT, down, label_path(selector[len(prefix) :]))
    for prefix, down in (("label:", False), ("below:", True)):
        if selector.startswith(prefix):
            text, nth = split_nth(selector[len(prefix) :])
            return TabularStep(FILLED, down, label_path(text), nth)
    return TabularStep(CELL, cell=parse_cell(selector))


@lru_cache(maxsize=4096)
def pdf_step(selector: str) -> tuple[str, str]:
    """A PDF selector read from its text alone, and kept by it: ("tooltip", the tooltip normalised),
    ("label", the label normalised) or ("", the field's name). Every document of a form read each of
    its selectors again (stripped, two prefixes tried), some thirty a PDF form in `hub reprocess`.
    Only config selectors come here, as to `tabular_step`."""
    selector = selector.strip()
    if selector.startswith("tooltip:"):
        return "tooltip", normalise_label(selector[8:])
    if selector.startswith("label:"):
        return "label", normalise_label(selector[6:])
    return "", selector
