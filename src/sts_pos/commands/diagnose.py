"""``sts-pos diagnose | replace | meter-codes | unentered``: why a meter refused a token, and the remedy.

* ``diagnose --meter N --token T [--meter-says CODE] [--meter-model M]``: the cause (``vending.diagnose``), the
  explanation, the sale or engineering job that issued the token and the remedy (``--json``:
  ``{"cause", "explanation", "sale", "job", "remedy", ...}``). Any role that may look up meters.
* ``replace --sale ID | --receipt R --reason TEXT``: a supervisor re-issues, free, the credit of a sale whose
  token the meter refuses for a key reason, under its current key (``store.replacements``), once per sale;
  printed "Replacement for receipt ..." (``sts-pos print --job ID`` prints the slip again).
* ``meter-codes list | add | remove``: the office's table of what a meter model's codes mean.
* ``unentered --meter N | --supply-group SGC [--days 30]``: before a key change or rollover, the sales whose
  tokens may not have been entered yet (the key change slip prints them too).
"""

from __future__ import annotations

import argparse

from sts_pos.commands._common import RECORD_ID, emit, json_flag, login, open_office, unlock, whole
from sts_pos.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    from sts_pos.vending.diagnose import MEANINGS

    p = subparsers.add_parser("diagnose", help="why a meter refused a token, and what to do about it")
    p.add_argument("--meter", required=True, help="the meter that refused the token")
    p.add_argument("--token", required=True, help="the 20-digit token as the customer has it")
    p.add_argument("--meter-says", metavar="CODE", help="what the meter showed: its error code or display text")
    p.add_argument("--meter-model", default="", help="the meter model, for its own codes (sts-pos meter-codes)")
    json_flag(p).set_defaults(func=cmd_diagnose)

    p = subparsers.add_parser("replace", help="supervisor: re-issue free, under the meter's current key, the credit "
                                              "of a sale refused for a key reason")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--sale", type=RECORD_ID, help="the original sale's id")
    which.add_argument("--receipt", help="the original sale's receipt number")
    p.add_argument("--reason", required=True, help="what the customer reported, the diagnosis")
    p.add_argument("--request-id", help="idempotency key (default: one per original sale)")
    json_flag(p).set_defaults(func=cmd_replace)

    p = subparsers.add_parser("meter-codes", help="the office's table of meter error codes (what they mean)")
    sub = p.add_subparsers(dest="codes_command", metavar="list|add|remove", required=True)
    q = sub.add_parser("list", help="the office's codes and the built-in ones")
    json_flag(q).set_defaults(func=cmd_codes_list)
    q = sub.add_parser("add", help="supervisor: what a code means (replaces the office's earlier meaning)")
    q.add_argument("--code", required=True, help="the code or display text, e.g. 'E03' or 'Err 1'")
    q.add_argument("--means", required=True, choices=MEANINGS)
    q.add_argument("--model", default="", help="the meter model (default: every model)")
    q.add_argument("--text", default="", help="the manufacturer's explanation")
    json_flag(q).set_defaults(func=cmd_codes_add)
    q = sub.add_parser("remove", help="supervisor: take a code out of the office's table")
    q.add_argument("--code", required=True)
    q.add_argument("--model", default="")
    json_flag(q).set_defaults(func=cmd_codes_remove)

    p = subparsers.add_parser("unentered", help="before a key change: sales whose tokens may not be entered yet")
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--meter")
    target.add_argument("--supply-group", help="every meter of this SGC")
    p.add_argument("--days", type=whole(1, 3660, "number of days"), default=30, help="how far back (default 30)")
    json_flag(p).set_defaults(func=cmd_unentered)


def cmd_diagnose(args: argparse.Namespace) -> int:
    from sts_pos.store.diagnosis import diagnose_token

    with open_office(args) as office:
        session = login(office)
        unlock(office)
        result = diagnose_token(office, session, args.meter, args.token, args.meter_says, args.meter_model)
        lines = [f"Cause: {result.cause.replace('_', ' ')}", result.explanation, f"Remedy: {result.remedy}"]
        if result.sale:
            lines.append(f"Sale: {result.sale['id']} (receipt {result.sale['receipt_no']})")
        if result.job:
            lines.append(f"Engineering job: {result.job['id']} ({result.job['kind']})")
        emit(args, result.as_json(), "\n".join(lines))
    return 0


