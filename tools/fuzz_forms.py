"""Mutation fuzzing of the hub's own forms (decision 0064): each municipality's golden forms
(tests/golden/<slug>/, the forms its adapter accepts; from seed 48 the onboarding trials' too) changed
one way at a time, each mutant put the way an upload goes as far as reading, recognising, mapping and
validating (`golden.canonical_records`: the sandboxed PDF and XLSX readers, the adapter, the canonical
schema), and its outcome classified.

    python -m tools.fuzz_forms [--seed N] [--count N] [--format F] [--form SLUG] [--jsonl FILE] [--recipe R]

A mutant is `accepted` (its records must then pass the canonical schema again), `rejected` (every problem
names the file, a locator unless the whole document is refused, a Danish and an English reason, and no
library's words), or `FAILED` (an exception, past the time bound, a problem without locator, jargon, a
reason not in Danish). A recipe (`seed/format/mutator/index`) makes the same mutant again: the same seed
gives the same mutants. The table counts outcomes per format and mutator; exit 1 when any FAILED.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import re
import signal
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from marshmallow import ValidationError

from hub.adapters.language.config_schema import load_config_file
from hub.adapters.language.golden import canonical_records, golden_pairs
from hub.errors import NotRecognised, Rejection, UnreadableDocument
from hub.schemas.paths import differences
from hub.schemas.records import load_record
from hub.web.upload_types import ENDINGS
from tools.fuzz_forms_csv import CSV
from tools.fuzz_forms_export import CSV as CSV_EXPORT
from tools.fuzz_forms_export import SAME_OR_REFUSED as SAME_OR_REFUSED_EXPORT
from tools.fuzz_forms_lua import LUA as CSV_LUA
from tools.fuzz_forms_objstm import PDF as PDF_OBJSTM
from tools.fuzz_forms_objstm import SAME as SAME_OBJSTM
from tools.fuzz_forms_office import CSV as CSV_OFFICE
from tools.fuzz_forms_office import LIBREOFFICE, SUFFIX, Skipped
from tools.fuzz_forms_office import SAME as SAME_OFFICE
from tools.fuzz_forms_office import SAME_OR_REFUSED as SAME_OR_REFUSED_OFFICE
from tools.fuzz_forms_office import XLSX as XLSX_OFFICE
from tools.fuzz_forms_ox import SAME as SAME_OX
from tools.fuzz_forms_ox import XML as XML_OX
from tools.fuzz_forms_pdf import PDF
from tools.fuzz_forms_real import CSV as CSV_REAL
from tools.fuzz_forms_real import PDF as PDF_REAL
from tools.fuzz_forms_real import SAME as SAME_REAL
from tools.fuzz_forms_real import SAME_OR_REFUSED
from tools.fuzz_forms_real import XLSX as XLSX_REAL
from tools.fuzz_forms_references import XML as XML_REFERENCES
from tools.fuzz_forms_revised import CSV as CSV_REVISED
from tools.fuzz_forms_revised import PDF as PDF_REVISED
from tools.fuzz_forms_revised import SAME as SAME_REVISED
from tools.fuzz_forms_revised import SAME_OR_REFUSED as SAME_OR_REFUSED_REVISED
from tools.fuzz_forms_revised import XML as XML_REVISED
from tools.fuzz_forms_same import CSV as CSV_SAME
from tools.fuzz_forms_same import SAME
from tools.fuzz_forms_same import XLSX as XLSX_SAME
from tools.fuzz_forms_same import XML as XML_SAME
from tools.fuzz_forms_text import XML, Mutator
from tools.fuzz_forms_xlsx import XLSX

ROOT = Path(__file__).resolve().parent.parent
MUTATORS: dict[str, dict[str, Mutator]] = {
    "xml": XML | XML_SAME | XML_REVISED | XML_REFERENCES | XML_OX,
    "csv": CSV | CSV_SAME | CSV_REAL | CSV_OFFICE | CSV_EXPORT | CSV_REVISED | CSV_LUA,
    "xlsx": XLSX | XLSX_SAME | XLSX_REAL | XLSX_OFFICE,
    "pdf": PDF | PDF_REAL | PDF_OBJSTM | PDF_REVISED,
}
BOUND_SECONDS = 25.0  # past the sandbox's 20 s wall clock: a sandboxed read ends before this
# Words of a library or of Python, not of the hub: a reason holding one tells its reader nothing.
# The last: a set or dict in Python's notation (libxml2 listed a schema's allowed values so).
JARGON = ("Traceback", "lxml", "pypdf", "pikepdf", "qpdf", "openpyxl", "etree", "zipfile", "BadZip",
          "KeyError", "IndexError", "ValueError", "TypeError", "AttributeError", "UnicodeDecodeError",
          "UnicodeEncodeError", "RecursionError", "OverflowError", "Exception", "object at 0x", "<class ",
          "errno", "NoneType", "[facet", "atomic type", "Expected is", "This element is not expected",
          "global declaration", "Element content is not allowed", "{'")  # fmt: skip
# Python's own words: an exception's class (`CellProblem`, `DocumentInvalid`) or `Name: ` as `str(exc)` of
# an exception class says it.
_EXCEPTION = re.compile(r"\b[A-Z]\w*(?:Error|Exception|Warning|Problem|Invalid)\b|\b[A-Z][a-z]+[A-Z]\w*: ")
# The customers' golden forms, then the onboarding trials' (with their configs' folder).
CORPORA = ((ROOT / "tests" / "golden", ROOT / "config" / "municipalities"),
           (ROOT / "tests" / "onboarding" / "golden", ROOT / "tests" / "onboarding" / "config"))  # fmt: skip
# A recipe of a seed from this on draws its form from both corpora; one before it, from the customers'
# alone, so that the recipes decision 0064 names make the same mutants as when they were found.
ONBOARDING_FROM = 48
# For the same reason a recipe of a seed up to FUZZED_THROUGH (the last seed run) draws only from the
# trials there were when its seed ran: a trial added later would change which form `rng.choice` picks for
# every recipe already named. Every trial of `tests/onboarding` (a golden folder with its config) is drawn
# by a seed past FUZZED_THROUGH without being named anywhere; when such a seed is run, bump FUZZED_THROUGH
# and enter each trial it drew that TRIALS_FUZZED lacks with that seed (the first that drew it), so that
# its recipes keep drawing what they drew when trials are added after. Seeds 48 to 51 drew from nine; 52,
# xlsx only, from eleven; 53, xml only, twelve; 54, pdf only, thirteen; 55, pdf only, fourteen; 56, xlsx
# only, and 57 and 58, every format, fifteen; 59 to 61, seventeen; 62 and 63, eighteen; 64 and 65,
# nineteen; 66 to 69, at stop 63, every trial there was, thirty-seven: the eighteen after Billund (forms
# of ConTeXt, PDFKit, TCPDF, R, Perl, ...) and Thisted's tab-separated export, a seed from then on; 70 to
# 72, at stop 64, aimed (`--form`) at the five trials after (forms of Perl XML::LibXML, awk, Go, xmlstarlet,
# PostgreSQL's table_to_xml, xmlbuilder2, PoDoFo, StAX, Text::CSV_XS), forty-two; 73 to 75, at stop 65,
# aimed at the three trials after (Nokogiri, write-excel-file, xdvipdfmx, Miller, DOMDocument,
# excel4node), forty-five; 76 to 78, at stop 66, aimed at the three trials after (MuPDF, DuckDB, pdfrw,
# pylightxl, REXML, jq), forty-eight; 79 to 81, at stop 67, aimed at the one trial after (LuaLaTeX's
# hyperref, fast-xml-parser), forty-nine; 82 to 84, at stop 68, aimed at the seven trials after (PDF::API2,
# qpdf's JSON, pypdf's objects, PyPDFForm, PHP's fputcsv, csv-stringify, csvkit, data.table's fwrite, tdom,
# xmltodict, XML::Simple, excel-builder-vanilla, DuckDB, xlsx-write-stream), fifty-six; 85 to 87, at stop
# 69, aimed at the one trial after (Flying Saucer, R's xml2), fifty-seven; 88 to 90, at stop 70, aimed at
# the three trials after (pdfmake, polars, zipcelx, xml2js, PDF::Builder, PHP's SimpleXML), sixty; 91 to
# 93, at stop 71, aimed at the three trials after (iText 2.1.7 filled by poppler, Ruby's builder,
# xlsx-template, papaparse, opencsv, JAXB), sixty-three; 94 to 96, at stop 72, aimed at the four trials
# after (fast-csv, msexcel-builder, Apache Commons CSV, dicttoxml, libharu filled by pdf.js, csv-writer,
# json2csv, xml-js), sixty-seven; 97 and 98, at stop 73, aimed at the three trials after (XMLGenerator,
# d3-dsv, CAM::PDF on a LibreOffice form, js2xmlparser, Jackson's XmlMapper, tcllib's csv), seventy; 99 and
# 100, at stop 73, aimed at the three trials after (XStream, Super CSV, PyPDF2, excelize-wasm, pugixml,
# readr), seventy-three; 101 and 102, at stop 74, aimed at the one trial after (Ruby's Ox, a Lua script's
# CSV), seventy-four.
TRIALS_FUZZED: dict[str, int] = {
    **dict.fromkeys(
        ("aeroe", "fanoe", "laesoe", "langeland", "lemvig", "samsoe", "stevns", "toender", "vesthimmerland"),
        ONBOARDING_FROM,
    ),
    **dict.fromkeys(("morsoe", "odsherred"), 52),
    "kerteminde": 53,
    "assens": 54,
    "faxe": 55,
    "soroe": 56,
    **dict.fromkeys(("struer", "lolland"), 59),
    "vordingborg": 62,
    "billund": 64,
    **dict.fromkeys(
        ("haderslev", "hedensted", "herning", "holstebro", "jammerbugt", "kalundborg", "mariagerfjord"), 66
    ),
    **dict.fromkeys(("middelfart", "norddjurs", "nyborg", "odder", "rebild", "skive", "svendborg"), 66),
    **dict.fromkeys(("thisted", "varde", "vejen", "viborg"), 66),
    **dict.fromkeys(("broenderslev", "faaborg-midtfyn", "ikast-brande", "ringkoebing-skjern"), 70),
    "syddjurs": 70,
    **dict.fromkeys(("favrskov", "guldborgsund", "skanderborg"), 73),
    **dict.fromkeys(("frederikshavn", "nordfyns", "silkeborg"), 76),
    "kolding": 79,
    **dict.fromkeys(("ringsted", "aabenraa", "lejre", "horsens", "gribskov", "halsnaes", "hoersholm"), 82),
    "frederikssund": 85,
    **dict.fromkeys(("fredensborg", "egedal", "greve"), 88),
    **dict.fromkeys(("alleroed", "solroed", "koege"), 91),
    **dict.fromkeys(("roskilde", "holbaek", "slagelse", "naestved"), 94),
    **dict.fromkeys(("esbjerg", "vejle", "aarhus"), 97),
    **dict.fromkeys(("fredericia", "hjoerring", "aalborg"), 99),
    "odense": 101,
}
FUZZED_THROUGH = 102
# The config language's selector syntax (`under:Fornavn`, `label:Uddannelse`): the config's author's words,
# not the sender's; a reason says the label or tooltip itself (a locator may still be the selector).
_CONFIG_SYNTAX = re.compile(r"\b(?:label|below|next|under|column|tooltip):(?=\S)")
# A golden input's format by its file's ending, as the upload names the endings of each format.
FORMAT_OF = {ending: fmt for fmt, endings in ENDINGS.items() for ending in endings}
MAX_REASON = 2000  # characters: a reason longer than this quotes what it should cut (hub.quoting)


# A problem of a document read but not whole-document refused that names no place in it: no locator,
# item or canonical field (a list's header row not found). A value that is absent names its field.
UNLOCATED = "no locator"


@dataclass(frozen=True)
class Seed:
    """One valid form: its adapter's config file, its bytes and name."""

    config: Path
    path: Path
    fmt: str
    expected: Path  # the golden record(s) the seed gives: an accepted mutant's record is compared with it
    customer: bool = True  # of tests/golden (a recipe before ONBOARDING_FROM draws only from these)


