"""verify.py's Danish lines write a count of log entries as a Dane reads it (`12.345 poster`), while a
tree size the auditor types into the API stays plain digits (`from_size=1000`): decision 0062,
"Stop 44: numbers as a Dane reads them". The English lines are unchanged."""

from __future__ import annotations

from hub.exports.bundle_since import Note, key_id, since

_RAW_KEY = bytes(32)
_ORIGIN = "hub.example/audit"


def _note(size: int) -> Note:
    return Note(b"", _ORIGIN, size, bytes(32), _ORIGIN, key_id(_ORIGIN, _RAW_KEY), bytes(64))


def _signed(text: bytes, signature: bytes) -> bool:
    return True


def test_a_kept_checkpoint_larger_than_the_bundles_groups_both_counts() -> None:
    said = since(_note(12345), _note(9876), _RAW_KEY, _signed, [])
    assert said.ok is False
    assert said.danish.startswith("det gemte kontrolpunkt dækker 12.345 poster, pakkens log kun 9.876: ")
    assert said.english.startswith("the kept checkpoint covers 12345 entries, the bundle's log only 9876: ")


def test_no_proof_groups_the_counts_and_leaves_the_sizes_to_type_plain() -> None:
    said = since(_note(1000), _note(12345), _RAW_KEY, _signed, [])
    assert said.ok is None
    assert said.danish == (
        "intet bevis fra 1.000 til 12.345 poster i pakken: hent "
        "GET /api/audit/consistency?from_size=1000&to_size=12345 og giv filen med --proof"
    )
