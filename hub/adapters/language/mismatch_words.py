"""How a document is said not to be a form: the words of the recognise rule it breaks (its format, its
title, a sheet it lacks, words it does not say), in English and Danish, for the reason a rejected file
gives its sender.

Apart from `config_form`, which finds the rule broken (`FormConfig.mismatch`): these are made only when
asked, as every document is tried against each form of its sender. What a document lacks that a
selector names is `missing_words`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from hub.adapters.language.missing_words import missing_sheet
from hub.pseudonyms import mask_cpr_like
from hub.quoting import readable

# The words of a recognise rule a document breaks, made when asked for (`FormConfig._broken`).
Why = Callable[[], tuple[str, str]]


def other_format(fmt: str, wanted: str) -> tuple[str, str]:
    """The document is another format than the form's."""
    return f"it is {fmt}, not {wanted}", f"den er {fmt}, ikke {wanted}"


def title_mismatch(title: str, wanted: str) -> tuple[str, str]:
    """The document's title lacks the words the form's title rule asks for."""
    # The title is the document's own text, kept with the rejection: a CPR number in it is masked, and a
    # long one cut; one no one can read (a damaged file's lost fonts) is not quoted.
    shown = readable(mask_cpr_like(" ".join(title.split())))
    if not shown:
        # After the form's label "its title" read as the form's; and "was not found" said the words were
        # looked for, when they could not be: the file's title, and what it must say.
        return (
            f"the file's title could not be read, so the hub could not see whether it says {wanted!r}",
            f"filens titel kunne ikke læses, så hubben kunne ikke se, om den indeholder {wanted!r}",
        )
    return f"its title is '{shown}', without {wanted!r}", f"dens titel er '{shown}', uden {wanted!r}"


def no_title(wanted: str) -> tuple[str, str]:
    """Page 1 was read and prints no title."""
    # The reader read page 1 and found no text printed larger than the rest but a letterhead
    # (`pdf_title`): saying the title "could not be read" sent a sender looking for a damaged file.
    return (
        f"page 1 prints no title (no text larger than the rest of its text, a letterhead naming an"
        f" organisation aside), so the hub could not see whether it says {wanted!r}",
        f"side 1 har ingen titel (ingen tekst, der er større end resten af teksten, bortset fra et brevhoved"
        f" med en organisations navn), så hubben kunne ikke se, om den indeholder {wanted!r}",
    )


def title_unread(wanted: str) -> tuple[str, str]:
    """Page 1, where the title is, could not be read."""
    # The page's text is said unread once, before every form's reason (`recognition`).
    return (
        f"its title (page 1) could not be read, so the hub could not see whether it says {wanted!r}",
        f"dens titel (side 1) kunne ikke læses, så hubben kunne ikke se, om den indeholder {wanted!r}",
    )


def sheet_or(sheet: str, sheets: Sequence[str], broken: Why) -> tuple[str, str]:
    """The workbook lacks the form's sheet, said before the rule broken on it (`broken`)."""
    return missing_sheet(sheet, sheets) or broken()


def not_said(needle: str, sheet: str | None) -> tuple[str, str]:
    """The document (on the form's sheet) does not say the words a `contains` rule asks for."""
    en, da = f"it does not say {needle!r}", f"den indeholder ikke {needle!r}"
    return (f"{en} (sheet '{sheet}')", f"{da} (ark '{sheet}')") if sheet else (en, da)
