"""One thing wrong with one value of one document (`FieldProblem`): where it is and why, in Danish for
the caseworker and English for the API; the flags that say where the reason lies (outside the document,
in the hub's config, in another sender's form), each stored and answered only when set; and the field in
words, as the upload page and the API name it.

Apart from `hub.errors`, the hierarchy of errors the hub raises: a `Rejection` carries these, and most
modules that build one import it from there, as before.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from hub.schemas.field_names import entry_field_name


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one value of one document."""

    reason_en: str
    reason_da: str
    file: str = ""
    form: str = ""
    locator: str = ""
    field: str = ""
    item: str = ""  # which record of a document holding several: "row 9", "group 3", "/Eksport/Borger[2]"
    item_da: str = ""
    # Which entry of a list, as the document shows it: its number read, counted from 1, and its row (the
    # form's, a sheet's or file's), column or element ("entry 2 (row 3 of the form)"), where the path's
    # index counts entries read (a row left blank is none). Stored and answered only when set.
    entry: str = ""
    entry_da: str = ""
    # The reason lies outside the document (no agreement for its site yet, no placement to link it to):
    # the same bytes sent again are read again once the hub holds what was missing.
    outside_document: bool = False
    # Of those, what another submission of the sender may still bring (no placement holds the form's
    # dates yet): the document may wait for one not yet final (`awaiting`). Not set for what only an
    # agreement, an operator or the sender's own next file can change: that would wait for nothing.
    # Decides in the run that met it; neither stored nor answered (`to_dict`).
    awaits_submission: bool = False
    # No form of the sender's adapter fits the document: it may be another sender's form, who may then
    # send the same bytes and have them read as theirs. Not set for a document unreadable in itself.
    not_recognised: bool = False
    # Where, in Danish, when it reads differently (`felt "X" på side 1`); `locator` is the English.
    locator_da: str = ""
    # The code of the municipality whose form a document not recognised looks like (`look_alike`): the
    # upload page offers to send the same file as that municipality. Stored and answered only when set.
    send_as: str = ""
    # The form as people call it, English and Danish (`hub.services.form_titles.titled_problem`): its
    # title, not the config's id in `form`. Only for the line `describe` says; neither stored nor answered.
    form_title: str = ""
    form_title_da: str = ""
    # The reason lies in the hub's own config for the form (a required field no rule fills, a value
    # mapped to the draft's TODO): nothing in the document is at fault, and only the hub's administrator
    # can put it right; the same bytes are then read again (`retry`: the config's fingerprint changed).
    # Stored and answered only when set, so that every other problem keeps its shape.
    config_unfinished: bool = False
    # With `send_as`: the sender has no agreement to send that municipality's forms (it leads none with
    # it). Nothing in the file is to fix: it is that municipality's job centre's to send, or the sender
    # chose the wrong file, and the upload page says so rather than offer "Send a fixed file" (walk-88 of
    # stop 64). Stored and answered only when set, as `send_as` is.
    belongs_elsewhere: bool = False
    # With `not_recognised`: no form of any municipality the hub reads fits either (`look_alike` found
    # none), and the file's text was read. It is most likely the form of a municipality the hub has no
    # config for (walk-88's Skive file sent by Herlev): nothing the sender can fix in it, so the upload
    # page asks the lead job centre or to check the file rather than offer "Send a fixed file" (stop 65).
    # Stored and answered only when set, as `belongs_elsewhere` is.
    read_nowhere: bool = False
    # With `not_recognised`, on a problem of its own: no form fits, but the file comes in a format the
    # sender's own forms are read in (`look_alike.own_format`): most likely its own form changed past
    # recognising (a reworded title, a new version). A suggestion, as `send_as` is: the problem's words say
    # whose form it looks like; stored and answered only when set (stop 66, page-100).
    unknown_form: bool = False
    # With `outside_document`: the document's own value may as well be what is wrong (dates that fit none of
    # the sender's placements the hub holds, a P-number that looks like a CPR number): the reason names the
    # value to correct, so the upload page offers "Send a fixed file", which corrects the row's, and does
    # not say that nothing is wrong in the file (walk-110, stop 68). The same bytes are still read again
    # when sent again (`retry`), as for any reason outside the document. Stored and answered only when set.
    may_be_in_document: bool = False

    def __post_init__(self) -> None:
        if self.awaits_submission and not self.outside_document:
            raise ValueError("what a submission may bring lies outside the document")
        if self.may_be_in_document and not self.outside_document:
            raise ValueError("only a reason outside the document may also lie in it")

    @property
    def suggestion(self) -> bool:
        """Whether this is a suggestion, not a fault in the document: whose form it looks like (`send_as`,
        `unknown_form`), said after the faults and counted with none of them (the pages' `_problems.html`
        and upload.js split stored problems on the same keys; `hub ingest` says it on a `suggestion:`
        line)."""
        return bool(self.send_as or self.unknown_form)

    def to_dict(self) -> dict[str, Any]:
        """Return the problem as a JSON-ready dict (as stored with a submission), without
        `awaits_submission`: whether it waited is the submission's story, not the problem's; `send_as`,
        `config_unfinished`, `belongs_elsewhere`, `read_nowhere`, `unknown_form` and `may_be_in_document`
        only when set, so that every other problem keeps its shape."""
        data = asdict(self)
        for said_only in ("awaits_submission", "form_title", "form_title_da"):
            del data[said_only]
        for when_set in (
            "send_as",
            "config_unfinished",
            "belongs_elsewhere",
            "read_nowhere",
            "entry",
            "entry_da",
            "unknown_form",
            "may_be_in_document",
        ):
            if not data[when_set]:
                del data[when_set]
        return data

    def answer(self) -> dict[str, Any]:
        """The problem as the API answers it: `to_dict`, and the field in words in both languages (the
        path in `field` stays the contract; `hub.schemas.field_names`). Both are there, empty, when no
        field is to blame, as in every other problem the API gives (`hub.api.problem_shapes.Problem`)."""
        data = self.to_dict()
        data["field_en"], data["field_da"] = (
            (self.field_words("en"), self.field_words("da")) if self.field else ("", "")
        )
        return data

    def field_words(self, lang: str) -> str:
        """The field in words (`field_names`), a list entry's by the entry as the document shows it."""
        entry = (self.entry_da or self.entry) if lang == "da" else self.entry
        return entry_field_name(self.field, entry, lang)

    def _field_words(self, lang: str) -> str:
        """The field as the line names it: in words, as the upload page names it ("startdato", not
        `period.start`); in English the path follows in brackets ("first day (period.start)"), as the
        API's integrators and a config's author write it, while the API's `field` keeps it alone. A
        line's field is said "linje 3, timer", not "linje 3: timer", whose colon read as the reason's."""
        if not self.field:
            return ""
        locator = (self.locator_da or self.locator) if lang == "da" else self.locator
        if said_at(locator, self.field_words(lang)):
            return ""
        words = self.field_words(lang).replace(": ", ", ")
        return words if lang == "da" or words == self.field else f"{words} ({self.field})"

    def where(self, lang: str = "en") -> str:
        """Where, in words: the file, the form by its title when known, the item, the place and the field."""
        item = (self.item_da or self.item) if lang == "da" else self.item
        locator = (self.locator_da or self.locator) if lang == "da" else self.locator
        form = (self.form_title_da or self.form_title) if lang == "da" else self.form_title
        return " / ".join(
            p for p in (self.file, form or self.form, item, locator, self._field_words(lang)) if p
        )

    def describe(self, lang: str = "en") -> str:
        """One line for people: where, then why."""
        where = self.where(lang)
        reason = self.reason_da if lang == "da" else self.reason_en
        return f"{where}: {reason}" if where else reason


def said_at(locator: str, words: str) -> bool:
    """Whether a place already names the field by the same words, as printed at its box ('side 1,
    feltet "Deltager-id"' for `deltager-id`): the line says the field once. A list entry's field is
    said by its name alone: the place 'side 1, feltet "Timer" i uge 45 2026' is the box of that line's
    hours, and "linje 1: timer" after it only said the entry's index in the record (walk-107)."""
    if not words:
        return False
    name = words.rsplit(": ", 1)[-1]
    return any(f'"{said.casefold()}"' in locator.casefold() for said in (words, name))
