"""What `hub adapters suggest` reads from an extraction: one candidate per value, with the texts near it.

A PDF field offers its tooltip, name and printed label; an XML value its element names; a CSV/XLSX value
the label cell left of it (and the section heading above, for "Navn" under "Borger"), selected by
`next:` when it sits straight right of a label printed once on the sheet. A header row with
values below it is a table, offered as a whole for a `[[forms.lists]]` suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hub.adapters.mapping.selectors import normalise_label
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.suggest.words import fold

# Attribute names that describe a document (its version, identity, creation) rather than hold a value.
METADATA_ATTRIBUTES = frozenset(
    {"version", "schemaversion", "skemaversion", "formatversion", "id", "uuid", "guid", "oprettet"}
    | {"created", "timestamp", "tidsstempel", "dannet", "lang", "encoding", "format", "xmlns", "system"}
)
# Attribute names that hold a code for their element's text (`<Ydelse kode="KH">Kontanthjælp</Ydelse>`).
CODE_ATTRIBUTES = frozenset({"kode", "code", "koder", "vaerdi", "value", "kodevaerdi"})
_STEP = re.compile(r"/(@)?(?:\{([^}]*)\})?([^/{}\[\]]+)(?:\[(\d+)\])?")


@dataclass(frozen=True)
class Candidate:
    """One value of the document: its selector, texts to guess from (best first), and what was seen."""

    selector: str
    texts: tuple[str, ...]
    where: str = ""
    value: str | None = None
    options: tuple[str, ...] = ()
    # PDF choices: "boxes" (a group of checkboxes, or one alone; `keys` are their fields) or "radio" (one
    # field); `printed` is each box's field (a radio's export value) with the words printed beside it.
    kind: str = ""
    keys: tuple[str, ...] = ()
    printed: tuple[tuple[str, str], ...] = ()


@dataclass
class Table:
    """A header row with values below it: each data row's cells by header, and what follows the table.

    `trailer` is the first cell of a row straight after the data that is no data row ("Underskrevet af"
    with no blank row between): a list reads rows until a wholly empty one, so it would read that row too.
    """

    where: str
    headers: tuple[str, ...]
    rows: list[dict[str, str]] = field(default_factory=list)
    trailer: str = ""
    trailer_row: int = 0


@dataclass
class Gathered:
    """Everything the suggestion is made from."""

    candidates: list[Candidate] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    title: str = ""
    namespaces: dict[str, str] = field(default_factory=dict)


def gather(extraction: Extraction) -> Gathered:
    """Turn an extraction into candidates, by its format."""
    if extraction.format == "pdf":
        values = [v for v in extraction.values if v.meta.get("type") != "button"]
        title = str(extraction.meta.get("title") or "")
        return Gathered(candidates=_pdf_candidates(values), title=title)
    if extraction.format == "xml":
        return _xml(extraction)
    return _tabular(extraction)


def _pdf(value: SourceValue) -> Candidate:
    tip, label = value.meta.get("tooltip"), value.meta.get("label")
    where = "; ".join(f'{name} "{text}"' for name, text in (("tooltip", tip), ("label", label)) if text)
    texts = tuple(t for t in (tip, value.key, label) if t)
    options = tuple(s for s in value.meta.get("states") or [] if s != "Off")
    return Candidate(value.key, (*texts, " ".join(texts)), where, value.value, options)


def _pdf_candidates(values: list[SourceValue]) -> list[Candidate]:
    """One candidate a field, except that boxes printed in a row or a column are one candidate."""
    found: list[Candidate] = []
    group: list[SourceValue] = []
    for value in values:
        if _box(value):
            if group and not _next_to(group[-1], value):
                found.append(_boxes(group))
                group = []
            group.append(value)
            continue
        if group:
            found.append(_boxes(group))
            group = []
        plain = _pdf(value)
        choices = value.meta.get("choices") if value.meta.get("type") == "radio" else None
        if choices:
            printed = tuple((k, str(t)) for k, t in choices.items() if t)
            plain = Candidate(
                plain.selector, plain.texts, plain.where, plain.value, plain.options, "radio", (), printed
            )
        found.append(plain)
    if group:
        found.append(_boxes(group))
    return found


def _box(value: SourceValue) -> bool:
    return value.meta.get("type") == "checkbox" and "box" in value.meta


def _next_to(before: SourceValue, value: SourceValue) -> bool:
    """Two boxes of one group: the second right of the first on its line, or just under it."""
    if before.meta.get("page") != value.meta.get("page"):
        return False
    (x0, y0, *_), (x1, y1, *_) = before.meta["box"], value.meta["box"]
    across = abs(y1 - y0) <= 3 and 0 < x1 - x0 <= 250
    down = abs(x1 - x0) <= 3 and 0 < y0 - y1 <= 40
    return across or down


def _boxes(group: list[SourceValue]) -> Candidate:
    """A group of boxes (or one alone): its caption and tooltips to guess the path from, each box's words."""
    printed = tuple((v.key, str(v.meta.get("beside") or v.meta.get("tooltip") or "")) for v in group)
    own = {text for _, text in printed}
    caption = str(group[0].meta.get("label") or "")
    caption = "" if caption in own else caption
    tips = [str(v.meta.get("tooltip") or "") for v in group]
    shared = _shared_start(tips) if len(group) > 1 else tips[0]
    texts = tuple(t for t in (caption, shared) if t)
    if len(group) == 1:  # its own words; the text left of or above a lone box may belong to another field
        own_words = group[0].meta.get("beside") or group[0].meta.get("label")
        texts = tuple(dict.fromkeys(str(t) for t in (own_words, group[0].meta.get("tooltip")) if t))
    where = "; ".join(f'{k} "{t}"' for k, t in (("label", caption), ("tooltip", shared)) if t)
    ticked = ", ".join(v.key for v in group if v.value not in (None, "", "Off")) or "none ticked"
    keys = tuple(v.key for v in group)
    return Candidate(keys[0], (*texts, " ".join(texts)), where, ticked, (), "boxes", keys, printed)


