"""The hub's one error hierarchy.

Every error a user can cause is a `HubError`. A `Rejection` carries every `FieldProblem` found in one
document, each naming the file, the form, the locator and the reason in Danish (for the caseworker) and
English (for the API), so that nothing has to be guessed from a stack trace; the problem and its words
are `hub.field_problem`'s, importable from here as before. The refusals of who asks or how (401, 403,
405) are `hub.access_errors`.
"""

from __future__ import annotations

from typing import Any

from hub.field_problem import FieldProblem


class HubError(Exception):
    """Base of every error the hub raises on purpose."""

    status_code = 400
    code = "hub_error"
    # Seconds after which the same request may be answered otherwise (`Retry-After`), when it may.
    retry_after: int | None = None
    # What a person does next, English and Danish, where the status's own advice would mislead (the error
    # page's line under the reason; the API's body is as it was): None for the status's (`error_words`).
    next_step: tuple[str, str] | None = None

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
