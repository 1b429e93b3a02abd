"""Why a PDF could not be read, in words a clerk can act on, in Danish and English.

The readers' exceptions (pikepdf's for the fields, pypdf's for the printed labels) speak of xref
tables, filters and optional Python packages; none of that helps the person who sent the file. The
reasons here say what the sender can do about it: remove a password, save an XFA form as an ordinary
PDF form, or save the file again because it is damaged. Which one an exception means is told in
`pdf_raised`; why a PDF that opened has no field to read, from the document itself, in `pdf_nofields`.
"""

from __future__ import annotations

from collections.abc import Sequence

from hub.adapters.readers.limit_words import megabytes, sandbox_reasons
from hub.adapters.readers.pdf_unpack import MAX_UNPACKED_BYTES
from hub.adapters.readers.sniff import unreadable
from hub.errors import UnreadableDocument
from hub.quoting import quoted, quoted_da

_SAVE_AGAIN_EN = "save or export it again as PDF from the program that made it, and send that copy"
_SAVE_AGAIN_DA = "gem eller eksportér den igen som PDF fra det program, der lavede den, og send den kopi"

ENCRYPTED = (
    "encrypted PDF that needs a password to open: save a copy without the password and send that",
    "krypteret PDF, der kræver en adgangskode for at blive åbnet: gem en kopi uden adgangskoden og send den",
)
# Locked to its recipients' certificates (Adobe's public-key handler), to a plug-in's own handler, or with
# an encryption newer than PDF 2.0's: no password opens it here, and nothing in it is damaged.
ENCRYPTED_OTHERWISE = (
    "encrypted PDF that the hub cannot open: it is locked to certificates or with an encryption the hub "
    "does not know; save a copy without encryption and send that",
    "krypteret PDF, som hubben ikke kan åbne: den er låst til certifikater eller med en kryptering, som "
    "hubben ikke kender; gem en kopi uden kryptering og send den",
)
XFA = (
    "an XFA form (Adobe LiveCycle or AEM), which the hub cannot read: save it as an ordinary PDF form "
    "and send that",
    "en XFA-formular (Adobe LiveCycle eller AEM), som hubben ikke kan læse: gem den som en almindelig "
    "PDF-formular og send den",
)
NO_FIELDS = ("the PDF has no form fields", "PDF'en har ingen formularfelter")


def no_fields(makers: list[str]) -> tuple[str, str]:
    """`NO_FIELDS`, naming the programs the file says made it (`pdf_maker.makers`), when it names any:
    a web page or a document printed to PDF has no fields, and the name tells the sender which copy
    they sent and what to send instead (decision 0025, "Stop 62: fixes-75")."""
    if not makers:
        return NO_FIELDS
    made_en, made_da = _made_with(makers)
    return (
        f"{NO_FIELDS[0]}: {made_en}, which wrote none into it: send the form itself, "
        "filled in and saved as a PDF form, not a copy printed or converted to PDF",
        f"{NO_FIELDS[1]}: {made_da}, der ikke har skrevet nogen i den: send selve "
        "blanketten, udfyldt og gemt som PDF-formular, ikke en kopi udskrevet eller konverteret til PDF",
    )


def _made_with(makers: Sequence[str]) -> tuple[str, str]:
    """ "it was made with 'A' and 'B'", in English and Danish: the programs a field-less PDF names, said
    the same way in each refusal that names them."""
    return (
        "it was made with " + " and ".join(f"'{name}'" for name in makers),
        "den er lavet med " + " og ".join(f"'{name}'" for name in makers),
    )


