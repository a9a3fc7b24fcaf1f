"""Run a subprocess under libfaketime (the PyPI ``libfaketime`` 3.0.1 library, shared ci-recipe 8d) with the
computer's clock set to a given instant: the program sees a wrong PC clock exactly as a user's would.

The fake clock is an offset from the real one (``FAKETIME=+N``), so that child processes keep the same
clock. When the test process itself already runs under a fake clock (the suite's faketime passes), the
offset asked for is added to the one in force.
"""

from __future__ import annotations

import os
import time
from datetime import datetime
from pathlib import Path


def library() -> str:
    import libfaketime

    return str(Path(libfaketime.__file__).parent / "vendor" / "libfaketime" / "src" / "libfaketime.so.1")


def _offset_in_force() -> int:
    text = os.environ.get("FAKETIME", "") if os.environ.get("LD_PRELOAD") else ""
    try:
        return int(float(text)) if text[:1] in "+-" and text[1:] else 0
    except ValueError:
        return 0


def clock_env(at: datetime) -> dict[str, str]:
    """Environment variables that make a child process's clock read ``at`` (aware) now."""
    offset = _offset_in_force() + round(at.timestamp() - time.time())
    return {"LD_PRELOAD": library(), "FAKETIME": f"{offset:+d}", "FAKETIME_DONT_FAKE_MONOTONIC": "1"}
