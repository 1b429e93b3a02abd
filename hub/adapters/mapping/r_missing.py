"""An `NA` cell of a CSV not quoted as R quotes (`readers.csv_r.NA_MARK`: a person's, Excel's, or R's
written with `quote = FALSE`), read by what its field may hold (stop 63, fixes-77).

In such a file R's missing value and a text "NA" are written alike. A date, a week, hours, an amount, a
whole number, a phone number or digits (a CPR, CVR or P-number) is never "NA": there it is no value, as
an empty cell is (absent where the field may be left out, "a value is required" where not). A text field
may hold the text: it is neither stored as a signer's or a note's text nor dropped, but refused, saying
why and what to send; a name "NA" that stood for nobody would sign hours, and a real one is rarer than a
file R wrote with `quote = FALSE`."""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.transform_types import TransformCall

# The transforms whose value is never the text "NA": its kind is a date, a number or digits.
_NEVER_NA = frozenset({"date", "week", "hours", "money", "integer", "phone", "digits"})

NA_IN_TEXT = (
    "'NA' is how R writes a missing value, and in a file whose text is not in quotes (R's write.csv2 with"
    " quote = FALSE, or a file saved by hand) it cannot be told from the text NA, so the hub neither"
    " stores it as this field's text nor leaves it out: leave the cell empty where there is no value, or"
    " have R write the file with its default quotes (quote = TRUE)",
    "'NA' er R's måde at skrive en manglende værdi på, og i en fil, hvis tekst ikke står i anførselstegn"
    " (R's write.csv2 med quote = FALSE, eller en fil gemt i hånden), kan det ikke skelnes fra teksten"
    " NA, så hubben hverken gemmer det som feltets tekst eller udelader det: lad cellen være tom, hvor"
    " der ingen værdi er, eller lad R skrive filen med sine anførselstegn (quote = TRUE)",
)
NA_REQUIRED = (
    "'NA' (a missing value as R writes it) is no value: a value is required",
    "'NA' (en manglende værdi, som R skriver den) er ingen værdi: feltet skal udfyldes",
)


def never_na(calls: Sequence[TransformCall]) -> bool:
    """Whether the field's transforms read a kind that is never the text "NA" (then `NA` is no value)."""
    return any(call.name in _NEVER_NA for call in calls)
