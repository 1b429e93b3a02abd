"""The settings every bench app shares: the repository's configs, no worker thread, quiet logs, a
throwaway secret. Each bench adds its own database, queue and folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

CONFIG = Path(__file__).resolve().parent.parent / "config"


def settings(data_dir: Path, **own: Any) -> dict[str, Any]:
    """A bench app's settings in `data_dir` (SQLite and the in-process queue unless `own` says else)."""
    return {
        "DATA_DIR": str(data_dir),
        "DATABASE_URL": "",
        "BLOB_DIR": "",
        "REDIS_URL": "",
        "SECRET_KEY": "bench-secret",
        "PSEUDONYM_KEY": "bench-pseudonyms",  # of its own, as production sets it (decision 0056)
        "MUNICIPALITIES_DIR": str(CONFIG / "municipalities"),
        "AGREEMENTS_DIR": str(CONFIG / "agreements"),
        "COMPANY_ADAPTER": str(CONFIG / "company.toml"),
        "WORKER_THREAD": False,
        "LOG_LEVEL": "WARNING",
        **own,
    }
