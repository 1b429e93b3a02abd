"""verify.py's lines write a count of log entries as each reader writes it (`12.345 poster`, `12,345
entries`), one as one (`1 post`, `1 entry`), while a tree size the auditor types into the API stays plain
digits (`from_size=1000`): decision 0062, "Stop 44: numbers as a Dane reads them" and "Stop 46 (words 3)"."""

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
    assert said.english.startswith("the kept checkpoint covers 12,345 entries, the bundle's log only 9,876: ")


def test_a_kept_checkpoint_of_one_entry_says_one() -> None:
    said = since(_note(1), _note(0), _RAW_KEY, _signed, [])
    assert said.danish.startswith("det gemte kontrolpunkt dækker 1 post, pakkens log kun 0: ")
    assert said.english.startswith("the kept checkpoint covers 1 entry, the bundle's log only 0: ")


def test_a_first_entry_changed_is_said_as_one() -> None:
    other = _note(1)._replace(root=bytes([1]) * 32)
    said = since(_note(1), other, _RAW_KEY, _signed, [])
    assert said.ok is False
    assert said.danish.startswith("loggens første post har nu en anden rod end det gemte kontrolpunkts: ")
    assert said.english.startswith("the log's first entry now has another root than the kept checkpoint's: ")
    said = since(_note(1200), _note(1200)._replace(root=bytes([1]) * 32), _RAW_KEY, _signed, [])
    assert said.danish.startswith("loggens første 1.200 poster har nu en anden rod")
    assert said.english.startswith("the log's first 1,200 entries now have another root")


def test_no_proof_groups_the_counts_and_leaves_the_sizes_to_type_plain() -> None:
    said = since(_note(1000), _note(12345), _RAW_KEY, _signed, [])
    assert said.ok is None
    # The page's form first (the sizes as its fields take them), the API's address beside it.
    assert said.danish == (
        "intet bevis fra 1.000 til 12.345 poster i pakken: hent det på revisorens side i hubben "
        '("Hent beviset", størrelserne 1000 og 12345) eller med '
        "GET /api/audit/consistency?from_size=1000&to_size=12345, og giv filen med --proof"
    )
    assert said.english == (
        "no proof from 1,000 to 12,345 entries in the bundle: download it on the auditor's page in the "
        'hub ("Download the proof", sizes 1000 and 12345) or fetch '
        "GET /api/audit/consistency?from_size=1000&to_size=12345, and give the file with --proof"
    )
