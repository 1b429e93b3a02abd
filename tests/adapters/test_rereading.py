"""A document read as its form says (decision 0048): a CSV in the form's encoding and separator, where the
bytes do not prove otherwise, one clear problem for a file saved the wrong way, and the same verdict from
a kept reading (reprocess) as from the bytes (an upload)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from types import SimpleNamespace

import pytest
from onboarding_trial import trial_registry
from pipeline import GOLDEN, ROOT, ingest_all, repository_registry

from hub.adapters import pipeline
from hub.adapters.language import config_form
from hub.adapters.language.registry import Registry
from hub.adapters.readers import extract
from hub.adapters.readers.csv_text import BOM
from hub.errors import Rejection

HERLEV = (GOLDEN / "herlev" / "placement.csv").read_bytes().decode("cp1252")
SOENDERBORG = (GOLDEN / "soenderborg" / "placement.csv").read_bytes().decode("utf-8-sig")
NAME = "Åsa Ødegård-Ærenlund"


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Every municipality config of the repository."""
    return repository_registry()


def _upload(registry: Registry, slug: str, data: bytes, name: str) -> pipeline.Canonical:
    sha = hashlib.sha256(data).hexdigest()
    return pipeline.read_and_canonicalise(registry.get(slug), data, sha, name)


def _problems(registry: Registry, slug: str, data: bytes, name: str) -> list[tuple[str, ...]]:
    with pytest.raises(Rejection) as info:
        _upload(registry, slug, data, name)
    return [(p.file, p.form, p.locator, p.locator_da, p.reason_en, p.reason_da) for p in info.value.problems]


@pytest.mark.parametrize("bom", [BOM, b""], ids=["csv-utf8-with-bom", "utf8-without-bom"])
def test_a_utf8_file_is_read_as_utf8_where_the_form_says_cp1252(registry: Registry, bom: bytes) -> None:
    data = bom + HERLEV.replace("Ahmad Rahimi", NAME).encode("utf-8")
    record = _upload(registry, "herlev", data, "p.csv").record
    assert record["citizen"]["name"] == NAME
    assert record["site"]["name"] == "Falck Søborg"
    assert record["benefit"] == "kontanthjaelp"  # "Kontanthjælp", not "KontanthjÃ¦lp"


def test_a_file_separated_otherwise_than_its_form_is_one_problem_naming_both(registry: Registry) -> None:
    data = HERLEV.replace(";", ",").encode("cp1252")
    assert _problems(registry, "herlev", data, "p_comma.csv") == [
        (
            "p_comma.csv",
            "praktikaftale",
            "row 3",  # CPR-nr., the first label the form needs
            "række 3",
            'the file is separated by commas, but Herlev Kommune\'s form "Praktikaftale" uses semicolons: '
            "save it again separated by semicolons",
            'filen er adskilt med komma, men blanketten "Praktikaftale" fra Herlev Kommune bruger semikolon: '
            "gem den igen adskilt med semikolon",
        )
    ]


def test_the_same_for_a_header_row_form_and_any_separator(registry: Registry) -> None:
    data = SOENDERBORG.replace(",", ";").replace('"18;5"', "18,5").encode("utf-8")
    ((_, form, locator, _, _, reason_da),) = _problems(registry, "soenderborg", data, "s.csv")
    assert (form, locator) == ("praktik", "row 2")  # the first value under a header it needs
    assert reason_da.startswith("filen er adskilt med semikolon, men blanketten")
    assert "fra Sønderborg Kommune bruger komma" in reason_da


def test_a_file_in_another_encoding_than_its_forms_is_one_problem_naming_both(registry: Registry) -> None:
    data = SOENDERBORG.replace("Mikkel Skov", "Søren Ærø").encode("cp1252")
    ((file, form, locator, _, reason_en, _),) = _problems(registry, "soenderborg", data, "s.csv")
    assert (file, form, locator) == ("s.csv", "praktik", "row 2")
    assert reason_en.startswith("the file is saved as Windows-1252 (ANSI), but its form expects UTF-8")


def test_a_missing_label_is_named_in_words_not_in_the_config_language(registry: Registry) -> None:
    data = HERLEV.replace("Mentor;Mads Eksempel\r\n", "").encode("cp1252")
    ((_, _, locator, locator_da, reason_en, reason_da),) = _problems(registry, "herlev", data, "p.csv")
    assert (locator, locator_da) == ("", "")
    assert reason_en == "no cell says 'Mentor' with a value to the right of it"
    assert reason_da == "ingen celle siger 'Mentor' med en værdi til højre for den"


def _fetches(data: bytes) -> tuple[Callable[[], bytes], list[int]]:
    calls: list[int] = []

    def fetch() -> bytes:
        calls.append(1)
        return data

    return fetch, calls


