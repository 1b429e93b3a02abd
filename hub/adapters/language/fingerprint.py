"""The fingerprints of what reading a document depends on, in two parts (decision 0023):

- `reading_code()`: what turns a document's bytes into an extraction (the readers, with their sniffing,
  sandbox limits and first-read options, and the libraries they parse with). An extraction is kept with
  it; a kept extraction whose reading is not today's is read again from its bytes.
- `fingerprint(adapter)`: an adapter's forms as written, their XSDs, the hub's mapping of extractions
  into records (`mapping_code()`) and its reading. Stored with a submission's outcome, so that the same
  bytes sent again after the config was fixed, or after a hub that reads or maps them differently was
  deployed, are read again (and not answered with the old rejection), while a document rejected for
  itself is not; a change of mapping alone maps the kept extraction again without reading its bytes.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from hub.adapters.language.config_model import CompanyAdapter, MunicipalityConfig
from hub.adapters.readers.base import Extraction

# By the adapter object: a loaded config never changes (a changed file is loaded as a new one), and a
# batch asked for the same adapter's fingerprint once per document, reading its XSDs every time.
_KNOWN: dict[int, tuple[MunicipalityConfig | CompanyAdapter, str, str]] = {}
_MAX_KNOWN = 1_000
HUB = Path(__file__).resolve().parents[2]
ADAPTERS = HUB / "adapters"
# What turns bytes into an extraction: `readers` holds all of it (sniffing, the sandbox and its limits,
# each format's reader, the options every upload is first read with), and the libraries it parses with,
# with the C libraries pikepdf and lxml wrap (a wheel built against another qpdf or libxml2 reads
# otherwise under the same version number).
# The hub's own modules outside `adapters` that the readers and the mapping import and that decide what a
# document is read or mapped into, or why it is refused (a reader's numbers, a quoted value's misreading, a
# period's words, the CPR pattern): a change to one of them reads or maps documents differently as surely
# as a change under `adapters` does (`test_fingerprint_covers_imports` keeps the lists true).
_SHARED_NAMES = ("errors.py", "field_problem.py", "pseudonyms.py", "quantities.py", "quoting.py")
# The schemas' names for fields and values are the readers' too (`schemas/field_names`, `vocabulary`).
SHARED_READING = (
    *(HUB / n for n in _SHARED_NAMES),
    HUB / "schemas/field_names.py",
    HUB / "schemas/vocabulary.py",
)
SHARED_MAPPING = (*SHARED_READING, HUB / "periods.py", HUB / "datewords.py")
READING_CODE = (ADAPTERS / "readers", *SHARED_READING)
READING_LIBRARIES = ("pikepdf", "pypdf", "lxml", "openpyxl", "Brotli")
# What turns an extraction into a record or a rejection: the config language, recognition, mapping, the
# form's own re-reading and checks (`rereading`), the pipeline and the canonical schemas, and the
# libraries they validate with. `suggest` only drafts configs: a change there reads no document
# differently; `readers` is the reading's.
MAPPING_CODE = (ADAPTERS, HUB / "schemas", *SHARED_MAPPING)
MAPPING_LEFT_OUT = (ADAPTERS / "suggest", ADAPTERS / "readers")
MAPPING_LIBRARIES = ("marshmallow", "python-stdnum")


def fingerprint(adapter: MunicipalityConfig | CompanyAdapter) -> str:
    """SHA-256 (hex) of the adapter's forms as parsed from its file, the bytes of each form's XSD and the
    hub's mapping and reading of files (`mapping_code`, `reading_code`).

    The claim and the audit rules are left out: they change nothing a document is read into. Computed
    once per loaded adapter (the XSD as it was then, which is also the one `pipeline` validates with)."""
    code = f"{mapping_code()} {reading_code()}"
    known = _KNOWN.get(id(adapter))
    if known is not None and known[0] is adapter and known[1] == code:
        return known[2]
    if len(_KNOWN) >= _MAX_KNOWN:
        _KNOWN.clear()  # configs reloaded many times over (tests): start again
    value = _compute(adapter, code)
    _KNOWN[id(adapter)] = (adapter, code, value)
    return value


def _compute(adapter: MunicipalityConfig | CompanyAdapter, code: str) -> str:
    forms = []
    for form in adapter.forms:
        # The bytes the form's documents are checked against (read once per loaded config).
        forms.append({"form": form.raw, "xsd": form.xsd_digest})
    # TOML dates parse to date objects: `default=str` writes them as their ISO text.
    parts = {"code": adapter.code, "forms": forms, "reading": code}
    text = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@functools.cache
def reading_code() -> str:
    """SHA-256 (hex) of the hub's reading of files as this process runs it: the source of its readers
    and the versions of the libraries they parse with (and of qpdf and libxml2 under them). Computed once
    a process."""
    # The C libraries' versions asked where needed: the module is imported by every process that stores
    # a document (`hub ingest`'s, for its `--help` too), which reads none with them.
    import pikepdf  # noqa: PLC0415
    from lxml import etree  # noqa: PLC0415

    digest = hashlib.sha256(code_digest(READING_CODE).encode())
    for name in READING_LIBRARIES:
        digest.update(f"\n{name}=={metadata.version(name)}".encode())
    libxml2 = ".".join(map(str, etree.LIBXML_VERSION))
    digest.update(f"\nqpdf=={pikepdf.__libqpdf_version__}\nlibxml2=={libxml2}".encode())
    return digest.hexdigest()


@functools.cache
def mapping_code() -> str:
    """SHA-256 (hex) of the hub's mapping of extractions into records as this process runs it: the
    source of its adapters but the readers (and `suggest`), its schemas, and the versions of the
    libraries they validate with. Computed once a process."""
    digest = hashlib.sha256(code_digest(MAPPING_CODE, MAPPING_LEFT_OUT).encode())
    for name in MAPPING_LIBRARIES:
        digest.update(f"\n{name}=={metadata.version(name)}".encode())
    return digest.hexdigest()


# Where an extraction notes the hub's reading it was made with (`stamped`): the reading of a kept
# extraction is the one of the day it was read, however often it is mapped again (decision 0023).
READ_WITH = "reading"


def stamped(extraction: Extraction) -> Extraction:
    """The extraction just read by this process, noted as read with today's `reading_code()`."""
    extraction.meta[READ_WITH] = reading_code()
    return extraction


def read_with(meta: dict[str, Any] | None) -> str | None:
    """The `reading_code()` an extraction's meta (`Extraction.meta`, or the kept dict's `meta`) says it
    was read with; None for one kept before extractions noted it (read by some earlier hub)."""
    found = (meta or {}).get(READ_WITH)
    return found if isinstance(found, str) else None


def code_digest(roots: Iterable[Path], left_out: Iterable[Path] = ()) -> str:
    """SHA-256 (hex) of every `*.py` under `roots` but `left_out` (a root may be one file): each file's
    path below its root's folder and its bytes, in path order, so the same code gives the same digest
    wherever it is installed."""
    skipped = tuple(left_out)
    digest = hashlib.sha256()
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        base = root.parent if root.is_file() else root
        for path in files:
            if any(path.is_relative_to(folder) for folder in skipped):
                continue
            digest.update(f"{base.name}/{path.relative_to(base).as_posix()}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()
