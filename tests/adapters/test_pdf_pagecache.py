"""The cache of a page's printed text runs: the same Extraction with and without it, and never a stale label.

Every PDF of the repository (golden forms, templates), the shared corpus's PDFs and every form the demo
prints is read three times with labels: with no page keyed (the reading before decision 0031), cold, and
warm, and the three Extractions must be equal as JSON. Then: two fillings of one
template share its pages and keep their own values; a renamed label or a changed ToUnicode map gives
another key and the new text; a copy that numbers its objects differently gives the same key.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from conftest import ROOT, SHARED
from pypdf import PdfReader, PdfWriter
from test_readers_pdf import _form

from hub.adapters.readers import pdf, pdf_pagecache, pdf_pagekey
from hub.adapters.readers.pdf_pagecache import RunCache
from hub.demo.render_pdf import Layout, render_pdf
from hub.demo.simulators import ballerup, gentofte, gladsaxe_layouts, randers_layouts
from hub.errors import UnreadableDocument

FILES = sorted(
    [*ROOT.glob("tests/golden/**/*.pdf"), *ROOT.glob("config/**/*.pdf"), *SHARED.glob("corpus/pdf/*.pdf")]
)
DEMO_LAYOUTS = {
    f"{module.__name__.rsplit('.', 1)[-1]}/{form}": layout
    for module in (ballerup, gentofte, gladsaxe_layouts, randers_layouts)
    for form, layout in module.LAYOUTS.items()
}
TEMPLATE = ROOT / "config/municipalities/templates/gladsaxe/mentorrefusion.pdf"


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunCache]:
    """A fresh cache in place of the process's own."""
    fresh = RunCache()
    monkeypatch.setattr(pdf_pagecache, "RUNS", fresh)
    yield fresh


def _read(data: bytes, name: str, cache: RunCache | None, monkeypatch: pytest.MonkeyPatch) -> str:
    """The Extraction with labels as JSON (or the rejection), through `cache`; None: as before the cache."""
    before = cache is None  # an empty RunCache is falsy (it has a length): ask for None itself
    monkeypatch.setattr(pdf_pagecache, "RUNS", RunCache(pages=0) if before else cache)
    monkeypatch.setattr(pdf_pagecache, "page_key", (lambda page: None) if before else pdf_pagekey.page_key)
    try:
        extraction = pdf.read_pdf_unsandboxed(data, name, with_labels=True)
    except UnreadableDocument as exc:
        return json.dumps([p.to_dict() for p in exc.problems], ensure_ascii=False)
    return json.dumps(extraction.to_dict(), ensure_ascii=False)


def _values(extraction_json: str) -> dict[str, str | None]:
    return {value["key"]: value["value"] for value in json.loads(extraction_json)["values"]}


def _labels(extraction_json: str) -> list[str | None]:
    return [value["meta"].get("label") for value in json.loads(extraction_json)["values"]]


def _assert_cold_warm_uncached(data: bytes, name: str, monkeypatch: pytest.MonkeyPatch) -> RunCache:
    uncached = _read(data, name, None, monkeypatch)
    cache = RunCache()
    cold = _read(data, name, cache, monkeypatch)
    misses = cache.misses
    warm = _read(data, name, cache, monkeypatch)
    assert cold == uncached
    assert warm == uncached
    if len(cache):  # the warm reading found every page the cold one kept
        assert (cache.hits, cache.misses) == (misses, misses)
    else:
        assert cache.hits == 0
    return cache


