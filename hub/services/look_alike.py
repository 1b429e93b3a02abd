"""When no form of the sender's municipality fits a document, whose form it looks like.

A lead forwards partners' forms and sometimes picks the wrong sender: Ballerup's end-of-placement form
sent as Gladsaxe was only told that none of Gladsaxe's forms fits. The other municipalities' adapters
are asked, only for a document already rejected, and the rejection then says whose form it looks like
and how to send it.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_model import MunicipalityConfig
from hub.adapters.mapping.skipped_labels import unreadable_pages
from hub.adapters.readers.base import Extraction
from hub.errors import FieldProblem, NotRecognised
from hub.schemas.municipalities import Municipality
from hub.services.form_named import Read, read_in
from hub.services.registry import registry
from hub.services.upload_sender import led_partners


def whose(extraction: Extraction, sender_code: str) -> tuple[MunicipalityConfig, FormConfig] | None:
    """The first other municipality one of whose forms the document matches, and that form."""
    for config in registry().all():
        if config.code == sender_code:
            continue
        for form in config.forms:
            if form.matches(extraction, {}):
                return config, form
    return None


def explained(
    session: Session, rejection: NotRecognised, extraction: Extraction, sender_code: str, filename: str
) -> NotRecognised:
    """The rejection, with a second problem naming whose form the document looks like (if anyone's)."""
    found = whose(extraction, sender_code)
    if found is None:
        if unreadable_pages(extraction):
            # Which form it is could not be told, and a readable file is a fix the sender can make.
            return rejection
        own = own_format(extraction, sender_code)
        if own is None:
            return _read_nowhere(rejection)
        # The format alone said "the sender's own form, changed" of Lemvig's CSV sent by Herlev too
        # (page-100 left it): what the file says of whose it is tells them apart.
        read = read_in(extraction)
        named = read.municipality if read is not None else None
        if read is not None and named is not None and named.code not in registry():
            return NotRecognised(
                [*_read_nowhere(rejection).problems, outside_partnership(read, named, filename)]
            )
        lead = bool(led_partners(session, sender_code))
        return NotRecognised([*rejection.problems, unknown_form(own, filename, read, lead)])
    config, form = found
    # Said, not told: a lead who may send as that municipality is offered the button (`send_as`). Whom
    # no agreement lets send its forms (Herlev, a partner, sent Randers' or Gladsaxe's form) is told
    # whose job centre sends it: "send it as Randers" was a choice it does not have, and "Send a fixed
    # file" beside it sent the caseworker looking for a fault the file does not have (walk-88, stop 64).
    elsewhere = config.code not in led_partners(session, sender_code)
    then_en, then_da = (
        (f"it is for the job centre of {config.name} to send", f"skal jobcentret i {config.name} sende den")
        if elsewhere
        else (f"it is to be sent as {config.name}", f"skal den sendes som {config.name}")
    )
    hint = FieldProblem(
        f"it looks like {config.name}'s form {form.label('en')}: if it is theirs, {then_en}",
        f"den ligner {config.name}s blanket {form.label('da')}: er den deres, {then_da}",
        file=filename,
        not_recognised=True,
        send_as=config.code,
        belongs_elsewhere=elsewhere,
    )
    return NotRecognised([*rejection.problems, hint])


def own_format(extraction: Extraction, sender_code: str) -> MunicipalityConfig | None:
    """The sender's own config when one of its forms is read in the file's format (and, for XML, under the
    file's root element where the form names one): what the hub knows of the file without guessing from its
    text. Herlev reads CSV: a Herlev placement whose title line was reworded is Herlev's form changed, while
    Skive's XML sent by Herlev is no form of Herlev's format at all (stop 66, page-100)."""
    if sender_code not in registry():
        return None
    config = registry().get(sender_code)
    root = extraction.meta.get("root")
    for form in config.forms:
        if form.format == extraction.format and form.recognise.root in (None, root):
            return config
    return None


def unknown_form(
    config: MunicipalityConfig, filename: str, read: Read | None = None, lead: bool = False
) -> FieldProblem:
    """The suggestion that the file is none of the sender's forms the hub knows, naming the file and
    what the hub read (`form_named.read_in`): the sender's own form changed past recognising (a reworded
    title naming the sender), or a form naming no municipality, or one of the partnership whose forms it
    does not fit either. "The hub does not read this municipality's forms (yet)" said it as if the sender
    had no set-up (page-93 left it). Said as a suggestion (`FieldProblem.suggestion`); "the file" first,
    as a sentence's first word is capitalised and a file name must stay as it is spelt. A partner asks its
    lead; a `lead` sender is the lead, and was told to ask itself (walk-107): it asks the hub's
    administrator, who sets up the forms the hub reads."""
    whom_en, whom_da = (
        ("the hub's administrator", "hubbens administrator")
        if lead
        else ("the lead job centre", "tovholderen")
    )
    named = read.municipality if read is not None else None
    if read is None or (named is not None and named.code == config.code):
        said_en, said_da = (
            (f" ({read.said('en')})", f" ({read.said('da')})") if read is not None else ("", "")
        )
        return _hint(
            f"the file {filename} looks like {config.name}'s form{said_en} but not one the hub knows: check "
            f"that it is the current version, or ask {whom_en} to add it",
            f"filen {filename} ligner en blanket fra {config.name}{said_da}, men ikke en, hubben kender: "
            f"tjek, at det er den gældende udgave, eller bed {whom_da} om at tilføje den",
            filename,
        )
    if named is None:
        what_en = f"fits none of {config.name}'s forms the hub knows, and names no municipality"
        what_da = f"passer ikke til nogen af de blanketter fra {config.name}, hubben kender, og nævner ingen"
        what_da += " kommune"
        # Its first words, where they can be quoted: a CSV's title line helps find the file; a PDF's first
        # field (a CPR number, never quoted) is no title, and "its title names no municipality (field
        # borger.cpr)" misled (found merging page-104 beside walk-107).
        if read.quoted:
            what_en += f" (its first words: {read.said('en')})"
            what_da += f" (de første ord: {read.said('da')})"
    else:
        what_en = f"names {named.name} ({read.said('en')}) but fits none of the forms the hub knows from "
        what_en += f"{named.name} or {config.name}"
        what_da = f"nævner {named.name} ({read.said('da')}), men passer ikke til nogen af de blanketter fra "
        what_da += f"{named.name} eller {config.name}, hubben kender"
    return _hint(
        f"the file {filename} {what_en}: check that it is the right file and the current version, or ask "
        f"{whom_en} to add the form",
        f"filen {filename} {what_da}: tjek, at det er den rigtige fil og den gældende udgave, eller bed "
        f"{whom_da} om at tilføje blanketten",
        filename,
    )


def _hint(en: str, da: str, filename: str) -> FieldProblem:
    """A suggestion of what a file no form fits is (`unknown_form`): not a fault in it, not counted."""
    return FieldProblem(en, da, file=filename, not_recognised=True, unknown_form=True)


def outside_partnership(read: Read, named: Municipality, filename: str) -> FieldProblem:
    """The suggestion that the file is a form of a municipality the hub has no set-up for, naming the file
    and the words that say whose it is: with `read_nowhere` on the refusal, the page offers no fixed file
    and asks the lead job centre (as for Skive's XML). Flagged `unknown_form`: a suggestion, not a fault."""
    return _hint(
        f"the file {filename} is a form from {named.name} ({read.said('en')}), a municipality not in the "
        "partnership",
        f"filen {filename} er en blanket fra {named.name} ({read.said('da')}), en kommune, der ikke er med i "
        "partnerskabet",
        filename,
    )


def _read_nowhere(rejection: NotRecognised) -> NotRecognised:
    """The rejection with its problems of no form fitting marked `read_nowhere`: no municipality the hub
    reads sends this form either, nor is it in a format the sender's own forms come in, so it is most likely
    one whose forms the hub has no config for (Skive's, sent by Herlev: walk-88, stop 64), and nothing in it
    is the sender's to fix."""
    marked = [replace(p, read_nowhere=True) if p.not_recognised else p for p in rejection.problems]
    return NotRecognised(marked)
