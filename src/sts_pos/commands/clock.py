"""``sts-pos clock status | confirm``: the PC's clock against the office's records (``vending.clock_guard``).

``status`` prints the PC's time, the office time, the last recorded instant and the verdict (exit 0 when the
clock agrees, 1 when vending would be refused). ``confirm`` is a supervisor's word that the PC's time is
right: it lifts a refusal and is recorded in the audit log.
"""

from __future__ import annotations

import argparse

from sts_pos.commands._common import emit, json_flag, login, open_office
from sts_pos.vending.clock_guard import ClockVerdict


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("clock", help="check the computer's clock, or confirm it (supervisor)")
    sub = p.add_subparsers(dest="clock_command", metavar="status|confirm", required=True)
    json_flag(sub.add_parser("status", help="the PC time, office time, last recorded instant and verdict; "
                                            "exit 1 when vending would be refused")).set_defaults(func=cmd_status)
    json_flag(sub.add_parser("confirm", help="a supervisor confirms that the computer's time is right (audited)")
              ).set_defaults(func=cmd_confirm)


def _text(verdict: ClockVerdict) -> str:
    office = verdict.office
    pc = verdict.now.astimezone()  # the computer's own time zone: the one place it is shown
    last = (f"{verdict.last_what} at {office.minute(verdict.last_at)}" if verdict.last_at else "nothing yet")
    state = {"ok": "the clock agrees with the office's records; vending is allowed",
             "behind": "the clock is behind the office's records; vending is refused",
             "ahead": f"the clock is more than {verdict.max_gap_days} days ahead; vending is refused"}[verdict.status]
    lines = [f"PC time:        {pc:%Y-%m-%d %H:%M} ({pc.tzname() or 'local'})",
             f"Office time:    {office.minute(verdict.now)} ({office.label})",
             f"Last recorded:  {last}",
             f"Verdict:        {state}"]
    if not verdict.ok:
        lines.append(verdict.message())
    return "\n".join(lines)


def cmd_status(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        verdict = office.clock_status()
        emit(args, verdict.as_dict(), _text(verdict))
    return 0 if verdict.ok else 1


def cmd_confirm(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        verdict = office.confirm_clock(session)
        emit(args, verdict.as_dict(), f"The computer's time {verdict.office.minute(verdict.now)} "
                                      f"({verdict.office.label}) is confirmed by {session.username}; vending "
                                      "goes on from this time.")
    return 0
