"""Bench the PDF claim writer: a claim of 100, 1,000 and 10,000 lines for a flattened template (gladsaxe)
and a fillable one (ballerup), seconds and peak memory, each case in a fresh process.

The claim is the config's sample claim (`hub.exports.claims.sample`) with its three kinds of line
repeated under new numbers. Each case runs twice: `render_claim` (the whole file returned as bytes, so
its memory includes the file) and `claim_chunks` read and dropped piece by piece (what the auditor's
bundle does, streaming into its zip). Peak memory is the child's peak resident set (`VmHWM`; `ru_maxrss`
is carried over from the parent), interpreter and libraries included, beside the same figure taken just
before rendering. A case that runs longer than `--timeout` is shown as such, not measured. Never fails
on numbers; the target is time linear in the lines and the streamed peak flat.

Run: `.venv/bin/python -m tools.bench_claims [--sizes 100 1000 10000] [--slugs gladsaxe ballerup]`.
`--build [--sizes 1000 10000]` measures instead the claim's making from the database (`build_claim`:
seconds, memory, statements and the rows they read; `tools.bench_claim_build`).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from hub.adapters.language.config_schema import load_config_file
from hub.exports.claim_model import Claim
from hub.exports.claims import claim_chunks, render_claim
from hub.exports.claims.sample import sample_claim
from tools import bench_claim_build

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = ROOT / "config" / "municipalities"
SIZES = (100, 1000, 10_000)
SLUGS = ("gladsaxe", "ballerup")


def peak_mb() -> float:
    """This process's peak resident set in MB (`VmHWM`)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def big_claim(claim: Claim, count: int) -> Claim:
    """`claim` with its lines repeated, renumbered 1..count (places too, where a line has one)."""
    lines = []
    for n in range(1, count + 1):
        line = claim.lines[(n - 1) % len(claim.lines)]
        lines.append(
            replace(
                line,
                number=n,
                place=n if line.place is not None else None,
                participant_id=f"P-{n:05d}" if line.participant_id else None,
            )
        )
    return replace(claim, lines=tuple(lines))


def run_one(slug: str, count: int, mode: str) -> dict[str, float]:
    """Render one claim in this process (`bytes` or `stream`): seconds, size, peak RSS before and after."""
    config = load_config_file(CONFIGS / f"{slug}.toml")
    assert config.claim is not None
    claim = big_claim(sample_claim(config), count)
    before = peak_mb()
    started = time.perf_counter()
    if mode == "bytes":
        size = len(render_claim(claim, config.claim))
    else:
        size = sum(len(chunk) for chunk in claim_chunks(claim, config.claim))
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "before_mb": before, "size_mb": size / 2**20}


def measure(slug: str, count: int, mode: str, timeout: float) -> dict[str, float] | None:
    """Run one case in a fresh interpreter; None when it takes longer than `timeout` seconds."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tools.bench_claims", "--one", slug, str(count), mode],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


Result = dict[str, float] | None


def report(results: dict[tuple[str, int], tuple[Result, Result]], timeout: float) -> str:
    """The table: per template and size, seconds and ms per line (bytes), file size, the peak RSS before
    rendering, returning bytes and streaming; and the streamed peak against the smallest size's."""
    lines = [
        "template    lines   seconds   ms/line   file MB   before MB   peak MB: bytes   streamed   vs first"
    ]
    first: dict[str, float] = {}
    for (slug, count), (whole, streamed) in results.items():
        if whole is None:
            lines.append(f"{slug:<10} {count:>6,}   over the {timeout:.0f} s timeout")
            continue
        per = 1000 * whole["seconds"] / count
        peak = f"{streamed['peak_mb']:>10.1f}" if streamed else f"{'—':>10}"
        base = first.setdefault(slug, streamed["peak_mb"]) if streamed else 0.0
        ratio = f"{streamed['peak_mb'] / base:>10.2f}" if streamed else ""
        lines.append(
            f"{slug:<10} {count:>6,} {whole['seconds']:>9.2f} {per:>9.2f} {whole['size_mb']:>9.1f} "
            f"{whole['before_mb']:>11.1f} {whole['peak_mb']:>16.1f} {peak} {ratio}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Measure every template at every size, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", nargs=3, metavar=("SLUG", "LINES", "MODE"))
    parser.add_argument("--build", action="store_true", help="bench build_claim from the database")
    parser.add_argument("--no-stream", action="store_true", help="measure render_claim only")
    parser.add_argument("--sizes", type=int, nargs="*")
    parser.add_argument("--slugs", nargs="*", default=list(SLUGS))
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per case")
    args = parser.parse_args(argv)
    if args.build:
        bench_claim_build.main(["--sizes", *map(str, args.sizes or bench_claim_build.SIZES)])
        return
    args.sizes = args.sizes or list(SIZES)
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]), args.one[2])))
        return
    results: dict[tuple[str, int], tuple[Result, Result]] = {}
    for slug in args.slugs:
        for count in args.sizes:
            whole = measure(slug, count, "bytes", args.timeout)
            streamed = (
                None if args.no_stream or whole is None else measure(slug, count, "stream", args.timeout)
            )
            results[(slug, count)] = (whole, streamed)
            print(f"{slug} {count:,} lines: {whole} {streamed}", file=sys.stderr)
    print("\nPDF claims (one process per case; gladsaxe flattened, ballerup fillable)")
    print(report(results, args.timeout))


if __name__ == "__main__":
    main()
