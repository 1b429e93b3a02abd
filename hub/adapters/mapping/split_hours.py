"""Hours and minutes written in two sources (`hours_minutes`): a case system's `<Timer>18</Timer>
<Minutter>30</Minutter>`, or a form's two boxes "timer" and "minutter". Joined with ":" they read as
`hours` reads `18:30`, but a system writes no minutes as `0`, not `00`, and `15:0` is no time a person
writes (`1:5` may mean 1:05 or 1:50), so `hours` rightly refuses it. Here each source says what it is.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from hub.adapters.mapping import numberparse as num
from hub.adapters.mapping.textparse import TransformError


class PartError(TransformError):
    """A problem with one of the two sources, by its position (0 the hours, 1 the minutes)."""

    def __init__(self, index: int, reason_en: str, reason_da: str) -> None:
        super().__init__(reason_en, reason_da)
        self.index = index


def hours_minutes(values: Sequence[tuple[str, str | None]], args: Mapping[str, Any]) -> str:
    """Canonical hours from whole hours (first source) and whole minutes (second), exact as `hours`
    is (`1` and `20` is an error, never rounded); both empty is empty. With `empty_is_zero` one part
    empty or left out is 0: an interval written from its parts that are not 0."""
    texts = [(v or "").strip() for _, v in values]
    if not any(texts):
        return ""
    if args.get("empty_is_zero"):
        texts = [text or "0" for text in texts]
    for index, (text, en, da) in enumerate(
        zip(texts, ("hours", "minutes"), ("timer", "minutter"), strict=True)
    ):
        if not text.isascii() or not text.isdigit():
            shown = repr(text) if text else "empty"
            shown_da = repr(text) if text else "tom"
            raise PartError(
                index, f"not a whole number of {en}: {shown}", f"ikke et helt antal {da}: {shown_da}"
            )
    minutes = int(texts[1])
    if minutes > 59:
        raise PartError(1, f"more than 59 minutes: '{minutes}'", f"mere end 59 minutter: '{minutes}'")
    try:
        return num.parse_hours(f"{int(texts[0])}:{minutes:02d}")
    except TransformError as exc:  # minutes that make no exact decimal hours (20): said at the minutes
        raise PartError(1, exc.reason_en, exc.reason_da) from None
