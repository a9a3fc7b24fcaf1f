"""``sts-pos import customers|meters|tariffs FILE``: an office's existing register from CSV or Excel (.xlsx).

Every row is checked the way vending uses it (``store.importer``). All or nothing by default: the file is
written in one audited transaction only when no row is refused (exit 0), else nothing is written and the
report names each refused row and its reasons (exit 1). ``--skip-bad`` writes the good rows (exit 0) and
``--rejects FILE`` saves the refused ones with their reasons; ``--dry-run`` reports without writing.
``--template KIND`` prints the documented header (``--from-office`` fills the meters template with the
office's meters and customers, the file an office is rebuilt from).
"""

from __future__ import annotations

import argparse
import sys

from sts_pos.commands._common import db_path, emit, json_flag, login, open_office
from sts_pos.errors import UserFacingError
from sts_pos.store.importer import KINDS


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import", help="import customers, meters (with their customers) or tariffs from a CSV or .xlsx file",
        description="Import an office's existing register. Row numbers in the report are the spreadsheet's "
                    "(the header is row 1). Exit status 1 when rows were refused and nothing was written.")
    p.add_argument("what", nargs="?", choices=KINDS, help="what the file holds")
    p.add_argument("file", nargs="?", help="the .csv (UTF-8) or .xlsx file")
    p.add_argument("--template", choices=KINDS, help="print the file's documented header and stop")
    p.add_argument("--from-office", action="store_true",
                   help="with --template: the office's own meters (with their customers), customers or tariffs in "
                        "that form, the files an office is rebuilt from")
    p.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    p.add_argument("--skip-bad", action="store_true", help="import the good rows even when some are refused")
    p.add_argument("--rejects", metavar="REJECTS.csv", help="write the refused rows with their reasons here")
    p.add_argument("--out", help="with --template: write to this file instead of the terminal")
    p.add_argument("--force", action="store_true", help="replace an existing --rejects or --out file")
    p.add_argument("--columns", metavar="MAP",
                   help="map the file's column names: 'Meter No=meter_number,Remarks=-' ('-' ignores a column)")
    p.add_argument("--sheet", help="the Excel sheet to read (default: one named like WHAT, else the first)")
    p.add_argument("--pending-rollover", action="store_true",
                   help="meters on base date 1993: set their TID-rollover key change pending (to the supply "
                        "group's newest 2014 key revision), issued with their next sale")
    json_flag(p).set_defaults(func=cmd_import)


def cmd_import(args: argparse.Namespace) -> int:
    if args.template:
        if args.what or args.file:
            raise UserFacingError("--template prints a header only; leave out what to import and the file.")
        return _template(args)
    if args.from_office or args.out:
        raise UserFacingError("--from-office and --out go with --template.")
    if not args.what or not args.file:
        raise UserFacingError("Say what to import and the file: sts-pos import meters FILE.csv (or customers, "
                              "tariffs); sts-pos import --template meters prints the columns.")
    if args.pending_rollover and args.what != "meters":
        raise UserFacingError("--pending-rollover goes with an import of meters.")
    from sts_pos.store import importer, outfile

    mapping = importer.parse_mapping(args.columns)
    if args.rejects:
        target = outfile.check_target(args.rejects, db_path(args), "rejects file")
        if target.exists() and not args.force and target.is_file():
            raise outfile.OutputRefused(f"{target} already exists; nothing was imported. Choose another file "
                                        "name for the rejects, or add --force to replace it.")
    table = importer.read_table(args.file, args.what, mapping, sheet=args.sheet)  # a bad file: before log-in
    with open_office(args) as office:
        session = login(office)
        report, plan = importer.import_file(office.records, session, args.file, args.what, dry_run=args.dry_run,
                                            skip_bad=args.skip_bad, pending_rollover=args.pending_rollover,
                                            table=table)
        if report.written:
            office.repo.forget_cache()
    if args.rejects:
        with outfile.output_file(args.rejects, db_path=db_path(args), force=args.force, what="rejects file") as fh:
            fh.write(importer.rejects_csv(plan))
        report.rejects_file = args.rejects
    emit(args, report.as_json(), report.text())
    return 0 if (report.written or not report.rejected) else 1


def _template(args: argparse.Namespace) -> int:
    from sts_pos.store import importer

    if args.from_office:
        from sts_pos.vending.roles import Permission

        if args.out:
            from sts_pos.commands._common import check_output

            check_output(args, "register")
        with open_office(args) as office:
            session = login(office)
            session.require(Permission.CUSTOMERS)
            text = importer.register_csv(office.conn, office.repo.settings().currency, args.template)
            office.audit(session, "export.register", {"kind": args.template, "rows": text.count("\n") - 1,
                                                      "out": args.out or "terminal"})
    else:
        text = importer.template(args.template)
    if args.out:
        from sts_pos.commands._common import save_output

        save_output(args, text.encode("utf-8"), "register" if args.from_office else "template")
        emit(args, {"template": args.template, "out": args.out}, f"Written to {args.out}.")
    elif args.json:
        print(__import__("json").dumps({"template": args.template, "csv": text}, ensure_ascii=False))
    else:
        sys.stdout.write(text)
    return 0
