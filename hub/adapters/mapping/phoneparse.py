"""The `phone` transform's parser: a phone number as written in Denmark to E.164 (`+4520304050`).

It raises `TransformError` with the reason in English and Danish, as the number parsers in `numberparse`
do. A phone number is shown as written to everyone who may see the record, so a CPR-like number or a date
in its place is refused first, before any reason that would quote it.
"""

from __future__ import annotations

import re

from hub.adapters.mapping.script_digits import ascii_digits, digit_like_refusal
from hub.adapters.mapping.textparse import TransformError, refuse_scientific
from hub.pseudonyms import phone_holds_cpr
from hub.quoting import quoted, quoted_da
from hub.schemas.fields import CPR_IN_PHONE
from hub.schemas.phone_dates import date_in_phone, date_in_phone_reasons

CPR_IN_PHONE_DA = (
    "indeholder noget, der ligner et CPR-nummer, ikke et telefonnummer: et telefonnummer vises, som det er"
    " skrevet, for alle, der må se posten; skriv telefonnummeret der"
)


def parse_phone(text: str) -> str:
    """Turn a phone number into E.164; eight digits without a prefix are Danish (+45). A CPR-like number
    is refused as the schema's `Phone` refuses it, before any reason that would quote it. A digit of
    another script is its digit (`script_digits`): `٧٢` is 72 in the record, never kept as written; a
    sign that looks like a digit and is none (`²`, `①`) is refused naming it, as `digits` refuses it."""
    text = ascii_digits(text)
    if phone_holds_cpr(text):
        raise TransformError(CPR_IN_PHONE, CPR_IN_PHONE_DA)
    if date_in_phone(text):
        raise TransformError(*date_in_phone_reasons(text))
    if (refusal := digit_like_refusal(text)) is not None:  # `²`, `①`: as `digits` says it, not "no phone"
        raise refusal
    refuse_scientific(text, shown=True)
    clean = re.sub(r"[\s().\-/]", "", text.strip())
    if clean.startswith("00"):
        clean = "+" + clean[2:]
    if re.fullmatch(r"\d{8}", clean):
        clean = "+45" + clean
    if clean.startswith("+45") and not re.fullmatch(r"\+45\d{8}", clean):
        raise TransformError(
            f"not a Danish phone number: {quoted(text)}", f"ikke et dansk telefonnummer: {quoted_da(text)}"
        )
    if not re.fullmatch(r"\+[1-9]\d{6,14}", clean):
        raise TransformError(
            f"not a phone number: {quoted(text)}", f"ikke et telefonnummer: {quoted_da(text)}"
        )
    return clean
