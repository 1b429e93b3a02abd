"""The auditor's bundle's verifier, `verify.py`: one Python file, made of the hub's own modules (the
bundle's README: `bundle_readme`)."""

from __future__ import annotations

from pathlib import Path

from hub import merkle, pseudonyms
from hub.exports import (
    bundle_data,
    bundle_provenance,
    bundle_provenance_check,
    bundle_since,
    bundle_traced,
    bundle_verify,
    danish_clock,
)

_FUTURE = "from __future__ import annotations\n"
# What `bundle_provenance_check` imports of `bundle_provenance`, one name a line as ruff writes them.
_CHECK_NAMES: tuple[str, ...] = (
    "FORM",
    "PROVENANCE_PARTS",
    "TRACED_FORM",
    "TRACED_PROVENANCE",
    "changed_rows",
    "shown_row",
    "standard_text",
)
# The modules verify.py is made of after `hub.merkle`, each with the lines by which it imports the
# earlier ones: dropped, as in one file those names are already defined.
_PARTS = (
    (danish_clock, ()),
    (bundle_since, ("from hub.merkle import verify_consistency\n",)),
    # The CPR masking the provenance's hash is made with (`bundle_provenance`), the hub's own.
    (pseudonyms, ()),
    (bundle_provenance, ("from hub.pseudonyms import mask_cpr_like\n",)),
    # The data's hash, masked as the provenance's is (`bundle_data`, stop 56).
    (
        bundle_data,
        (
            "from hub.exports.bundle_provenance import holds_ten_digits\n",
            "from hub.pseudonyms import mask_cpr_like\n",
        ),
    ),
    (
        bundle_provenance_check,
        (
            "from hub.exports.bundle_provenance import (\n"
            + "".join(f"    {name},\n" for name in _CHECK_NAMES)
            + ")\n",
            "from hub.pseudonyms import MASKED_KEEPING_DATE, mask_cpr_like, replace_cpr_like\n",
        ),
    ),
    (
        bundle_traced,
        (
            "from hub.exports.bundle_data import DATA_FORM, TRACED_DATA_FORM, data_held\n",
            "from hub.exports.bundle_provenance import TRACED_FORM, TRACED_PROVENANCE, TRACED_ROWS\n",
            "from hub.exports.bundle_provenance_check import provenance_problems\n",
        ),
    ),
    (
        bundle_verify,
        (
            "from hub.exports.bundle_since import Note, grouped, loaded, read_note, said_count, since\n",
            "from hub.exports.bundle_traced import TRACED_RECORDS, TRACED_SHOWN, untraced\n",
            "from hub.exports.danish_clock import danish_time, english_time\n",
            "from hub.merkle import leaf_hash, verify_inclusion\n",
        ),
    ),
)


def verifier_source() -> str:
    """`verify.py`: the Merkle functions of `hub.merkle`, the Danish time of `danish_clock` and the
    checks of `bundle_verify`, one file that needs nothing outside Python's standard library."""
    parts = [Path(merkle.__file__).read_text(encoding="utf-8")]
    for module, imports in _PARTS:
        text = Path(str(module.__file__)).read_text(encoding="utf-8")
        if any(line not in text for line in (_FUTURE, *imports)):
            raise RuntimeError(f"{module.__name__} no longer imports what verifier_source expects")
        for line in (_FUTURE, *imports):
            text = text.replace(line, "")
        parts.append(f"# ---- {module.__name__.replace('.', '/')}.py ----\n{text}")
    return "\n\n".join(parts)
