"""What a long-running process loaded at its start, kept out of Python's full garbage collections.

A worker or a reprocess run holds its modules, its app and the adapters' configs from start to end.
Python's full collections walk every object tracked, so each one walked those hundreds of thousands of
objects again, and found nothing to free: measured, a tenth of a worker's time and a quarter of a
reprocess run's (decision 0038). `gc.freeze` moves them to a generation no collection looks at;
objects made after it are collected as before.

After the freeze, a collection starts only once 50,000 more container objects live than died (Python's
default is 700). A batch makes and frees objects by the hundred thousand, nearly all freed by their
reference counts at once; at 700 the collector ran about 1,700 times over 3,000 forms, 14 of them full,
to find little: 0.8–1.0 s of the worker's 11–12 s, against 0.1 s at 50,000 (decision 0051). What
cycles a batch leaves are collected as before, later and in one go.
"""

from __future__ import annotations

import gc

THRESHOLDS = (50_000, 20, 20)  # young objects, then young and middle collections, before the next


def freeze() -> int:
    """Collect once, then exempt every object alive now from later collections, and collect less often
    from now on; how many were frozen."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*THRESHOLDS)
    return gc.get_freeze_count()