def _shared_start(texts: list[str]) -> str:
    """The words all texts start with ("Fremmøde: 1", "Fremmøde: 2" → "Fremmøde")."""
    first = texts[0].split()
    count = 0
    while count < len(first) and all(t.split()[count : count + 1] == [first[count]] for t in texts):
        count += 1
    return " ".join(first[:count]).rstrip(":,- ")


def xml_namespaces(extraction: Extraction) -> dict[str, str]:
    """Prefix → URI for every namespace the document uses; a default namespace gets an invented prefix."""
    by_uri: dict[str, str] = {}
    for prefix, uri in (extraction.meta.get("nsmap") or {}).items():
        if prefix:
            by_uri.setdefault(uri, prefix)
    used = [m[1] for v in extraction.values for m in _STEP.findall(v.key) if m[1]]
    for uri in dict.fromkeys([(extraction.meta.get("nsmap") or {}).get("", ""), *used]):
        if uri and uri not in by_uri:
            taken = set(by_uri.values())
            by_uri[uri] = next(p for p in ("d", *(f"ns{n}" for n in range(1, 1000))) if p not in taken)
    return {prefix: uri for uri, prefix in by_uri.items()}


def _xml(extraction: Extraction) -> Gathered:
    namespaces = xml_namespaces(extraction)
    prefixes = {uri: prefix for prefix, uri in namespaces.items()}
    found = []
    for value in extraction.values:
        steps, names = [], []
        for attr, uri, local, pos in _STEP.findall(value.key):
            name = f"{prefixes[uri]}:{local}" if uri else local
            steps.append(("@" if attr else "") + name + (f"[{pos}]" if pos and int(pos) > 1 else ""))
            names.append(local)
        attribute = bool(steps) and steps[-1].startswith("@")
        where = ""
        if attribute and fold(names[-1]) in METADATA_ATTRIBUTES:
            # `<Afslutning version="2">` is about the document, not its contents: "Afslutning version"
            # must not read as the outcome. Fit for [forms.recognise], never a field.
            texts: tuple[str, ...] = (names[-1],)
            where = "an attribute about the document itself"
        else:
            texts = (names[-1], " ".join(names[-2:])) if names else (value.key,)
        found.append(Candidate("/" + "/".join(steps), texts, where, value.value))
    root = str(extraction.meta.get("root") or "")
    return Gathered(candidates=found, title=root.rpartition("}")[2], namespaces=namespaces)


