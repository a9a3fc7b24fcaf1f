"""The office clock: every time a person reads is the office's wall-clock time.

Times are stored and compared as aware UTC datetimes (ISO 8601 text in the database). What a person reads
(the vend screen, receipts, shift and sales reports, the customer history, card readings, the audit log,
the token decoder, exports) is that instant in the office's *fixed* UTC offset, the same offset the office
counts its token identifiers and receipt numbers in (``vending.tid``): never the PC's time zone, never a
clock with daylight saving. An office day and month are the days and months of that wall clock, so the
day report, the receipt number and the fixed charge of the month all agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone


def parse_instant(moment: datetime | str) -> datetime:
    """A stored time (ISO text or datetime; naive means UTC) as an aware UTC datetime."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment.strip().replace("Z", "+00:00"))
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def offset_label(offset_minutes: int) -> str:
    """``UTC+02:00``, ``UTC-05:30``, ``UTC`` for the office's fixed offset."""
    if offset_minutes == 0:
        return "UTC"
    sign = "+" if offset_minutes > 0 else "-"
    hours, minutes = divmod(abs(offset_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


@dataclass(frozen=True)
class OfficeTime:
    """The office's fixed UTC offset and what follows from it."""

    offset_minutes: int = 0

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(minutes=self.offset_minutes))

    @property
    def label(self) -> str:
        """How the office's times are labelled where it matters, e.g. ``UTC+02:00``."""
        return offset_label(self.offset_minutes)

    def local(self, moment: datetime | str) -> datetime:
        """The instant as the office's wall-clock time (aware, in the office's offset)."""
        return parse_instant(moment).astimezone(self.tz)

    def minute(self, moment: datetime | str) -> str:
        """``YYYY-MM-DD HH:MM`` office time: the one way a time is written for a person."""
        return f"{self.local(moment):%Y-%m-%d %H:%M}"

    def day(self, moment: datetime | str) -> date:
        return self.local(moment).date()

    def month(self, moment: datetime | str) -> str:
        """The office month ``YYYY-MM`` (a meter's fixed charge and free units are counted per office month)."""
        return f"{self.local(moment):%Y-%m}"

    def day_start(self, day: date) -> datetime:
        """The UTC instant an office day begins."""
        return datetime.combine(day, time(), self.tz).astimezone(UTC)
