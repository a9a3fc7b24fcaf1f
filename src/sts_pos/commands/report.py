"""``sts-pos report NAME --from DAY --to DAY --format pdf|csv|xlsx|json --out FILE``: any report, headless.

``sts-pos report --list`` names them; ``--days N`` for ``dormant``, ``--shift N`` for ``shift-x``/``shift-z``
(a supervisor: any shift, open or closed, any cashier's). The Z report is taken once; every later
``shift-z`` of that shift is the same record marked COPY (``--copy``: reprint only, never take it).
The files are the same bytes the GUI's export writes (``sts_pos.reports``). Credentials as for every office
command (``STS_POS_USER``/``STS_POS_PASSWORD``): reports need a supervisor; a cashier may take the X and Z
reports of their own shift.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date

from sts_pos.commands._common import RECORD_ID, whole
from sts_pos.errors import UserFacingError


def _day(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{text} is out of range; give a day from {FIRST_DAY} to {LAST_DAY}")
    return day


FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(9998, 12, 31)  # room for the office's offset and a day after


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="write a report (sales, shifts, FBE, debt, ...) to a file")
    parser.add_argument("name", nargs="?", help="report name (see --list)")
    parser.add_argument("--list", action="store_true", help="list the reports")
    parser.add_argument("--from", dest="first", type=_day, help="first day (default: the --to day)")
    parser.add_argument("--to", dest="last", type=_day, help="last day, inclusive (default: today)")
    parser.add_argument("--format", default=None, choices=["pdf", "csv", "xlsx", "json"],
                        help="file format (default: from the --out file name, else json)")
    parser.add_argument("--out", help="output file (default: print JSON/CSV to the terminal); an existing "
                        "file is kept unless --force")
    parser.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    parser.add_argument("--days", type=whole(1, 36500, "number of days"),
                        default=30, help="dormant: days without a sale (default 30)")
    parser.add_argument("--shift", type=RECORD_ID, help="shift-x/shift-z: the shift number")
    parser.add_argument("--copy", action="store_true",
                        help="shift-z: reprint the Z report already taken (marked COPY); never takes it")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sts_pos.reports.registry import REPORTS, build_report
    from sts_pos.reports.table import export

    if args.list or not args.name:
        if args.json:
            print(json.dumps([{"name": k, "title": v} for k, v in REPORTS.items()]))
        else:
            for name, title in REPORTS.items():
                print(f"{name:24} {title}")
        return 0 if args.list else 1
    fmt = args.format or (os.path.splitext(args.out)[1].lstrip(".").lower() if args.out else "json")
    if fmt not in ("pdf", "csv", "xlsx", "json"):
        raise UserFacingError(f"Cannot tell the report format from {args.out!r}; add --format pdf|csv|xlsx|json.")
    if not args.out and fmt in ("pdf", "xlsx"):
        raise UserFacingError(f"A {fmt.upper()} report needs a file: add --out FILE.")
    from sts_pos.commands._common import check_output, login, open_office, save_output

    if args.out:
        check_output(args, "report")
    office = open_office(args)
    try:
        session = login(office)
        _check_allowed(office.conn, session, args)
        last = args.last or office.repo.settings().office_time.day(office.clock())  # the office's today
        first = args.first or last
        report = build_report(office.conn, args.name, first, last, days=args.days, shift_id=args.shift,
                              username=session.username, reprint=args.copy, now=office.clock())
        if args.name == "shift-z":
            office.anchor_audit_head()  # a Z taken now is appended to the audit log by the reports layer
        data = export(report, fmt)
    finally:
        office.close()
    if args.out:
        save_output(args, data, "report")
        if args.json:
            print(json.dumps({"report": args.name, "format": fmt, "out": args.out, "rows": len(report.rows),
                              "bytes": len(data)}))
        else:
            print(f"{report.title}: {len(report.rows)} rows written to {args.out}")
    else:
        print(data.decode("utf-8-sig"))
    return 0


def _check_allowed(conn, session, args: argparse.Namespace) -> None:
    """Reports are for supervisors; a cashier may take the X and Z reports of their own shift."""
    from sts_pos.reports.shift import require_shift_access
    from sts_pos.vending.roles import Permission

    if args.copy and args.name != "shift-z":
        raise UserFacingError("--copy reprints a Z report: use it with shift-z --shift N.")
    if args.name in ("shift-x", "shift-z"):
        if args.shift is not None:
            require_shift_access(conn, session, args.shift)
        elif not session.can(Permission.REPORTS):
            session.require(Permission.SHIFT)
        return
    session.require(Permission.REPORTS)
