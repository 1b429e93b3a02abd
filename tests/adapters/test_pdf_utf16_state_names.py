"""A radio or check box state named in UTF-16 after its byte order mark, as hyperref (pdflatex, XeLaTeX)
names it with `\\pdfstringdef`'s escapes (`/\\376\\377\\000J\\000o...`): read as the word it spells
(decision 0025, "Stop 65: fixes-97"), where the hub read the escapes and a config had to map them. A
config that maps the escaped text keeps mapping, both a document read now and (by `hub reprocess`) an
extraction kept from before, which holds the escaped text."""

from __future__ import annotations

import io
import warnings
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from marshmallow import ValidationError
from onboarding_trial import CONFIG, trial_registry
from pipeline import ROOT

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.mapping.form import map_form
from hub.adapters.mapping.textparse import TransformError
from hub.adapters.mapping.transforms import TRANSFORMS
from hub.adapters.pipeline import recognise
from hub.adapters.readers import READ_OPTIONS, extract

# hyperref's names for the three states, as `\pdfstringdef` writes "Jobparat"... (a name keeps the
# backslashes: each character is `\000` and the letter, after the mark `\376\377`).
JOBPARAT = r"\376\377\000J\000o\000b\000p\000a\000r\000a\000t"
AKTIVITETSPARAT = r"\376\377\000A\000k\000t\000i\000v\000i\000t\000e\000t\000s\000p\000a\000r\000a\000t"
UDDANNELSESPARAT = r"\376\377\000U\000d\000d\000a\000n\000n\000e\000l\000s\000e\000s\000p\000a\000r\000a\000t"
STATES = (JOBPARAT, AKTIVITETSPARAT, UDDANNELSESPARAT)


def _form(chosen: str, states: tuple[str, ...] = STATES) -> bytes:
    """A radio group `visitation` of one button a state, every button listed, each drawing its own
    state and showing it where chosen; the group's value `/<chosen>`."""
    pdf = pikepdf.new()
    page = pdf.add_blank_page()
    buttons = []
    for n, state in enumerate(states):
        faces = pikepdf.Dictionary()
        faces[_name(state)] = pdf.make_stream(b"")
        button = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name.Widget,
            Rect=pikepdf.Array([100 + 80 * n, 600, 112 + 80 * n, 612]),
            AP=pikepdf.Dictionary(N=faces),
            AS=_name(state if state == chosen else "Off"),
        )
        buttons.append(pdf.make_indirect(button))
    group = pdf.make_indirect(
        pikepdf.Dictionary(FT=pikepdf.Name.Btn, Ff=49152, T=pikepdf.String("visitation"), V=_name(chosen))
    )
    group.Kids = pikepdf.Array(buttons)
    for button in buttons:
        button.Parent = group
    page.Annots = pikepdf.Array(buttons)
    pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([group]))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _name(spelled: str) -> pikepdf.Object:
    """A name as a file spells it (`#FE` a byte; a backslash itself)."""
    return pikepdf.Object.parse(b"/" + spelled.encode())


def _visitation(data: bytes) -> tuple[str | None, list[str]]:
    values = [v for v in extract(data, "aftale.pdf", READ_OPTIONS).values if v.key == "visitation"]
    assert len(values) == 1
    return values[0].value, sorted(values[0].meta["states"])


def test_hyperrefs_escaped_state_reads_as_its_word() -> None:
    """The value and the states offered (suggest drafts its map from these) are the words."""
    assert _visitation(_form(AKTIVITETSPARAT)) == (
        "Aktivitetsparat",
        ["Aktivitetsparat", "Jobparat", "Uddannelsesparat"],
    )


def test_a_name_of_utf16_bytes_reads_as_its_word() -> None:
    """A name whose bytes are FE FF and UTF-16BE: "ΩД" (03 A9, 04 14) and "ЖЯ" (04 16, 04 2F). A name
    holds no NUL byte, so only characters without one are written so; hyperref's escapes are the way
    a Danish word is (the test above)."""
    one, two = "#FE#FF#03#A9#04#14", "#FE#FF#04#16#04#2F"
    assert _visitation(_form(two, (one, two))) == ("ЖЯ", ["ΩД", "ЖЯ"])  # in code point order


def test_a_shown_state_of_windows_1252_bytes_reads() -> None:
    """A button showing a state named in Windows-1252 (`#D8nsker`, "Ønsker") failed the whole form as
    the hub's error: the check of its /AS against its faces took the name's `str`, which raises."""
    assert _visitation(_form("#D8nsker", ("#D8nsker", "Nej"))) == ("Ønsker", ["Nej", "Ønsker"])