@dataclass
class Outcome:
    """One mutant's recipe and what became of it."""

    recipe: str
    seed: str
    outcome: str  # accepted, rejected, unlocated, not-applicable, FAILED
    why: str = ""
    seconds: float = 0.0
    problems: list[dict[str, Any]] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # accepted: how its record differs from the seed's


def seeds() -> dict[str, list[Seed]]:
    """Every golden input whose municipality has a config, by format (its file's suffix): the
    customers' (`tests/golden`, configs in `config/municipalities`) and, apart, the onboarding trials'
    (`tests/onboarding/golden`, configs beside it), whose forms try what the customers' do not (a path up
    with `..`, a formula never calculated, one grant a column, namespaces mixed). A file's format is
    the one its ending is offered for by the upload (`upload_types.ENDINGS`): Thisted's tab-separated
    `afslutninger.tsv` is a CSV seed, not left out for its ending."""
    found: dict[str, list[Seed]] = {fmt: [] for fmt in MUTATORS}
    for corpus, configs in CORPORA:
        for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
            config = configs / f"{folder.name}.toml"
            if not config.exists():
                continue
            for source, expected in golden_pairs(folder):
                fmt = FORMAT_OF.get(source.suffix.lower(), "")
                if fmt in found:
                    found[fmt].append(Seed(config, source, fmt, expected, corpus == CORPORA[0][0]))
    return found


