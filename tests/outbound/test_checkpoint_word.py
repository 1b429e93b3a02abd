"""One Danish word for a signed checkpoint wherever the auditor reads one: "kontrolpunkt" on the auditor's
page, in the API's parameter words, in the bundle's README and in verify.py's Danish lines (decision 0062,
"Stop 45"). File names (`log/checkpoint.txt`) and the API's paths stay as they are; English says
"checkpoint"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hub.exports import bundle_files, bundle_readme, bundle_verify
from hub.exports.bundle_since import Note, key_id, since
from hub.web.argument_words import parameter_words

# "checkpoint" used as a Danish noun: inflected the Danish way, or after a Danish word. A file name or
# a path (`log/checkpoint.txt`, `/api/audit/checkpoint`) is no Danish noun and is not matched.
_DANISH_CHECKPOINT = re.compile(
    r"\bcheckpoint(et|ets)\b|\b(et|det|intet|gemte|pakkens|signeret|signerede|nyeste|ved|hvad)\s+checkpoint\b",
    re.IGNORECASE,
)
_ORIGIN = "hub.example/audit"
_RAW_KEY = bytes(32)


def _danish_checkpoints(text: str) -> list[str]:
    return [m.group(0) for m in _DANISH_CHECKPOINT.finditer(text)]


def test_the_pattern_finds_the_words_it_is_for() -> None:
    # The test below is only as good as this pattern: it must see what the auditor was shown before.
    assert _danish_checkpoints("Har du gemt checkpointet (log/checkpoint.txt)?") == ["checkpointet"]
    assert _danish_checkpoints("det gemte checkpoint dækker 3 poster") == ["gemte checkpoint"]
    assert _danish_checkpoints("hent log/checkpoint.txt eller GET /api/audit/checkpoint") == []


def test_the_verifier_says_kontrolpunkt_in_every_danish_text() -> None:
    # Every string of verify.py as the bundle carries it: the Danish half of each line it can print.
    tree = ast.parse(bundle_files.verifier_source())
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert [t for t in texts if _danish_checkpoints(t)] == []
    assert any("kontrolpunkt" in t for t in texts)


def test_no_danish_text_of_the_hub_says_checkpoint() -> None:
    # The API's `message_da` and the operator's `hub audit` say it too: one word wherever a Dane reads it.
    hub = Path(bundle_files.__file__).parents[1]
    found = []
    for source in sorted(hub.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _danish_checkpoints(node.value)
            ):
                found.append(f"{source.relative_to(hub)}:{node.lineno}")
    with (hub / "translations/da/LC_MESSAGES/messages.po").open("rb") as po:
        found += [str(m.id) for m in read_po(po) if _danish_checkpoints(str(m.string))]
    assert found == []


def test_the_verifiers_help_for_since_says_kontrolpunkt(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        bundle_verify.main(["verify.py", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert "et kontrolpunkt (eller en pakke), du har gemt" in help_text
    assert "a checkpoint (or a bundle) you kept" in help_text


def _note(size: int, origin: str = _ORIGIN) -> Note:
    return Note(b"", origin, size, bytes(32), origin, key_id(origin, _RAW_KEY), bytes(64))


def test_the_kept_checkpoints_failures_say_kontrolpunkt_in_danish_and_checkpoint_in_english() -> None:
    larger = since(_note(12), _note(9), _RAW_KEY, lambda text, signature: True, [])
    assert larger.danish.startswith("det gemte kontrolpunkt dækker 12 poster, pakkens log kun 9: ")
    assert "pakken er ældre end kontrolpunktet" in larger.danish
    assert larger.english.startswith("the kept checkpoint covers 12 entries")
    other = since(_note(3, "other.example/audit"), _note(9), _RAW_KEY, lambda text, signature: True, [])
    assert other.danish.startswith("det gemte kontrolpunkt er fra en anden log (other.example/audit)")
    forged = since(_note(3), _note(9), _RAW_KEY, lambda text, signature: False, [])
    assert forged.danish.startswith("det gemte kontrolpunkts signatur passer IKKE med hubbens nøgle")


def test_the_readmes_danish_half_says_kontrolpunkt() -> None:
    pem = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    )
    about = bundle_readme.About(
        "Ballerup Kommune",
        "151",
        "2026-Q3",
        "2026-07-01T08:05:09+00:00",
        "masked",
        5,
        pem.decode(),
        "hub.invalid/audit/x",
    )
    danish, english = bundle_readme.readme(about).split("## English")
    assert _danish_checkpoints(danish) == []
    assert "rummer alt, hvad kontrolpunktet dækkede, uændret" in " ".join(danish.split())
    assert "holds everything the checkpoint covered, unchanged" in " ".join(english.split())


def test_the_apis_parameter_words_say_kontrolpunkt_in_danish() -> None:
    for name in ("from_size", "to_size"):
        assert "kontrolpunkt" in parameter_words(name, "da")
        assert "checkpoint" in parameter_words(name, "en")
