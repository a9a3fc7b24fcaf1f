"""Token identifiers and random numbers for a meter, so that no TID ever repeats on a meter.

IEC 62055-41 clause 6.3.5 makes the TID the minute of issue counted from the key's base date; a meter
refuses a TID it has seen (and ones older than its TID window). Two vends in one minute would collide,
so the vending office keeps the last TID issued per meter (and the base date it counted on) and takes
``TID = max(current minute, last TID + 1)``. The minute is counted in UTC unless the office chooses a
fixed UTC offset (to stay in step with the utility's other vending points); never a clock with daylight
saving, which would repeat an hour. RND (4 bits) comes from :mod:`secrets`, a CSPRNG.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from sts_pos.sts.tid import BaseDate, tid_from_datetime


def office_minute(now: datetime, utc_offset_minutes: int = 0) -> datetime:
    """``now`` shifted by the office's fixed offset, still expressed as an aware UTC datetime, so that
    :func:`sts_pos.sts.tid.tid_from_datetime` counts the office's wall-clock minutes."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return now.astimezone(UTC) + timedelta(minutes=utc_offset_minutes)


def next_tid(now: datetime, base: BaseDate, last_tid: int | None, utc_offset_minutes: int = 0) -> int:
    """``max(current minute, last TID + 1)`` on ``base``; raises ``TidOutOfRange`` past the base's end."""
    current = tid_from_datetime(office_minute(now, utc_offset_minutes), base)
    if last_tid is not None and last_tid >= current:
        candidate = last_tid + 1
        # still refuse values beyond 24 bits with the engine's message
        tid_from_datetime(base.start + timedelta(minutes=candidate), base)
        return candidate
    return current


def new_rnd() -> int:
    """A 4-bit random number from the operating system's CSPRNG."""
    return secrets.randbelow(16)
