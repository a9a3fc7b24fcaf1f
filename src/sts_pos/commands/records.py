"""``sts-pos customers | meters`` (add, edit, list, search)."""

from __future__ import annotations

import argparse

from sts_pos.commands._common import emit, json_flag, login, open_office, whole
from sts_pos.errors import UserFacingError
from sts_pos.store.records import parse_percent
from sts_pos.vending.money import format_money, parse_money


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("customers", help="customer accounts")
    sub = p.add_subparsers(dest="customers_command", metavar="add|edit|list|search", required=True)
    q = sub.add_parser("add")
    q.add_argument("--account", required=True)
    q.add_argument("--name", required=True)
    _customer_fields(q)
    json_flag(q).set_defaults(func=cmd_customers_add)
    q = sub.add_parser("edit")
    q.add_argument("--account", required=True, help="the customer to edit")
    q.add_argument("--name")
    _customer_fields(q)
    json_flag(q).set_defaults(func=cmd_customers_edit)
    q = sub.add_parser("list")
    q.add_argument("--limit", type=whole(1, 100_000, "limit"), default=100)
    json_flag(q).set_defaults(func=cmd_customers_list)
    q = sub.add_parser("search")
    q.add_argument("text", help="meter number, account, phone, or name/address words (prefixes)")
    json_flag(q).set_defaults(func=cmd_search)

    p = subparsers.add_parser("meters", help="meters")
    sub = p.add_subparsers(dest="meters_command", metavar="add|edit|list|search", required=True)
    q = sub.add_parser("add")
    q.add_argument("--meter", required=True)
    q.add_argument("--account", help="customer account the meter belongs to")
    q.add_argument("--sgc", required=True)
    q.add_argument("--krn", type=whole(1, 9, "key revision number"), required=True)
    q.add_argument("--ti", type=whole(0, 99, "tariff index"), required=True)
    q.add_argument("--key-type", type=whole(0, 3, "key type"), default=2)
    q.add_argument("--base-date", help="1993, 2014 or 2035 (default: the supply group's)")
    q.add_argument("--kind", choices=["keypad", "ic_card"], default="keypad")
    q.add_argument("--card-serial")
    json_flag(q).set_defaults(func=cmd_meters_add)
    q = sub.add_parser("edit", help="change customer/kind, or set a pending key change (SGC/KRN/TI/base date)")
    q.add_argument("--meter", required=True)
    q.add_argument("--account")
    q.add_argument("--kind", choices=["keypad", "ic_card"])
    q.add_argument("--card-serial")
    q.add_argument("--active", choices=["yes", "no"])
    q.add_argument("--sgc")
    q.add_argument("--krn", type=whole(1, 9, "key revision number"))
    q.add_argument("--ti", type=whole(0, 99, "tariff index"))
    q.add_argument("--key-type", type=whole(0, 3, "key type"))
    q.add_argument("--base-date")
    q.add_argument("--collector", help="the GPRS collector the meter is behind ('' makes it local again)")
    q.add_argument("--bus-address", help="the meter's DL/T 645 address on the collector's bus (default: the last "
                   "12 digits of its number)")
    json_flag(q).set_defaults(func=cmd_meters_edit)
    q = sub.add_parser("list")
    q.add_argument("--limit", type=whole(1, 100_000, "limit"), default=100)
    json_flag(q).set_defaults(func=cmd_meters_list)
    q = sub.add_parser("search")
    q.add_argument("text")
    json_flag(q).set_defaults(func=cmd_search)


def _customer_fields(q: argparse.ArgumentParser) -> None:
    q.add_argument("--address")
    q.add_argument("--phone")
    q.add_argument("--indigent", choices=["yes", "no"])
    q.add_argument("--debt", help="debt balance (money)")
    q.add_argument("--debt-recovery-percent")


def _customer_values(office, args) -> dict:
    currency = office.repo.settings().currency
    return {"address": args.address, "phone": args.phone,
            "indigent": None if args.indigent is None else args.indigent == "yes",
            "debt_balance": None if args.debt is None else parse_money(args.debt, currency),
            "debt_recovery_percent": parse_percent(args.debt_recovery_percent)}


def _customer_json(c, currency) -> dict:
    return {"id": c.id, "account_no": c.account_no, "name": c.name, "address": c.address, "phone": c.phone,
            "indigent": c.indigent, "debt_balance": format_money(c.debt_balance, currency, symbol=False)}


