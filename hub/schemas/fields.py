"""Marshmallow field types for text and Danish identifiers: names, e-mail addresses, CPR, CVR and
P-numbers, municipalities, phone numbers.

Every field loads to the canonical string form of DESIGN.md (digit strings, E.164), so a loaded record can
be stored and compared without further conversion. The amounts, hours and kroner, are `hub.schemas.amounts`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from marshmallow import ValidationError, fields
from stdnum.dk import cvr as stdnum_cvr
from stdnum.exceptions import InvalidChecksum

from hub.pseudonyms import holds_cpr_like, phone_holds_cpr
from hub.quoting import REPLACEMENT, quoted
from hub.schemas.cpr import input_string, normalise_cpr
from hub.schemas.edges import strip_edges
from hub.schemas.mailto import mailto_address
from hub.schemas.municipalities import normalise_municipality
from hub.schemas.phone_dates import date_in_phone, date_in_phone_reasons
from hub.schemas.scientific import refuse_scientific
from hub.schemas.twice_encoded import encoded_twice_problem

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_UNSEEN = frozenset({"Cc", "Cf", "Co", "Cn", "Cs"})  # control, format, private, unassigned, surrogate


def _seen(char: str) -> bool:
    """Whether a character shows as something a person can read: not white space, not a control or
    format character (a byte order mark, a zero-width space), not the replacement character a decoder
    writes for bytes that were no text."""
    return not char.isspace() and char != REPLACEMENT and unicodedata.category(char) not in _UNSEEN


class Text(fields.String):
    """A string stripped of white space and invisible format characters at its edges (`strip_edges`:
    `\ufeffMette Lund` is Mette Lund) that must not be empty; a required one must hold a character a
    person can read (decision 0064, "Stop 47"): a name of a byte order mark alone, or of ten replacement
    characters from a damaged file, is no name, though it is not empty. Nor is one encoded twice
    ("MÃ¸ller" for "Møller", `twice_encoded`) kept as written."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        raw = super()._deserialize(value, attr, data, **kwargs).strip()
        text = strip_edges(raw)
        if raw and not text:
            # Nothing but invisible characters: said as such, not as "empty", as the file is not.
            raise ValidationError("holds no character that can be read, only invisible or damaged ones")
        if not text:
            raise ValidationError("must not be empty")
        if self.required and not any(_seen(char) for char in text):
            raise ValidationError("holds no character that can be read, only invisible or damaged ones")
        # `lowered`: a config may `lower` a name as it does an e-mail address (fixes-83)
        if (twice := encoded_twice_problem(text, lowered=True)) is not None:
            raise ValidationError(twice)
        return text


class Email(fields.Email):
    """An e-mail address that holds no CPR-like number (decision 0060, "Stop 57: quiet-65"). An address
    is an identifier, shown as written to every party that may see the record (`placement_reads.
    IDENTIFIERS`, a masking auditor's bundle too), so a citizen's number typed into it
    (`0101901234@kommune.dk`) would reach them whole; masked, it would be no address. Refused at its
    field instead, without quoting it. Nor is one encoded twice kept ("sÃ¸ren@" for "søren@", as `Text`;
    stop 63): it was refused as no address, or, for "mÃ¼ller@", where "¼" is a letter to the address's
    pattern, kept, though it is text a person reads and writes to."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        # A link's address is the address (`mailto_address`); every check below reads the address.
        text = mailto_address(str(super()._deserialize(value, attr, data, **kwargs)))
        if holds_cpr_like(text):
            raise ValidationError(
                "holds what looks like a CPR number: an e-mail address is shown as written to everyone who"
                " may see the record; write the address without it"
            )
        if (twice := encoded_twice_problem(text, lowered=True)) is not None:  # before "not valid"
            raise ValidationError(twice)
        return text


class Cpr(fields.String):
    """CPR number DDMMYYSSSS; dashes and spaces removed; a real, non-future date; no modulus 11."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        return normalise_cpr(value)


class Cvr(fields.String):
    """CVR number: 8 digits passing modulus 11 with weights 2,7,6,5,4,3,2,1."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = (
            str(value)
            if isinstance(value, int) and not isinstance(value, bool)
            else input_string(value, "CVR")
        )
        refuse_scientific(text, "CVR")
        digits = stdnum_cvr.compact(text)
        if not re.fullmatch(r"[1-9][0-9]{7}", digits):
            raise ValidationError("CVR must be 8 digits, not starting with 0")
        try:
            return stdnum_cvr.validate(digits)
        except InvalidChecksum as error:
            raise ValidationError("CVR check digit is wrong") from error


class PNumber(fields.String):
    """Production unit number (P-nummer): 10 digits."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        text = input_string(value, "P-number")
        refuse_scientific(text, "P-number")
        digits = text.replace(" ", "")
        if not re.fullmatch(r"[0-9]{10}", digits):
            raise ValidationError("P-number must be 10 digits")
        return digits


class MunicipalityCode(fields.String):
    """Municipality as 3-digit code, 4-digit code with leading zero, or slug; loads to 3 digits."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        if isinstance(value, int) and not isinstance(value, bool):
            value = f"{value:03d}"
        try:
            return normalise_municipality(input_string(value, "municipality"))
        except ValueError as error:
            raise ValidationError(str(error)) from error


CPR_IN_PHONE = (
    "holds what looks like a CPR number, not a phone number: a phone number is shown as written to"
    " everyone who may see the record; write the phone number there"
)


class Phone(fields.String):
    """Phone number to E.164; a bare Danish 8-digit number gets +45. A CPR-like number in it is refused
    (`phone_holds_cpr`), without quoting it, as `Email` refuses one: a phone number is an identifier,
    shown as written to a masking auditor and to a lead looking at a partner's citizen."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        raw = input_string(value, "phone")
        if phone_holds_cpr(raw):
            # Checked first, so that the reasons below, which quote the value, never quote a CPR number.
            raise ValidationError(CPR_IN_PHONE)
        if date_in_phone(raw):
            raise ValidationError(date_in_phone_reasons(raw)[0])
        refuse_scientific(raw, "phone")
        text = re.sub(r"[\s\-().]", "", raw)
        if text.startswith("00"):
            text = "+" + text[2:]
        if re.fullmatch(r"[0-9]{8}", text):
            text = "+45" + text
        if text.startswith("+45") and not re.fullmatch(r"\+45[1-9][0-9]{7}", text):
            raise ValidationError(f"Danish phone number must be 8 digits after +45: {quoted(raw)}")
        if not _E164.fullmatch(text):
            raise ValidationError(
                f"not a phone number (8 Danish digits or +country and number): {quoted(raw)}"
            )
        return text
