"""``sts-pos vend | quote | reprint | void | token | shift``: selling and engineering from the command line."""

from __future__ import annotations

import argparse

from sts_pos.commands._common import RECORD_ID, emit, json_flag, login, open_office, unlock, whole
from sts_pos.sts.codec import format_token
from sts_pos.vending.money import format_money, kwh_text, money_text, parse_kwh, parse_money
from sts_pos.vending.receipt import TOKEN_LABELS
from sts_pos.vending.tenders import tender_label


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("vend", help="sell electricity to a meter and print its tokens")
    p.add_argument("--meter", required=True, help="meter number (11 or 13 digits)")
    amount = p.add_mutually_exclusive_group(required=True)
    amount.add_argument("--amount", help="money tendered, e.g. 150.00")
    amount.add_argument("--kwh", help="kWh to sell, e.g. 25.5")
    p.add_argument("--request-id", help="idempotency key: a retry with the same id returns the same sale")
    p.add_argument("--tender", default="cash", metavar="TYPE",
                   help="payment method: cash (default), card, mobile_money, cheque, ... as the office accepts")
    json_flag(p).set_defaults(func=cmd_vend)

    p = subparsers.add_parser("quote", help="show what an amount buys, without selling")
    p.add_argument("--meter", required=True)
    amount = p.add_mutually_exclusive_group(required=True)
    amount.add_argument("--amount")
    amount.add_argument("--kwh")
    p.add_argument("--tender", default="cash", metavar="TYPE", help="payment method (default cash)")
    json_flag(p).set_defaults(func=cmd_quote)

    p = subparsers.add_parser("reprint", help="print a sale's receipt again (marked COPY)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--sale", type=RECORD_ID, help="sale id")
    which.add_argument("--receipt", help="receipt number")
    json_flag(p).set_defaults(func=cmd_reprint)

    p = subparsers.add_parser("void", help="void (write off) an issued sale; supervisor only")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--sale", type=RECORD_ID)
    which.add_argument("--receipt")
    p.add_argument("--reason", required=True)
    json_flag(p).set_defaults(func=cmd_void)

    p = subparsers.add_parser("token", help="engineering tokens, key changes and the TID rollover")
    p.add_argument("kind", choices=["clear-credit", "clear-tamper", "set-max-power", "set-phase-unbalance", "test",
                                    "key-change", "rollover"])
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--meter")
    target.add_argument("--supply-group", help="rollover: every meter of this SGC still on base date 1993")
    p.add_argument("--reason", required=True, help="work order or fault (mandatory)")
    p.add_argument("--watts", type=whole(0, 2 ** 31, "limit in watts"), help="limit for set-max-power / set-phase-unbalance")
    p.add_argument("--register", type=whole(0, 65535, "register"), default=0, help="clear-credit register (0 electricity, 65535 all)")
    p.add_argument("--control", type=whole(0, 2 ** 36 - 1, "control value"), default=1, help="test token control bits (1 = all tests)")
    p.add_argument("--manufacturer-code", type=whole(0, 9999, "manufacturer code"), default=0)
    p.add_argument("--request-id")
    json_flag(p).set_defaults(func=cmd_token)

    p = subparsers.add_parser("shift", help="open or close your cashier shift")
    sub = p.add_subparsers(dest="shift_command", metavar="open|close|status", required=True)
    q = sub.add_parser("open")
    q.add_argument("--float", dest="opening_float", default="0", help="opening cash float")
    json_flag(q).set_defaults(func=cmd_shift_open)
    q = sub.add_parser("close")
    q.add_argument("--counted", required=True, help="cash counted in the drawer")
    json_flag(q).set_defaults(func=cmd_shift_close)
    q = sub.add_parser("status")
    json_flag(q).set_defaults(func=cmd_shift_status)


def _amounts(office, args):
    currency = office.repo.settings().currency
    if getattr(args, "kwh", None):
        return None, parse_kwh(args.kwh)
    return parse_money(args.amount, currency), None


def _tokens_text(tokens) -> str:
    return "\n".join(f"  {i}. {TOKEN_LABELS.get(t.kind, t.kind):<24} {format_token(t.number)}"
                     for i, t in enumerate(tokens, 1))


