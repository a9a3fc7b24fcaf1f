"""``sts-pos sms send|retry|list|resolve`` (tokens by SMS through a GSM modem) and ``sts-pos sms-sim``.

The outbox file lives next to the office database (``--outbox`` overrides). ``send`` queues the message
and delivers whatever is due through the modem; what the modem refused stays queued with a back-off and
goes out with a later ``send`` or ``retry``. ``STS_POS_SMS_CRASH_AT`` (tests only) ends the process
abruptly at a named point of a send ("attempt-recorded", "stored", "sent") to prove crash recovery.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import threading

from sts_pos.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    sms = subparsers.add_parser("sms", help="send tokens by SMS through a GSM modem (persistent outbox)")
    actions = sms.add_subparsers(dest="sms_command", metavar="ACTION", required=True)

    def common(parser: argparse.ArgumentParser, modem: bool) -> None:
        parser.add_argument("--outbox", default=None, help="outbox file (default: next to the database)")
        parser.add_argument("--direct", action="store_true",
                            help="send with AT+CMGS (modems without message memory; no crash check)")
        if modem:
            parser.add_argument("--port", required=True, help="the modem's serial device or pyserial URL")
            parser.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for the modem")
            parser.add_argument("--wait-reports", type=float, default=0.0,
                                help="seconds to wait for delivery status reports")
        parser.set_defaults(func=run)

    send = actions.add_parser("send", help="queue an SMS and send what is due")
    common(send, modem=True)
    send.add_argument("--to", required=True, help="phone number with country code")
    send.add_argument("--sale", type=int, help="send the tokens of this sale (needs STS_POS_USER/PASSWORD)")
    send.add_argument("--text", help="the message text")
    send.add_argument("--token", action="append", default=[], help="a 20-digit token (repeat in entry order)")
    send.add_argument("--meter", help="meter number, with --token")
    send.add_argument("--units", help="kWh bought, with --token")
    send.add_argument("--office", default="", help="office name at the end of a token SMS")
    send.add_argument("--key", help="idempotency key: sending again with the same key queues nothing new")
    common(actions.add_parser("retry", help="check interrupted sends and send what is due"), modem=True)
    listing = actions.add_parser("list", help="show the outbox")
    common(listing, modem=False)
    listing.add_argument("--state", default=None)
    resolve = actions.add_parser("resolve", help="settle an uncertain SMS")
    common(resolve, modem=False)
    resolve.add_argument("id", type=int)
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--resend", action="store_true")
    choice.add_argument("--mark-sent", action="store_true")

    sim = subparsers.add_parser("sms-sim", help="run a simulated GSM modem on a new pty")
    sim.add_argument("--fail", type=int, default=0, help="the first N sends fail (no network)")
    sim.add_argument("--duration", type=float, default=None, help="stop after this many seconds")
    sim.set_defaults(func=run_sim)


def _crash_point():  # type: ignore[no-untyped-def]
    target = os.environ.get("STS_POS_SMS_CRASH_AT")
    if not target:
        return None

    def crash(point: str) -> None:
        if point == target:
            os._exit(137)  # as abrupt as a power cut: no cleanup, no commit
    return crash


def run(args: argparse.Namespace) -> int:
    from sts_pos.commands._common import local_office_path
    from sts_pos.devices.sms import GsmModem, SmsOutbox, default_path, token_sms_texts

    path = args.outbox or default_path(local_office_path(args))
    with SmsOutbox(path, mode="direct" if args.direct else "stored", crash_point=_crash_point()) as outbox:
        mine: list[int] = []
        if args.sms_command == "list":
            return _print(args, outbox.messages(args.state), None)
        if args.sms_command == "resolve":
            return _print(args, [outbox.resolve(args.id, resend=args.resend)], None)
        if args.sms_command == "send":
            if args.sale is not None:
                texts = _sale_texts(args)
                args.key = args.key or f"sale:{args.sale}:{args.to}"
            elif args.token:
                if not args.meter:
                    raise UserFacingError("Give the meter number (--meter) with the tokens.")
                labels = ["Credit"] if len(args.token) == 1 else [f"Token {i}" for i in range(1, len(args.token) + 1)]
                texts = token_sms_texts(args.meter, list(zip(labels, args.token)), args.units, args.office)
            elif args.text:
                texts = [args.text]
            else:
                raise UserFacingError("Give the message: --text, or --token with --meter.")
            for i, text in enumerate(texts):
                key = f"{args.key}:{i}" if args.key else None
                mine.append(outbox.enqueue(args.to, text, key=key).id)
        with GsmModem(args.port, timeout=args.timeout) as modem:
            modem.setup()
            counts = outbox.deliver_due(modem)
            if args.wait_reports:
                outbox.apply_reports(modem.poll_reports(args.wait_reports))
        shown = [outbox.get(i) for i in mine] if mine else outbox.messages()
        _print(args, shown, counts)
        return 0 if all(m.state in ("sent", "delivered") for m in shown) else 1


def _sale_texts(args: argparse.Namespace) -> list[str]:
    from sts_pos.commands._common import login, open_office
    from sts_pos.devices.sms.texts import sale_sms_texts

    with open_office(args) as office:
        session = login(office)
        result = office.sales.sale(session, sale_id=args.sale)
        if result.sale.status != "ISSUED":
            raise UserFacingError(f"Sale {result.sale.receipt_no} is {result.sale.status.lower()}; only the tokens "
                                  "of an issued sale are sent by SMS.")
        return sale_sms_texts(result, office.repo.settings().name)


def _print(args: argparse.Namespace, messages: list, counts: dict | None) -> int:  # type: ignore[type-arg]
    if args.json:
        print(json.dumps({"messages": [m.as_dict() for m in messages], "counts": counts}))
        return 0
    for m in messages:
        reason = f" ({m.last_error})" if m.last_error and m.state not in ("sent", "delivered") else ""
        print(f"SMS {m.id} to {m.phone}: {m.state}, {m.attempts} attempt(s){reason}")
    if counts is not None:
        print(f"sent {counts['sent']}, to retry {counts['retry']}, failed {counts['failed']}")
    return 0


def run_sim(args: argparse.Namespace) -> int:
    from sts_pos.devices.sms import ModemResponder, start_modem_simulator

    sim = start_modem_simulator(ModemResponder(fail_sends=args.fail))
    if args.json:
        print(json.dumps({"port": sim.port_path}), flush=True)
    else:
        print(f"Simulated GSM modem on {sim.port_path}. Press Ctrl-C to stop.", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        done.wait(args.duration)
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    if not args.json:
        for sent in sim.responder.sent:
            print(f"sent to {sent.number} (ref {sent.reference}): {sent.text}")
    return 0