@functools.cache
def _config(path: Path) -> Any:
    return load_config_file(path)


def storable(record: Any) -> bool:
    """Whether PostgreSQL can store the record's text: no NUL (its text types hold none, and a record's
    values are also kept as provenance text) and no lone surrogate (no UTF-8 at all)."""
    if isinstance(record, dict):
        return all(storable(k) and storable(v) for k, v in record.items())
    if isinstance(record, list):
        return all(map(storable, record))
    if isinstance(record, str):
        return "\x00" not in record and record.encode("utf-8", "surrogatepass") == record.encode(
            "utf-8", "replace"
        )
    return True


class _Overdue(Exception):
    pass


def _alarm(_signum: int, _frame: object) -> None:
    raise _Overdue


def problem_faults(exc: Rejection, filename: str) -> list[str]:
    """What is wrong with a rejection's problems by the bar: each names the file, a locator (unless the
    whole document is refused or not recognised), a Danish and an English reason, no library's words."""
    whole = isinstance(exc, UnreadableDocument | NotRecognised)
    faults = []
    for p in exc.problems:
        words = " ".join((p.reason_en, p.reason_da, p.locator, p.locator_da, p.item, p.item_da))
        if p.file != filename:
            faults.append("no file")
        if not (whole or p.locator or p.item or p.field):
            faults.append(UNLOCATED)
        if not p.reason_en.strip() or not p.reason_da.strip():
            faults.append("no reason")
        elif p.reason_da == p.reason_en:
            faults.append("reason not in Danish")
        found = _EXCEPTION.search(p.reason_en + "\n" + p.reason_da)
        if found:
            faults.append(f"jargon {found[0].rstrip(': ')!r}")
        syntax = _CONFIG_SYNTAX.search(p.reason_en + "\n" + p.reason_da)
        if syntax:
            faults.append(f"config syntax {syntax[0]!r}")
        if max(len(p.reason_en), len(p.reason_da)) > MAX_REASON:
            faults.append(f"reason longer than {MAX_REASON} characters")
        faults += [f"jargon {word!r}" for word in JARGON if word.lower() in words.lower()]
    return sorted(set(faults))