def cmd_vend(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        unlock(office)
        amount, kwh10 = _amounts(office, args)
        result = office.sales.vend(session, args.meter, amount=amount, kwh10=kwh10, request_id=args.request_id,
                                   tender_type=args.tender)
        currency = office.repo.settings().currency
        text = (f"Sale {result.sale.receipt_no} ({result.sale.status}) at {_office_minute(office, result.sale.created_at)}"
                f" meter {result.meter['meter_number']}: "
                f"{format_money(result.sale.amount, currency)} -> {kwh_text(result.sale.units_kwh10)} kWh, "
                f"change {format_money(result.sale.change, currency)}, paid by "
                f"{tender_label(result.sale.tender_type).lower()}\n" + _tokens_text(result.tokens))
        from sts_pos.commands.collector import queue_remote

        queued, line = queue_remote(office, sale_id=result.sale.id)  # a meter behind a GPRS collector
        data = result.as_json(currency)
        if queued:
            data["deliveries"], text = queued, f"{text}\n{line}"
        emit(args, data, text)
    return 0


def cmd_quote(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        amount, kwh10 = _amounts(office, args)
        quote, meter = office.sales.quote(session, args.meter, amount=amount, kwh10=kwh10, tender_type=args.tender)
        currency = office.repo.settings().currency
        data = {"meter_number": meter.meter_number.drn, "tender": money_text(quote.tender, currency),
                "tender_type": args.tender,
                "units_kwh": quote.units_kwh10 / 10, "change": money_text(quote.change, currency),
                "pending_key_change": meter.pending is not None, "breakdown": quote.as_dict()}
        lines = [f"Meter {meter.meter_number.drn}: {format_money(quote.tender, currency)} buys "
                 f"{kwh_text(quote.units_kwh10)} kWh"]
        for d in quote.deductions:
            lines.append(f"  {d.description:<24} {format_money(d.amount, currency)}")
        lines.append(f"  {'VAT ' + str(quote.vat_percent) + '%':<24} {format_money(quote.vat, currency)}")
        lines.append(f"  {'Energy':<24} {format_money(quote.energy, currency)}")
        for b in quote.blocks:
            lines.append(f"    block {b.block}: {kwh_text(b.kwh10)} kWh at {b.rate} /kWh")
        if quote.free_kwh10:
            lines.append(f"  Free basic electricity   {kwh_text(quote.free_kwh10)} kWh")
        lines.append(f"  Change                   {format_money(quote.change, currency)}")
        if meter.pending:
            lines.append("  Key change tokens will be issued before the credit token.")
        emit(args, data, "\n".join(lines))
    return 0


def _sale_id(office, session, args) -> int:
    """The sale named by --sale or --receipt (a number that is no sale is refused in words)."""
    if args.sale is not None:
        return office.sales.sale(session, sale_id=args.sale).sale.id
    return office.sales.sale(session, receipt_no=args.receipt).sale.id


def cmd_reprint(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        receipt = office.sales.reprint(session, _sale_id(office, session, args))
        data = {"receipt_no": receipt.receipt_no, "sale_id": receipt.sale_id, "copy": receipt.copy,
                "status": receipt.status, "meter_number": receipt.meter_number,
                "amount": money_text(receipt.amount, receipt.currency), "units_kwh": receipt.units_kwh10 / 10,
                "tokens": [{"kind": t.kind, "class": t.token_class, "subclass": t.subclass, "tid": t.tid,
                            "number": t.number} for t in receipt.tokens]}
        text = (f"COPY of receipt {receipt.receipt_no} ({receipt.status}) meter {receipt.meter_number} "
                f"{receipt.money(receipt.amount)} {receipt.units_text} kWh\n"
                + "\n".join(f"  {t.seq}. {t.label:<24} {t.grouped}" for t in receipt.tokens))
        emit(args, data, text)
    return 0


def cmd_void(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        result = office.sales.void(session, _sale_id(office, session, args), args.reason)
        currency = office.repo.settings().currency
        emit(args, result.as_json(currency), f"Sale {result.sale.receipt_no} voided: {args.reason}")
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    kind = args.kind.replace("-", "_")
    with open_office(args) as office:
        session = login(office)
        unlock(office)
        if args.supply_group:
            if kind != "rollover":
                from sts_pos.errors import UserFacingError
                raise UserFacingError("--supply-group works with 'rollover' only; give --meter for other tokens.")
            if not any(g["sgc"] == args.supply_group.strip() for g in office.records.list_supply_groups()):
                from sts_pos.errors import UserFacingError
                raise UserFacingError(f"There is no supply group {args.supply_group}; 'sts-pos supply-groups list' "
                                      "shows the office's supply groups.")
            results = office.engineering.rollover_supply_group(session, args.supply_group.strip(), args.reason)
            data = {"jobs": [r.as_json() for r in results]}
            text = "\n".join(f"Meter {r.meter_number}:\n{_tokens_text(r.tokens)}" for r in results) or \
                "No meter of that supply group is still on base date 1993."
        else:
            result = office.engineering.issue(
                session, args.meter, kind, args.reason, watts=args.watts, register=args.register,
                control=args.control, manufacturer_code=args.manufacturer_code, request_id=args.request_id)
            data = result.as_json()
            text = f"Job {result.job_id} ({kind}) meter {result.meter_number}:\n{_tokens_text(result.tokens)}"
            from sts_pos.commands.collector import queue_remote

            queued, line = queue_remote(office, job_id=result.job_id)
            if queued:
                data["deliveries"], text = queued, f"{text}\n{line}"
        emit(args, data, text)
    return 0


def cmd_shift_open(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        shift = office.staff.open_shift(session, parse_money(args.opening_float, office.repo.settings().currency))
        emit(args, {"shift_id": shift.id, "float": shift.opening_float}, f"Shift {shift.id} opened.")
    return 0


def cmd_shift_close(args: argparse.Namespace) -> int:
    """Close the shift, then take its Z report (once: the Z is immutable) and save it as a PDF in
    ``reports/`` beside the database. A close interrupted before its Z is completed by running this again;
    once the Z exists, running it again is refused and names the Z's file."""
    from sts_pos.vending.staff import ShiftError

    with open_office(args) as office:
        session = login(office)
        currency = office.repo.settings().currency
        try:
            shift = office.staff.close_shift(session, parse_money(args.counted, currency))
        except ShiftError:
            shift = _closed_without_z(office, session)
            if shift is None:
                raise
        z, pdf = _take_z(office, session, shift.id)
        data = {"shift_id": shift.id, "float": money_text(shift.opening_float, currency),
                "expected_cash": money_text(shift.expected_cash, currency),
                "counted_cash": money_text(shift.counted_cash, currency),
                "variance": money_text(shift.variance, currency),
                "z_report": {"taken_at": z.taken_at, "taken_by": z.taken_by, "sales_count": z.sales_count,
                             "cash": money_text(z.cash, currency), "takings": money_text(z.money_taken, currency),
                             "by_tender": {t: {"count": c, "amount": money_text(m, currency)}
                                           for t, c, m in z.tenders()},
                             "pdf": str(pdf)}}
        emit(args, data, f"Shift {shift.id} closed: expected {format_money(shift.expected_cash, currency)}, "
                         f"counted {format_money(shift.counted_cash, currency)}, "
                         f"variance {format_money(shift.variance, currency)}\n"
                         f"Z report taken {_office_minute(office, z.taken_at)}: {pdf}")
    return 0


def _office_minute(office, moment) -> str:
    """A time as the office reads it: office time with its offset (``vending.office_time``)."""
    clock = office.repo.settings().office_time
    return f"{clock.minute(moment)} ({clock.label})"


def z_report_path(office, shift_id: int):
    """Where the Z report of a shift is saved: ``reports/`` beside the office database."""
    return office.path.parent / "reports" / f"z-report-shift-{shift_id:05d}.pdf"


def _closed_without_z(office, session):
    """The user's last closed shift if its Z was never taken (a close interrupted before the Z); refuse
    otherwise, naming the Z already taken."""
    from sts_pos.reports.shift import stored_z_report
    from sts_pos.vending.staff import ShiftError

    row = office.repo.one("SELECT id FROM shifts WHERE user_id = ? AND closed_at IS NOT NULL "
                          "ORDER BY closed_at DESC, id DESC LIMIT 1", session.user_id)
    if row is None:
        return None
    z = stored_z_report(office.conn, row[0])
    if z is None:
        return office.repo.shift(row[0])
    raise ShiftError(f"You have no open shift to close. Your last shift ({row[0]}) was closed and its Z report "
                     f"taken at {_office_minute(office, z.taken_at)}; it does not change.",
                     detail=str(z_report_path(office, row[0])))


def _take_z(office, session, shift_id: int):
    """Take (or fetch the already taken) Z report and write its PDF once; returns (summary, path)."""
    import os

    from sts_pos.reports.shift import shift_report, take_z_report
    from sts_pos.reports.table import export

    z = take_z_report(office.conn, shift_id, session.username, office.clock())
    office.anchor_audit_head()  # the Z is appended to the audit log by the reports layer
    path = z_report_path(office, shift_id)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(export(shift_report(office.conn, z), "pdf"))
        os.replace(tmp, path)
    return z, path


def cmd_shift_status(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        shift = office.staff.current_shift(session)
        if shift is None:
            emit(args, {"shift": None}, "No open shift.")
        else:
            summary = office.staff.shift_summary(session, shift)
            emit(args, {"shift": summary}, f"Shift {shift.id} open since {_office_minute(office, shift.opened_at)}, "
                                           f"expected cash {format_money(summary['expected_cash'], office.repo.settings().currency)}")
    return 0
