"""``sts-pos print``: a sale's receipt (or an engineering slip) as PDF, ESC/POS bytes or text, to a file or
a receipt printer.

``sts-pos print --receipt R123 --paper 80mm --out r.pdf``; ``--format escpos --out /dev/usb/lp0`` or
``--printer serial:/dev/ttyUSB0`` (also usb:VID:PID, network:HOST[:PORT], file:PATH, or ``cups:QUEUE``, a print
queue of this computer: a raw queue gets the ESC/POS bytes, a driver queue such as cups-pdf the PDF at the
receipt's own page size); the printer's dots per line and code page are the office settings ``printer_dots``
and ``printer_code_page`` (``--dots``, ``--code-page`` for one print); ``--copy`` marks a
reprint COPY (counted on the sale and audited through the vending service's reprint); ``--job N`` prints an
engineering-token slip. Credentials as for every office command (``STS_POS_USER``/``STS_POS_PASSWORD``).
"""

from __future__ import annotations

import argparse
import json
import os

from sts_pos.commands._common import RECORD_ID, save_output, whole
from sts_pos.errors import UserFacingError

PAPER_COLUMNS = {"58mm": 32, "80mm": 42, "a4": 80}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="print or save a sale's receipt or an engineering slip")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--receipt", help="receipt number of the sale")
    which.add_argument("--sale", type=RECORD_ID, help="sale id")
    which.add_argument("--job", type=RECORD_ID, help="engineering job number (prints its token slip)")
    which.add_argument("--shift", type=RECORD_ID, help="shift number: print its X report (with --z: its Z report)")
    parser.add_argument("--z", action="store_true", help="with --shift: the closing Z report (taken once)")
    parser.add_argument("--copy", action="store_true", help="mark the receipt COPY (a reprint)")
    parser.add_argument("--paper", default="80mm", choices=sorted(PAPER_COLUMNS), help="paper (default 80mm)")
    parser.add_argument("--format", default=None, choices=["pdf", "escpos", "text"],
                        help="output (default: pdf for --out FILE.pdf, escpos for --printer, else text)")
    parser.add_argument("--out", help="write to this file (a PDF, or raw ESC/POS for a printer device file); "
                        "an existing file is kept unless --force")
    parser.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    parser.add_argument("--printer", help="send to a printer: QUEUE or cups:QUEUE (a print queue of this computer, "
                        "lpstat -e), serial:DEV, usb:VID:PID, network:HOST[:PORT], file:PATH")
    parser.add_argument("--dots", type=whole(128, 1024, "number of dots per line"),
                        help="the printer's dots per line (default: the office setting printer_dots; 384 on 58 mm, "
                        "576 on 80 mm)")
    parser.add_argument("--code-page", choices=["PC437", "PC850", "PC858", "WPC1252"],
                        help="the printer's code page (default: the office setting printer_code_page)")
    parser.add_argument("--columns", type=whole(16, 200, "number of columns"), help="characters per line on the printer (default by paper)")
    parser.add_argument("--qr", default="native", choices=["native", "image", "none"], help="ESC/POS QR code mode")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sts_pos.commands._common import check_output, login, open_office
    from sts_pos.reports.receipt import receipt_text
    from sts_pos.reports.receipt_escpos import receipt_escpos
    from sts_pos.reports.receipt_notes import with_notes
    from sts_pos.reports.receipt_pdf import receipt_pdf
    from sts_pos.vending.roles import Permission

    if args.out:
        check_output(args, "receipt")  # refused before anything is counted or audited
    if args.printer and args.printer.strip().lower().startswith("file:"):  # a printer's device file, never the office
        from sts_pos.commands._common import db_path
        from sts_pos.store.outfile import check_target

        check_target(args.printer.strip()[5:], db_path(args), "receipt")
    office = open_office(args)
    try:
        session = login(office)
        session.require(Permission.LOOKUP)
        settings = office.repo.settings()
        dots = args.dots or settings.printer_dots or None
        code_page = args.code_page or settings.printer_code_page
        if args.shift is not None:
            return _print_shift(args, office, session)
        if args.job is not None:
            receipt = office.engineering.slip(session, args.job, copy=args.copy)
        else:
            result = office.sales.sale(session, sale_id=args.sale, receipt_no=args.receipt)
            if result.sale.status == "PENDING":
                raise UserFacingError(f"Sale {result.sale.receipt_no} is not finished yet; it has no token to print. "
                                      "Restart sts-pos so that the interrupted sale is completed or voided.")
            if args.copy:  # a reprint: the vending service checks the role, counts it and audits it
                receipt = office.sales.reprint(session, result.sale.id)
            else:
                receipt = office.sales.receipt(result)
        receipt = with_notes(receipt, office.conn)
    finally:
        office.close()
    queue = _queue(args.printer)
    fmt = args.format or ("pdf" if queue is not None and not queue.raw else
                          "escpos" if args.printer else
                          "pdf" if args.out and args.out.lower().endswith(".pdf") else
                          "escpos" if args.out else "text")
    columns = args.columns or PAPER_COLUMNS[args.paper]
    if fmt == "pdf":
        data = receipt_pdf(receipt, args.paper, dots=dots)
    elif fmt == "escpos":
        data = receipt_escpos(receipt, columns=columns, qr=args.qr, code_page=code_page, dots=dots)
    else:
        data = ("\n".join(receipt_text(receipt, columns)) + "\n").encode("utf-8")
    if queue is not None:
        from sts_pos.devices.printers import cups

        if fmt == "pdf":
            cups.print_pdf(queue.name, data, f"Receipt {receipt.receipt_no}")
        elif fmt == "escpos" and queue.raw:
            cups.submit(queue.name, data, f"Receipt {receipt.receipt_no}", raw=True)
        else:
            raise UserFacingError(f"The printer {queue.name} takes {'ESC/POS' if queue.raw else 'PDF'}; leave out "
                                  "--format.")
        target = args.printer
    elif args.printer:
        if fmt != "escpos":
            raise UserFacingError("Receipt printers take ESC/POS; leave out --format or use --format escpos.")
        from sts_pos.devices.printers import PrinterSettings, send_bytes

        send_bytes(PrinterSettings.parse(args.printer, columns=columns, code_page=code_page, dots=dots or 0), data)
        target = args.printer
    elif args.out:
        save_output(args, data, "receipt")
        target = args.out
    else:
        if fmt != "text":
            raise UserFacingError(f"Where should the {fmt} receipt go? Add --out FILE or --printer.")
        os.write(1, data)
        return 0
    if args.json:
        print(json.dumps({"receipt": receipt.receipt_no, "format": fmt, "to": target, "bytes": len(data),
                          "copy": receipt.copy, "tokens": [t.digits for t in receipt.tokens]}))
    else:
        print(f"Receipt {receipt.receipt_no} ({fmt}{', COPY' if receipt.copy else ''}) sent to {target}")
    return 0