def _same(recipe: str, refusable: bool = False) -> bool:
    """Whether the recipe's mutant is its seed written otherwise (`fuzz_forms_same.SAME`,
    `fuzz_forms_real.SAME`), which must be read as it; `refusable`: or one that may be refused instead
    (`fuzz_forms_real.SAME_OR_REFUSED`: re-saved by Excel, where the form pins the separator)."""
    kind = "/".join(recipe.split("/")[1:3])
    refused_too = SAME_OR_REFUSED | SAME_OR_REFUSED_OFFICE | SAME_OR_REFUSED_EXPORT | SAME_OR_REFUSED_REVISED
    same = SAME | SAME_REAL | SAME_OFFICE | SAME_OBJSTM | SAME_REVISED | SAME_OX
    return kind in same or (refusable and kind in refused_too)


def _said(exc: Rejection) -> frozenset[tuple[str, str]]:
    return frozenset((p.locator, p.reason_en) for p in exc.problems)


@functools.cache
def seed_refusal(seed: Seed) -> frozenset[tuple[str, str]] | None:
    """What the seed itself is refused for (its problems' locators and reasons), or None where it is read.
    A golden form the hub refuses by design (Vejle's CAM::PDF agreement, its boxes' pages empty) written
    otherwise must be refused alike, as a form read must be read alike: so refused is no fault."""
    try:
        canonical_records(_config(seed.config), seed.path.read_bytes(), seed.path.name)
    except Rejection as exc:
        return _said(exc)
    return None