@pytest.mark.parametrize(
    "state",
    [
        r"\376\377\000J\000o",  # "Jo" would be whole: an odd count of bytes is not
        r"\376\377\000J\000",
        r"\376\377\330\000",  # a lone high surrogate
        r"\376\377",  # the mark alone
        "Jobparat",
        r"\Fld@default",
    ],
)
def test_a_name_that_is_no_whole_utf16_reads_as_before(state: str) -> None:
    """Guards: read as their text, as before (the first is whole UTF-16: "Jo")."""
    expected = "Jo" if state == r"\376\377\000J\000o" else state
    assert _visitation(_form(state, (state,)))[0] == expected


def run_map(text: str, values: dict[str, str]) -> str:
    transform = TRANSFORMS["map"]
    return transform.func(text, transform.validate_args({"values": values}))


def test_a_config_mapping_the_escaped_text_maps_the_word() -> None:
    """Haderslev's and Skanderborg's trial configs map the escaped text: it still maps the state."""
    values = {JOBPARAT: "jobparat", AKTIVITETSPARAT: "aktivitetsparat", "Off": ""}
    assert run_map("Aktivitetsparat", values) == "aktivitetsparat"


def test_a_config_mapping_the_word_maps_an_extraction_kept_from_before() -> None:
    """`hub reprocess` maps the extraction kept when the document came: the escaped text."""
    assert run_map(AKTIVITETSPARAT, {"Jobparat": "jobparat", "Aktivitetsparat": "aktivitetsparat"}) == (
        "aktivitetsparat"
    )


def test_an_escaped_key_and_its_word_are_one_key() -> None:
    """Two keys for one state would give two values for it: refused when the config loads, as keys that
    differ only in case are."""
    with pytest.raises(ValidationError):
        TRANSFORMS["map"].validate_args({"values": {JOBPARAT: "jobparat", "Jobparat": "aktivitetsparat"}})


def test_an_unknown_state_is_still_refused() -> None:
    with pytest.raises(TransformError):
        run_map("Uddannelsesparat", {JOBPARAT: "jobparat"})


@pytest.mark.parametrize("escaped_keys", [False, True])
def test_a_kept_extraction_maps_as_a_reading_now_under_haderslevs_config(
    tmp_path: Path, escaped_keys: bool
) -> None:
    """What `hub reprocess` shows for a form that came before this stop: it maps the extraction kept
    then (the escaped state), not the file read again. Under Haderslev's config, which maps the words
    since lang-100, and under the same config mapping the escapes as it did before (a deployed config's
    keys), the kept and the new reading give the same record."""
    source = ROOT / "tests" / "onboarding" / "golden" / "haderslev" / "placement.pdf"
    pdf = pikepdf.open(io.BytesIO(source.read_bytes()))
    for button in (a for a in pdf.pages[0].Annots if str(a.get("/T")) == "visitation"):
        button.V = _name(r"\376\377\000a\000p")  # Aktivitetsparat's state, as the file names it
    out = io.BytesIO()
    with warnings.catch_warnings():  # of the buttons the list misses: the form's own
        warnings.simplefilter("ignore")
        pdf.save(out)
    data = out.getvalue()
    config = trial_registry().get("haderslev")
    if escaped_keys:  # the keys as the trial wrote them, hyperref's escapes (a TOML string's `\\`)
        text = (CONFIG / "haderslev.toml").read_text(encoding="utf-8")
        for word in ("jp", "ap", "up"):
            escapes = "\\\\376\\\\377" + "".join(f"\\\\000{c}" for c in word)
            assert text.count(f'"{word}" = ') == 1
            text = text.replace(f'"{word}" = ', f'"{escapes}" = ')
        assert r'"\\376\\377\\000a\\000p" = "aktivitetsparat"' in text
        (tmp_path / "haderslev.toml").write_text(text, encoding="utf-8")
        config = load_config_file(tmp_path / "haderslev.toml")
    now = extract(data, "placement.pdf", READ_OPTIONS)
    assert next(v.value for v in now.values if v.key == "visitation") == "ap"  # the word the state spells
    kept = replace(
        now,
        values=tuple(
            v._replace(value=r"\376\377\000a\000p") if v.key == "visitation" else v for v in now.values
        ),
    )
    form, _ = recognise(config, now, "placement.pdf", data, {})
    records = [map_form(e, form, "ef" * 32, "placement.pdf", config.code).record for e in (now, kept)]
    assert records[0] == records[1]
    assert records[0]["visitation"] == "aktivitetsparat"
