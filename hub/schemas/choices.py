"""A canonical field whose value is one of a fixed list (`benefit`, `mentor.employer`, an agreement's
`basis`): its refusal quotes the value read beside the choices (decision 0061, "Stop 64: fixes-91").

Marshmallow's `OneOf` says only "Must be one of: company, jobcentre.", so a caseworker could not see what
the sender wrote (`virksomhed`, trial-87). A value that holds what looks like a CPR number is quoted with
it masked wholly: a refusal is shown to caseworkers, the API's caller and the log.
"""

from __future__ import annotations

from typing import Any

from marshmallow.validate import OneOf

from hub.pseudonyms import MASKED_WHOLLY, mask_cpr_like
from hub.quoting import quoted

# `message_wordings` says it in Danish ("'virksomhed' er ikke en af: company, jobcentre.").
MESSAGE = "{value} is not one of: {choices}"


class Choice(OneOf):
    """`OneOf` whose refusal names the value read (`MESSAGE`); still a `OneOf`, so `value_choices`
    finds its list."""

    def _format_error(self, value: Any) -> str:
        return MESSAGE.format(value=shown_value(value), choices=self.choices_text)


def shown_value(value: Any) -> str:
    """The value as the refusal quotes it: CPR-like digits masked, quoted when readable (`quoted`)."""
    return quoted(mask_cpr_like(str(value), MASKED_WHOLLY))