def _reprocess(registry: Registry, slug: str, data: bytes, fetch: object) -> pipeline.Canonical:
    """As `hub reprocess` reads a document: its reading kept at upload (the first one), its bytes only
    by the function given."""
    kept = extract(data, "p.csv", pipeline.READ_OPTIONS)
    sha = hashlib.sha256(data).hexdigest()
    return pipeline.canonicalise(registry.get(slug), kept, sha, "p.csv", fetch)  # type: ignore[arg-type]


def test_a_kept_reading_the_form_reads_otherwise_is_read_again_from_the_bytes(registry: Registry) -> None:
    data = HERLEV.replace(";", ",").encode("cp1252")
    upload = _problems(registry, "herlev", data, "p.csv")
    fetch, calls = _fetches(data)
    with pytest.raises(Rejection) as info:
        _reprocess(registry, "herlev", data, fetch)  # was: accepted, mapped from the comma reading
    assert calls == [1]
    assert [
        (p.file, p.form, p.locator, p.locator_da, p.reason_en, p.reason_da) for p in info.value.problems
    ] == upload
    with pytest.raises(Rejection, match="its file is not at hand"):
        _reprocess(registry, "herlev", data, None)


def test_a_kept_reading_the_form_reads_alike_needs_no_bytes(registry: Registry) -> None:
    for data in (HERLEV.encode("cp1252"), BOM + HERLEV.encode("utf-8"), HERLEV.encode("utf-8")):
        fetch, calls = _fetches(data)
        assert (
            _reprocess(registry, "herlev", data, fetch).record
            == _upload(registry, "herlev", data, "p.csv").record
        )
        assert calls == []


def test_an_xml_document_is_checked_against_its_xsd_from_a_kept_reading_too(registry: Registry) -> None:
    xml = (GOLDEN / "hoeje-taastrup" / "placement.xml").read_bytes()
    bad = xml.replace(b"<Formaal>", b"<Ekstra>x</Ekstra><Formaal>")
    with pytest.raises(Rejection, match="does not match the schema"):
        _upload(registry, "hoeje-taastrup", bad, "p.xml")
    fetch, calls = _fetches(bad)
    with pytest.raises(Rejection, match="does not match the schema"):
        _reprocess(registry, "hoeje-taastrup", bad, fetch)  # was: accepted, never checked
    # A reading kept once it passed notes the schema it passed: not checked (nor fetched) again.
    passed = _upload(registry, "hoeje-taastrup", xml, "p.xml").extraction
    fetch, calls = _fetches(xml)
    sha = hashlib.sha256(xml).hexdigest()
    pipeline.canonicalise(registry.get("hoeje-taastrup"), passed, sha, "p.xml", fetch)
    assert calls == []


@pytest.mark.parametrize(("separator", "en", "da"), [("\t", "tabs", "tabulator"), (",", "commas", "komma")])
def test_a_table_form_saved_with_another_separator_is_told_so_not_no_header_row(
    separator: str, en: str, da: str
) -> None:
    # Fanø's ended placements, one a row under "CPR";"P-nummer";... (row 3), re-saved with tabs or
    # commas: the sender was told "no header row with: CPR, P-nummer, ...", headers the file plainly has.
    onboarding = trial_registry()
    text = (ROOT / "tests" / "onboarding" / "golden" / "fanoe" / "placement_end.csv").read_text("utf-8-sig")
    data = text.replace('";"', f'"{separator}"').encode("utf-8-sig")
    with pytest.raises(Rejection) as info:
        ingest_all(onboarding, "fanoe", data, "afsluttede.csv")
    [problem] = info.value.problems
    assert (problem.file, problem.form, problem.locator, problem.locator_da) == (
        "afsluttede.csv",
        "placement_end",
        "row 3",
        "række 3",
    )
    title = "Afsluttede praktikforløb"
    assert (problem.reason_en, problem.reason_da) == (
        f'the file is separated by {en}, but Fanø Kommune\'s form "{title}" uses semicolons: '
        "save it again separated by semicolons",
        f'filen er adskilt med {da}, men blanketten "{title}" fra Fanø Kommune bruger semikolon: '
        "gem den igen adskilt med semikolon",
    )


def test_a_forms_xsd_is_hashed_once_not_once_a_document(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each XML document is checked against its form's XSD, named by its hash: the loaded config's bytes
    are hashed once, not again for every document (decision 0030, stop 70)."""
    hashed: list[bytes] = []

    def sha256(data: bytes) -> hashlib._Hash:
        hashed.append(data)
        return hashlib.sha256(data)

    monkeypatch.setattr(config_form, "hashlib", SimpleNamespace(sha256=sha256))
    xml = (GOLDEN / "hoeje-taastrup" / "placement.xml").read_bytes()
    for _ in range(3):
        assert _upload(registry, "hoeje-taastrup", xml, "p.xml").extraction.meta["xsd"]
    assert len(hashed) <= 1  # at most the first document's, where no document had asked before