def cmd_replace(args: argparse.Namespace) -> int:
    from sts_pos.store.replacements import Replacements
    from sts_pos.sts.codec import format_token
    from sts_pos.vending.receipt import TOKEN_LABELS

    with open_office(args) as office:
        session = login(office)
        unlock(office)
        sale_id = args.sale
        if args.receipt is not None:
            sale_id = office.sales.sale(session, receipt_no=args.receipt.strip()).sale.id
        else:
            office.sales.sale(session, sale_id=sale_id)  # a number that is no sale, in words
        result = Replacements(office.repo, office.vending_key, office.clock).replace(
            session, sale_id, args.reason, request_id=args.request_id)
        text = (f"{result.title} (slip {result.slip}, meter {result.meter_number}), at no charge:\n"
                + "\n".join(f"  {i}. {TOKEN_LABELS.get(t.kind, t.kind):<24} {format_token(t.number)}"
                            for i, t in enumerate(result.tokens, 1))
                + f"\nPrint the slip: sts-pos print --job {result.job_id}")
        emit(args, result.as_json(), text)
    return 0


def cmd_codes_list(args: argparse.Namespace) -> int:
    from sts_pos.store.diagnosis import office_codes
    from sts_pos.vending.diagnose import BUILTIN_CODES

    with open_office(args) as office:
        login(office)
        own = office_codes(office.conn)
    rows = [{"model": c.model, "code": c.code, "means": c.means, "text": c.text, "office": True} for c in own] + \
        [{"model": "", "code": c.code, "means": c.means, "text": c.text, "office": False} for c in BUILTIN_CODES]
    emit(args, {"codes": rows}, "\n".join(f"{r['model'] or '(any)':<16} {r['code']:<16} {r['means']:<12} "
                                          f"{'office' if r['office'] else 'built-in'}  {r['text'][:60]}" for r in rows))
    return 0


def cmd_codes_add(args: argparse.Namespace) -> int:
    from sts_pos.store.diagnosis import add_code

    with open_office(args) as office:
        session = login(office)
        code = add_code(office, session, args.code, args.means, args.text, args.model)
    emit(args, {"model": code.model, "code": code.code, "means": code.means, "text": code.text},
         f"Meter code '{code.code}'{' of ' + code.model if code.model else ''} means {code.means}.")
    return 0


def cmd_codes_remove(args: argparse.Namespace) -> int:
    from sts_pos.store.diagnosis import remove_code

    with open_office(args) as office:
        session = login(office)
        remove_code(office, session, args.code, args.model)
    emit(args, {"removed": args.code.strip(), "model": args.model.strip()}, f"Meter code '{args.code.strip()}' removed.")
    return 0


def cmd_unentered(args: argparse.Namespace) -> int:
    from sts_pos.reports.unentered import ADVICE, possibly_unentered
    from sts_pos.vending.roles import Permission

    with open_office(args) as office:
        session = login(office)
        session.require(Permission.LOOKUP)
        if args.meter:
            meter = office.sales.find_meter(args.meter)
            items = possibly_unentered(office.conn, meter_ids=[meter.id], days=args.days, before=office.clock())
        else:
            sgc = args.supply_group.strip()
            if not any(g.sgc == sgc for g in office.repo.supply_groups()):
                raise UserFacingError(f"There is no supply group {sgc[:40]}; 'sts-pos supply-groups list' shows the "
                                      "office's supply groups.")
            items = possibly_unentered(office.conn, sgc=sgc, days=args.days, before=office.clock())
    lines = [f"{len(items)} sale(s) of the last {args.days} days whose tokens may not have been entered yet"
             + (":" if items else "."), *([ADVICE] if items else [])]
    for item in items:
        lines.append(f"  meter {item['meter_number']} {item['customer']}: receipt {item['receipt_no']} "
                     f"{item['office_time']} {item['units_kwh10'] / 10:.1f} kWh")
    emit(args, {"days": args.days, "sales": items}, "\n".join(lines))
    return 0
