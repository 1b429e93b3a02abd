"""Which form of a sender a document is: the one form whose recognise rules it meets, or a rejection that
says why none (or several) did, naming what the document is and, for each form of its format, the rule
it broke (a namespace bumped to a new version, a title reworded)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from hub.adapters.mapping.skipped_labels import page_text_unread, unreadable_pages
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, NotRecognised, Rejection

if TYPE_CHECKING:
    from hub.adapters.language.config_form import FormConfig, IndexCache


def recognise(
    forms: tuple[FormConfig, ...],
    who: str | tuple[str, str],
    extraction: Extraction,
    filename: str,
    cache: IndexCache | None,
) -> FormConfig:
    """The one form of `forms` a document is; reject it when none or several match. `who` sends them:
    a name (a municipality's), or its English and Danish words (the company)."""
    who_en, who_da = (who, who) if isinstance(who, str) else who
    cache = {} if cache is None else cache
    matched = [form for form in forms if form.matches(extraction, cache)]
    if len(matched) == 1:
        return matched[0]
    if matched:
        names = " and ".join(form.label("en") for form in matched)
        names_da = " og ".join(form.label("da") for form in matched)
        problem = FieldProblem(
            f"ambiguous: matches {names}", f"tvetydig: passer til både {names_da}", file=filename
        )
        raise Rejection([problem])
    fmt = extraction.format
    not_en = not_da = ""  # the lead, where the form could not be told rather than is none of these
    same = [form for form in forms if form.format == fmt]
    if same:
        # Each form of the document's format with the rule the document broke: a namespace bumped to a
        # new version, a title reworded, a field renamed is then plain to see.
        # Each form by its title in both languages: the sender knows the form by it, not by the config's id.
        missed = [(form, form.mismatch(extraction, cache) or ("", "")) for form in same]
        # First what the hub read the file as: a .txt note sent to a sender of CSV forms is "text (CSV)".
        read_en, read_da = FORMAT_WORDS.get(fmt, (fmt, fmt))
        why_en = (
            f"the hub read the file as {read_en}, but none of the forms it takes from {who_en} as {read_en}"
        )
        why_en += " fits: " + "; ".join(f"{form.label('en')}: {en}" for form, (en, _) in missed)
        why_da = (
            f"hubben læste filen som {read_da}, men ingen af de blanketter, hubben tager imod fra {who_da}"
        )
        why_da += f" som {read_da}, passer: " + "; ".join(
            f"{form.label('da')}: {da}" for form, (_, da) in missed
        )
        if unread := unreadable_pages(extraction):
            # Told first, and not as another form: a title or label looked for there was not read.
            (lead_en, lead_da) = page_text_unread(unread)
            not_en = f"which form {who_en} sends it is could not be told: {lead_en}; {why_en}"
            not_da = f"det kunne ikke ses, hvilken blanket fra {who_da} det er: {lead_da}; {why_da}"
        if extraction.meta.get("repaired"):
            # Imported here: the PDF reasons import pikepdf and pypdf, which loading a config never needs.
            from hub.adapters.readers.pdf_reasons import REPAIRED  # noqa: PLC0415

            why_en, why_da = f"{why_en}; {REPAIRED[0]}", f"{why_da}; {REPAIRED[1]}"
    else:
        why_en, why_da = other_format(forms, fmt, who_en, who_da)
    named = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if named in CONTENT and fmt in CONTENT and named != fmt:
        # A text file renamed .pdf: say what the file is, not only that no CSV form fits it.
        (name_en, name_da), (held_en, held_da) = CONTENT[named], CONTENT[fmt]
        why_en = f"the file is named .{named} but is not {name_en}: it holds {held_en}"
        why_da = f"filen hedder .{named}, men er ikke {name_da}: den indeholder {held_da}"
    problem = FieldProblem(
        not_en or f"not a form {who_en} sends: {why_en}",
        not_da or f"ikke en blanket fra {who_da}: {why_da}",
        file=filename,
        not_recognised=True,
    )
    raise NotRecognised([problem])


def other_format(forms: tuple[FormConfig, ...], fmt: str, who_en: str, who_da: str) -> tuple[str, str]:
    """Why a document fits none of `forms`, none of which is in its format (English, Danish): what the
    hub read the file as, and the forms it does take from the sender, by format. A bare "no form in
    format csv" read, to someone who sent a .txt note, as if the hub had not looked at the file."""
    read_en, read_da = FORMAT_WORDS.get(fmt, (fmt, fmt))
    by_format: dict[str, list[FormConfig]] = {}
    for form in forms:
        by_format.setdefault(form.format, []).append(form)
    takes_en = "; ".join(
        f"as {FORMAT_WORDS.get(f, (f, f))[0]}: " + ", ".join(form.label("en") for form in group)
        for f, group in by_format.items()
    )
    takes_da = "; ".join(
        f"som {FORMAT_WORDS.get(f, (f, f))[1]}: " + ", ".join(form.label("da") for form in group)
        for f, group in by_format.items()
    )
    why_en = f"the hub read the file as {read_en}, and none of the forms it takes from {who_en} is {read_en}"
    why_da = f"hubben læste filen som {read_da}, og ingen af de blanketter, hubben tager imod fra {who_da},"
    return f"{why_en}; it takes {takes_en}", f"{why_da} er {read_da}; hubben tager imod {takes_da}"


# What the hub reads a file as, by its sniffed format, for the reason above (English, Danish).
FORMAT_WORDS = {
    "pdf": ("a PDF", "en PDF"),
    "xml": ("XML", "XML"),
    "csv": ("text (CSV)", "tekst (CSV)"),
    "xlsx": ("an Excel workbook", "en Excel-projektmappe"),
}

# What a file holds, for the message when its name says otherwise (English, Danish).
CONTENT = {
    "pdf": ("a PDF", "en PDF"),
    "xml": ("XML", "XML"),
    "csv": ("text (read as CSV)", "tekst (læst som CSV)"),
    "xlsx": ("an Excel workbook", "en Excel-projektmappe"),
}