def label_like(text: str | None) -> bool:
    """A cell that reads as a label or header: letters and no digits."""
    return bool(text and re.search(r"[^\W\d_]", text) and not re.search(r"\d", text))


def _tabular(extraction: Extraction) -> Gathered:
    sheets: dict[str, dict[int, list[SourceValue]]] = {}
    for value in extraction.values:
        sheet = str(value.meta.get("sheet") or "")
        sheets.setdefault(sheet, {}).setdefault(int(value.meta.get("row", 0)), []).append(value)
    out = Gathered()
    default = str((extraction.meta.get("sheets") or [""])[0]) if extraction.format == "xlsx" else ""
    for sheet, rows in sheets.items():
        for cells in rows.values():
            cells.sort(key=lambda v: int(v.meta.get("col", 0)))
        _sheet(out, sheet, rows, first=sheet == default, fmt=extraction.format)
    return out


def _sheet(out: Gathered, sheet: str, rows: dict[int, list[SourceValue]], first: bool, fmt: str) -> None:
    counts: dict[str, int] = {}
    for cells in rows.values():
        for cell in cells:
            counts[normalise_label(cell.value or "")] = counts.get(normalise_label(cell.value or ""), 0) + 1
    context, last = "", 0
    table_cols: set[int] = set()
    headers: dict[int, str] = {}  # the current table's header by column
    in_sheet = f'sheet "{sheet}", ' if fmt == "xlsx" else ""
    for number in sorted(rows):
        cells = rows[number]
        cols = {int(c.meta.get("col", 0)) for c in cells}
        if table_cols and number == last + 1 and cols & table_cols and not label_like(cells[0].value):
            last = number
            out.tables[-1].rows.append(
                {
                    headers[int(c.meta.get("col", 0))]: c.value or ""
                    for c in cells
                    if int(c.meta.get("col", 0)) in headers
                }
            )
            continue
        if table_cols and number == last + 1:
            out.tables[-1].trailer, out.tables[-1].trailer_row = (cells[0].value or "").strip(), number
        table_cols = set()
        below = rows.get(number + 1, [])
        shared = cols & {int(c.meta.get("col", 0)) for c in below}
        if (
            len(cells) > 1
            and all(label_like(c.value) for c in cells)
            and len(shared) > 1
            and not label_like(below[0].value)
        ):
            out.tables.append(Table(f"{in_sheet}row {number}", tuple((c.value or "").strip() for c in cells)))
            headers = {int(c.meta.get("col", 0)): (c.value or "").strip() for c in cells}
            table_cols, last = cols, number
            continue
        if len(cells) == 1 and not (cells[0].value or "").strip().endswith(":"):
            if first and not out.title:
                out.title = (cells[0].value or "").strip()
            else:
                context = (cells[0].value or "").strip()
            continue
        at = 0
        while at < len(cells):
            cell = cells[at]
            if not label_like(cell.value):
                out.candidates.append(Candidate(cell.key, (context,) if context else (), "", cell.value))
                at += 1
                continue
            label = (cell.value or "").strip().rstrip(":").strip()
            out.title = out.title or label
            pair = cells[at + 1] if at + 1 < len(cells) else None
            unique = first and counts.get(normalise_label(label), 0) == 1
            adjacent = pair is not None and int(pair.meta.get("col", 0)) == int(cell.meta.get("col", 0)) + 1
            # The value seen beside the label: next: keeps to that cell, so a value left blank in another
            # document reads as blank; label: would be the first filled cell further right.
            selector = (
                (f"next:{label}" if adjacent else f"label:{label}") if unique or pair is None else pair.key
            )
            texts = (label, f"{context} {label}") if context else (label,)
            value = pair.value if pair is not None else None
            out.candidates.append(Candidate(selector, texts, f'label "{label}"', value))
            at += 2
