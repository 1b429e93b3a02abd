"""The municipality list and its lookups (hub/schemas/municipalities.py, hub/data/municipalities.csv)."""

import os
import subprocess
import sys

import pytest
from hub_process import tree_env

from hub.schemas.municipalities import (
    all_municipalities,
    municipality_name,
    municipality_slug,
    normalise_municipality,
)

# Codes and names as in DESIGN.md and the DAGI kommunekodeliste; slugs by the æ→ae, ø→oe, å→aa rule.
KNOWN = [
    ("101", "koebenhavn", "København"),
    ("147", "frederiksberg", "Frederiksberg"),
    ("151", "ballerup", "Ballerup"),
    ("157", "gentofte", "Gentofte"),
    ("159", "gladsaxe", "Gladsaxe"),
    ("163", "herlev", "Herlev"),
    ("169", "hoeje-taastrup", "Høje-Taastrup"),
    ("173", "lyngby-taarbaek", "Lyngby-Taarbæk"),
    ("190", "furesoe", "Furesø"),
    ("540", "soenderborg", "Sønderborg"),
    ("730", "randers", "Randers"),
    ("492", "aeroe", "Ærø"),
    ("185", "taarnby", "Tårnby"),
    ("400", "bornholm", "Bornholm"),
    ("860", "hjoerring", "Hjørring"),
]


def test_exactly_98_unique_municipalities():
    rows = all_municipalities()
    assert len(rows) == 98
    assert len({m.code for m in rows}) == 98
    assert len({m.slug for m in rows}) == 98


def test_codes_are_three_digits_and_slugs_ascii():
    for m in all_municipalities():
        assert len(m.code) == 3 and m.code.isdigit(), m
        assert m.slug.isascii() and m.slug == m.slug.lower() and " " not in m.slug, m


def test_christiansoe_is_not_a_municipality():
    assert "411" not in {m.code for m in all_municipalities()}
    with pytest.raises(ValueError, match="unknown municipality"):
        normalise_municipality("411")


@pytest.mark.parametrize(("code", "slug", "name"), KNOWN)
def test_known_municipalities(code, slug, name):
    assert municipality_name(code) == name
    assert municipality_slug(code) == slug
    assert normalise_municipality(slug) == code


@pytest.mark.parametrize(
    ("value", "expected"),
    [("159", "159"), ("0159", "159"), ("gladsaxe", "159"), (" Hoeje-Taastrup ", "169"), ("0730", "730")],
)
def test_normalise_accepts_code_four_digits_and_slug(value, expected):
    assert normalise_municipality(value) == expected


@pytest.mark.parametrize("value", ["999", "1590", "00159", "59", "Gladsaxe Kommune", "høje-taastrup", ""])
def test_normalise_rejects_unknown(value):
    with pytest.raises(ValueError):
        normalise_municipality(value)


def test_normalise_rejects_non_string():
    with pytest.raises(ValueError, match="string"):
        normalise_municipality(159)  # type: ignore[arg-type]


def test_name_and_slug_accept_any_accepted_form():
    assert municipality_name("0173") == "Lyngby-Taarbæk"
    assert municipality_slug("furesoe") == "furesoe"


def test_nothing_is_read_at_import_time():
    code = "import hub.schemas as s; print(s.all_municipalities.cache_info().currsize)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=tree_env(os.environ), capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "0"


def test_a_known_text_is_looked_up_once_and_an_unknown_one_every_time(monkeypatch):
    # The adapters' registry asks for a form's municipality several times a form.
    from hub.schemas import municipalities

    looked: list[str] = []
    real = municipalities._by_code

    def counting() -> dict[str, municipalities.Municipality]:
        looked.append("code")
        return real()

    monkeypatch.setattr(municipalities, "_by_code", counting)
    municipalities._normalised.cache_clear()
    assert [normalise_municipality(" 0159") for _ in range(3)] == ["159"] * 3
    assert looked == ["code"]
    for _ in range(2):
        with pytest.raises(ValueError, match="unknown municipality code '998'"):
            normalise_municipality("998")
    assert looked == ["code"] * 3  # an unknown code is not kept: asked again, refused again
    with pytest.raises(ValueError, match="not int"):
        normalise_municipality(159)  # type: ignore[arg-type]
