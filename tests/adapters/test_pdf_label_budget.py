"""Labels within a budget of work (decision 0027, stop 35): a form whose label pass would cost too much
keeps every field, the extraction lists the pages whose labels were left unread, the same bytes always
give the same extraction (warm caches or cold), a `label:` selector that may name an unread label fails
its field with a reason naming it and the pages, and pypdf parses one font map once for all its copies.
"""

from __future__ import annotations

import io
import json

import pikepdf
import pytest
from label_form_support import labelled_form

from hub.adapters.language.config_form import FormConfig
from hub.adapters.language.config_parts import Condition, RecogniseRules
from hub.adapters.mapping.conditions import check_conditions
from hub.adapters.mapping.reading import Reader
from hub.adapters.mapping.selectors import SourceIndex
from hub.adapters.readers import pdf, pdf_cmapcache, pdf_labelbudget, pdf_pagecache
from hub.adapters.readers.base import Extraction, SourceValue
from hub.adapters.readers.pdf_labelbudget import LabelBudget, map_size
from hub.adapters.readers.pdf_pagecache import RunCache
from hub.adapters.suggest.draft import suggest


def _costs(data: bytes) -> list[int]:
    """What each page of `_form` costs, in order: its content, and the font map on the first page only."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        budget = LabelBudget(10**9)
        costs = []
        for page in doc.pages:
            left = budget.left
            budget.charge(page)
            costs.append(left - budget.left)
        return costs


@pytest.fixture(autouse=True)
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh page cache and font map cache for each test."""
    monkeypatch.setattr(pdf_pagecache, "RUNS", RunCache())
    pdf_cmapcache.clear()


