"""Logging for the desktop program: a rotated ``sts-pos.log`` in the per-user log folder, plus stderr.

Used by ``python -m sts_pos.app`` and by the installed bundle alike. Nothing logged may contain a key.
"""

from __future__ import annotations

import sys
from pathlib import Path


def configure_logging() -> Path | None:
    """Log the GUI to ``sts-pos.log`` in the per-user log folder (rotated, 5 x 1 MB) and to stderr when
    there is one (a windowed Windows program has none). Done before :func:`sts_pos.app.main`, whose
    ``logging.basicConfig`` then leaves it in place. Returns the log file, or None if it cannot be written."""
    import logging
    from logging.handlers import RotatingFileHandler

    from sts_pos import __version__
    from sts_pos.store.location import log_dir

    handlers: list[logging.Handler] = []
    path: Path | None = log_dir() / "sts-pos.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"))
    except OSError:
        path = None
    if sys.stderr is not None:
        handlers.append(logging.StreamHandler())
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        handlers=handlers)
    logging.getLogger("sts_pos").info("sts-pos %s starting (%s)", __version__,
                                      "bundle" if getattr(sys, "frozen", False) else "source")
    return path
