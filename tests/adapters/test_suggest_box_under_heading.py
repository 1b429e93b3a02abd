"""One box whose words alone name a text field is read with its section heading: Fredensborg's pdfmake
agreement prints "Ansat i virksomheden" beside the mentor's box under the heading "Mentor". Alone the
words were the company's name, so the box was "its words name no canonical field", the employer said
missing and the draft refused whole; with its heading it is the mentor's employer, as "Mentor er ansat i
virksomheden" is (decision 0060, "Stop 69: trial-113"). A box whose words and heading name no choice
("Underskrift" under "Mentor") is still left to a person."""

from __future__ import annotations

from hub.adapters.suggest.candidates import Candidate
from hub.adapters.suggest.choices import classify_choice


def _box(words: str, heading: str) -> Candidate:
    """One check box as the PDF's candidates give it: its label its words, under `heading`."""
    return Candidate(
        "mentorEmployedAtCompany",
        (words, words),
        where=f'label "{words}"',
        value="mentorEmployedAtCompany",
        kind="boxes",
        keys=("mentorEmployedAtCompany",),
        printed=(("mentorEmployedAtCompany", words),),
        heading=heading,
    )


def test_a_box_under_the_mentors_heading_is_the_mentors_employer() -> None:
    drafted = classify_choice(_box("Ansat i virksomheden", "Mentor"), "placement", {})
    assert drafted.path == "mentor.employer"
    assert drafted.transforms == ["checked"]
    assert drafted.targets == {"mentorEmployedAtCompany": "company"} and drafted.default == "jobcentre"


def test_a_box_naming_the_site_under_the_mentors_heading() -> None:
    # "Ansat på praktikstedet" alone is the site's name; under "Mentoren", the mentor's employer
    drafted = classify_choice(_box("Ansat på praktikstedet", "Mentoren"), "placement", {})
    assert drafted.path == "mentor.employer"
    assert drafted.targets == {"mentorEmployedAtCompany": "company"} and drafted.default == "jobcentre"


def test_a_box_whose_words_and_heading_name_no_choice_is_left_to_a_person() -> None:
    for words, heading in (("Ansat i virksomheden", ""), ("Underskrift", "Mentor")):
        drafted = classify_choice(_box(words, heading), "placement", {})
        assert drafted.path is None and "its words name no canonical field" in drafted.note
