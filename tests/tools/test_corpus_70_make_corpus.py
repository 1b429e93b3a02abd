"""`make corpus` (decision 0025, stop 60): qpdf's and pdfium's test PDFs fetched once at a pinned commit,
only the paths named, and the runner failing on a missed target. The fetch runs here against a git
repository the test makes, never the network; the targets against outcomes written out by hand."""

from __future__ import annotations

import subprocess
from pathlib import Path

from simulator_support import fixture_script

from hub.adapters.readers import pdf_reasons
from hub.adapters.readers.faults import reason as hub_fault

sources = fixture_script("corpus_sources")
runner = fixture_script("pdf_corpus")


def _git(folder: Path, *args: str) -> str:
    command = ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@example.org", *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def _origin(root: Path) -> tuple[Path, str]:
    """A repository of test PDFs, other files beside them, and a later commit that changes one."""
    origin = root / "origin"
    for name, text in {
        "testing/resources/a.pdf": "%PDF-1.7 first",
        "testing/resources/xfa/b.pdf": "%PDF-1.7 b",
        "testing/resources/b.in": "template",
        "core/c.cc": "code",
        "top.pdf": "%PDF-1.7 elsewhere",
    }.items():
        (origin / name).parent.mkdir(parents=True, exist_ok=True)
        (origin / name).write_text(text)
    _git(origin, "init", "--quiet")
    # What GitHub allows: a commit fetched by its id, its blobs fetched as a checkout needs them.
    _git(origin, "config", "uploadpack.allowFilter", "true")
    _git(origin, "config", "uploadpack.allowAnySHA1InWant", "true")
    _git(origin, "add", ".")
    _git(origin, "commit", "--quiet", "-m", "first")
    pinned = _git(origin, "rev-parse", "HEAD")
    (origin / "testing/resources/a.pdf").write_text("%PDF-1.7 later")
    _git(origin, "commit", "--quiet", "-am", "later")
    return origin, pinned


def test_a_corpus_is_fetched_at_its_commit_with_only_its_paths_and_once(tmp_path: Path) -> None:
    origin, pinned = _origin(tmp_path)
    source = sources.Source(
        "pdfium", "https://example.invalid/none.git", pinned, ("/testing/resources/**/*.pdf",)
    )
    folder = sources.fetch(source, tmp_path / "corpus", url=origin.as_uri())
    assert folder == tmp_path / "corpus" / "pdfium"
    files = sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and ".git" not in p.parts
    )
    assert files == ["testing/resources/a.pdf", "testing/resources/xfa/b.pdf"]
    assert (folder / "testing/resources/a.pdf").read_text() == "%PDF-1.7 first"  # the pinned commit's
    # Once there, a second run asks nothing of the remote: gone, it is not missed.
    subprocess.run(["rm", "-rf", str(origin)], check=True)
    assert sources.fetch(source, tmp_path / "corpus", url=origin.as_uri()) == folder


def test_the_pinned_corpora_are_the_ones_the_record_ran() -> None:
    # qpdf at stop 49's and 59's snapshot, pdfium at stop 50's (decision 0025).
    assert {s.name: s.commit[:12] for s in sources.SOURCES} == {
        "qpdf": "dfd251125cad",
        "pdfium": "a84323421e94",
    }


def _outcome(pikepdf: int | None, hub: int | None, reason: str = "", **more: list[str]) -> object:
    return runner.Outcome(
        Path(f"f{pikepdf}-{hub}.pdf"), pikepdf, hub, "pdf" if hub is not None else "", reason, 0.1, **more
    )


def test_strict_fails_on_each_target_missed_and_on_nothing_else() -> None:
    fine = [
        _outcome(4, 4),  # a form read
        _outcome(0, None, pdf_reasons.NO_FIELDS[0]),  # no form, told so
        _outcome(None, None, pdf_reasons.DAMAGED_STRUCTURE[0]),  # pikepdf does not open it either
        _outcome(2, None, pdf_reasons.only_buttons(["Signature1", "Print"])[0]),  # no field to fill in
    ]
    assert runner.missed(fine) == []
    bad = [
        _outcome(3, None, pdf_reasons.DAMAGED_FORM[0]),  # a form pikepdf reads, refused
        _outcome(None, None, pdf_reasons.CRASHED[0]),
        _outcome(None, None, pdf_reasons.TOO_SLOW[0]),
        _outcome(0, None, hub_fault("this PDF", "denne PDF")[0]),
        _outcome(1, 1, faults=["en: library word 'xref'"]),
        _outcome(1, 1, wrong_values=["navn: 'Mette' / 'Mette Holm'"]),
    ]
    assert [len(runner.missed([o])) for o in bad] == [1, 1, 1, 1, 1, 1]
