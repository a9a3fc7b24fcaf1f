"""Token identifier (TID): minutes since the key's base date, IEC 62055-41 clause 6.3.5.

The TID is a 24-bit count of whole minutes (seconds truncated) from 00:00 of the base date to the
issue time. Base dates are 1993-01-01, 2014-01-01 and 2035-01-01 (codes 93, 14, 35). The engine takes a
timezone-aware ``datetime`` and counts in UTC; the vending layer decides which fixed offset (if any) its
minutes are counted in. A TID that no longer fits 24 bits means the meter needs the TID-rollover key
change (the last valid minute on base 1993 is 2024-11-24 20:15 UTC, 2^24 - 1 minutes after
1993-01-01 00:00). A decoder key expires when ``(TID >> 16) > KEN``
(clause 6.5.2, key expiry number).
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta

from sts_pos.sts.errors import InvalidKeyParameters, KeyExpired, TidOutOfRange

TID_MAX = (1 << 24) - 1


class BaseDate(enum.Enum):
    """A TID base date, with its two-digit code as used in DKGA04 and configuration."""

    Y1993 = "93"
    Y2014 = "14"
    Y2035 = "35"

    @property
    def code(self) -> str:
        return self.value

    @property
    def start(self) -> datetime:
        return datetime(1900 + int(self.value) if self.value == "93" else 2000 + int(self.value), 1, 1,
                        tzinfo=UTC)

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def last_instant(self) -> datetime:
        """The last minute whose TID still fits 24 bits."""
        return self.start + timedelta(minutes=TID_MAX)

    @classmethod
    def parse(cls, value: str | int | BaseDate) -> BaseDate:
        """Accept ``BaseDate``, ``"93"``/``"14"``/``"35"``, ``1993``/``2014``/``2035`` or ``"1993"``..."""
        if isinstance(value, BaseDate):
            return value
        text = str(value).strip()
        for member in cls:
            if text in (member.value, str(member.year)):
                return member
        raise InvalidKeyParameters(f"Unknown base date '{value}': use 1993, 2014 or 2035.")


def tid_from_datetime(when: datetime, base: BaseDate) -> int:
    """TID for the issue time ``when`` (timezone-aware) on ``base``; refuses values beyond 24 bits."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("tid_from_datetime needs a timezone-aware datetime")
    delta = when.astimezone(UTC) - base.start
    minutes = int(delta.total_seconds() // 60)
    if minutes < 0:
        raise TidOutOfRange(f"The date {when:%Y-%m-%d %H:%M} is before the key's base date {base.year}.")
    if minutes > TID_MAX:
        raise TidOutOfRange(
            f"Tokens on base date {base.year} ran out on {base.last_instant:%Y-%m-%d %H:%M} UTC. "
            "This meter needs the TID-rollover key change (to base date 2014) before it can be vended.",
            detail=f"tid={minutes} > {TID_MAX}",
        )
    return minutes


def datetime_from_tid(tid: int, base: BaseDate) -> datetime:
    """The UTC minute a TID stands for."""
    if not 0 <= tid <= TID_MAX:
        raise TidOutOfRange(f"TID {tid} is not a 24-bit value.")
    return base.start + timedelta(minutes=tid)


def key_expired(tid: int, ken: int) -> bool:
    """IEC 62055-41 key expiry: the key is expired for this TID when ``(tid >> 16) > ken``."""
    return (tid >> 16) > ken


def check_key_not_expired(tid: int, ken: int) -> None:
    """Raise :class:`KeyExpired` when a credit token with this TID would be refused by the meter."""
    if key_expired(tid, ken):
        raise KeyExpired(
            "The meter's key has expired (key expiry number reached); a key change is needed "
            "before credit can be issued.",
            detail=f"tid >> 16 = {tid >> 16} > KEN {ken}",
        )
