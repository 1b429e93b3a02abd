"""The printed text runs of PDF pages, kept in this process under each page's content key (decision 0031).

Labels need every page's text with positions, and pypdf's text extraction is most of a form's reading
time. Copies of one template print the same words, so a page's runs are kept under the digest of what
the extraction reads (`pdf_pagekey.page_key`) and served to the next copy without opening the bytes
with pypdf again. pypdf opens a document only when one of its pages misses.

The cache is process-local: it lives in each sandbox worker (and in a process reading unsandboxed),
never on disk, never shared, and dies with the worker (`sandbox_pool.MAX_TASKS`). A document qpdf had to
repair is neither looked up nor kept: pypdf may have read its damage differently.
"""

from __future__ import annotations

import io
import threading
import warnings
from collections import OrderedDict
from collections.abc import Sequence

import pikepdf
from pypdf import PdfReader

from hub.adapters.readers import pdf_cmapcache, pdf_fontwidths
from hub.adapters.readers.pdf_labelbudget import LabelBudget
from hub.adapters.readers.pdf_labelmemo import Answers, KeptTexts, LabelMemo, Layout
from hub.adapters.readers.pdf_layout import PageTexts
from hub.adapters.readers.pdf_pagekey import page_key
from hub.adapters.readers.pdf_raised import is_resource_exhaustion
from hub.adapters.readers.pdf_runs import Run, text_runs
from hub.adapters.readers.pdf_unpack import unpacks_too_much

# A national year is 98 municipalities with a handful of forms of one or two pages each: a few hundred
# template pages, and one worker sees a part of them. A form page's runs weigh ~5-10 KB, so 512 pages
# are a few MB; `MAX_WEIGHT` bounds a cache of text-heavy pages well under the worker's 1 GB limit.
PAGES = 512
MAX_WEIGHT = 32 * 1024 * 1024
_RUN_WEIGHT = 240  # bytes of a run's tuple and its four floats, besides its text


class RunCache:
    """A least-recently-used map from page key to that page's runs, bounded in pages and in weight."""

    def __init__(self, pages: int = PAGES, max_weight: int = MAX_WEIGHT) -> None:
        self.pages = pages
        self.max_weight = max_weight
        self.hits = 0
        self.misses = 0
        self._runs: OrderedDict[bytes, tuple[Run, ...]] = OrderedDict()
        self._weight = 0
        self.memo = LabelMemo()  # the labels worked out on each kept page (`pdf_labelmemo`)
        # The workers read one document at a time, but a threaded process may read unsandboxed.
        self._lock = threading.Lock()

    def get(self, key: bytes) -> tuple[Run, ...] | None:
        """The runs kept under `key` (now the most recently used), or None."""
        with self._lock:
            runs = self._runs.get(key)
            if runs is None:
                self.misses += 1
                return None
            self.hits += 1
            self._runs.move_to_end(key)
            return runs

    def put(self, key: bytes, runs: Sequence[Run]) -> None:
        """Keep `runs` under `key`, dropping the least recently used pages past the bounds."""
        weight = _weight(runs)
        if weight > self.max_weight // 8 or self.pages < 1:
            return  # one page must not push out most of the others
        with self._lock:
            if key in self._runs:
                self._weight -= _weight(self._runs.pop(key))
                self.memo.drop(key)
            self._runs[key] = tuple(runs)
            self._weight += weight
            while len(self._runs) > self.pages or self._weight > self.max_weight:
                gone, dropped = self._runs.popitem(last=False)
                self._weight -= _weight(dropped)
                self.memo.drop(gone)

    def clear(self) -> None:
        """Forget every page and the counts."""
        with self._lock:
            self._runs.clear()
            self._weight = 0
            self.hits = self.misses = 0
        self.memo.clear()

    def answers(self, key: bytes | None, runs: Sequence[Run], layout: Layout) -> Answers | None:
        """The labels worked out on the page kept under `key` with the boxes `layout`; None unless
        `runs` are the very runs kept there (`pdf_labelmemo`)."""
        with self._lock:
            if key is None or self._runs.get(key) is not runs:
                return None
        return self.memo.answers(key, layout)

    def __len__(self) -> int:
        return len(self._runs)


RUNS = RunCache()
pdf_cmapcache.install()
pdf_fontwidths.install()  # a font pypdf cannot size costs its page no labels


