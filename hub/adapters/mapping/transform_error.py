"""The error every parser and transform of a value raises: why the value could not be read, in English
for the API and in Danish for the caseworker (`FieldProblem` carries both), and whether the gap is the
config's rather than the value's. Below every parser (`textparse`, `numberparse`, the date words), so
that each can raise it without importing the others.
"""

from __future__ import annotations


class TransformError(ValueError):
    """A value could not be transformed; the reason is given in English and Danish."""

    def __init__(self, reason_en: str, reason_da: str, config_unfinished: bool = False) -> None:
        super().__init__(reason_en)
        self.reason_en = reason_en
        self.reason_da = reason_da
        # The config's gap, not the value's (a value mapped to the draft's TODO): `FieldProblem`'s mark.
        self.config_unfinished = config_unfinished
