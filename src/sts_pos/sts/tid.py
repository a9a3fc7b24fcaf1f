"""Token identifier (TID): minutes since the key's base date, IEC 62055-41 clause 6.3.5.

The TID is a 24-bit count of whole minutes (seconds truncated) from 00:00 of the base date to the
issue time. Base dates are 1993-01-01, 2014-01-01 and 2035-01-01 (codes 93, 14, 35). The engine takes a
timezone-aware ``datetime`` and counts in UTC; the vending layer decides which fixed offset (if any) its
minutes are counted in. A TID that no longer fits 24 bits means the meter needs the TID-rollover key
change (the last valid minute on base 1993 is 2024-11-24 20:15 UTC, 2^24 - 1 minutes after
1993-01-01 00:00). A decoder key expires when ``(TID >> 16) > KEN``
(clause 6.5.2, key expiry number), for credit and for the class 2 management tokens alike.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime, timedelta

from sts_pos.sts.errors import InvalidKeyParameters, KeyExpired, TidOutOfRange, shown

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
        text = value.strip() if isinstance(value, str) else str(value) if _whole(value) and 0 <= value < 10_000 else ""
        for member in cls:
            if text in (member.value, str(member.year)):
                return member
        raise InvalidKeyParameters(f"Unknown base date {shown(value)}: use 1993, 2014 or 2035.")


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def tid_from_datetime(when: datetime, base: BaseDate | str | int) -> int:
    """TID for the issue time ``when`` (timezone-aware) on ``base``; refuses values beyond 24 bits."""
    base = BaseDate.parse(base)
    if not isinstance(when, datetime) or when.tzinfo is None or when.utcoffset() is None:
        raise TidOutOfRange("A token identifier is counted from a date and time with its time zone; "
                            f"{shown(when)} has none.")
    try:
        delta = when.astimezone(UTC) - base.start
    except OverflowError:  # year 1 or 9999 in a far zone: a UTC date Python cannot hold
        raise TidOutOfRange(f"The date {when:%Y-%m-%d %H:%M} is far outside base date {base.year}'s tokens.") from None
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


def datetime_from_tid(tid: int, base: BaseDate | str | int) -> datetime:
    """The UTC minute a TID stands for."""
    base = BaseDate.parse(base)
    if not _whole(tid) or not 0 <= tid <= TID_MAX:
        raise TidOutOfRange(f"TID {shown(tid)} is not a 24-bit value.")
    return base.start + timedelta(minutes=tid)


def next_base_date(base: BaseDate) -> BaseDate:
    """The base date a meter moves to when a key change has its rollover bit set (2035 stays 2035)."""
    return {BaseDate.Y1993: BaseDate.Y2014, BaseDate.Y2014: BaseDate.Y2035}.get(base, BaseDate.Y2035)


def key_expired(tid: int, ken: int) -> bool:
    """IEC 62055-41 key expiry: the key is expired for this TID when ``(tid >> 16) > ken``.

    It applies to every token that carries a TID: credit (class 0) and the management tokens of class 2
    other than the key change sections, which carry no TID and are how a meter leaves an expired key.
    """
    if not _whole(tid) or not _whole(ken) or not 0 <= tid <= TID_MAX or not 0 <= ken <= 255:
        raise InvalidKeyParameters(f"Key expiry compares a 24-bit TID with a KEN of 0 to 255, not {shown(tid)} and "
                                   f"{shown(ken)}.")
    return (tid >> 16) > ken


def check_key_not_expired(tid: int, ken: int, what: str = "credit") -> None:
    """Raise :class:`KeyExpired` when a token with this TID would be refused by the meter.

    ``what`` names the token in the message ("credit", "a management token").
    """
    if key_expired(tid, ken):
        raise KeyExpired(
            "The meter's key has expired (key expiry number reached); a key change is needed "
            f"before {what} can be issued.",
            detail=f"tid >> 16 = {tid >> 16} > KEN {ken}",
        )
