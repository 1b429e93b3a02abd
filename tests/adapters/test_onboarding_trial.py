"""Three invented municipalities onboarded by config alone, following README's "Add a municipality".

Vesthimmerland (XML: a default namespace, values in attributes, dates written out), Fanø (CSV: Windows-1252
with its header below a title, UTF-8 with a BOM and every cell quoted) and Læsø (XLSX: a merged title, the
header on row 3 of the second sheet, numbers as text, Excel date serials; PDF: boxes exporting "On",
"Ja" and "Nej"). Their configs are in tests/onboarding/config (not config/municipalities, which the demo
loads); each `<form>.expected.json` was written by hand from the form beside it. See
tests/onboarding/README.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from onboarding_trial import trial_registry
from pipeline import ROOT
from simulator_support import fixture_script

from hub.adapters.language.golden import canonical_records, golden_pairs, unpaired
from hub.adapters.language.registry import Registry
from hub.cli.adapters import check
from hub.errors import Rejection

TRIAL = ROOT / "tests" / "onboarding"
CONFIG, GOLDEN = TRIAL / "config", TRIAL / "golden"
SLUGS = ("vesthimmerland", "fanoe", "laesoe")
PAIRS = [pair for slug in SLUGS for pair in golden_pairs(GOLDEN / slug)]
make = fixture_script("make_fixtures_onboarding")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return trial_registry()


def test_every_trial_municipality_has_golden_files_of_each_format() -> None:
    formats = {slug: {source.suffix for source, _ in golden_pairs(GOLDEN / slug)} for slug in SLUGS}
    assert formats == {"vesthimmerland": {".xml"}, "fanoe": {".csv"}, "laesoe": {".xlsx", ".pdf"}}
    assert [p for slug in SLUGS for p in unpaired(GOLDEN / slug)] == []


@pytest.mark.parametrize(("source", "expected"), PAIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_trial_form_maps_to_the_record_written_by_hand(
    registry: Registry, source: Path, expected: Path
) -> None:
    want = json.loads(expected.read_text(encoding="utf-8"))
    config = registry.get(source.parent.name)
    assert canonical_records(config, source.read_bytes(), source.name) == want


def test_the_binary_trial_forms_are_made_by_their_script_byte_for_byte() -> None:
    rendered = make.render_all()
    assert len(rendered) == 6
    for path, data in rendered.items():
        assert path.read_bytes() == data, f"{path}: run python -m tools.make_fixtures_onboarding"


def test_hub_adapters_check_passes_the_trial_configs() -> None:
    result = CliRunner().invoke(check, ["--dir", str(CONFIG), "--golden", str(GOLDEN)])
    assert result.exit_code == 0, result.output
    # the three of stop 36, the three of the second trial (test_onboarding_second.py), Stevns (third)
    # Lemvig (the fifth, test_onboarding_fifth.py), Tønder (the sixth, test_onboarding_sixth.py) and
    # Morsø (the seventh, test_onboarding_seventh.py), Odsherred (the eighth, test_onboarding_eighth.py)
    # and Kerteminde (the ninth, test_onboarding_ninth.py), Assens (the tenth, test_onboarding_tenth.py),
    # Faxe (the eleventh, test_onboarding_eleventh.py), Sorø (the twelfth, test_onboarding_twelfth.py)
    # and Struer (the thirteenth, test_onboarding_thirteenth.py), Lolland (the fourteenth,
    # test_onboarding_fourteenth.py), Vordingborg (the fifteenth, test_onboarding_fifteenth.py), Billund
    # (the sixteenth, test_onboarding_sixteenth.py), Haderslev (the seventeenth,
    # test_onboarding_seventeenth.py), Varde (the eighteenth, test_onboarding_eighteenth.py), Svendborg
    # (the nineteenth, test_onboarding_nineteenth.py), Middelfart (the twentieth,
    # test_onboarding_twentieth.py), Nyborg (the twenty-first, test_onboarding_twentyfirst.py), Vejen
    # (the twenty-second, test_onboarding_twentysecond.py), Thisted (the twenty-third,
    # test_onboarding_twentythird.py), Skive (the twenty-fourth, test_onboarding_twentyfourth.py), Viborg
    # (the twenty-fifth, test_onboarding_twentyfifth.py), Kalundborg (the twenty-sixth,
    # test_onboarding_twentysixth.py), Jammerbugt (the twenty-seventh, test_onboarding_twentyseventh.py),
    # Rebild (the twenty-eighth, test_onboarding_twentyeighth.py), Norddjurs (the twenty-ninth,
    # test_onboarding_twentyninth.py), Odder (the thirtieth, test_onboarding_thirtieth.py), Hedensted
    # (the thirty-first, test_onboarding_thirtyfirst.py), Holstebro (the thirty-second,
    # test_onboarding_thirtysecond.py), Herning (the thirty-third, test_onboarding_thirtythird.py),
    # Mariagerfjord (the thirty-fourth, test_onboarding_thirtyfourth.py), Faaborg-Midtfyn (the
    # thirty-fifth, test_onboarding_thirtyfifth.py), Ringkøbing-Skjern (the thirty-seventh,
    # test_onboarding_thirtyseventh.py), Syddjurs (the thirty-eighth, test_onboarding_thirtyeighth.py),
    # Brønderslev (the thirty-ninth, test_onboarding_thirtyninth.py), Favrskov (the fortieth,
    # test_onboarding_fortieth.py), Skanderborg (the forty-first, test_onboarding_fortyfirst.py),
    # Guldborgsund (the forty-second, test_onboarding_fortysecond.py), Silkeborg (the forty-third,
    # test_onboarding_fortythird.py), Nordfyns (the forty-fourth, test_onboarding_fortyfourth.py),
    # Frederikshavn (the forty-fifth, test_onboarding_fortyfifth.py), Kolding (the forty-sixth,
    # test_onboarding_fortysixth.py), Ringsted (the forty-seventh, test_onboarding_fortyseventh.py),
    # Aabenraa (the forty-eighth, test_onboarding_fortyeighth.py), Lejre (the forty-ninth,
    # test_onboarding_fortyninth.py), Horsens (the fiftieth, test_onboarding_fiftieth.py), Gribskov (the
    # fifty-first, test_onboarding_fiftyfirst.py), Halsnæs (the fifty-second,
    # test_onboarding_fiftysecond.py), Hørsholm (the fifty-third, test_onboarding_fiftythird.py),
    # Frederikssund (the fifty-fourth, test_onboarding_fiftyfourth.py), Fredensborg (the fifty-fifth,
    # test_onboarding_fiftyfifth.py), Egedal (the fifty-sixth, test_onboarding_fiftysixth.py), Greve
    # (the fifty-seventh, test_onboarding_fiftyseventh.py), Allerød (the fifty-eighth,
    # test_onboarding_fiftyeighth.py), Solrød (the fifty-ninth, test_onboarding_fiftyninth.py), Roskilde
    # (the sixty-first, test_onboarding_sixtyfirst.py), Holbæk (the sixty-second,
    # test_onboarding_sixtysecond.py), Slagelse (the sixty-third, test_onboarding_sixtythird.py),
    # Næstved (the sixty-fourth, test_onboarding_sixtyfourth.py), Esbjerg (the sixty-fifth,
    # test_onboarding_sixtyfifth.py), Vejle (the sixty-sixth, test_onboarding_sixtysixth.py), Aarhus
    # (the sixty-seventh, test_onboarding_sixtyseventh.py), Fredericia (the sixty-eighth,
    # test_onboarding_sixtyeighth.py), Hjørring (the sixty-ninth, test_onboarding_sixtyninth.py),
    # Aalborg (the seventieth, test_onboarding_seventieth.py), Odense (the seventy-first,
    # test_onboarding_seventyfirst.py), Helsingør (the seventy-second, test_onboarding_seventysecond.py),
    # Hillerød (the seventy-third, test_onboarding_seventythird.py) and Rudersdal (the seventy-fourth,
    # test_onboarding_seventyfourth.py)
    assert result.output.count("\nok ") + result.output.startswith("ok ") == 77


def _employer(registry: Registry, ticked: set[str]) -> object:
    values = {k: v for k, v in make.LAESOE_VALUES.items() if k not in ("mentor_jc_ja", "mentor_jc_nej")}
    values |= {name: "x" for name in ticked}
    record = canonical_records(registry.get("laesoe"), make.laesoe_placement(values), "p.pdf")
    return record["mentor"]["employer"]


def test_a_box_whose_ticked_state_is_named_nej_is_ticked(registry: Registry) -> None:
    """The box printed "Nej" beside "Mentor ansat i jobcentret" exports /Nej when ticked: ticked, not the
    word "nej" read as an empty box (which left neither box ticked and the record refused)."""
    assert _employer(registry, {"mentor_jc_nej"}) == "company"
    assert _employer(registry, {"mentor_jc_ja"}) == "jobcentre"


def test_neither_or_both_boxes_of_ja_nej_ticked_is_still_an_error(registry: Registry) -> None:
    with pytest.raises(Rejection, match="nothing filled in or checked"):
        _employer(registry, set())
    with pytest.raises(Rejection, match="several boxes checked"):
        _employer(registry, {"mentor_jc_ja", "mentor_jc_nej"})


def test_a_line_break_in_a_pdf_field_is_a_newline_in_the_record(registry: Registry) -> None:
    """Acrobat writes a multi-line field's line break as "\\r"; the record holds "\\n", as the same text
    read from an XML or CSV form does."""
    values = make.LAESOE_VALUES | {"formaal": "Praktik i pakkeriet\rmed henblik på ordinære timer"}
    record = canonical_records(registry.get("laesoe"), make.laesoe_placement(values), "p.pdf")
    assert record["purpose"] == "Praktik i pakkeriet\nmed henblik på ordinære timer"


def test_a_windows_line_break_inside_a_quoted_csv_cell_is_a_newline(registry: Registry) -> None:
    source = GOLDEN / "fanoe" / "placement_end.csv"
    crlf = source.read_bytes().replace(b"25 timer\nfra", b"25 timer\r\nfra")
    first = canonical_records(registry.get("fanoe"), crlf, source.name)[0]
    assert first["note"] == "Ansat på ordinære vilkår; 25 timer\nfra 1. april"
