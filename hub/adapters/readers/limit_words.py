"""Words the readers' refusals at their limits share: a size in megabytes, and what a sandbox worker
stopped at its limits says (time, memory, data), each with the limit and what to send instead.

Apart from the limits themselves (`tabular_limits`, `sandbox_pool`, each reader's own): here only how
a refusal says them, in English and Danish (decision 0061, "Stop 60: limits-71").
"""

from __future__ import annotations

from decimal import Decimal

from hub.adapters.readers.sandbox import MAX_REPLY_BYTES
from hub.adapters.readers.sandbox_pool import CPU_SECONDS, MEMORY_BYTES
from hub.quantities import number_text

_MB = 1024 * 1024


def megabytes(size: int, lang: str) -> str:
    """A size in MB with one decimal, rounded up, so that a file just past a limit is not said to be
    the limit ("10,1", never "10,0")."""
    tenths = -(-size * 10 // _MB)
    return number_text(Decimal(tenths) / 10, lang)


def sandbox_reasons(what: tuple[str, str], instead: tuple[str, str]) -> dict[str, tuple[str, str]]:
    """The (English, Danish) reasons of a reading the sandbox stopped, by its kind ("timeout", "memory",
    "data"): `what` was read ("the workbook", "projektmappen"), its limit, and what to send `instead`."""
    seconds, memory, data = CPU_SECONDS, MEMORY_BYTES // _MB, MAX_REPLY_BYTES // _MB
    return {
        "timeout": (
            f"reading {what[0]} took too long (more than {seconds} s of computing, the most the hub "
            f"gives one file): {instead[0]}",
            f"læsning af {what[1]} tog for lang tid (mere end {seconds} sekunders regnetid, det meste "
            f"hubben giver én fil): {instead[1]}",
        ),
        "memory": (
            f"reading {what[0]} needed too much memory (more than {number_text(memory, 'en')} MB, the "
            f"most the hub gives one file): {instead[0]}",
            f"læsning af {what[1]} krævede for meget hukommelse (mere end {number_text(memory, 'da')} "
            f"MB, det meste hubben giver én fil): {instead[1]}",
        ),
        "data": (
            f"reading {what[0]} gave too much data (more than {data} MB of values, the most the hub "
            f"takes from one file): {instead[0]}",
            f"læsning af {what[1]} gav for mange data (mere end {data} MB værdier, det meste hubben "
            f"tager fra én fil): {instead[1]}",
        ),
    }
