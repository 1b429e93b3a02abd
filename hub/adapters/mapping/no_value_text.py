"""A program's word for no value as a field's whole value, in any format (decision 0060, "Stop 72:
fixes-123"): xml-js writes a JavaScript `undefined` given as an element's text as `<formaal>undefined
</formaal>`, a template literal `${x}` or `String(x)` writes `null` or `undefined` into a CSV's cell or a
PDF's field, Python's `str(None)` writes `None`.

Read as text, the word was a purpose "undefined" and a signer "null", stored in silence. Now it is no
value, as an empty cell is: an optional field is left empty (its provenance keeps the word and says
`no_value_word`), a required one refused at its cell, element or field, saying what the word is. A
workbook's number cell holding such a word, which its reader marks (`readers.no_value_words`), is read
alike (fixes-119 refused it in an optional field too).

A text that is just the word is taken for the program's: no person writes `undefined` as a purpose or
`null` as a name (Danish has `nul`), and the words are matched only as programs spell them (`null`,
`NULL`, `undefined`, `None`, `NaN`, `nan`, `nil`), so a citizen named Nan, Null or Nil is read as
written. A config whose `map` names the word has said it is a value, and is read as it says. Among the
parts a transform combines (`join`, `sum`) the word is refused, optional or not: a name joined without
its missing part, or a week's sum without a day, would be a wrong value, not none.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.checkbox_marks import config_norm, value_norm
from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.no_value_words import NO_VALUE_MARK, no_value_word

# A program's words for no value as they write them: JavaScript's `null`, `undefined` and `NaN`, SQL's
# `NULL`, Python's `None` and `nan`, Ruby's and Lua's `nil`. Case as written: `Nan`, `Null`, `Nil` are names.
TEXT_WORDS = frozenset({"null", "NULL", "undefined", "None", "NaN", "nan", "nil"})

# What a value read empty for the word says in its provenance's transforms.
NO_VALUE_READ = "no_value_word"

Found = Sequence[tuple[str, SourceValue | None]]


def no_value_text(text: str, value: SourceValue, unmarked: bool) -> bool:
    """Whether `text`, a value's whole text stripped, is a program's word for no value: one of
    `TEXT_WORDS`, or a workbook's number cell its reader marked (any case: no name is in a number cell)."""
    return text in TEXT_WORDS or (not unmarked and bool(value.meta.get(NO_VALUE_MARK)))


def no_value_part(found: Found, unmarked: bool) -> tuple[str, SourceValue] | None:
    """The first of a combining transform's sources whose whole text is a program's word for no value."""
    return next(
        (
            (s, v)
            for s, v in found
            if v is not None and v.value and no_value_text(v.value.strip(), v, unmarked)
        ),
        None,
    )


def map_names(calls: Sequence[TransformCall], word: str) -> bool:
    """Whether the value's first transform is a `map` naming the word: then the config takes it for a
    value the form holds, and it is mapped as the config says."""
    if not calls or calls[0].name != "map":
        return False
    wanted = value_norm(word)
    return any(config_norm(key) == wanted for key in calls[0].args["values"])


def said_no_value(source: tuple[str, SourceValue | None], fmt: str) -> tuple[str, str]:
    """Why the source's word is no value, in English and Danish, naming its cell, field or element."""
    held = source[1]
    assert held is not None  # a word was read from it
    return no_value_word((held.value or "").strip(), fmt, held.key)
