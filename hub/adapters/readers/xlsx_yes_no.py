"""LibreOffice's yes/no cell: Calc keeps TRUE and FALSE as the numbers 1 and 0 under its BOOLEAN number
format, three sections of quoted words, the true word for a positive and a negative number and the false
one for 0 (`"TRUE";"TRUE";"FALSE"`, in a Danish Calc `"SAND";"SAND";"FALSK"`), where Excel writes a cell
of type "b". A workbook opened in Calc and saved again so shows SAND where Excel showed SAND, and is
read as the yes/no cell it was (decision 0064, "Stop 69: fuzz-113": Gribskov's mentor's employer, TRUE in
the file xlsx-write-stream wrote, was refused as "no mapping for '1'" once Calc had saved it).
"""

from __future__ import annotations

import functools
import re

__all__ = ["shows_yes_no"]

# Three sections, each one quoted text and nothing else: what a number in this format shows is words.
_WORDS_ONLY = re.compile(r'"([^"]+)";"([^"]+)";"([^"]+)"')


@functools.lru_cache(maxsize=64)
def shows_yes_no(number_format: str) -> bool:
    """Whether a number in this format shows one word for every number but 0 and another for 0: Calc's
    BOOLEAN format in any language, so the number is a yes (not 0) or a no (0)."""
    words = _WORDS_ONLY.fullmatch(number_format.strip())
    return words is not None and words[1] == words[2] != words[3]
