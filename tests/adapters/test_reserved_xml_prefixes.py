"""The two prefixes XML reserves, refused in a `namespaces` table with the reason (decision 0060, "Stop
65: lang-93, reserved XML prefixes"; review-89): `xmlns` declares prefixes and names nothing, and `xml`
is bound to http://www.w3.org/XML/1998/namespace by XML itself. Before, both loaded; a form's `xml` bound
to another namespace matched nothing (`@xml:lang` read as missing) without a word. Bound to its own
namespace, `xml` still loads: it is how a form reads `@xml:lang`.

trial-84's ending in a namespace (`test_xml_names_everywhere.FORM_NS`), its prefix declared beside `ø`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from test_claim_config import errors_of
from test_xml_names_everywhere import ASCII, FORM_NS, URI, write

from hub.adapters.language.config_schema import load_config_file
from hub.cli.adapters import check

XML = "http://www.w3.org/XML/1998/namespace"
AT = "ringkoebing-skjern.toml: forms[0].reader.namespaces"


def _declared(extra: str) -> str:
    return FORM_NS.replace('namespaces = { "ø" =', f'namespaces = {{ {extra}, "ø" =')


@pytest.mark.parametrize(
    ("extra", "english", "danish"),
    [
        (
            'xmlns = "urn:x"',
            "'xmlns' is no prefix to declare: XML reserves it for declaring prefixes, and no element or"
            " attribute is in it",
            "'xmlns' er ikke et præfiks at erklære: XML forbeholder det til at erklære præfikser, og intet"
            " element eller attribut ligger i det",
        ),
        (
            'xml = "urn:dk:sprog"',
            f"'xml' is bound by XML itself to {XML} and to no other namespace: name another prefix for"
            " 'urn:dk:sprog'",
            f"'xml' er bundet af XML selv til {XML} og til intet andet navnerum: brug et andet præfiks for"
            " 'urn:dk:sprog'",
        ),
    ],
)
def test_check_refuses_a_reserved_prefix_in_a_forms_namespaces(
    tmp_path: Path, extra: str, english: str, danish: str
) -> None:
    folder, golden = tmp_path / "configs", tmp_path / "golden"
    folder.mkdir()
    golden.mkdir()
    (folder / "ringkoebing-skjern.toml").write_text(_declared(extra), encoding="utf-8")
    result = CliRunner().invoke(check, ["--dir", str(folder), "--golden", str(golden)])
    assert result.exit_code != 0
    english_part, _, danish_part = result.output.partition("på dansk:")
    assert f"{AT}: {english}" in english_part.splitlines()
    assert f"{AT}: {danish}" in danish_part.splitlines()


def test_a_claims_xmlns_prefix_is_refused(tmp_path: Path) -> None:
    places = ASCII | {"namespaces": f'namespaces = {{ xmlns = "{URI}", o = "{URI}" }}'}
    english, _ = errors_of(write(tmp_path, places))
    assert (
        "gladsaxe.toml: claim.writer.namespaces: 'xmlns' is no prefix to declare: XML reserves it for"
        " declaring prefixes, and no element or attribute is in it"
    ) in english


def test_xml_bound_to_its_own_namespace_loads(tmp_path: Path) -> None:
    """The guard: `@xml:lang` is read with it."""
    path = tmp_path / "ringkoebing-skjern.toml"
    path.write_text(_declared(f'xml = "{XML}"'), encoding="utf-8")
    assert load_config_file(path).forms[0].reader["namespaces"]["xml"] == XML
