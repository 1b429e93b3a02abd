"""What `tools.pdf_label_figures` runs in sandbox workers: reads with labels and an emptied page cache.

A module of its own because the sandbox sends functions by name, and the figures script runs as
`__main__`, a name the worker cannot import.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from hub.adapters.readers import pdf, pdf_pagecache
from hub.errors import UnreadableDocument


def read_cold(data: bytes, filename: str) -> dict[str, Any]:
    """The extraction with labels, read as if no copy of its template had been seen (decision 0031)."""
    pdf_pagecache.RUNS.clear()
    return {"extraction": pdf.read_pdf_unsandboxed(data, filename, with_labels=True).to_dict()}


def cache_agrees(data: bytes, filename: str) -> tuple[bool, int, int]:
    """Read with labels as before the cache (no page keyed), then cold and warm: (all equal, misses, hits).

    A rejection, or the exception a broken file raises (which the hub turns into "damaged"), is the
    reading's result and must be the same three times too.
    """
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    logging.getLogger("pikepdf").setLevel(logging.CRITICAL)
    saved, keyed = pdf_pagecache.RUNS, pdf_pagecache.page_key
    fresh = pdf_pagecache.RunCache()
    results = []
    try:
        for cache in (pdf_pagecache.RunCache(pages=0), fresh, fresh):
            pdf_pagecache.RUNS = cache
            pdf_pagecache.page_key = keyed if cache is fresh else _no_key
            try:
                extraction = pdf.read_pdf_unsandboxed(data, filename, with_labels=True)
                results.append(json.dumps(extraction.to_dict(), sort_keys=True))
            except UnreadableDocument as exc:
                results.append(json.dumps([p.to_dict() for p in exc.problems], sort_keys=True))
            except Exception as exc:  # noqa: BLE001 - what a broken file raises is the result compared
                results.append(f"{type(exc).__name__}: {exc}")
    finally:
        pdf_pagecache.RUNS, pdf_pagecache.page_key = saved, keyed
    return results[0] == results[1] == results[2], fresh.misses, fresh.hits


def _no_key(page: Any) -> None:
    """No page has a key: the reading before decision 0031."""
    return None
