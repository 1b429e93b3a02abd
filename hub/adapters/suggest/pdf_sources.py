"""A PDF's fields as `hub adapters suggest` reads them (`sources.gather`): one candidate a field with its
tooltip, name and printed label (and, for a label two fields print, the label before it), except that
boxes printed in a row or a column are one candidate, their caption and each box's own words.
"""

from __future__ import annotations

from hub.adapters.readers.base import SourceValue
from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.nearby import context_helps, labels_before


def _pdf(value: SourceValue) -> Candidate:
    tip, label = value.meta.get("tooltip"), value.meta.get("label")
    where = "; ".join(f'{name} "{text}"' for name, text in (("tooltip", tip), ("label", label)) if text)
    texts = tuple(t for t in (tip, value.key, label) if t)
    options = tuple(s for s in value.meta.get("states") or [] if s != "Off")
    return Candidate(value.key, (*texts, " ".join(texts)), where, value.value, options)


def pdf_candidates(values: list[SourceValue]) -> list[Candidate]:
    """One candidate a field, except that boxes printed in a row or a column are one candidate."""
    found: list[Candidate] = []
    group: list[SourceValue] = []
    nearby = labels_before([str(v.meta.get("label") or "") for v in values])
    for value, (before, shared) in zip(values, nearby, strict=True):
        if _box(value):
            if group and not _chained(group, value):
                found.append(_boxes(group))
                group = []
            group.append(value)
            continue
        if group:
            found.append(_boxes(group))
            group = []
        plain = _pdf(value)
        label = str(value.meta.get("label") or "").strip().rstrip(":").strip()
        if shared > 1 and context_helps(label, before):
            # "Dato" printed by two fields: the label before each says whose date it is.
            where = f'{plain.where} (printed {shared} times, after "{before}")'
            plain = Candidate(
                plain.selector, (*plain.texts, f"{before} {label}"), where, plain.value, plain.options
            )
        choices = (
            value.meta.get("choices") if value.meta.get("type") == "radio" or _shared_box(value) else None
        )
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
    return value.meta.get("type") == "checkbox" and "box" in value.meta and not _shared_box(value)


def _shared_box(value: SourceValue) -> bool:
    """Boxes sharing one name, each its own export value ("Ja", "Nej"): one field that holds the value
    of the box ticked, a choice like a radio group's, not a box read for whether it is ticked."""
    return value.meta.get("type") == "checkbox" and len(value.meta.get("choices") or {}) > 1


def _chained(group: list[SourceValue], value: SourceValue) -> bool:
    """Whether a box goes on its group, in the order the group's first two set: a form may list its
    fields last to first (a pdfmark print pipeline's catalogue does), so boxes right to left or bottom
    to top are one group as boxes left to right are (decision 0060, "Stop 61: trial-75")."""
    if len(group) == 1:
        return _next_to(group[0], value) or _next_to(value, group[0])
    if _next_to(group[0], group[1]):
        return _next_to(group[-1], value) or _wrapped(group, value)
    return _next_to(value, group[-1])


def _wrapped(group: list[SourceValue], value: SourceValue) -> bool:
    """A row of boxes too long for its line goes on under the line's first box: "Ydelse [ ] Kontanthjælp
    [ ] Uddannelseshjælp [ ] Sygedagpenge", then "[ ] Ledighedsydelse [ ] Ressourceforløbsydelse" under
    it (ConTeXt's agreement, Odder's: decision 0060, "Stop 62: trial-77"). The row's caption stands
    before its first line only, and each box has words of its own; the box under has nothing before it
    but its own words. A row under with a caption or a label of its own ("Målgruppe [ ] Jobparat", a
    rating scale's "Overholder aftalte tider [ ] [ ] [ ]", Vejen's) is a group of its own."""
    meta = value.meta
    own = meta.get("beside")
    if not own or meta.get("caption") or meta.get("label") not in (None, "", own):
        return False
    if not group[0].meta.get("caption") or group[0].meta["box"][1] != group[1].meta["box"][1]:
        return False  # no caption to go on from; a group going down, not across, has no lines to wrap
    last_y = group[-1].meta["box"][1]
    first = next(v for v in group if abs(v.meta["box"][1] - last_y) <= 3)  # the last line's first box
    return _next_to(first, value) and abs(first.meta["box"][0] - meta["box"][0]) <= 3


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
    # A lone box after its statement ("Mentor er ansat i jobcentret [ ]", a word processor's way) has its
    # words left of it: they say what a tick means as words right of it would (decision 0060, "Fourteenth
    # trial"). In a group, the text left of the first box is the group's caption, not that box's words.
    alone = len(group) == 1
    if not alone and not _next_to(group[0], group[1]):
        group = group[::-1]  # listed last to first: the caption is the first box's in reading order
    printed = tuple(
        (v.key, str(v.meta.get("beside") or v.meta.get("tooltip") or (alone and v.meta.get("label")) or ""))
        for v in group
    )
    own = {text for _, text in printed}
    # A box in a row has its own words for a label and the row's caption apart (`pdf_rows`).
    caption = str(group[0].meta.get("caption") or group[0].meta.get("label") or "")
    caption = "" if caption in own else caption
    tips = [str(v.meta.get("tooltip") or "") for v in group]
    shared = _shared_start(tips) if len(group) > 1 else tips[0]
    texts = tuple(t for t in (caption, shared) if t)
    if len(group) == 1:  # its own words; the text left of or above a lone box may belong to another field
        own_words = group[0].meta.get("beside") or group[0].meta.get("label")
        texts = tuple(dict.fromkeys(str(t) for t in (own_words, group[0].meta.get("tooltip")) if t))
        # Its label in the draft is the reader's (what `label:` selects), not the caption of the line above:
        # "Aftalen er indgået ..." over "[x] Kopi af aftalen er sendt" is another text's, and named as the
        # box's it misled (decision 0060, "Stop 61: trial-74").
        caption = str(group[0].meta.get("label") or own_words or "")
    told = (("label", caption), ("tooltip", "" if shared == caption else shared))  # the same words said once
    where = "; ".join(f'{k} "{t}"' for k, t in told if t)
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
