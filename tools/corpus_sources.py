"""The public PDF corpora `make corpus` runs the reader over (decision 0025, stop 60): qpdf's and pdfium's
test files, at the commits stops 49, 50 and 59 ran, so that a run's counts compare with the record's.

    python -m tools.corpus_sources FOLDER

Each is fetched once into FOLDER/<name> (`var/corpus` from the Makefile): one commit, no history, and
only the paths named (a sparse checkout, blobs fetched as the checkout needs them): 1,006 PDFs, about
25 MB. A folder already at its commit is left as it is, so a second run needs no network. `make test`
never calls this: the suite stays off the network, and no third-party file enters the repository.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Source:
    """A repository's files at one commit: `paths` are sparse-checkout patterns (gitignore's form)."""

    name: str
    url: str
    commit: str
    paths: tuple[str, ...]


SOURCES = (
    # qpdf's test PDFs (qtest folders of qpdf, its examples and libtests), crash reproducers among them.
    Source(
        "qpdf", "https://github.com/qpdf/qpdf.git", "dfd251125cadb59fe04836f9197c3ef94f99cf55", ("*.pdf",)
    ),
    # pdfium's committed test PDFs: XFA, forms, and its fuzzers' crash reproducers.
    Source(
        "pdfium",
        "https://github.com/chromium/pdfium.git",
        "a84323421e94f484faca52dd9d027934eba42ab8",
        ("/testing/resources/**/*.pdf",),
    ),
)


def _git(folder: Path, *args: str) -> str:
    done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} in {folder}: {done.stderr.strip()}")
    return done.stdout.strip()


def at_commit(folder: Path, commit: str) -> bool:
    """Whether the folder is a checkout of that commit already."""
    if not (folder / ".git").is_dir():
        return False
    try:
        return _git(folder, "rev-parse", "HEAD") == commit
    except RuntimeError:
        return False  # an interrupted fetch: no HEAD yet


def fetch(source: Source, root: Path, url: str | None = None) -> Path:
    """The source's files under root/<name>, fetched unless there already (`url` stands in for its
    own: a local copy, in tests)."""
    folder = root / source.name
    if at_commit(folder, source.commit):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    if not (folder / ".git").is_dir():
        _git(folder, "init", "--quiet")
        _git(folder, "remote", "add", "origin", url or source.url)
    _git(folder, "sparse-checkout", "set", "--no-cone", *source.paths)
    _git(folder, "fetch", "--quiet", "--depth", "1", "--filter=blob:none", "origin", source.commit)
    _git(folder, "checkout", "--quiet", "--detach", source.commit)
    return folder


def main(argv: list[str] | None = None) -> int:
    """Fetch every source under the folder given, and print their folders."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    for source in SOURCES:
        print(fetch(source, Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
