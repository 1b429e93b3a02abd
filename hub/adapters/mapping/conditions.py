"""Form-level conditions (`[[forms.require]]`): values a document must hold to be read at all.

A case system's export carries its unit, version or form code beside the values (`<Timer
enhed="maaned">`); a condition that fails rejects the document (or, inside an item, that item) with the
value found, what was wanted and where, rather than storing hours per month as hours per week.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from hub.adapters.language.config_parts import Condition
from hub.adapters.mapping.checkbox_marks import config_norm, value_norm
from hub.adapters.mapping.provenance import where_of
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.skipped_labels import LabelSkipped
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.pdf_utf16_names import state_words
from hub.quoting import quoted, quoted_da


def wanted(condition: Condition) -> tuple[str, str]:
    """What a condition wants, in words, in English and Danish."""
    if condition.equals is not None:
        return f"'{condition.equals}'", f"'{condition.equals}'"
    if condition.one_of:
        names = ", ".join(f"'{v}'" for v in condition.one_of)
        return f"one of {names}", f"en af {names}"
    return f"a value matching {condition.matches}", f"en værdi, der passer til {condition.matches}"


def holds(condition: Condition, text: str) -> bool:
    """Whether a value meets a condition."""
    # Compared as `map` compares (`checkbox_marks.value_norm`): case, runs of white space (also
    # non-breaking) and Unicode form ignored, and hyperref's escaped UTF-16 state name as the word it
    # spells on both sides, so a condition naming either form holds for a document read now and for the
    # extraction `hub reprocess` maps, kept with the escapes before stop 65 (decision 0061, "Stop 66:
    # fixes-100"). A PDF string's own escapes (`\(`, `\346`) are undone by the reader: the text is
    # the decoded one already.
    if condition.equals is not None:
        return value_norm(text) == config_norm(condition.equals)
    if condition.one_of:
        return value_norm(text) in {config_norm(v) for v in condition.one_of}
    # A regex is tried on the same word (`state_words`: an escaped state kept before stop 65 as the word
    # read now), its case and spaces left to the pattern, which says them itself ("(?i)") (decision
    # 0061, "Stop 66: fixes-102").
    return re.fullmatch(condition.matches or "", state_words(text.strip()).strip()) is not None


def nothing_found(reader: Reader, path: str, condition: Condition, want: tuple[str, str]) -> None:
    """Note that a condition's source is not in the document (or the row): a condition not met."""
    why = f" ({condition.reason})" if condition.reason else ""
    reader.problem(
        path,
        condition.source,
        f"condition not met{why}: nothing found at {condition.source}, expected {want[0]}",
        f"betingelse ikke opfyldt{why}: intet fundet ved {condition.source}, forventet {want[1]}",
    )


def check_conditions(
    conditions: Iterable[Condition], resolve: Callable[[str], SourceValue | None], reader: Reader
) -> None:
    """Note a problem on the reader for every condition the document does not meet."""
    for condition in conditions:
        want_en, want_da = wanted(condition)
        why = f" ({condition.reason})" if condition.reason else ""
        path = f"require: {condition.source}"
        try:
            found = resolve(condition.source)
        except LabelSkipped as exc:  # not met, nor known to be unmet: its label was left unread
            reader.problem(path, condition.source, exc.problems[0].reason_en, exc.problems[0].reason_da)
            continue
        if found is None:
            nothing_found(reader, path, condition, (want_en, want_da))
            continue
        text = (found.value or "").strip()
        # A PDF list's line is read as its words, its export code kept beside them (`pdf_list_held`):
        # a condition naming the code holds too, as a `map` of the codes reads the line (`line_codes`),
        # so a condition written from the case system's codes outlives a reworded line (decision 0061,
        # "Stop 67: fixes-104").
        code = str(found.meta.get("code") or "")
        if not holds(condition, text) and not (code and holds(condition, code)):
            line_en = f", the line with the code {quoted(code)}" if code else ""
            line_da = f", linjen med koden {quoted_da(code)}" if code else ""
            reader.problem(
                path,
                where_of(found, reader.fmt),
                f"condition not met{why}: {condition.source} is {quoted(text)}{line_en}, expected {want_en}",
                f"betingelse ikke opfyldt{why}: {condition.source} er {quoted_da(text)}{line_da},"
                f" forventet {want_da}",
            )