def test_the_files_are_there() -> None:
    assert len([p for p in FILES if p.is_relative_to(ROOT)]) >= 29
    assert len(DEMO_LAYOUTS) >= 15


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_a_file_reads_the_same_cold_warm_and_uncached(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = _assert_cold_warm_uncached(path.read_bytes(), path.name, monkeypatch)
    if path.is_relative_to(ROOT):  # the repository's forms are whole: every page asked for is kept and hit
        assert cache.misses >= 1
        assert cache.hits == cache.misses


@pytest.mark.parametrize("form", sorted(DEMO_LAYOUTS))
def test_a_demo_form_reads_the_same_cold_warm_uncached(form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = DEMO_LAYOUTS[form]
    data = render_pdf(layout, _filled(layout, "1"))
    cache = _assert_cold_warm_uncached(data, "demo.pdf", monkeypatch)
    assert cache.hits == cache.misses >= 1


def _filled(layout: Layout, mark: str) -> dict[str, str]:
    """A value in every text field of `layout`, told apart by `mark`."""
    return {f.name: f"v{mark}-{i}" for i, f in enumerate(layout.fields) if f.kind == "text"}


@pytest.mark.parametrize("form", ["gladsaxe_layouts/placement", "randers_layouts/placement"])
def test_two_fillings_of_a_demo_form_share_its_pages(form: str, monkeypatch: pytest.MonkeyPatch) -> None:
    layout = DEMO_LAYOUTS[form]
    first, second = render_pdf(layout, _filled(layout, "A")), render_pdf(layout, _filled(layout, "B"))
    cache = RunCache()
    _read(first, "a.pdf", cache, monkeypatch)
    asked = cache.misses
    got = _read(second, "b.pdf", cache, monkeypatch)
    assert (cache.hits, cache.misses) == (asked, asked)  # every page of the second copy came from the cache
    assert got == _read(second, "b.pdf", None, monkeypatch)
    assert _values(got)[layout.fields[0].name] == "vB-0"


def _filled_by_pypdf(template: bytes, values: dict[str, str]) -> bytes:
    """`template` filled in by pypdf's writer, which writes the whole file anew, as another tool would."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(template)))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_two_fillings_of_a_template_by_another_tool_share_its_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    template = TEMPLATE.read_bytes()
    first = _filled_by_pypdf(template, {"Tekstfelt1": "Anna Hansen ApS"})
    second = _filled_by_pypdf(template, {"Tekstfelt1": "Bo Berg A/S"})
    cache = RunCache()
    got_first = _read(first, "a.pdf", cache, monkeypatch)
    got_second = _read(second, "b.pdf", cache, monkeypatch)
    assert cache.hits == cache.misses == 1
    assert got_second == _read(second, "b.pdf", None, monkeypatch)
    companies = [
        {v["key"]: v["value"] for v in json.loads(got)["values"]}["Tekstfelt1"]
        for got in (got_first, got_second)
    ]
    assert companies == ["Anna Hansen ApS", "Bo Berg A/S"]
    assert _labels(got_first) == _labels(got_second)
    assert "Virksomhed" in _labels(got_second)


def _keys(data: bytes) -> list[bytes | None]:
    with pikepdf.open(io.BytesIO(data)) as document:  # kept open: a page of a closed document reads as null
        return [pdf_pagekey.page_key(page) for page in document.pages]


def _printed(data: bytes, old: str, new: str) -> bytes:
    """`data` with the printed text `old` on page 1 replaced by `new`, its streams saved uncompressed."""
    with pikepdf.open(io.BytesIO(data)) as document:
        contents = document.pages[0].obj.Contents
        contents.write(contents.read_bytes().replace(f"({old})".encode(), f"({new})".encode()))
        out = io.BytesIO()
        document.save(out, compress_streams=False)
    return out.getvalue()


def test_a_renamed_label_is_another_key_and_reads_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    layout = DEMO_LAYOUTS["gladsaxe_layouts/placement"]
    first = next(f for f in layout.fields if f.kind == "text" and f.label.isascii())
    new_label = "X" * len(first.label)  # as long as the old one: only the content's bytes tell them apart
    rendered = render_pdf(layout, {})
    old, new = _printed(rendered, first.label, first.label), _printed(rendered, first.label, new_label)
    assert _keys(old)[0] != _keys(new)[0]
    cache = RunCache()
    got_old = _read(old, "old.pdf", cache, monkeypatch)
    got_new = _read(new, "new.pdf", cache, monkeypatch)
    assert cache.hits == 0
    names = [v["key"] for v in json.loads(got_old)["values"]]
    assert _labels(got_old)[names.index(first.name)] == first.label
    assert _labels(got_new)[names.index(first.name)] == new_label


def _with_tounicode(data: bytes, small_a: bytes) -> bytes:
    """`data` with a ToUnicode map on each font of page 1: printable ASCII as itself, but "a" as `small_a`."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def "
        b"1 begincodespacerange <00> <FF> endcodespacerange "
        b"2 beginbfrange <20> <60> <0020> <62> <7E> <0062> endbfrange "
        b"1 beginbfchar <61> <" + small_a + b"> endbfchar endcmap "
        b"CMapName currentdict /CMap defineresource pop end end"
    )
    with pikepdf.open(io.BytesIO(data)) as document:
        for _, font in document.pages[0].obj.Resources.Font.items():
            font.ToUnicode = document.make_stream(cmap)
        out = io.BytesIO()
        document.save(out, compress_streams=False)  # equal lengths: only the map's bytes differ
    return out.getvalue()


def test_a_changed_tounicode_map_is_another_key_and_reads_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    template = TEMPLATE.read_bytes()
    plain, changed = _with_tounicode(template, b"0061"), _with_tounicode(template, b"00E5")  # "a", "å"
    assert _keys(plain)[0] != _keys(changed)[0]
    cache = RunCache()
    got_plain = _read(plain, "plain.pdf", cache, monkeypatch)
    got_changed = _read(changed, "changed.pdf", cache, monkeypatch)
    assert cache.hits == 0
    assert "Partnerskabsaftale" in _labels(got_plain)
    assert "Pårtnerskåbsåftåle" in _labels(got_changed)
    assert got_changed == _read(changed, "changed.pdf", None, monkeypatch)


def test_a_copy_numbering_its_objects_otherwise_has_the_same_key() -> None:
    data = TEMPLATE.read_bytes()
    with pikepdf.open(io.BytesIO(data)) as source, pikepdf.new() as copy:
        copy.add_blank_page()  # takes the first numbers, so every copied object is numbered anew
        copy.pages.append(source.pages[0])
        mine, theirs = source.pages[0].obj, copy.pages[1].obj
        assert mine.Contents.objgen != theirs.Contents.objgen
        assert pdf_pagekey.page_key(source.pages[0]) == pdf_pagekey.page_key(copy.pages[1])


def test_a_form_drawing_itself_has_a_key_and_reads_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    with pikepdf.open(io.BytesIO(TEMPLATE.read_bytes())) as document:
        page = document.pages[0].obj
        xform = document.make_stream(b"BT /F1 10 Tf 50 50 Td (Inde i formen) Tj ET /Me Do")
        xform.Type, xform.Subtype, xform.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, 600, 800]
        xform.Resources = pikepdf.Dictionary(Font=page.Resources.Font, XObject=pikepdf.Dictionary(Me=xform))
        page.Resources.XObject = pikepdf.Dictionary(Me=xform)
        page.Contents = document.make_stream(page.Contents.read_bytes() + b"\nq /Me Do Q")
        assert pdf_pagekey.page_key(document.pages[0]) is not None  # the cycle ends the walk
        out = io.BytesIO()
        document.save(out)
    _assert_cold_warm_uncached(out.getvalue(), "cycle.pdf", monkeypatch)


