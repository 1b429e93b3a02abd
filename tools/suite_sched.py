"""The suite's time by file from `tools.suite_cpu`'s lines (`python -m tools.suite_sched FILE...`): their
sums, the files by idle and blocked seconds, and the wall they predict at 2, 3 and 4 processes
(`estimate`; decision 0058, stop 71). What each figure counts, and how, is `tools.suite_kernel`'s.
"""

from __future__ import annotations

COLUMNS = "own children wall main_run main_delay blocked tree_delay servers_cpu idle".split()


def read(paths: list[str]) -> dict[str, dict[str, float]]:
    """`tools.suite_cpu`'s lines from `paths`, summed by file (xdist's processes append to one)."""
    files: dict[str, dict[str, float]] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                name, tests, *figures = line.rstrip("\n").split("\t")
                entry = files.setdefault(name, dict.fromkeys(("tests", *COLUMNS), 0.0))
                entry["tests"] += int(tests)
                for column, value in zip(COLUMNS, figures, strict=True):
                    entry[column] += float(value)
    return files


def estimate(cpu: float, idle: float, processes: int, cores: int = 2, per_process: float = 0.0) -> float:
    """The suite's wall on an idle host of `cores` at `processes`: each process' files end to end (their
    CPU and the time they waited on no one's CPU), or the cores' CPU, whichever is longer; `per_process`
    is each process' own start (its collection)."""
    return max((cpu + processes * per_process) / cores, (cpu + idle) / processes + per_process)


def main(argv: list[str]) -> int:
    """The sums of `tools.suite_cpu`'s files and the wall `estimate` gives at 2, 3 and 4 processes."""
    files = read(argv)
    total = {column: sum(entry[column] for entry in files.values()) for column in ("tests", *COLUMNS)}
    print("  ".join(f"{column} {value:.1f}" for column, value in total.items()))
    cpu = total["own"] + total["children"] + total["servers_cpu"]
    idle = sum(max(entry["idle"], 0.0) for entry in files.values())
    share = idle / max(cpu + idle, 1e-9)
    print(f"CPU-s {cpu:.1f}, idle (each file's, none below 0) {idle:.1f}, {share:.0%} of both")
    print("  ".join(f"{n} processes {estimate(cpu, idle, n):.0f} s" for n in (2, 3, 4)))
    print("files by idle, then blocked: tests, CPU-s, wall, blocked, idle")
    for name, entry in sorted(files.items(), key=lambda kv: -kv[1]["idle"])[:25]:
        spent = entry["own"] + entry["children"] + entry["servers_cpu"]
        print(
            f"  {entry['tests']:4.0f} {spent:7.1f} {entry['wall']:7.1f} {entry['blocked']:7.1f} "
            f"{entry['idle']:7.1f}  {name}"
        )
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
