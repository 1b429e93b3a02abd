"""Stop 64's mutation fuzzing (decision 0064, "Stop 64: fuzz-87"): the five onboarding trials after
Thisted's drawn by seeds 70 to 72 and no later trial by them, the namespace mutator kept to what it claims
on a document whose elements are in no namespace, and an optional value whose label is printed twice
refused as a required one's is."""

from __future__ import annotations

from pathlib import Path

from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records
from hub.errors import Rejection

fuzz_forms = fixture_script("fuzz_forms")
TESTS = Path(__file__).resolve().parent.parent


def _trial(slug: str) -> object:
    form = Path(f"tests/onboarding/golden/{slug}/f.xml")
    return fuzz_forms.Seed(Path("c.toml"), form, "xml", Path("e"), False)


def test_seeds_70_to_72_draw_the_trials_there_were_and_no_later_one() -> None:
    # A trial merged after seed 72 ran must not change which form the recipes of 70 to 72 draw.
    for slug in ("broenderslev", "syddjurs", "ringkoebing-skjern"):
        assert not fuzz_forms._in_pool(_trial(slug), 69)
        assert fuzz_forms._in_pool(_trial(slug), 70) and fuzz_forms._in_pool(_trial(slug), 72)
    later = _trial("a-trial-merged-later")
    assert not fuzz_forms._in_pool(later, 72)
    assert fuzz_forms._in_pool(later, fuzz_forms.FUZZED_THROUGH + 1)  # drawn once a seed after the last runs


def test_namespaces_bound_otherwise_keep_elements_in_no_namespace() -> None:
    # PostgreSQL's table_to_xml binds `xsi` for `xsi:nil` alone, its elements in no namespace: made the
    # default namespace, `xsi` took the root and every row into it (lxml does not undeclare a default), and
    # the export was refused as "in the namespace ...XMLSchema-instance, not in no namespace".
    source, data = fuzz_forms.mutant(fuzz_forms.seeds(), "70/xml/prefix/5@ringkoebing-skjern")
    assert source.path.name == "afslutninger.xml"
    outcome = fuzz_forms.run_one(source, data, "70/xml/prefix/5@ringkoebing-skjern")
    assert (outcome.outcome, outcome.changed) == ("accepted", [])


def _problems(data: bytes) -> list[tuple[str, str, str]]:
    config = fuzz_forms._config(TESTS / "onboarding" / "config" / "broenderslev.toml")
    try:
        canonical_records(config, data, "mentortimer.csv")
    except Rejection as exc:
        return [(p.field, p.reason_en, p.reason_da) for p in exc.problems]
    raise AssertionError("accepted")


def test_an_optional_label_printed_twice_is_refused_as_a_required_one() -> None:
    # Brønderslev's timesheet gives the site's name (optional) on a line `Praktiksted;<name>`. Printed
    # twice, the label names neither line: the name was read as none in silence (70/csv/rows/15), where a
    # required value's label printed twice ("P-nummer") is refused.
    seed = (TESTS / "onboarding" / "golden" / "broenderslev" / "mentortimer.csv").read_bytes()
    line = 'Praktiksted;"Hjallerup Plejecenter"\r\n'.encode("cp1252")
    assert line in seed
    for again in (line, line.replace(b"Hjallerup", b"Asaa")):
        assert _problems(seed.replace(line, line + again, 1)) == [
            (
                "site.name",
                "'Praktiksted' is printed 2 times, and the form does not say which one it means",
                "'Praktiksted' står 2 gange, og formularen siger ikke, hvilken den mener",
            )
        ]
    # The required one's, as before.
    p_number = b"P-nummer;1022334455\r\n"
    assert [p[0] for p in _problems(seed.replace(p_number, p_number * 2, 1))] == ["site.p_number"]
