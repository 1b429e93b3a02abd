"""Bench the PDF claim writer: a claim of 100, 1,000 and 10,000 lines for a flattened template (gladsaxe)
and a fillable one (ballerup), seconds and peak memory, each render in a fresh process.

The claim is the config's sample claim (`hub.exports.claims.sample`) with its three kinds of line
repeated under new numbers. Peak memory is the child's peak resident set (`VmHWM`; `ru_maxrss` is carried
over from the parent) after rendering, beside the same figure taken just before (interpreter, libraries,
config and claim): the difference is what rendering costs. A case that runs longer than `--timeout` is
shown as such, not measured. Never fails on numbers.

Run: `.venv/bin/python -m tools.bench_claims [--sizes 100 1000 10000] [--slugs gladsaxe ballerup]`.
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

from hub.adapters.config_schema import load_config_file
from hub.exports.claim_model import Claim
from hub.exports.claims import render_claim
from hub.exports.claims.sample import sample_claim

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


def run_one(slug: str, count: int) -> dict[str, float]:
    """Render one claim in this process: seconds, size and the peak resident set before and after."""
    config = load_config_file(CONFIGS / f"{slug}.toml")
    assert config.claim is not None
    claim = big_claim(sample_claim(config), count)
    before = peak_mb()
    started = time.perf_counter()
    data = render_claim(claim, config.claim)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_mb(), "before_mb": before, "size_mb": len(data) / 2**20}


def measure(slug: str, count: int, timeout: float) -> dict[str, float] | None:
    """Run one case in a fresh interpreter; None when it takes longer than `timeout` seconds."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tools.bench_claims", "--one", slug, str(count)],
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


def report(results: dict[tuple[str, int], dict[str, float] | None], timeout: float) -> str:
    """The table: per template and size, seconds, ms per line, file size, peak MB and what rendering added."""
    lines = ["template    lines   seconds   ms/line   file MB   peak MB   before MB   added MB"]
    for (slug, count), r in results.items():
        if r is None:
            lines.append(f"{slug:<10} {count:>6,}   over the {timeout:.0f} s timeout")
            continue
        per = 1000 * r["seconds"] / count
        added = r["peak_mb"] - r["before_mb"]
        lines.append(
            f"{slug:<10} {count:>6,} {r['seconds']:>9.2f} {per:>9.2f} {r['size_mb']:>9.1f} "
            f"{r['peak_mb']:>9.1f} {r['before_mb']:>11.1f} {added:>10.1f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Measure every template at every size, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--one", nargs=2, metavar=("SLUG", "LINES"))
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES))
    parser.add_argument("--slugs", nargs="*", default=list(SLUGS))
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per case")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one[0], int(args.one[1]))))
        return
    results: dict[tuple[str, int], dict[str, float] | None] = {}
    for slug in args.slugs:
        for count in args.sizes:
            results[(slug, count)] = measure(slug, count, args.timeout)
            print(f"{slug} {count:,} lines: {results[(slug, count)]}", file=sys.stderr)
    print("\nPDF claims (one process per case; gladsaxe flattened, ballerup fillable)")
    print(report(results, args.timeout))


if __name__ == "__main__":
    main()
