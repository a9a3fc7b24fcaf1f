"""Named crash points for the crash-safety tests.

``STS_POS_CRASH_AT=<name>`` makes the process kill itself with SIGKILL when it reaches that point, so a
test can prove that a vend killed anywhere leaves the database consistent (no money without a token, no
token without a sale, no TID used twice). ``STS_POS_CRASH_STALL=<seconds>`` makes every crash point pause, so that kills at random times land inside
the vend's phases. Unset, a crash point costs two dictionary lookups.
Points: ``after_pending`` (PENDING sale committed), ``after_tokens`` (tokens made, nothing written),
``before_issue_commit`` (inside the ISSUED transaction), ``after_issue`` (ISSUED committed).
"""

from __future__ import annotations

import os
import signal
import time


def crash_point(name: str) -> None:
    if os.environ.get("STS_POS_CRASH_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
    stall = os.environ.get("STS_POS_CRASH_STALL")
    if stall:
        time.sleep(float(stall))