def test_a_page_past_the_bounds_is_read_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    data = TEMPLATE.read_bytes()
    monkeypatch.setattr(pdf_pagekey, "MAX_OBJECTS", 1)
    assert _keys(data) == [None]
    cache = _assert_cold_warm_uncached(data, "big.pdf", monkeypatch)
    assert (len(cache), cache.hits, cache.misses) == (0, 0, 0)


def test_an_object_qpdf_cannot_read_means_no_key_never_a_rejection(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: object, obj: object, depth: int) -> None:
        raise pikepdf.DataDecodingError("a stream qpdf cannot decode")

    data = TEMPLATE.read_bytes()
    want = _read(data, "form.pdf", None, monkeypatch)
    monkeypatch.setattr(pdf_pagekey._Walk, "value", broken)
    assert _keys(data) == [None]
    cache = RunCache()
    assert _read(data, "form.pdf", cache, monkeypatch) == want
    assert len(cache) == 0


def test_a_document_qpdf_repaired_is_read_without_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    data = TEMPLATE.read_bytes()
    start = data.rindex(b"startxref")
    broken = data[:start] + b"startxref\n12\n%%EOF\n"  # the table of objects is not where the file says
    cache = _assert_cold_warm_uncached(broken, "broken.pdf", monkeypatch)
    assert len(cache) == 0


def test_every_page_of_a_document_qpdf_repaired_is_read_without_the_cache(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reading qpdf's warnings clears them: the repair was seen for the first page asked for only, and
    # the second page's text was cached under a key from qpdf's reading, which pypdf's may not match.
    data = _form()  # fields on two pages
    start = data.rindex(b"startxref")
    broken = data[:start] + b"startxref\n12\n%%EOF\n"
    cache = _assert_cold_warm_uncached(broken, "broken.pdf", monkeypatch)
    assert len(cache) == 0


def _runs(count: int, text: str = "ord") -> tuple[tuple[float, float, str, float, float], ...]:
    return tuple((float(i), 0.0, text, 10.0, 10.0) for i in range(count))


def test_the_cache_drops_the_least_recently_used_page() -> None:
    cache = RunCache(pages=2)
    cache.put(b"a", _runs(1))
    cache.put(b"b", _runs(2))
    assert cache.get(b"a") == _runs(1)  # "a" is now the most recently used
    cache.put(b"c", _runs(3))
    assert (cache.get(b"a"), cache.get(b"b"), cache.get(b"c")) == (_runs(1), None, _runs(3))
    assert (cache.hits, cache.misses) == (3, 1)


def test_the_cache_is_bounded_in_weight_and_refuses_a_page_too_heavy() -> None:
    cache = RunCache(pages=100, max_weight=8 * 1000)  # a page may weigh 1,000: four runs of 243
    cache.put(b"heavy", _runs(5))
    assert len(cache) == 0
    for key in (b"a", b"b", b"c", b"d", b"e"):
        cache.put(key, _runs(4, "abc"))  # 972 each: eight fit, and the first goes when the ninth comes
    assert len(cache) == 5
    for key in (b"f", b"g", b"h", b"i"):
        cache.put(key, _runs(4, "abc"))
    assert len(cache) == 8
    assert cache.get(b"a") is None
    assert cache.get(b"b") == _runs(4, "abc")
