"""``sts-pos supply-groups | settings | tariffs``: what an administrator or supervisor sets up.

A vending key is never taken from the command line (shell history): it is read from
``STS_POS_VENDING_KEY`` or a hidden prompt, stored encrypted in the vault, and never shown again.
"""

from __future__ import annotations

import argparse
import json

from sts_pos.commands._common import ask, emit, json_flag, login, open_office, unlock, whole
from sts_pos.errors import UserFacingError
from sts_pos.store.records import tariff_from_spec
from sts_pos.vending.money import parse_kwh, parse_money


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("supply-groups", help="supply groups and vending keys (admin)")
    sub = p.add_subparsers(dest="sg_command", metavar="add|list", required=True)
    q = sub.add_parser("add", help="enter a vending key revision (key from STS_POS_VENDING_KEY or a prompt)")
    q.add_argument("--sgc", required=True)
    q.add_argument("--krn", type=whole(1, 15, "key revision number"), required=True)
    q.add_argument("--dkga", choices=["02", "04"], required=True)
    q.add_argument("--ea", choices=["07", "09", "11"], required=True)
    q.add_argument("--base-date", required=True)
    q.add_argument("--ken", type=whole(0, 255, "key expiry number"), default=255)
    q.add_argument("--name", default="")
    json_flag(q).set_defaults(func=cmd_sg_add)
    q = sub.add_parser("list")
    json_flag(q).set_defaults(func=cmd_sg_list)

    p = subparsers.add_parser("settings", help="office settings (admin to change)")
    sub = p.add_subparsers(dest="settings_command", metavar="show|set", required=True)
    q = sub.add_parser("show")
    json_flag(q).set_defaults(func=cmd_settings_show)
    q = sub.add_parser("set", help="KEY=VALUE ... (e.g. utc_offset_minutes=120 deduction_order=debt,fixed_charge,vat)")
    q.add_argument("pairs", nargs="+")
    json_flag(q).set_defaults(func=cmd_settings_set)

    p = subparsers.add_parser("tariffs", help="tariffs (supervisor to change)")
    sub = p.add_subparsers(dest="tariffs_command", metavar="list|set", required=True)
    q = sub.add_parser("list")
    json_flag(q).set_defaults(func=cmd_tariffs_list)
    q = sub.add_parser("set", help="create or replace the tariff of a tariff index")
    q.add_argument("--ti", type=whole(0, 99, "tariff index"), required=True)
    q.add_argument("--name", required=True)
    q.add_argument("--block", action="append", required=True,
                   help="RATE[:UP_TO_KWH], rate in minor units per kWh, e.g. 145.12:50 then 198.40:350 then 265")
    q.add_argument("--vat-percent", default="0")
    q.add_argument("--fixed-charge", default="0")
    q.add_argument("--min-purchase", default="0")
    q.add_argument("--max-purchase")
    q.add_argument("--fbe-kwh", default=None, help="free basic electricity per month for indigent customers")
    json_flag(q).set_defaults(func=cmd_tariffs_set)


def cmd_sg_add(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        unlock(office)
        key = ask("STS_POS_VENDING_KEY", "Vending key (hex): ", secret=True)
        sg_id = office.records.add_supply_group(session, args.sgc, args.krn, args.dkga, args.ea, args.base_date, key,
                                                ken=args.ken, name=args.name)
        kept = office.records.key_kept(sg_id)
        emit(args, {"id": sg_id, "sgc": args.sgc, "krn": args.krn, "key_store": office.vault.kind, "kept": kept},
             f"Supply group {args.sgc} key revision {args.krn} stored {kept}; it is never shown again.")
    return 0


def cmd_sg_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        rows = office.records.list_supply_groups()
        emit(args, {"supply_groups": rows}, "\n".join(
            f"SGC {r['sgc']} KRN {r['krn']} DKGA{r['dkga']} EA{r['ea']} base {r['base_date']} KEN {r['ken']} "
            f"{r['meters']} meters  {r['name']}" for r in rows))
    return 0


def cmd_settings_show(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        from sts_pos.store.settings import problems

        values = {k: office.repo.setting(k) for k in office.records.SETTINGS}
        bad = problems({k: v for k, v in values.items() if v is not None})
        lines = [f"{k} = {v if v is not None else '(default)'}" + (f"   <- {bad[k]}" if k in bad else "")
                 for k, v in values.items()]
        if bad:
            lines.append(f"{len(bad)} setting(s) to correct with 'sts-pos settings set KEY=VALUE'.")
        emit(args, values | ({"problems": bad} if bad else {}), "\n".join(lines))
    return 0


def cmd_settings_set(args: argparse.Namespace) -> int:
    pairs = {}
    for pair in args.pairs:
        if "=" not in pair:
            raise UserFacingError(f"'{pair}' is not KEY=VALUE.")
        key, value = pair.split("=", 1)
        pairs[key.strip()] = value.strip()
    with open_office(args) as office:
        session = login(office)
        office.records.set_settings(session, **pairs)
        emit(args, pairs, "Settings changed.")
    return 0


def _tariff_json(t) -> dict:
    return {"ti": t.ti, "name": t.name, "blocks": [{"rate": str(b.rate), "up_to_kwh": None if b.up_to_kwh10 is None
                                                     else b.up_to_kwh10 / 10} for b in t.blocks],
            "vat_percent": str(t.vat_percent), "fixed_monthly_charge": t.fixed_monthly_charge,
            "min_purchase": t.min_purchase, "max_purchase": t.max_purchase, "fbe_kwh": t.fbe_kwh10 / 10}


def cmd_tariffs_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        rows = [_tariff_json(t) for t in office.records.tariffs()]
        emit(args, {"tariffs": rows}, json.dumps(rows, indent=2))
    return 0


def cmd_tariffs_set(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        currency = office.repo.settings().currency
        blocks = []
        for spec in args.block:
            rate, _, up = spec.partition(":")
            blocks.append((rate, parse_kwh(up) if up else None))
        tariff = tariff_from_spec(
            args.ti, args.name, blocks, vat_percent=args.vat_percent,
            fixed_monthly_charge=parse_money(args.fixed_charge, currency),
            min_purchase=parse_money(args.min_purchase, currency),
            max_purchase=parse_money(args.max_purchase, currency) if args.max_purchase else None,
            fbe_kwh10=parse_kwh(args.fbe_kwh) if args.fbe_kwh else 0)
        office.records.save_tariff(session, tariff)
        emit(args, _tariff_json(tariff), f"Tariff {args.ti:02d} {args.name} saved.")
    return 0
