"""``sts-pos deliveries list|retry|cancel`` and ``sts-pos alarms list|ack|report``: the remote channel's outbox
and the technician's alarm list."""

from __future__ import annotations

import argparse
from collections import Counter

from sts_pos.commands._common import RECORD_ID, emit, json_flag, login, open_office, whole

DELIVERY_STATUSES = ("queued", "sent", "accepted", "rejected", "failed")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("deliveries", help="tokens sent to remote meters through their collectors")
    sub = p.add_subparsers(dest="deliveries_command", metavar="list|retry|cancel", required=True)
    q = sub.add_parser("list")
    q.add_argument("--sale", type=RECORD_ID)
    q.add_argument("--meter")
    q.add_argument("--status", choices=DELIVERY_STATUSES)
    q.add_argument("--limit", type=whole(1, 100_000, "limit"), default=200)
    json_flag(q).set_defaults(func=cmd_list)
    q = sub.add_parser("retry", help="send a rejected or failed delivery again")
    q.add_argument("--id", type=RECORD_ID, required=True, dest="delivery_id")
    json_flag(q).set_defaults(func=cmd_retry)
    q = sub.add_parser("cancel", help="stop an open delivery (supervisor, with a reason)")
    q.add_argument("--id", type=RECORD_ID, required=True, dest="delivery_id")
    q.add_argument("--reason", required=True)
    json_flag(q).set_defaults(func=cmd_cancel)

    p = subparsers.add_parser("alarms", help="alarms from remote meters (tamper, low credit, relay open, silent, clock)")
    sub = p.add_subparsers(dest="alarms_command", metavar="list|ack|report", required=True)
    q = sub.add_parser("list")
    q.add_argument("--all", action="store_true", help="acknowledged ones too")
    json_flag(q).set_defaults(func=cmd_alarms)
    q = sub.add_parser("ack", help="acknowledge an alarm (technician)")
    q.add_argument("--id", type=RECORD_ID, required=True, dest="alarm_id")
    q.add_argument("--note", default="")
    json_flag(q).set_defaults(func=cmd_ack)
    q = sub.add_parser("report", help="alarms by kind, and the meters that fell silent")
    json_flag(q).set_defaults(func=cmd_report)


def _stores(office):
    from sts_pos.store.collectors import CollectorRecords
    from sts_pos.store.deliveries import Deliveries

    return CollectorRecords(office.repo, office.clock), Deliveries(office.repo, office.clock)


def delivery_line(d: dict, clock) -> str:
    what = f"sale {d['sale_id']}" if d["sale_id"] else f"job {d['job_id']}"
    return (f"{d['id']:>6} {what:<12} {d['seq']}. {d['token_kind']:<14} meter {d['meter_number']:<14} via "
            f"{d['collector']:<14} {d['status']:<9} {clock.minute(d['updated_at'])}  tries {d['attempts']}"
            + (f"  {d['result']}" if d["result"] else ""))


def cmd_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        _, deliveries = _stores(office)
        meter = None
        if args.meter:
            from sts_pos.sts.meter_number import parse_meter_number

            meter = parse_meter_number(args.meter).drn
        rows = deliveries.list(sale_id=args.sale, status=args.status, meter_number=meter, limit=args.limit)
        clock = office.repo.settings().office_time
        if args.json:
            emit(args, rows)
        else:
            print("\n".join(delivery_line(d, clock) for d in rows) or "No deliveries.")
    return 0


def cmd_retry(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        _, deliveries = _stores(office)
        deliveries.retry(session, args.delivery_id)
        emit(args, {"delivery": args.delivery_id, "status": "queued"},
             f"Delivery {args.delivery_id} is queued again; the collector server sends it next.")
    return 0


def cmd_cancel(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        _, deliveries = _stores(office)
        deliveries.cancel(session, args.delivery_id, args.reason)
        emit(args, {"delivery": args.delivery_id, "status": "failed"},
             f"Delivery {args.delivery_id} cancelled; the token is still on the receipt for the customer to type in.")
    return 0


def cmd_alarms(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        collectors, _ = _stores(office)
        rows = collectors.alarms(open_only=not args.all)
        clock = office.repo.settings().office_time
        emit(args, {"alarms": rows}, "\n".join(
            f"{a['id']:>6} {clock.minute(a['raised_at'])} {a['kind']:<11} meter {a['meter_number']:<14} "
            f"{a['detail']}" + ("  (cleared)" if a["cleared_at"] else "")
            + (f"  acknowledged by {a['acknowledged_by']}" if a["acknowledged_at"] else "") for a in rows)
            or "No open alarms.")
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        collectors, _ = _stores(office)
        collectors.acknowledge(session, args.alarm_id, args.note)
        emit(args, {"alarm": args.alarm_id, "acknowledged": True}, f"Alarm {args.alarm_id} acknowledged.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        collectors, _ = _stores(office)
        rows = collectors.alarms(open_only=False, limit=100_000)
        by_kind = Counter(a["kind"] for a in rows)
        open_by_kind = Counter(a["kind"] for a in rows if not a["cleared_at"] and not a["acknowledged_at"])
        silent = sorted({a["meter_number"] for a in rows if a["kind"] == "silent" and not a["cleared_at"]})
        data = {"by_kind": {k: {"raised": by_kind[k], "open": open_by_kind[k]} for k in sorted(by_kind)},
                "silent_meters": silent}
        emit(args, data, "\n".join([f"{k:<11} raised {v['raised']:>5}  open {v['open']:>5}"
                                    for k, v in data["by_kind"].items()] or ["No alarms."])
             + ("\nSilent meters: " + ", ".join(silent) if silent else ""))
    return 0
