"""The clock guard: no token is made while the PC's clock is clearly wrong.

A token identifier is the minute of issue (IEC 62055-41 clause 6.3.5) and a meter refuses any TID older
than the newest it has accepted. A PC clock set far ahead therefore makes tokens that push the meter's TID
memory into the future, after which the utility's other vending points' tokens are rejected as OLD; a clock
set behind puts sales on the wrong office day. Before every vend and every engineering token the clock is
compared with the office's last recorded instant: the newest sale or engineering token, the last
supervisor confirmation of the clock, else the office's creation (its first audit entry).

- behind that instant by more than :data:`BEHIND_TOLERANCE` (five minutes): refused;
- ahead of it by more than the ``clock_max_gap_days`` setting (default 45 days): refused;
- a refusal is lifted by correcting the clock, or by a supervisor confirming the PC's time
  (:func:`confirm_clock`, audited). The confirmation is the new reference: records made before it no
  longer count, so a clock confirmed behind the last sale is accepted from then on.

"Newest" is the newest *written* record (highest id), not the latest time: after a confirmed correction
backwards, the records written since the confirmation are the reference.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sts_pos.errors import UserFacingError
from sts_pos.vending.office_time import OfficeTime, parse_instant
from sts_pos.vending.roles import Permission, Session

BEHIND_TOLERANCE = timedelta(minutes=5)
CONFIRMATION_SETTING = "clock_confirmation"  # JSON: at, by, sale_id, job_id (the newest ids then)

_WHAT = {"sale": "sale", "job": "engineering token", "confirmation": "clock confirmation",
         "start": "start of this office"}


class ClockRefused(UserFacingError):
    """The PC's clock is too far behind or ahead of the office's last recorded instant; nothing was written."""

    def __init__(self, verdict: ClockVerdict) -> None:
        super().__init__(verdict.message(), "A supervisor can confirm the computer's time with "
                                            "'sts-pos clock confirm' or in the window that shows this message.")
        self.verdict = verdict


@dataclass(frozen=True)
class ClockVerdict:
    now: datetime
    last_kind: str | None  # sale, job, confirmation, start; None for an office with no record at all
    last_at: datetime | None
    max_gap_days: int
    office: OfficeTime

    @property
    def status(self) -> str:
        if self.last_at is None:
            return "ok"
        if self.now < self.last_at - BEHIND_TOLERANCE:
            return "behind"
        if self.now > self.last_at + timedelta(days=self.max_gap_days):
            return "ahead"
        return "ok"

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @property
    def last_what(self) -> str:
        return _WHAT.get(self.last_kind or "", "record")

    def message(self) -> str:
        pc, last, label = self.office.minute(self.now), self.office.minute(self.last_at or self.now), self.office.label
        if self.status == "behind":
            return (f"The computer's clock says {pc} but the last {self.last_what} was at {last} (office time, "
                    f"{label}), {_span(self.last_at - self.now)} later. Correct the computer's clock, or ask a "
                    "supervisor to confirm that the clock is right. Nothing was sold.")
        if self.status == "ahead":
            return (f"The computer's clock says {pc}, {_span(self.now - self.last_at)} after the last "
                    f"{self.last_what} at {last} (office time, {label}); more than {self.max_gap_days} days "
                    "is refused, because tokens made with a clock set ahead are refused by meters later. Correct "
                    "the computer's clock, or ask a supervisor to confirm that the clock is right. Nothing was sold.")
        return f"The computer's clock says {pc} (office time, {label}); it agrees with the office's records."

    def as_dict(self) -> dict:
        return {"pc_time": self.now.isoformat(), "office_time": self.office.minute(self.now),
                "utc_offset": self.office.label, "last_kind": self.last_kind,
                "last_at": self.last_at.isoformat() if self.last_at else None,
                "last_at_office_time": self.office.minute(self.last_at) if self.last_at else None,
                "max_gap_days": self.max_gap_days, "verdict": self.status}


def _span(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    if minutes >= 2 * 24 * 60:
        return f"{minutes // (24 * 60)} days"
    if minutes >= 120:
        return f"{minutes // 60} hours"
    return f"{minutes} minutes"


def _confirmation(marks: dict) -> dict | None:
    text = marks.get("confirmation")
    if not text:
        return None
    try:
        data = json.loads(text)
        data["at"] = parse_instant(data["at"])
        return data
    except (ValueError, KeyError, TypeError):
        return None  # a damaged confirmation counts as none: the records decide


def check_clock(repo, now: datetime) -> ClockVerdict:
    """The verdict on ``now`` against the office's last recorded instant (reads only)."""
    settings = repo.settings()
    marks = repo.clock_marks()  # {"sale": (id, at) | None, "job": (id, at) | None, "start": at | None,
    #                               "confirmation": the CONFIRMATION_SETTING's text | None}
    confirmation = _confirmation(marks)
    candidates: list[tuple[datetime, str]] = []
    for kind in ("sale", "job"):
        mark = marks.get(kind)
        if mark and (confirmation is None or mark[0] > int(confirmation.get(f"{kind}_id") or 0)):
            candidates.append((parse_instant(mark[1]), kind))
    if confirmation is not None:
        candidates.append((confirmation["at"], "confirmation"))
    elif marks.get("start"):
        candidates.append((parse_instant(marks["start"]), "start"))
    last_at, last_kind = max(candidates) if candidates else (None, None)
    return ClockVerdict(parse_instant(now), last_kind, last_at, settings.clock_max_gap_days, settings.office_time)


def require_clock(repo, now: datetime) -> None:
    """Raise :class:`ClockRefused` unless the clock agrees with the office's records."""
    verdict = check_clock(repo, now)
    if not verdict.ok:
        raise ClockRefused(verdict)


def confirm_clock(repo, session: Session, now: datetime) -> ClockVerdict:
    """A supervisor confirms that the PC's time is right: it becomes the guard's reference (audited)."""
    session.require(Permission.CONFIRM_CLOCK)
    with repo.transaction():
        before = check_clock(repo, now)
        marks = repo.clock_marks()
        record = {"at": parse_instant(now).isoformat(), "by": session.username,
                  "sale_id": (marks.get("sale") or (0, None))[0], "job_id": (marks.get("job") or (0, None))[0]}
        repo.set_setting(CONFIRMATION_SETTING, json.dumps(record))
        repo.append_audit(now, session.username, "clock.confirm", {
            "pc_time": record["at"], "verdict_before": before.status, "last_kind": before.last_kind,
            "last_at": before.last_at.isoformat() if before.last_at else None})
    return check_clock(repo, now)