def run_one(seed: Seed, data: bytes, recipe: str) -> Outcome:
    """One mutant through reading, recognising, mapping and validating, classified."""
    config = _config(seed.config)
    # A form saved as another format is sent so named (a workbook saved by Calc as CSV is `<name>.csv`).
    name = seed.path.with_suffix(SUFFIX.get("/".join(recipe.split("/")[1:3]), seed.path.suffix)).name
    outcome = Outcome(recipe, f"{seed.config.stem}/{name}", "accepted")
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, BOUND_SECONDS)
    start = time.perf_counter()
    try:
        result = canonical_records(config, data, name)
        for record in result if isinstance(result, list) else [result]:
            load_record(record)
            if not storable(record):
                outcome.outcome, outcome.why = "FAILED", "accepted record holds text no database stores"
        expected = json.loads(seed.expected.read_text(encoding="utf-8"))
        outcome.changed = [f"{path}: {str(got)[:60]!r}" for path, _, got in differences(expected, result)]
        if outcome.changed and _same(recipe, refusable=True):
            outcome.outcome, outcome.why = "FAILED", "the form written otherwise was read otherwise"
    except Rejection as exc:
        faults = problem_faults(exc, name)
        if _same(recipe) and _said(exc) != seed_refusal(seed):
            faults.append("the form written otherwise was refused")
        outcome.outcome, outcome.why = ("FAILED", "; ".join(faults)) if faults else ("rejected", "")
        if faults == [UNLOCATED]:  # the mapping's to say (not a reader's): counted apart, not FAILED
            outcome.outcome = "unlocated"
        outcome.problems = [p.to_dict() for p in exc.problems]
    except ValidationError as exc:
        outcome.outcome, outcome.why = "FAILED", f"accepted record fails the schema: {exc.messages}"
    except _Overdue:
        outcome.outcome, outcome.why = "FAILED", f"hang: past {BOUND_SECONDS:.0f} s"
    except Exception as exc:  # the point of the tool: any other exception is a finding
        outcome.outcome, outcome.why = "FAILED", f"{type(exc).__name__}: {str(exc)[:200]}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    outcome.seconds = round(time.perf_counter() - start, 4)
    return outcome


def mutant(found: dict[str, list[Seed]], recipe: str) -> tuple[Seed, bytes | None]:
    """The seed and bytes of one recipe, `seed/format/mutator/index` (None: the mutator did not apply);
    `seed/format/mutator/index@slug` draws only from that municipality's forms (`--form`)."""
    body, _, form = recipe.partition("@")
    number, fmt, name, _ = body.split("/")
    rng = random.Random(recipe)
    pool = [s for s in found[fmt] if _in_pool(s, int(number)) and form in ("", s.path.parent.name)]
    seed = rng.choice(pool)
    return seed, MUTATORS[fmt][name](seed.path.read_bytes(), rng)


