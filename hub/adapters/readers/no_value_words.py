"""A program's word for no value in a workbook's number cell (`null`, `undefined`, `None`, `NaN`): the
words, the mark a value read so carries, and why it is no value.

Apart from the workbook's other problems (`xlsx_problems`, which needs lxml) so that the mapping's
refusals, which every command's config check loads, can name the mark without loading the XML parser
(tests/cli/test_lazy_commands.py).
"""

from __future__ import annotations

from hub.quoting import quoted, quoted_da

# A program's word for no value, written into a number cell as the value: JavaScript's `null` and
# `undefined` (zipcelx writes `String(value)`), Python's `None`, `NaN`.
NO_VALUE_WORDS = frozenset({"null", "undefined", "none", "nan"})


# A number cell holding one of them is read as its word, marked so (`xlsx_marked.NoValueWord`): a
# field reading it is refused with `no_value_word` (`mapping.source_refusals`), a cell no field reads
# refuses nothing (fixes-119; fixes-118 refused the whole workbook at the first such cell).
NO_VALUE_MARK = "no_value_word"


# Where a word is, by the file's format (`no_value_word`): a cell of a sheet or a CSV, a PDF's field, an
# XML's element or attribute (a key naming an attribute holds "@").
_PLACES = {"xlsx": ("cell", "cellen"), "csv": ("cell", "cellen"), "pdf": ("field", "feltet")}


def no_value_word(word: str, fmt: str = "xlsx", key: str = "") -> tuple[str, str]:
    """Why a value holding a program's word for no value (`null`) is no value, in English and Danish,
    naming the place as the file's format has it (a cell, a field, an element or an attribute)."""
    attribute = key.rsplit("/", 1)[-1].startswith("@")
    en, da = _PLACES.get(fmt, ("attribute", "attributten") if attribute else ("element", "elementet"))
    return (
        f"the {en} holds the word {quoted(word)} where a value belongs: the program that made the file wrote"
        " it because the value was missing when the file was made; fill in the value where the file"
        " comes from and send it again",
        f"{da} indeholder ordet {quoted_da(word)}, hvor der skal stå en værdi: programmet, der lavede"
        " filen, skrev det, fordi værdien manglede, da filen blev lavet; udfyld værdien, der hvor filen"
        " kommer fra, og send den igen",
    )