def cmd_customers_add(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        values = {k: v for k, v in _customer_values(office, args).items() if v is not None}
        values.setdefault("address", "")
        values.setdefault("phone", "")
        cid = office.records.add_customer(session, args.account, args.name, **values)
        emit(args, {"id": cid, "account_no": args.account}, f"Customer {args.account} added.")
    return 0


def cmd_customers_edit(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        customer = office.records.customer_by_account(args.account)
        if customer is None:
            raise UserFacingError(f"There is no customer with account {args.account}.")
        changed = office.records.edit_customer(session, customer.id, name=args.name, **_customer_values(office, args))
        emit(args, _customer_json(changed, office.repo.settings().currency), f"Customer {args.account} changed.")
    return 0


def cmd_customers_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        currency = office.repo.settings().currency
        rows = [_customer_json(c, currency) for c in office.records.list_customers(args.limit)]
        emit(args, {"customers": rows}, "\n".join(f"{r['account_no']:<12} {r['name']:<28} {r['phone']}" for r in rows))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        rows = office.records.search(args.text)
        emit(args, {"results": rows}, "\n".join(
            f"{r['meter_number'] or '-':<14} {r['account_no']:<12} {r['name']:<28} {r['address']}" for r in rows)
            or "Nothing found.")
    return 0


def cmd_meters_add(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        customer_id = None
        if args.account:
            customer = office.records.customer_by_account(args.account)
            if customer is None:
                raise UserFacingError(f"There is no customer with account {args.account}.")
            customer_id = customer.id
        sg = office.records.supply_group_id(args.sgc, args.krn)
        office.records.add_meter(session, args.meter, sg, args.ti, customer_id=customer_id, kind=args.kind,
                                 key_type=args.key_type, base_date=args.base_date, card_serial=args.card_serial)
        emit(args, {"meter_number": args.meter}, f"Meter {args.meter} added.")
    return 0


def cmd_meters_edit(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        did = False
        # the key change first: when the meter's rules refuse it (the same key again, a key type the meter
        # cannot take, a base date it cannot reach), nothing of the edit is kept
        if any(v is not None for v in (args.sgc, args.krn, args.ti, args.key_type, args.base_date)):
            office.engineering.set_pending_change(session, args.meter, sgc=args.sgc, krn=args.krn, ti=args.ti,
                                                  key_type=args.key_type, base_date=args.base_date)
            did = True
        if args.account or args.kind or args.card_serial or args.active:
            customer_id = None
            if args.account:
                customer = office.records.customer_by_account(args.account)
                if customer is None:
                    raise UserFacingError(f"There is no customer with account {args.account}.")
                customer_id = customer.id
            office.records.edit_meter(session, args.meter, customer_id=customer_id, kind=args.kind,
                                      card_serial=args.card_serial,
                                      active=None if args.active is None else args.active == "yes")
            did = True
        if args.collector is not None:
            from sts_pos.store.collectors import CollectorRecords

            CollectorRecords(office.repo, office.clock).set_meter_collector(
                session, args.meter, args.collector.strip() or None, args.bus_address)
            did = True
        if not did:
            raise UserFacingError("Nothing to change; give a field to edit.")
        from sts_pos.sts.meter_number import parse_meter_number

        meter = office.repo.meter_by_number(parse_meter_number(args.meter).drn)  # also one taken out of service
        emit(args, {"meter_number": meter.meter_number.drn, "pending_key_change": meter.pending is not None,
                    "active": bool(meter.active)},
             f"Meter {meter.meter_number.drn} changed"
             + (" (key change tokens will be issued with the next sale)." if meter.pending else ".")
             + ("" if meter.active else f" Meter {meter.meter_number.drn} is out of service now: it cannot be vended."))
    return 0


def cmd_meters_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        rows = office.records.list_meters(args.limit)
        emit(args, {"meters": rows}, "\n".join(
            f"{r['meter_number']:<14} {r['customer'] or '-':<26} SGC {r['sgc']} TI {r['ti']:02d} KRN {r['krn']} "
            f"{r['base_date']} EA{r['ea']} {r['kind']}{'  KEY CHANGE PENDING' if r['pending_key_change'] else ''}"
            for r in rows))
    return 0
