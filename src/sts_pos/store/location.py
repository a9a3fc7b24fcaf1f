"""Where the office database, its backups and logs live by default (platformdirs, per user).

``--db PATH`` or ``STS_POS_DB`` overrides the database file; backups go to ``backups/`` next to it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "sts-pos"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The office database: ``STS_POS_DB`` if set, else ``office.sqlite3`` in the per-user data folder."""
    env = os.environ.get("STS_POS_DB")
    if env:
        return Path(env)
    return data_dir() / "office.sqlite3"


def backup_dir(db_path: str | os.PathLike) -> Path:
    """Automatic backups of ``db_path``: a ``backups`` folder beside it."""
    return Path(db_path).resolve().parent / "backups"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
