"""The hub's one error hierarchy.

Every error a user can cause is a `HubError`. A `Rejection` carries every `FieldProblem` found in one
document, each naming the file, the form, the locator and the reason in Danish (for the caseworker) and
English (for the API), so that nothing has to be guessed from a stack trace. The refusals of who asks or
how (401, 403, 405) are `hub.access_errors`.
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

    def __post_init__(self) -> None:
        if self.awaits_submission and not self.outside_document:
            raise ValueError("what a submission may bring lies outside the document")

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
        `config_unfinished`, `belongs_elsewhere`, `read_nowhere` and `unknown_form` only when set, so that
        every other problem keeps its shape."""
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
        words = self.field_words(lang).replace(": ", ", ")
        locator = (self.locator_da or self.locator) if lang == "da" else self.locator
        if said_at(locator, words):
            return ""
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
    feltet "Deltager-id"' for `deltager-id`): the line says the field once."""
    return bool(words) and f'"{words.casefold()}"' in locator.casefold()


class HubError(Exception):
    """Base of every error the hub raises on purpose."""

    status_code = 400
    code = "hub_error"
    # Seconds after which the same request may be answered otherwise (`Retry-After`), when it may.
    retry_after: int | None = None

    def __init__(self, message: str, message_da: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.message_da = message_da or message

    def to_dict(self) -> dict[str, Any]:
        """The one JSON error shape of the API: `problems` is there, empty, when no field is to blame."""
        return {"code": self.code, "message": self.message, "message_da": self.message_da, "problems": []}


class FieldError(HubError):
    """A value typed into one field of a form (or one option of a command) is wrong; `field` names it
    ("username", "cvr"…), so that a form can say the reason at that field rather than above the form."""

    def __init__(self, field: str, message: str, message_da: str | None = None) -> None:
        super().__init__(message, message_da)
        self.field = field


class ConfigError(HubError):
    """A settings value, agreement file or municipality config is wrong. Mostly refused at start (exit
    2); met while answering a request (a configured audit-log key not there on a shared database, which
    only a process started without `hub serve`'s check reaches), it is the hub's fault, not the caller's:
    500, its words in the log (`hub.web.errors`), since they name the server's files."""

    status_code = 500
    code = "config_error"


class SettingsError(ConfigError):
    """Settings the hub cannot start with; `problems` holds each one's reason in English and Danish."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(en for en, _ in problems), "; ".join(da for _, da in problems))


class NotFound(HubError):
    """A thing asked for by id does not exist (or is not visible to the asker)."""

    status_code = 404
    code = "not_found"


def missing_or_not_yours(what: str, what_da: str, key: object = None) -> NotFound:
    """The 404 of an object that does not exist or is another party's, which to the asker are one
    (`hub.services.scope`): "no placement 1, or you have no access to it", "Forløbet 1 findes ikke, eller
    du har ikke adgang". Both languages say both: the English said only "for you" (decision 0016, "Stop
    63: api-84"). `what_da` is the Danish noun in its definite form; no `key`: "no such document"."""
    named, named_da = (f"such {what}", what_da) if key is None else (f"{what} {key}", f"{what_da} {key}")
    return NotFound(
        f"no {named}, or you have no access to it", f"{named_da} findes ikke, eller du har ikke adgang"
    )


class Rejection(HubError):
    """A document or record was rejected; `problems` says every reason."""

    status_code = 422
    code = "rejected"

    def __init__(self, problems: list[FieldProblem]) -> None:
        if not problems:
            raise ValueError("a rejection needs at least one problem")
        self.problems = list(problems)
        super().__init__(
            "; ".join(p.describe("en") for p in self.problems),
            "; ".join(p.describe("da") for p in self.problems),
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON error shape with every problem listed."""
        data = super().to_dict()
        data["problems"] = [p.answer() for p in self.problems]
        return data


class NotRecognised(Rejection):
    """No form of the sender's adapter matched the document (not: one matched and its values were wrong)."""


class UnreadableDocument(Rejection):
    """The bytes could not be read as the format they claim (broken, encrypted, hostile, too big)."""

    code = "unreadable"


class ProcessingFailed(HubError):
    """A job failed for a reason that is not the document's fault; the details stay in the database."""

    status_code = 500
    code = "processing_failed"
