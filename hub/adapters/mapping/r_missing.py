"""An `NA` cell of a CSV not quoted as R quotes (`readers.csv_r.NA_MARK`: a person's, Excel's, or R's
written with `quote = FALSE`), read by what its field may hold (stop 63, fixes-77).

In such a file R's missing value and a text "NA" are written alike. A date, a week, hours, an amount, a
whole number, a phone number or digits (a CPR, CVR or P-number) is never "NA": there it is no value, as
an empty cell is (absent where the field may be left out, "a value is required" where not). A text field
may hold the text: it is neither stored as a signer's or a note's text nor dropped, but refused, saying
why and what to send; a name "NA" that stood for nobody would sign hours, and a real one is rarer than a
file R wrote with `quote = FALSE`.

A workbook's text cell `NA` or `#N/A` (R's openxlsx with `na.string`) is marked and read alike, and so is
an `NA` among a combining transform's sources (fixes-85): one day's hours missing from a `sum`, a
join's part refused as text is."""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.mapping.transform_types import TransformCall
from hub.adapters.readers.base import SourceValue
from hub.adapters.readers.csv_r import NA_MARK

# The transforms whose value is never the text "NA": its kind is a date, a number or digits; and the
# combining ones that add hours or count days (`sum`, `hours_minutes`, `last_day`), where an `NA` among
# their sources is one source missing, read as an empty one (fixes-85). `join` and `checked` read text.
_NEVER_NA = frozenset(
    {
        "date",
        "epoch_date",
        "squash_date",
        "week",
        "hours",
        "money",
        "integer",
        "phone",
        "digits",
        "sum",
        "hours_minutes",
    }
    | {"last_day"}
)


def na_in_text(value: SourceValue, fmt: str) -> tuple[str, str]:
    """Why an `NA` (a workbook's `#N/A` too) is refused where the field reads text, in the file's words."""
    na = (value.value or "NA").strip()
    if fmt == "xlsx":
        # R's openxlsx writes a missing value as its `na.string` ("NA", "#N/A") or leaves the cell empty
        return (
            f"'{na}' is how R writes a missing value (openxlsx's na.string), and in a workbook it cannot be"
            f" told from the text {na}, so the hub neither stores it as this field's text nor leaves it out:"
            " leave the cell empty where there is no value, or have R write the workbook without na.string",
            f"'{na}' er R's måde at skrive en manglende værdi på (openxlsx's na.string), og i en projektmappe"
            f" kan det ikke skelnes fra teksten {na}, så hubben hverken gemmer det som feltets tekst eller"
            " udelader det: lad cellen være tom, hvor der ingen værdi er, eller lad R skrive projektmappen"
            " uden na.string",
        )
    return NA_IN_TEXT


def na_required(value: SourceValue) -> tuple[str, str]:
    """Why an `NA` is refused where a value is required, quoting the cell as it reads."""
    na = (value.value or "NA").strip()
    return (
        f"'{na}' (a missing value as R writes it) is no value: a value is required",
        f"'{na}' (en manglende værdi, som R skriver den) er ingen værdi: feltet skal udfyldes",
    )


def na_source(found: Sequence[tuple[str, SourceValue | None]]) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) marked `NA` by its reader; None where there is none."""
    return next(((s, v) for s, v in found if v is not None and v.meta.get(NA_MARK)), None)


# readr's write_csv and write_csv2 quote only where a value needs it, and write a text "NA" bare too
# (readr 2.1.4, though its help says otherwise): their `quote = "all"` quotes the header and every value but
# a missing one, as write.csv2 does (decision 0060, "Stop 73: trial-130").
NA_IN_TEXT = (
    "'NA' is how R writes a missing value, and in a file whose text is not in quotes (R's write.csv2 with"
    " quote = FALSE, readr's write_csv and write_csv2, or a file saved by hand) it cannot be told from the"
    " text NA, so the hub neither stores it as this field's text nor leaves it out: leave the cell empty"
    ' where there is no value (readr: na = ""), or have R write the file with its text in quotes'
    " (write.csv2's default quote = TRUE; readr's quote = \"all\")",
    "'NA' er R's måde at skrive en manglende værdi på, og i en fil, hvis tekst ikke står i anførselstegn"
    " (R's write.csv2 med quote = FALSE, readr's write_csv og write_csv2, eller en fil gemt i hånden), kan"
    " det ikke skelnes fra teksten NA, så hubben hverken gemmer det som feltets tekst eller udelader det:"
    ' lad cellen være tom, hvor der ingen værdi er (readr: na = ""), eller lad R skrive filen med'
    " teksten i anførselstegn (write.csv2's standard quote = TRUE; readr's quote = \"all\")",
)


def never_na(calls: Sequence[TransformCall]) -> bool:
    """Whether the field's transforms read a kind that is never the text "NA" (then `NA` is no value)."""
    return any(call.name in _NEVER_NA for call in calls)
