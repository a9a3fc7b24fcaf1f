"""``sts-pos card read|issue|write-purchase|reissue|readers|psc set`` and ``sts-pos card-sim``.

``card psc set`` (administrator) asks for the office PSC twice at a prompt (the PSC the office's meters
were given) and keeps it sealed in the key vault; see docs/cards.md.

The card commands open the office (``--db``), log in (``STS_POS_USER``/``STS_POS_PASSWORD``), unlock the
vault (``STS_POS_VAULT_PASSPHRASE``: the card key derives from the office's card secret in the vault) and
use the card in ``--reader`` (default: the first reader holding a card) through PC/SC.

``card-sim`` starts a private pcscd with the vsmartcard virtual reader and a virtual card (SLE4442 or
ISO 7816 CPU card) whose memory is kept in a file, prints the ``export PCSCLITE_CSOCK_NAME=...`` line for
other terminals, and lets you pull and re-insert the card with Enter. Needs root and the apt packages
pcscd and vsmartcard-vpcd.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sts_pos.commands._common import emit, json_flag, login, open_office, unlock
from sts_pos.errors import UserFacingError

PSC_RETRY_HELP = (
    "present the office PSC although the card refused one before (supervisor; each refusal "
    "brings the card closer to locking for good)"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    card = subparsers.add_parser("card", help="IC customer cards: read, issue, write a purchase")
    sub = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    p = sub.add_parser("readers", help="list card readers and whether a card is in them")
    json_flag(p).set_defaults(func=cmd_readers)
    p = sub.add_parser("read", help="read and check the card; records the meter's write-back")
    p.add_argument("--reader")
    json_flag(p).set_defaults(func=cmd_read)
    p = sub.add_parser("issue", help="issue a customer, replacement or technician card for a meter")
    p.add_argument("--meter", required=True)
    p.add_argument("--kind", choices=["customer", "replacement", "technician"], default="customer")
    p.add_argument("--job", type=int, help="engineering job whose tokens a technician card carries")
    p.add_argument("--force", action="store_true", help="re-issue an issued card (supervisor)")
    p.add_argument("--psc-retry", action="store_true", help=PSC_RETRY_HELP)
    p.add_argument("--reader")
    json_flag(p).set_defaults(func=cmd_issue)
    p = sub.add_parser(
        "write-purchase", help="sell onto the customer's card (or finish an interrupted write)"
    )
    p.add_argument("--meter", required=True)
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--amount", help="money tendered")
    group.add_argument("--kwh", help="energy to sell, kWh")
    p.add_argument("--request-id")
    p.add_argument("--tender", default="cash", metavar="TYPE", help="payment method (default cash)")
    p.add_argument("--psc-retry", action="store_true", help=PSC_RETRY_HELP)
    p.add_argument("--reader")
    json_flag(p).set_defaults(func=cmd_write_purchase)
    p = sub.add_parser("reissue", help="write a sale's tokens again as the card's purchase (supervisor)")
    p.add_argument("--sale", type=int, required=True)
    p.add_argument("--psc-retry", action="store_true", help=PSC_RETRY_HELP)
    p.add_argument("--reader")
    json_flag(p).set_defaults(func=cmd_reissue)

    psc = sub.add_parser("psc", help="the office card PSC (the meters' card PSC)")
    psc_actions = psc.add_subparsers(dest="psc_command", metavar="ACTION", required=True)
    p = psc_actions.add_parser("set", help="type the office PSC at a prompt; kept sealed in the key vault "
                                           "(administrator, before the first card is issued)")
    json_flag(p).set_defaults(func=cmd_psc_set)

    sim = subparsers.add_parser("card-sim", help="virtual card reader and card (pcscd + vpcd) for training")
    sim.add_argument("--kind", choices=["sle4442", "iso7816"], default="sle4442")
    sim.add_argument(
        "--file", default="sts-pos-card.json", help="the virtual card's memory (kept between runs)"
    )
    sim.add_argument("--duration", type=float, help="stop after this many seconds (default: until Ctrl-C)")
    sim.add_argument(
        "--move-to",
        choices=["reader", "meter"],
        help="move the card in --file between the virtual reader and a meter simulator's card slot "
        "(meter-sim --card-slot with the same file), then stop",
    )
    json_flag(sim).set_defaults(func=cmd_card_sim)


def _reading_text(data: dict) -> str:
    lines = [
        f"{data['kind']} card {data['serial']} ({data['medium']}) meter {data['meter_number']} "
        f"account {data['account']}  SGC {data['sgc']} TI {data['ti']:02d} KRN {data['krn']}"
    ]
    if data["replaces_serial"]:
        lines.append(f"  replaces card {data['replaces_serial']}")
    if not data["complete"]:
        lines.append("  LAST WRITE INTERRUPTED: write the same purchase again (card write-purchase)")
    purchase = data["purchase"]
    if purchase:
        lines.append(
            f"  purchase {purchase['count']}: "
            + ", ".join(f"{t['kind']} {t['number']}" for t in purchase["tokens"])
            if purchase["tokens"]
            else f"  purchase {purchase['count']}: no tokens"
        )
    back = data["write_back"]
    if back and not back["time"]:
        lines.append("  the meter has not read this card yet")
    elif back:
        lines.append(
            f"  meter: purchase {back['purchase_count_accepted']} loaded, credit "
            f"{back['credit_tenths_kwh'] / 10:.1f} kWh, used {back['energy_used_tenths_kwh'] / 10:.1f} kWh, "
            f"tamper {back['tamper']}, KRN {back['krn']}"
        )
    if data["kind"] != "technician":
        lines.append("  loaded into the meter" if data["loaded"] else "  NOT YET LOADED into the meter")
    return "\n".join(lines)


def _with_card(args, action, currency: bool = False):
    """Run ``action(office, session, medium)``; returns (office currency or None, its result)."""
    from sts_pos.devices.cards.pcsc import open_medium

    with open_office(args) as office:
        session = login(office)
        unlock(office)
        with open_medium(args.reader) as (medium, _card):
            result = action(office, session, medium)
        return (office.repo.settings().currency if currency else None), result


def cmd_psc_set(args: argparse.Namespace) -> int:
    import re

    from sts_pos.commands._common import ask
    from sts_pos.devices.cards import office_link

    with open_office(args) as office:
        session = login(office)
        unlock(office)
        first = ask("STS_POS_CARD_PSC", "Office card PSC (6 hex digits): ", secret=True).strip().upper()
        again = ask("STS_POS_CARD_PSC", "The same PSC again: ", secret=True).strip().upper()
        if first != again:
            raise UserFacingError("The two PSCs typed differ; nothing was changed. Type the same PSC twice.")
        if not re.fullmatch(r"[0-9A-F]{6}", first):
            raise UserFacingError("The office PSC is 6 hexadecimal digits (0-9, A-F), as the meters were given "
                                  "it; nothing was changed.")
        office_link.set_office_psc(office, session, bytes.fromhex(first))
    emit(args, {"psc_set": True}, "The office card PSC is set and kept sealed in the key vault. Cards issued "
                                  "from now on open with it.")
    return 0


def cmd_readers(args: argparse.Namespace) -> int:
    from sts_pos.devices.cards.service import reader_status

    readers = [{"reader": r.name, "card": r.card_present, "atr": r.atr} for r in reader_status()]
    emit(
        args,
        {"readers": readers},
        "\n".join(f"{r['reader']}: {'card ' + r['atr'] if r['card'] else 'empty'}" for r in readers)
        or "No card readers.",
    )
    return 0


def cmd_read(args: argparse.Namespace) -> int:
    from sts_pos.devices.cards import office_link

    _office, reading = _with_card(args, office_link.read)
    data = reading.to_dict()
    emit(args, {"card": data}, _reading_text(data))
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    from sts_pos.devices.cards import office_link

    _office, reading = _with_card(
        args,
        lambda o, s, m: office_link.issue(
            o, s, m, args.meter, args.kind, args.force, args.job, args.psc_retry
        ),
    )
    data = reading.to_dict()
    emit(args, {"card": data}, "Card issued.\n" + _reading_text(data))
    return 0


def cmd_write_purchase(args: argparse.Namespace) -> int:
    from sts_pos.commands.vending import _amounts
    from sts_pos.devices.cards.purchases import sell_onto_card

    def sell(office, session, medium):
        amount, kwh10 = _amounts(office, args)
        return sell_onto_card(
            office, session, medium, args.meter, amount, kwh10, args.request_id, args.psc_retry,
            tender_type=args.tender,
        )

    currency, done = _with_card(args, sell, currency=True)
    result, reading = done.result, done.reading
    data = result.as_json(currency) | {"card": reading.to_dict(), "resumed": done.resumed}
    sale = result.sale
    if done.resumed:
        text = (
            f"Sale {sale.receipt_no} was paid earlier and its write to the card was interrupted: it is now on "
            f"the card as purchase {reading.purchase.count} ({sale.units_kwh10 / 10:.1f} kWh). Nothing new was "
            "sold; sell again for a new purchase. Ask the customer to insert the card in the meter."
        )
    else:
        text = (
            f"Sale {sale.receipt_no}: {sale.units_kwh10 / 10:.1f} kWh written to the card as purchase "
            f"{reading.purchase.count}. Ask the customer to insert the card in the meter."
        )
    emit(args, data, text)
    return 0


def cmd_reissue(args: argparse.Namespace) -> int:
    from sts_pos.devices.cards import office_link

    currency, (result, reading) = _with_card(
        args, lambda o, s, m: office_link.reissue(o, s, m, args.sale, args.psc_retry), currency=True
    )
    emit(
        args,
        result.as_json(currency) | {"card": reading.to_dict()},
        f"Sale {result.sale.receipt_no} written again to the card as purchase {reading.purchase.count}.",
    )
    return 0


def _move_card(args: argparse.Namespace) -> int:
    from sts_pos.devices.cards.simulator import move_card

    try:
        move_card(Path(args.file), args.move_to)
    except FileNotFoundError:
        raise UserFacingError(
            f"There is no virtual card in {args.file}. Start the card simulator with that file first "
            "(sts-pos card-sim --file ...)."
        ) from None
    where = "the virtual card reader" if args.move_to == "reader" else "the meter's card slot"
    emit(args, {"card_file": str(Path(args.file).resolve()), "location": args.move_to}, f"Card moved to {where}.")
    return 0


def cmd_card_sim(args: argparse.Namespace) -> int:
    import select
    import signal

    from sts_pos.devices.cards.pcscd import PcscdUnavailable, PrivatePcscd, VirtualCardProcess
    from sts_pos.devices.cards.simulator import card_location, load_chip, mark_served, move_card

    if args.move_to:
        return _move_card(args)

    def stop(_signo, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)  # a terminated simulator still stops its pcscd and card
    path = Path(args.file).resolve()
    load_chip(path, args.kind, home="reader")  # a new blank card, or the one kept in the file
    mark_served(path)
    try:
        daemon = PrivatePcscd().start()
    except PcscdUnavailable as exc:
        raise UserFacingError(f"The card simulator cannot start pcscd: {exc}.") from exc
    card = VirtualCardProcess(daemon.port, path, args.kind)
    try:
        pulled = card_location(path) != "reader"
        if not pulled:
            card.insert()
        info = {
            "PCSCLITE_CSOCK_NAME": daemon.csock,
            "reader": "Virtual PCD 00 00",
            "card_file": str(card.file),
            "kind": args.kind,
            "vpcd_port": daemon.port,
        }
        emit(
            args,
            info,
            f"Virtual card reader ready. In the terminal where you run sts-pos, first run:\n"
            f"  export PCSCLITE_CSOCK_NAME={daemon.csock}\n"
            f"Card: {args.kind} in 'Virtual PCD 00 00', memory kept in {card.file}.\n"
            f"Move it to a meter simulator (meter-sim --card-slot {card.file}) and back with\n"
            f"  sts-pos card-sim --file {card.file} --move-to meter   (or --move-to reader)\n"
            "Press Enter to pull / re-insert the card, Ctrl-C to stop.",
        )
        sys.stdout.flush()
        deadline = None if args.duration is None else time.monotonic() + args.duration
        interactive = sys.stdin.isatty() and deadline is None
        was_missing = False
        while deadline is None or time.monotonic() < deadline:
            where = card_location(path)
            if where == "meter" and was_missing:  # the file was moved back here: the card is in the reader
                move_card(path, "reader")
                where = "reader"
            was_missing = where is None
            if where != "reader" and card.process is not None:
                card.remove()
                print("Card taken out of the reader (it is in the meter)." if where else "Card file moved away.")
            elif where == "reader" and card.process is None and not pulled:
                card.insert()
                print("Card back in the reader.")
            if interactive and select.select([sys.stdin], [], [], 0.1)[0]:
                sys.stdin.readline()
                pulled = card.process is not None
                if pulled:
                    card.remove()
                    print("Card pulled.")
                elif where == "reader":
                    card.insert()
                    print("Card inserted.")
            elif not interactive:
                time.sleep(0.1 if deadline is None else max(0.0, min(0.1, deadline - time.monotonic())))
            sys.stdout.flush()
    except KeyboardInterrupt:
        pass
    finally:
        card.remove()
        daemon.stop(remove_directory=True)
    return 0


__all__ = ["register"]
