"""Whose form a refused file says it is, in the shapes Danish titles name a municipality (page-110).

Page-104 read "Jobcenter X" and "X Kommune" only: "Jobcentret i Herlev", "Herlev Jobcenter", a genitive
("Furesø Kommunes", "Høje-Taastrups") and Nordfyns' own "Jobcenter Nordfyn" (the onboarding trial's
title) named no municipality, and the file was said to name none. Expected names written from the titles.
"""

from __future__ import annotations

import pytest

from hub.adapters.readers.base import Extraction, SourceValue
from hub.services.form_named import read_in


def _named(*values: str) -> str | None:
    cells = tuple(SourceValue(f"A{n}", v, {"row": n, "col": 1}) for n, v in enumerate(values, 1))
    read = read_in(Extraction("csv", cells))
    assert read is not None
    return read.municipality.name if read.municipality is not None else None


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Jobcentret i Herlev - timeseddel for mentor", "Herlev"),
        ("Herlev Jobcenter: praktikaftale", "Herlev"),
        ("Jobcenter Herlev", "Herlev"),
        ("Jobcenter Herlevs blanket om mentorstøtte", "Herlev"),
        ("Herlevs Jobcenter - mentortimer", "Herlev"),
        ("Furesø Kommunes aftale om virksomhedspraktik", "Furesø"),
        ("Høje-Taastrup Kommunes mentorskema", "Høje-Taastrup"),
        ("Høje-Taastrups praktikaftale", "Høje-Taastrup"),
        ("Lemvigs timeseddel", "Lemvig"),
        ("Fanøs mentorskema 2026", "Fanø"),
        ("Jobcenter Nordfyn - Mentortimer", "Nordfyns"),
        ("Nordfyns' jobcenter: mentortimer", "Nordfyns"),
        ("Nordfyns Kommunes praktikaftale", "Nordfyns"),
        ("Vesthimmerlands Kommune", "Vesthimmerland"),
    ],
)
def test_a_title_names_its_municipality_in_the_shapes_danish_titles_use(title: str, name: str) -> None:
    assert _named(title, "Kasper Jensen") == name


@pytest.mark.parametrize(
    ("values", "name"),
    [
        # Past the title, only the job centre's or the municipality's own words say whose form it is.
        (("Timeseddel", "Falck Ballerup", "Jobcentret i Herlev"), "Herlev"),
        (("Timeseddel", "Falck Ballerup", "Sendes til Gladsaxe Jobcenter"), "Gladsaxe"),
        (("Timeseddel", "Falck Ballerups afdeling"), None),
        # "i vejen" is "in the way": a name after "jobcentret i" is one only as it is spelt.
        (("Timeseddel", "mentor fra jobcentret i vejen for praktikken"), None),
        (("Timeseddel", "Fra jobcentret i Vejen"), "Vejen"),
    ],
)
def test_past_the_title_only_the_job_centre_or_the_municipality_says_whose(
    values: tuple[str, ...], name: str | None
) -> None:
    assert _named(*values) == name


# A title in capitals names its municipality after "JOBCENTRET I" too (review-110, stop 68).
#
# Page-110 read the name after "jobcentret i" only as it is spelt ("Herlev"), so that "jobcentret i vejen"
# (in the way) is not Vejen's; a form whose title is set in capitals, as many printed forms' are, writes
# "JOBCENTRET I HERLEV", and that named no municipality, where "JOBCENTER HERLEV" and "HERLEV KOMMUNE" did.
# A line set in capitals is a title or a heading, not a sentence with "i vejen for" in it. Lower case
# stays the road. Expected names written from the titles.
@pytest.mark.parametrize(
    ("values", "name"),
    [
        (("JOBCENTRET I HERLEV - TIMESEDDEL FOR MENTOR", "Kasper Jensen"), "Herlev"),
        (("Timeseddel", "Falck Ballerup", "JOBCENTRET I HØJE-TAASTRUP"), "Høje-Taastrup"),
        (("Timeseddel", "Sendes til JOBCENTERET I NORDFYN"), "Nordfyns"),
        (("Timeseddel", "Sendes til Jobcentret i VEJEN"), "Vejen"),
        # Still the road, in lower case and in a name's own spelling only.
        (("Timeseddel", "mentor fra jobcentret i vejen for praktikken"), None),
        (("Timeseddel", "mentor fra jobcentret i Vejen for praktikken"), "Vejen"),
    ],
)
def test_a_name_in_capitals_after_jobcentret_i_is_the_municipality(
    values: tuple[str, ...], name: str | None
) -> None:
    assert _named(*values) == name


# "X Kommune(s)" and "X Jobcenter" read a name in lower case too (review-110 noticed it, fixes-114): "i
# vejen kommunes tilskud" (in the way of the municipality's grant) named Vejen, "en skive jobcenter" Skive.
# A municipality's name is written with a capital; in lower case it is an ordinary word, as after
# "jobcentret i" (page-110), in every shape. Spelt or in capitals it names the municipality as before.
@pytest.mark.parametrize(
    ("values", "name"),
    [
        (("Timeseddel", "Intet står i vejen kommunes tilskud"), None),
        (("Timeseddel", "Tal med en skive jobcenter-medarbejder"), None),
        (("Timeseddel", "mentor: lejre kommune og omegn"), None),
        (("Timeseddel", "sendes til jobcenter vejen"), None),
        (("Timeseddel", "Sendes til Vejen Kommunes jobcenter"), "Vejen"),
        (("Timeseddel", "SKIVE JOBCENTER - MENTORTIMER"), "Skive"),
        (("Timeseddel", "Lejre kommune"), "Lejre"),
    ],
)
def test_a_name_in_lower_case_beside_kommune_or_jobcenter_is_an_ordinary_word(
    values: tuple[str, ...], name: str | None
) -> None:
    assert _named(*values) == name