def test_a_form_past_the_label_budget_keeps_every_field_and_says_which_labels_were_skipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = labelled_form(6)
    costs = _costs(data)
    assert costs[0] > costs[1] == costs[2] > 0  # the first page also pays for the map the others share
    monkeypatch.setattr(pdf_labelbudget, "BUDGET", sum(costs[:2]) + costs[2] // 2)  # two pages fit
    extraction = pdf.read_pdf_unsandboxed(data, "f.pdf", with_labels=True)
    assert [(v.key, v.value) for v in extraction.values] == [(f"felt{n}", f"værdi {n}") for n in range(1, 7)]
    assert [v.meta["label"] for v in extraction.values] == ["Felt 1", "Felt 2", None, None, None, None]
    assert [v.meta.get("label_skipped", False) for v in extraction.values] == [False] * 2 + [True] * 4
    assert extraction.meta["labels_skipped"] == [3, 4, 5, 6]


def test_within_the_budget_no_label_is_skipped() -> None:
    extraction = pdf.read_pdf_unsandboxed(labelled_form(3), "f.pdf", with_labels=True)
    assert [v.meta["label"] for v in extraction.values] == ["Felt 1", "Felt 2", "Felt 3"]
    assert "labels_skipped" not in extraction.meta
    assert not any("label_skipped" in v.meta for v in extraction.values)


def test_the_same_bytes_give_the_same_extraction_cached_or_not(monkeypatch: pytest.MonkeyPatch) -> None:
    data = labelled_form(5)
    monkeypatch.setattr(pdf_labelbudget, "BUDGET", sum(_costs(data)[:3]))
    # Warm caches serve pages without pypdf: the budget charges them all the same.
    readings = [json.dumps(pdf.read_pdf_unsandboxed(data, "f.pdf", True).to_dict()) for _ in range(3)]
    assert pdf_pagecache.RUNS.hits > 0
    assert readings[0] == readings[1] == readings[2]
    assert json.loads(readings[0])["meta"]["labels_skipped"] == [4, 5]


def test_a_font_map_is_estimated_by_the_characters_its_ranges_map() -> None:
    ranges = b"2 beginbfrange\n<0000> <FFFF> <0000>\n<01> <02> [<0041> <0042>]\nendbfrange"
    assert map_size(ranges) == 65536 + 2
    assert map_size(b"1 beginbfchar\n<01> <0041>\nendbfchar") == 0
    assert (
        map_size(b"beginbfrange\n" + b"<0000> <FFFF> <0000>\n" * 3 + b"endbfrange") == pdf_labelbudget.MAX_MAP
    )


def test_one_font_map_is_parsed_once_for_all_the_pages_that_copy_it(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    original = pdf_cmapcache._original
    monkeypatch.setattr(pdf_cmapcache, "_original", lambda font: calls.append(1) or original(font))
    extraction = pdf.read_pdf_unsandboxed(labelled_form(4), "f.pdf", with_labels=True)
    assert [v.meta["label"] for v in extraction.values] == ["Felt 1", "Felt 2", "Felt 3", "Felt 4"]
    assert len(calls) == 1


def _skipped_extraction() -> Extraction:
    meta = {"page": 1, "type": "text", "label": "Navn"}
    values = (
        SourceValue("navn", "Ida", meta),
        SourceValue("cpr", "0101011234", {"page": 3, "label_skipped": True}),
    )
    return Extraction(format="pdf", values=values, meta={"pages": 3, "labels_skipped": [3]})


def test_a_label_selector_whose_label_may_be_unread_fails_its_field_naming_label_and_pages() -> None:
    index = SourceIndex(_skipped_extraction(), labels=["label:CPR-nr.", "label:Navn"])
    reader = Reader("pdf", "f.pdf", "form", "sha")
    # Optional or not, the field is not silently left empty: its value may be on the unread page.
    assert reader.read("citizen.cpr", ["label:CPR-nr."], [], index.resolve, optional=True) == (None, [])
    (problem,) = reader.problems
    assert problem.field == "citizen.cpr" and problem.locator == "label:CPR-nr."
    assert "'CPR-nr.'" in problem.reason_en and "labels of page 3 were not read" in problem.reason_en
    assert "'CPR-nr.'" in problem.reason_da and "ledeteksterne på side 3 blev ikke læst" in problem.reason_da
    # A label found on a page that was read is read as always.
    value, _ = Reader("pdf", "f.pdf", "form", "sha").read("citizen.name", ["label:Navn"], [], index.resolve)
    assert value == "Ida"


def test_suggest_warns_that_some_labels_were_not_read() -> None:
    draft = suggest(_skipped_extraction(), "f.pdf").to_toml()
    assert "# WARNING: the printed labels of page 3 were not read" in draft
    assert (
        "WARNING" not in suggest(pdf.read_pdf_unsandboxed(labelled_form(1), "f.pdf", True), "f.pdf").to_toml()
    )


def test_xobjects_drawing_each_other_are_counted_quickly_and_past_the_budget() -> None:
    doc = pikepdf.new()
    drawn = pikepdf.Dictionary()
    every = b"".join(b"/X%d Do " % n for n in range(10))
    for _ in range(8):  # eight levels of ten form XObjects, each level drawing all ten of the one below
        level = pikepdf.Dictionary()
        for n in range(10):
            form = doc.make_stream(every + b"0 0 m", Subtype=pikepdf.Name.Form, BBox=[0, 0, 9, 9])
            form.Resources = pikepdf.Dictionary(XObject=drawn)
            level[f"/X{n}"] = form
        drawn = level
    doc.add_blank_page()
    doc.pages[0].obj.Resources = pikepdf.Dictionary(XObject=drawn)
    doc.pages[0].obj.Contents = doc.make_stream(every)
    budget = LabelBudget()
    assert not budget.charge(doc.pages[0]) and budget.exhausted  # 10**8 drawings: not read


def test_xobjects_only_listed_in_each_others_resources_are_not_charged() -> None:
    """Scribus 1.5 draws each text frame as a form XObject and lists every earlier frame's XObject in each
    frame's resources without drawing it (the sixteenth trial's placement, 24 frames): pypdf reads only
    what `/Name Do` draws, but the budget charged every XObject listed, eight levels deep, and a one-page
    form's labels were left unread ("too much work"). Each is charged as often as it is drawn."""
    doc = pikepdf.new()
    listed = pikepdf.Dictionary()
    for n in range(24):  # frame n lists frames 0..n-1 and draws none of them
        frame = doc.make_stream(b"BT /F1 9 Tf (label) Tj ET", Subtype=pikepdf.Name.Form, BBox=[0, 0, 9, 9])
        frame.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(listed))
        listed[f"/RE{n}"] = frame
    doc.add_blank_page()
    doc.pages[0].obj.Resources = pikepdf.Dictionary(XObject=listed)
    doc.pages[0].obj.Contents = doc.make_stream(b"".join(b"q /RE%d Do Q " % n for n in range(24)))
    budget = LabelBudget()
    assert budget.charge(doc.pages[0])
    # The page's content and its 24 frames, each drawn once: 24 * 25 bytes.
    assert (
        pdf_labelbudget.BUDGET - budget.left
        == len(b"".join(b"q /RE%d Do Q " % n for n in range(24))) + 24 * 25
    )
    twice = doc.make_stream(b"/RE3 Do /R#45#33 Do")  # a name with #xx escapes is the same name
    doc.pages[0].obj.Contents = twice
    again = LabelBudget()
    assert (
        again.charge(doc.pages[0]) and pdf_labelbudget.BUDGET - again.left == len(twice.read_bytes()) + 2 * 25
    )


def test_odd_objects_in_a_page_are_passed_over_not_raised_on() -> None:
    broken = pikepdf.Dictionary(Contents=pikepdf.Array([1, 2]), Resources=pikepdf.Array([3]))
    assert LabelBudget()._object_cost(broken, 0, {}) == 0
    fonts = pikepdf.Dictionary(Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Array())))
    assert LabelBudget()._object_cost(fonts, 0, {}) == 0


def test_a_condition_on_a_label_that_may_be_unread_is_a_problem_not_a_crash() -> None:
    index = SourceIndex(_skipped_extraction(), labels=["label:Enhed"])
    reader = Reader("pdf", "f.pdf", "form", "sha")
    check_conditions([Condition("label:Enhed", equals="Jobcenter")], index.resolve, reader)
    (problem,) = reader.problems
    assert problem.field == "require: label:Enhed" and "labels of page 3 were not read" in problem.reason_en


def test_a_form_recognised_by_a_label_that_may_be_unread_is_not_this_form_and_says_why() -> None:
    form = FormConfig(
        id="f",
        form_type="placement_end",
        format="pdf",
        title="",
        recognise=RecogniseRules(fields=("label:Enhed",)),
        fields=(),
    )
    en, da = form.mismatch(_skipped_extraction()) or ("", "")
    assert "'Enhed'" in en and "labels of page 3 were not read" in en
    assert "ledeteksterne på side 3 blev ikke læst" in da
