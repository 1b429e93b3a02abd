"""The XML reader's refusals at its limits (`xml`: the limits and why): what was found, where, the limit
and what to send instead, in English and Danish. The limits are the caller's arguments, read when the
document is refused, so that a test that lowers one reads its refusal at it."""

from __future__ import annotations

from hub.errors import FieldProblem, UnreadableDocument
from hub.quantities import number_text

# What to send instead of a document past a limit: a form's export is one document a period.
_IN_PARTS = (
    "export it in parts (one a month, say), each a document of its own",
    "eksportér det i dele (fx én pr. måned), hver som sit eget dokument",
)


def too_many_tags(data: bytes, filename: str, limit: int) -> UnreadableDocument:
    """The refusal of a document of more than `limit` tags ("<"), before it is parsed: at the line of
    the first "<" past the limit (found only now, on the way out)."""
    at = -1
    for _ in range(limit + 1):
        at = data.find(b"<", at + 1)
    line = data.count(b"\n", 0, at) + 1
    problem = FieldProblem(
        reason_en=f"more than {number_text(limit, 'en')} tags in the document (far more than any "
        f"form has), the most the hub reads: {_IN_PARTS[0]}",
        reason_da=f"mere end {number_text(limit, 'da')} tags i dokumentet (langt flere end nogen "
        f"blanket har), det meste hubben læser: {_IN_PARTS[1]}",
        file=filename,
        locator=f"line {line}",
        locator_da=f"linje {line}",
    )
    return UnreadableDocument([problem])


def too_many_values(filename: str, xpath: str, limit: int, referred: int = 0) -> UnreadableDocument:
    """The refusal of a document of more than `limit` values, at the element reached. `referred`: how many
    of them were elements read again where another element refers to them (XStream's back references);
    where they are half the count or more, the document's references are what made it too large (a
    2 kB document can refer to its own parts millions of times), and exporting it in parts is no help."""
    en, da = number_text(limit, "en"), number_text(limit, "da")
    if 2 * referred >= limit:
        reason_en = (
            f"the document's references to its own parts make it too large to read: read where they "
            f"refer to them, its parts give more than {en} values, the most the hub reads (no form's "
            "export refers to its parts so often): send the export the form's own system makes"
        )
        reason_da = (
            f"dokumentets henvisninger til sine egne dele gør det for stort at læse: læst dér, hvor der "
            f"henvises til dem, giver delene mere end {da} værdier, det meste hubben læser (intet "
            "blanketudtræk henviser så ofte til sine dele): send det udtræk, blankettens eget system laver"
        )
    else:
        reason_en = f"more than {en} values in the document, the most the hub reads: {_IN_PARTS[0]}"
        reason_da = f"mere end {da} værdier i dokumentet, det meste hubben læser: {_IN_PARTS[1]}"
    problem = FieldProblem(reason_en=reason_en, reason_da=reason_da, file=filename, locator=xpath)
    return UnreadableDocument([problem])


def too_many_attributes(filename: str, xpath: str, has: int, limit: int) -> UnreadableDocument:
    """The refusal of an element of `has` attributes, more than `limit`, at the element."""
    en, da = number_text(limit, "en"), number_text(limit, "da")
    problem = FieldProblem(
        reason_en=f"an element has more than {en} attributes ({number_text(has, 'en')}; no form's export "
        "has more than a few): send the export the form's own system makes",
        reason_da=f"et element har mere end {da} attributter ({number_text(has, 'da')}; ingen blankets "
        "udtræk har mere end nogle få): send det udtræk, blankettens eget system laver",
        file=filename,
        locator=xpath,
    )
    return UnreadableDocument([problem])
