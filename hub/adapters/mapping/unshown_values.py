"""A PDF field whose saved value no viewer shows as what the field holds: refused at the field, never read.

The reader marks it (`readers.pdf_unshown`): a text field or list holding a boolean, a number, a dictionary,
a list of no text or a stream that cannot be unpacked; a signature field holding anything but a signature.
Read, the first was nothing (a required field "empty", an optional one dropped without a word) and the
second "signed", while Firefox's viewer shows an empty box and poppler what the box draws (decision 0060,
"Stop 56: values-64"). Said with what the value is and what the box draws, CPR-like numbers masked (this
may reach a log).
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.readers.base import SourceValue
from hub.pseudonyms import mask_cpr_like
from hub.quoting import quoted, quoted_da

_AGAIN = (
    "fill the field in again in a PDF program that saves form fields (such as Adobe Acrobat Reader) and send "
    "the form again",
    "udfyld feltet igen i et PDF-program, der gemmer formularfelter (f.eks. Adobe Acrobat Reader), og send "
    "blanketten igen",
)
_SIGN_AGAIN = (
    "sign the form again in a PDF program that signs (such as Adobe Acrobat Reader), or sign it on paper, "
    "and send it again",
    "underskriv blanketten igen i et PDF-program, der kan underskrive (f.eks. Adobe Acrobat Reader), eller "
    "på papir, og send den igen",
)

_AGAIN_FORM = (
    "fill the form again in a PDF program that saves form fields (such as Adobe Acrobat Reader), or "
    "make it again with the program that wrote it, typing the value as a text field's, and send it again",
    "udfyld blanketten igen i et PDF-program, der gemmer formularfelter (f.eks. Adobe Acrobat Reader), "
    "eller lav den igen med det program, der skrev den, med værdien skrevet i et tekstfelt, og send den igen",
)
_GARBLED = (
    ("bytes that are no text", "bytes, der ikke er tekst"),
    ("its text encoded twice", "teksten er kodet to gange"),
)

_SUBJECT = (
    ("the value", "værdien"),
    ("the list's line the value chooses", "listens linje, som værdien vælger,"),
)
_DAMAGED = (("a PDF object", "et PDF-objekt"), ("a list", "en liste"))

_STREAM = (
    ("text packed in a way the hub cannot unpack", "tekst pakket på en måde, som hubben ikke kan pakke ud"),
    (
        "packed text that is broken (the file is damaged here)",
        "pakket tekst, der er i stykker (filen er beskadiget her)",
    ),
)


def unshown_source(found: Sequence[tuple[str, SourceValue | None]]) -> tuple[str, SourceValue] | None:
    """The first source (selector and value) that is a PDF field marked as holding a value no viewer
    shows as its kind holds; None where there is none."""
    return next(((s, v) for s, v in found if v is not None and v.meta.get("unshown")), None)


def unshown_problem(value: SourceValue) -> tuple[str, str]:
    """The problem (English, Danish) of a field marked `unshown`: what its value is, what its box draws."""
    what, held, drawn = value.meta["unshown"]
    if what == "damaged":  # a box's value that is no state (`pdf_unshown`): nothing of it to quote
        en, da = _DAMAGED[held == "list"]
        return (
            f"the box's value is damaged: it is saved as {en}, not as one of the box's states; PDF programs "
            f"show the box differently, chosen or not: {_AGAIN_FORM[0]}",
            f"feltets værdi er beskadiget: den er gemt som {da}, ikke som en af feltets tilstande; "
            f"PDF-programmer viser feltet forskelligt, valgt eller ej: {_AGAIN_FORM[1]}",
        )
    held = mask_cpr_like(held)
    en, da = {
        "boolean": (f"the yes-or-no value {held}", f"ja-eller-nej-værdien {held}"),
        "number": (f"the number {held}", f"tallet {held}"),
        "text": (f"the text {quoted(held)}", f"teksten {quoted_da(held)}"),
        "name": (f"the name {quoted(held)}", f"navnet {quoted_da(held)}"),
        "stream": _STREAM[held == "broken"],
        "list": ("a list holding no text", "en liste uden tekst"),
    }.get(what, ("a PDF object that is no text", "et PDF-objekt, der ikke er tekst"))
    if drawn is None:
        page_en, page_da = "what its box draws could not be read", "hvad feltet tegner, kunne ikke læses"
    elif drawn:
        shown = mask_cpr_like(drawn)
        page_en, page_da = f"its box draws {quoted(shown)}", f"feltet tegner {quoted_da(shown)}"
    else:
        page_en, page_da = "its box draws nothing", "feltet tegner intet"
    if what in ("garbled", "garbled_line"):
        # Its text is no one's words: quoted, it would be noise (decision 0025, "Stop 65: fixes-97"). A
        # list's line chosen so saved is said as the line ("Stop 66: fixes-100").
        en, da = _GARBLED[held == "twice"]
        subject_en, subject_da = _SUBJECT[what == "garbled_line"]
        return (
            f"{subject_en} is saved in a form viewers cannot show ({en}; {page_en}): PDF programs show the "
            f"field empty or as stray characters: {_AGAIN_FORM[0]}",
            f"{subject_da} er gemt på en måde, som PDF-programmer ikke kan vise ({da}; {page_da}): de viser "
            f"feltet tomt eller som tilfældige tegn: {_AGAIN_FORM[1]}",
        )
    if value.meta.get("type") == "signature":
        if what == "object":
            en, da = "an entry that holds no signature", "en post, der ikke indeholder nogen underskrift"
        return (
            f"the field holds a value a viewer cannot show as a signature: {en} ({page_en}); PDF programs "
            f"show the field as not signed, or as a signature they cannot check: {_SIGN_AGAIN[0]}",
            f"feltet har en værdi, som et PDF-program ikke kan vise som en underskrift: {da} ({page_da}); "
            f"PDF-programmer viser feltet som ikke underskrevet eller som en underskrift, de ikke kan "
            f"kontrollere: {_SIGN_AGAIN[1]}",
        )
    return (
        f"the field holds a value a viewer cannot show as text: {en} ({page_en}); one PDF program shows "
        f"the field empty, another what its box draws: {_AGAIN[0]}",
        f"feltet har en værdi, som et PDF-program ikke kan vise som tekst: {da} ({page_da}); ét PDF-program "
        f"viser feltet tomt, et andet det, feltet tegner: {_AGAIN[1]}",
    )