def _queue(printer: str | None):
    """The print queue of ``--printer cups:QUEUE`` or ``--printer QUEUE`` (a queue's bare name, as ``lpstat -e``
    lists it; its kind says PDF or ESC/POS), else None (a printer on a port)."""
    from sts_pos.devices.printers import KINDS, PrinterError, cups

    spec = (printer or "").strip()
    if spec.lower().startswith("cups:"):
        return cups.queue(spec[5:])
    if not spec or spec.partition(":")[0] in KINDS:
        return None
    try:
        names = cups.queue_names()
    except PrinterError:  # no CUPS here: the spec is then not understood, as any other
        return None
    return cups.queue(spec) if spec in names else None


def _print_shift(args: argparse.Namespace, office, session) -> int:
    """X/Z report of a shift on the receipt printer, a roll PDF or the terminal."""
    from sts_pos.reports.office import office_from_settings
    from sts_pos.reports.receipt import layout_text
    from sts_pos.reports.receipt_escpos import layout_escpos
    from sts_pos.reports.receipt_pdf import layout_pdf
    from sts_pos.reports.shift import require_shift_access, shift_layout, x_report, z_report

    require_shift_access(office.conn, session, args.shift)
    summary, copy = (z_report(office.conn, args.shift, session.username, office.clock()) if args.z
                     else (x_report(office.conn, args.shift), False))
    if args.z:
        office.anchor_audit_head()
    lines = shift_layout(summary, office_from_settings(office.conn), copy=copy)  # a reprinted Z says COPY
    columns = args.columns or PAPER_COLUMNS[args.paper]
    fmt = args.format or ("escpos" if args.printer else
                          "pdf" if args.out and args.out.lower().endswith(".pdf") else
                          "escpos" if args.out else "text")
    if fmt == "pdf":
        data = layout_pdf(lines, args.paper, title=f"{summary.kind} report")
    elif fmt == "escpos":
        data = layout_escpos(lines, columns=columns)
    else:
        data = ("\n".join(layout_text(lines, columns)) + "\n").encode("utf-8")
    if args.printer:
        from sts_pos.devices.printers import PrinterSettings, send_bytes

        send_bytes(PrinterSettings.parse(args.printer, columns=columns), data)
    elif args.out:
        save_output(args, data, f"{summary.kind} report")
    else:
        os.write(1, data)
    return 0