def _in_pool(seed: Seed, number: int) -> bool:
    """Whether a recipe of seed `number` may draw `seed` (see ONBOARDING_FROM, TRIALS_FUZZED)."""
    if number < ONBOARDING_FROM:
        return seed.customer
    if seed.customer or number > FUZZED_THROUGH:
        return True
    return TRIALS_FUZZED.get(seed.path.parent.name, FUZZED_THROUGH + 1) <= number


def recipes(seed: int, count: int, formats: list[str], form: str = "", office: bool = True) -> Iterator[str]:
    """`count` recipes per format, spread evenly over its mutators (`form`: of that municipality's
    forms alone, a trial's aimed at; `office`: with the mutators that start LibreOffice)."""
    aimed = f"@{form}" if form else ""
    for fmt in formats:
        names = [n for n in sorted(MUTATORS[fmt]) if office or f"{fmt}/{n}" not in LIBREOFFICE]
        for index in range(count):
            yield f"{seed}/{fmt}/{names[index % len(names)]}/{index // len(names)}{aimed}"


def fuzz(seed: int, count: int, formats: list[str], form: str = "", office: bool = True) -> Iterator[Outcome]:
    """Every recipe's outcome; a mutator that raises on a seed is a finding of this tool, said as such
    (one that cannot run here, LibreOffice not installed, is said as skipped)."""
    found = seeds()
    for recipe in recipes(seed, count, formats, form, office):
        try:
            source, data = mutant(found, recipe)
        except Skipped as exc:
            yield Outcome(recipe, "", "not-applicable", f"skipped: {exc}")
            continue
        except Exception as exc:
            yield Outcome(recipe, "", "not-applicable", f"mutator: {type(exc).__name__}: {exc}")
            continue
        if data is None:
            yield Outcome(recipe, f"{source.config.stem}/{source.path.name}", "not-applicable")
            continue
        yield run_one(source, data, recipe)


def table(outcomes: list[Outcome]) -> str:
    """Counts per format and mutator, and the FAILED classes with one recipe of each."""
    kinds = ("accepted", "rejected", "unlocated", "not-applicable", "FAILED")
    counts: Counter[tuple[str, str]] = Counter()
    failed: dict[tuple[str, str], list[str]] = {}
    for o in outcomes:
        key = "/".join(o.recipe.split("/")[1:3])
        counts[key, o.outcome] += 1
        if o.outcome == "FAILED":
            failed.setdefault((key, o.why[:90]), []).append(o.recipe)
    keys = sorted({k for k, _ in counts})
    lines = [f"{'format/mutator':24}" + "".join(f"{k:>15}" for k in kinds)]
    lines += [f"{k:24}" + "".join(f"{counts[k, kind]:>15}" for kind in kinds) for k in keys]
    lines.append(f"{'total':24}" + "".join(f"{sum(counts[k, kind] for k in keys):>15}" for kind in kinds))
    skipped = sorted({f"{'/'.join(o.recipe.split('/')[1:3])}: {o.why}" for o in outcomes
                      if o.why.startswith("skipped")})  # fmt: skip
    lines += [f"SKIPPED {line}" for line in skipped]
    for (key, why), found in sorted(failed.items()):
        lines.append(f"FAILED {key} x{len(found)}: {why}  e.g. {found[0]} ({len(found)})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; exit 1 when any mutant FAILED."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--count", type=int, default=200, help="mutants per format")
    parser.add_argument("--format", action="append", choices=sorted(MUTATORS), help="only these formats")
    parser.add_argument("--jsonl", type=Path, help="write every outcome, one JSON object a line")
    parser.add_argument("--recipe", help="run one recipe and print its outcome")
    parser.add_argument("--form", default="", help="only this municipality's forms (its slug)")
    args = parser.parse_args(argv)
    if args.recipe:
        source, data = mutant(seeds(), args.recipe)
        print(json.dumps(asdict(run_one(source, data, args.recipe)) if data else "not applicable"))
        return 0
    outcomes = list(fuzz(args.seed, args.count, args.format or sorted(MUTATORS), args.form))
    if args.jsonl:
        with args.jsonl.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(asdict(o), ensure_ascii=False) + "\n" for o in outcomes)
    print(table(outcomes))
    return 1 if any(o.outcome == "FAILED" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