def page_texts(
    pdf: pikepdf.Pdf, data: bytes, budget: LabelBudget | None = None, repaired: bool = False
) -> PageTexts:
    """The printed texts of the document `pdf` has open (its bytes are `data`), through `RUNS`.
    `repaired`: qpdf repaired the document already (the caller read its warnings, which clears them).

    Each page is charged to `budget` (a fresh `LabelBudget` when None) before it is read, cached or
    not: a page past it is not read (None), and `PageTexts.skipped` lists it."""
    cache = RUNS
    readers: list[PdfReader | None] = []
    keys: dict[int, bytes] = {}  # the pages read under a key: their labels may come from the memo
    budget = LabelBudget() if budget is None else budget
    unreadable: set[int] = set()

    def read(number: int) -> Sequence[Run] | None:
        nonlocal repaired
        if budget.exhausted:
            return None  # not keyed either: as charged before there was a key to charge by
        page = pdf.pages[number]
        # Keyed before it is charged, so that a copy of a template page is charged what the first copy
        # was (`pdf_labelcharges`); the key's walk reads what the charge reads, and more.
        key = page_key(page)
        if not budget.charge(page, None if repaired else key):
            return None
        # qpdf repaired something: pypdf may see another page than this key. Reading qpdf's warnings
        # clears them, so a repair is remembered for every page asked for after it.
        repaired = repaired or bool(pdf.get_warnings())
        if repaired:
            key = None
        else:
            budget.keep()  # nothing was warned of while keying and charging: the charge may be kept
        if key is not None:
            keys[number] = key
            if (runs := cache.get(key)) is not None:
                return runs
        try:
            if not readers:
                readers.append(_reader(pdf, data, repaired))  # once a document, only when a page missed
            reader = readers[0]
            if reader is None:
                unreadable.add(number)
                return ()  # pypdf could not open the document: no page has labels
            found = tuple(text_runs(reader.pages[number]))
        except Exception as exc:
            # pypdf cannot read the text of a page qpdf reads (a fuzzed object, a stream it gives up on):
            # that page has no labels, and its fields, which are qpdf's, are read all the same. The page
            # is listed as unreadable, so a title or label looked for there is said to be unread, not
            # missing (decision 0060, "Stop 55: stray-63"). Running out of
            # memory, or a stream that unpacks past pypdf's limit (a bomb), is no such case: the file
            # is rejected for it, as before. pypdf's other limits (a loop of references) are its
            # reading of a damaged page, as any other error of its.
            if is_resource_exhaustion(exc) or unpacks_too_much(exc):
                raise
            if not readers:
                readers.append(None)  # not opened again for every page
            unreadable.add(number)  # said in the extraction (`text_unreadable`), not taken for no text
            return ()
        if key is not None and len(reader.pages) == len(pdf.pages):
            cache.put(key, found)
        return found

    texts = KeptTexts(
        read,
        len(pdf.pages),
        lambda page, runs, layout: cache.answers(keys.get(page), runs, layout),
        cache.memo.keep,
    )
    texts.unreadable = unreadable
    return texts


def _reader(pdf: pikepdf.Pdf, data: bytes, repaired: bool) -> PdfReader | None:
    """pypdf's reader of the document's pages: of its bytes, or, when qpdf repaired them or pypdf cannot
    open them, of qpdf's repaired copy (None when that fails too).

    qpdf rebuilds a table of objects that is missing or wrong (a file cut short, a trailer lost, offsets
    shifted by a tool that re-encoded line ends); pypdf gives up on most of those, or reads other
    objects. Its fields were qpdf's already, and the printed text (the labels and the title that tells
    one form from another) must come from the same objects, or a form whose fields were all read is
    refused as "not a form we take" (decision 0027, stop 39)."""
    if not repaired:
        try:
            return open_reader(data)
        except Exception as exc:
            if is_resource_exhaustion(exc) or unpacks_too_much(exc):
                raise
    copy = io.BytesIO()
    # Written without encryption (qpdf has decrypted it) and without object streams, which pypdf reads
    # more slowly; qpdf writes a stream it cannot decode as it found it, for pypdf to fail on that page.
    with warnings.catch_warnings():
        # pikepdf warns, on stderr, of widgets no /AcroForm reaches (a form whose list of fields was lost):
        # the copy is for the printed text, which does not need them; the fields were read already.
        warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
        pdf.save(copy, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    return open_reader(copy.getvalue())


def open_reader(data: bytes) -> PdfReader:
    """pypdf's reading of the same bytes, for their text (pikepdf opened them with the empty password)."""
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    return reader


def _weight(runs: Sequence[Run]) -> int:
    return sum(_RUN_WEIGHT + len(run[2]) for run in runs)