# A PDF portfolio, or a letter with the form attached: the form is a file inside this one, which the
# sender can save on its own; "no form fields" alone sent them looking for a fault in the form.
ATTACHED = (
    "the PDF has no form fields itself, but another PDF is attached to it (a PDF portfolio or an "
    "attachment): save the attached form as a file of its own and send that",
    "PDF'en har ingen formularfelter selv, men der er vedhæftet en anden PDF til den (en PDF-portefølje "
    "eller en vedhæftet fil): gem den vedhæftede formular som en fil for sig og send den",
)
DAMAGED_FORM = (
    f"damaged PDF: its form fields cannot be read; {_SAVE_AGAIN_EN}",
    f"beskadiget PDF: dens formularfelter kan ikke læses; {_SAVE_AGAIN_DA}",
)
DAMAGED_STREAM = (
    f"damaged PDF: a compressed part of the file is broken; {_SAVE_AGAIN_EN}",
    f"beskadiget PDF: en komprimeret del af filen er i stykker; {_SAVE_AGAIN_DA}",
)
# A /Kids that loops, or lists what is no page: pages are missing, and with them perhaps the form.
DAMAGED_PAGES = (
    f"damaged PDF: its list of pages is broken, so pages may be missing; {_SAVE_AGAIN_EN}",
    f"beskadiget PDF: dens liste over sider er i stykker, så der kan mangle sider; {_SAVE_AGAIN_DA}",
)
DAMAGED_STRUCTURE = (
    f"damaged PDF: the file's structure (its table of objects) is broken; {_SAVE_AGAIN_EN}",
    f"beskadiget PDF: filens opbygning (dens tabel over objekter) er i stykker; {_SAVE_AGAIN_DA}",
)
# A file cut short after an earlier save (`pdf_ends.last_save_lost`): what is left reads as that save,
# so values would be read that the sender has since changed. Refused, not read old (decision 0025).
LOST_SAVE = (
    f"damaged PDF: the file ends before its last save, so the newest values in it are missing; "
    f"{_SAVE_AGAIN_EN}",
    f"beskadiget PDF: filen slutter før den seneste gemning, så de nyeste værdier i den mangler; "
    f"{_SAVE_AGAIN_DA}",
)
CRASHED = (
    f"damaged PDF: the reader stopped on it; {_SAVE_AGAIN_EN}",
    f"beskadiget PDF: læseren stoppede på den; {_SAVE_AGAIN_DA}",
)
# A stream past `MAX_UNPACKED_BYTES` (a "bomb": kilobytes that unpack to gigabytes). Not damage: its data
# may be intact; it is more than the hub takes, and far more than any form's part holds.
_UNPACKED_MB = MAX_UNPACKED_BYTES // 1_000_000
TOO_MUCH = (
    f"a compressed part of the PDF unpacks to more than {_UNPACKED_MB} MB, which is more than the hub "
    f"accepts (the parts of a form are far smaller); check that it is the right file, or {_SAVE_AGAIN_EN}",
    f"en komprimeret del af PDF'en fylder mere end {_UNPACKED_MB} MB, når den pakkes ud, hvilket er mere, "
    f"end hubben tager imod (en formulars dele er langt mindre); tjek, at det er den rigtige fil, eller "
    f"{_SAVE_AGAIN_DA}",
)
UNSUPPORTED = (
    f"the PDF uses a compression or encryption the hub cannot read; {_SAVE_AGAIN_EN}",
    f"PDF'en bruger en komprimering eller kryptering, som hubben ikke kan læse; {_SAVE_AGAIN_DA}",
)
# Added to "not a form we take" for a PDF qpdf had to repair: what told the forms apart may be what was lost.
REPAIRED = (
    f"the PDF is also damaged (parts of it had to be rebuilt to read it), which may be why; {_SAVE_AGAIN_EN}",
    f"PDF'en er også beskadiget (dele af den måtte genopbygges for at læse den), hvilket kan være årsagen; "
    f"{_SAVE_AGAIN_DA}",
)
EMPTY = ("the PDF file is empty", "PDF-filen er tom")
# What the sandbox saw, not the reader: a child past its limits, or one that died.
# What to send instead: a form is a few pages of fields; scanned pages added to it are what make a PDF
# slow or large to read. Never "print it to PDF": that flattens the fields into a picture of them.
_FORM_ALONE = (
    "send the form without scanned or other pages added to it; if it is the form alone, " + _SAVE_AGAIN_EN,
    "send blanketten uden indscannede eller andre sider lagt til; er det blanketten alene, så "
    + _SAVE_AGAIN_DA,
)
_STOPPED = sandbox_reasons(("the PDF", "PDF'en"), _FORM_ALONE)
TOO_SLOW, TOO_MUCH_MEMORY, TOO_MUCH_DATA = _STOPPED["timeout"], _STOPPED["memory"], _STOPPED["data"]


def too_large(size: int, limit: int) -> tuple[str, str]:
    """A PDF of `size` bytes, past the `limit` read in one file: its size, the limit, what to send."""
    mb = limit // (1024 * 1024)
    return (
        f"the PDF is larger than {mb} MB, the most the hub reads in one file (it is "
        f"{megabytes(size, 'en')} MB): {_FORM_ALONE[0]}",
        f"PDF'en er større end {mb} MB, det meste hubben læser i én fil (den fylder "
        f"{megabytes(size, 'da')} MB): {_FORM_ALONE[1]}",
    )


def only_buttons(names: list[str], makers: Sequence[str] = ()) -> tuple[str, str]:
    """A PDF whose only fields are push buttons or signature fields: none holds a value anyone typed, so
    it is no filled-in form (one printed to PDF or flattened, which keeps a "Print" button or its
    signature). Read as a form, every field was missing, and a config's defaults stood for them all
    (decision 0060, "Stop 54: stray-62"); told as a PDF without fields, naming what it has, and, as
    `no_fields` does, the programs the file says made it (`pdf_maker.makers`; decision 0025, "Stop 62:
    fixes-76"): the program that printed or flattened it is the one not to send from."""
    named = ", ".join(quoted(name) for name in names[:3]) + (", ..." if len(names) > 3 else "")
    named_da = ", ".join(quoted_da(name) for name in names[:3]) + (", ..." if len(names) > 3 else "")
    made_en, made_da = _made_with(makers) if makers else ("", "")
    made_en, made_da = (f" ({made_en})", f" ({made_da})") if makers else ("", "")
    return (
        f"the PDF has no form fields to fill in, only buttons or signature fields ({named}): it looks"
        f" printed or flattened to PDF{made_en}, which drops what was filled in; send the filled-in form"
        " itself",
        f"PDF'en har ingen formularfelter at udfylde, kun knapper eller underskriftsfelter ({named_da}):"
        f" den ser ud til at være udskrevet eller gjort flad til PDF{made_da}, hvilket fjerner det"
        " udfyldte; send selve den udfyldte blanket",
    )


def rejection(filename: str, reason: tuple[str, str]) -> UnreadableDocument:
    """The rejection of `filename` for one of this module's reasons."""
    return unreadable(filename, *reason)
