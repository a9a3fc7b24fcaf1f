"""``sts-pos report NAME --from DAY --to DAY --format pdf|csv|xlsx|json --out FILE``: any report, headless.

``sts-pos report --list`` names them; ``--days N`` for ``dormant``, ``--shift N`` for ``shift-x``/``shift-z``.
The files are the same bytes the GUI's export writes (``sts_pos.reports``).
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import date, timedelta

from sts_pos.errors import UserFacingError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from None


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="write a report (sales, shifts, FBE, debt, ...) to a file")
    parser.add_argument("name", nargs="?", help="report name (see --list)")
    parser.add_argument("--list", action="store_true", help="list the reports")
    parser.add_argument("--from", dest="first", type=_day, help="first day (default: the --to day)")
    parser.add_argument("--to", dest="last", type=_day, help="last day, inclusive (default: today)")
    parser.add_argument("--format", default=None, choices=["pdf", "csv", "xlsx", "json"],
                        help="file format (default: from the --out file name, else json)")
    parser.add_argument("--out", help="output file (default: print JSON/CSV to the terminal)")
    parser.add_argument("--days", type=int, default=30, help="dormant: days without a sale (default 30)")
    parser.add_argument("--shift", type=int, help="shift-x/shift-z: the shift number")
    parser.add_argument("--user", default=os.environ.get("STS_POS_USER", ""), help="shift-z: who takes the Z")
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
    last = args.last or date.today()
    first = args.first or last
    conn = _connect(args)
    try:
        report = build_report(conn, args.name, first, last, days=args.days, shift_id=args.shift, username=args.user)
        data = export(report, fmt)
    finally:
        conn.close()
    if args.out:
        try:
            with open(args.out, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise UserFacingError(f"Cannot write the report to {args.out}: {exc.strerror}.") from exc
        if args.json:
            print(json.dumps({"report": args.name, "format": fmt, "out": args.out, "rows": len(report.rows),
                              "bytes": len(data)}))
        else:
            print(f"{report.title}: {len(report.rows)} rows written to {args.out}")
    else:
        print(data.decode("utf-8-sig"))
    return 0


def _connect(args: argparse.Namespace):
    from sts_pos.store.db import connect
    from sts_pos.store.location import default_db_path

    return connect(args.db or default_db_path(), create=False)


def _yesterday() -> date:  # pragma: no cover - convenience for scripts
    return date.today() - timedelta(days=1)
