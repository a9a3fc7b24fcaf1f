"""``sts-pos meter-sim`` (a simulated meter on a serial port) and ``sts-pos meter read|send-token|test``.

``meter-sim`` builds the engine's virtual meter from the meter number and key parameters given (the
defaults are a demo-office STA meter with the published test vending key), then serves DL/T 645-2007 and
IEC 62056-21 on ``--port`` (a serial device or pyserial URL) or, without ``--port``, on a new pty whose
path it prints. It runs until interrupted, or for ``--duration`` seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
import time

from sts_pos.commands._common import real, whole
from sts_pos.errors import UserFacingError

DEMO_VENDING_KEYS = {"02": "abababababababab", "04": "abababababababab949494949494949401234567"}


def register(subparsers: argparse._SubParsersAction) -> None:
    sim = subparsers.add_parser("meter-sim", help="run a simulated STS meter on a serial port or a new pty")
    sim.add_argument("--port", help="serial device or pyserial URL to serve on (default: create a pty)")
    sim.add_argument("--meter", default="01234567897", help="meter number (11 or 13 digits)")
    sim.add_argument("--from-office", action="store_true",
                     help="take the meter's key parameters from the office database (--db), as the demo lists them")
    sim.add_argument("--sgc", default="123456", help="supply group code")
    sim.add_argument("--ti", type=whole(0, 99, "tariff index"), default=1, help="tariff index")
    sim.add_argument("--krn", type=whole(1, 15, "key revision number"), default=1, help="key revision number")
    sim.add_argument("--key-type", type=whole(0, 3, "key type"), default=2)
    sim.add_argument("--base-date", default="2014", help="TID base date 1993, 2014 or 2035")
    sim.add_argument("--dkga", default="02", choices=["02", "04"])
    sim.add_argument("--ea", default=None, choices=["07", "09", "11"], help="default 07 (DKGA02) or 11 (DKGA04)")
    sim.add_argument("--vending-key-env", default="STS_POS_SIM_VENDING_KEY",
                     help="environment variable holding the vending key in hex (default: the demo test key)")
    sim.add_argument("--credit", type=real(0, 1e8, "credit in kWh"), default=0.0, help="credit at start, kWh")
    sim.add_argument("--load-w", type=whole(0, 10 ** 7, "load in watts"), default=1000, help="load on the meter, watts")
    sim.add_argument("--speed", type=real(0.001, 1e6, "speed"), default=1.0, help="run the clock this many times faster")
    sim.add_argument("--iec-reaction-ms", type=whole(200, 1500, "IEC 62056-21 reaction time in ms"), default=200,
                     help="IEC 62056-21 reaction time, 200-1500 ms as the standard allows (default 200)")
    sim.add_argument("--fault", action="append", default=[], help="misbehave: silent, garbage, truncate, bad_checksum")
    sim.add_argument("--duration", type=real(0, 1e7, "duration in seconds"), default=None, help="stop after this many seconds")
    sim.add_argument("--card-slot", default=None,
                     help="the card file shared with card-sim (the same --file): "
                          "'sts-pos card-sim --file FILE --move-to meter' puts the card in this meter's slot, "
                          "'--move-to reader' takes it back to the reader")
    sim.add_argument("--card-psc-env", default="STS_POS_SIM_CARD_PSC",
                     help="environment variable holding the office card PSC (6 hex digits), with --card-slot")
    sim.set_defaults(func=run_sim)

    meter = subparsers.add_parser("meter", help="talk to a meter on a serial port (DL/T 645 or IEC 62056-21)")
    actions = meter.add_subparsers(dest="meter_command", metavar="ACTION", required=True)
    for name, helptext in (("read", "read the meter's identity and registers"),
                           ("send-token", "enter a token and show the meter's result"),
                           ("test", "send a test/display token (no key needed)")):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("--port", required=True, help="serial device or pyserial URL")
        action.add_argument("--protocol", default="dlt645", choices=["dlt645", "iec62056-21"])
        action.add_argument("--address", default=None, help="DL/T 645 address (default: ask the meter)")
        action.add_argument("--timeout", type=real(0.01, 3600, "timeout in seconds"), default=2.0, help="seconds to wait for each answer")
        action.add_argument("--baudrate", type=whole(50, 4_000_000, "baud rate"), default=None)
        action.add_argument("--profile", default="sts-pos-sim",
                            help="the meter model's STS registers: sts-pos-sim (the simulator's), standard (none), "
                                 "or a profile file (.json) from the manufacturer's register list")
        if name == "send-token":
            action.add_argument("token", help="the 20-digit token (spaces and dashes allowed)")
        if name == "test":
            action.add_argument("--control", type=whole(0, 2 ** 36 - 1, "control value"), default=1, help="test control bits (1 = all tests)")
            action.add_argument("--manufacturer-code", type=whole(0, 9999, "manufacturer code"), default=0)
        action.set_defaults(func=run_meter)


def _virtual_meter(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from sts_pos.sts.keys import KeyParameters
    from sts_pos.sts.meter import VirtualMeter
    from sts_pos.sts.meter_number import parse_meter_number

    number = parse_meter_number(args.meter)
    if args.from_office:
        params = _office_params(args, number.drn)
    else:
        ea = args.ea or ("11" if args.dkga == "04" else "07")
        params = KeyParameters(args.sgc, args.ti, args.krn, key_type=args.key_type, base_date=args.base_date,
                               dkga=args.dkga, ea=ea)
    key_hex = os.environ.get(args.vending_key_env) or DEMO_VENDING_KEYS[params.dkga]
    try:
        vending_key = bytes.fromhex(key_hex)
    except ValueError as exc:
        raise UserFacingError(f"The vending key in {args.vending_key_env} is not hexadecimal.") from exc
    meter = VirtualMeter.with_vending_key(number, params, vending_key)
    meter.credit = int(round(args.credit * 10))
    return meter


def _office_params(args: argparse.Namespace, drn: str):  # type: ignore[no-untyped-def]
    """The key parameters the office has on record for the meter (no login: they are not secret)."""
    from sts_pos.commands._common import open_office

    office = open_office(args)
    try:
        meter = office.repo.meter_by_number(drn)
    finally:
        office.close()
    if meter is None:
        raise UserFacingError(f"The office database has no meter {drn}; check the number or add the meter first.")
    return meter.params


def run_sim(args: argparse.Namespace) -> int:
    from sts_pos.devices.meter import MeterResponder, MeterSimServer, SimulatedMeter, start_simulator
    from sts_pos.devices.meter.client import DLT645_SERIAL, open_port
    from sts_pos.devices.meter.sim_server import FAULTS

    unknown = set(args.fault) - set(FAULTS)
    if unknown:
        raise UserFacingError(f"Unknown fault {sorted(unknown)[0]!r}: choose from {', '.join(FAULTS)}.")
    sim = SimulatedMeter(_virtual_meter(args), load_w=args.load_w, speed=args.speed)
    if args.port:
        port = open_port(args.port, 0.05, **DLT645_SERIAL)
        responder = MeterResponder(sim, iec_reaction_time=args.iec_reaction_ms / 1000)
        server = MeterSimServer(responder, port=port).start()
        path, stop = args.port, lambda: (server.stop(), port.close())
    else:
        pty = start_simulator(sim, iec_reaction_time=args.iec_reaction_ms / 1000)
        responder, server, path, stop = pty.responder, pty.server, pty.port_path, pty.stop
    responder.faults = set(args.fault)
    if not args.json:
        sim.on_token = lambda text, outcome: print(
            f"token {text}: {outcome.result.display} - {outcome.help_text}", flush=True)
    info = {"port": path, "meter_number": sim.meter.meter_number.drn, "address": sim.address,
            "protocols": ["dlt645", "iec62056-21"]}
    if args.json:
        print(json.dumps(info), flush=True)
    else:
        print(f"Simulated meter {info['meter_number']} (DL/T 645 address {sim.address}, also IEC 62056-21) "
              f"on {path}. Press Ctrl-C to stop.", flush=True)
    slot = _card_slot(args, sim)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    deadline = None if args.duration is None else time.monotonic() + args.duration
    try:
        while not done.wait(0.2 if slot else (None if deadline is None else max(0.0, deadline - time.monotonic()))):
            if deadline is not None and time.monotonic() >= deadline:
                break
            if slot:
                _poll_slot(args, slot)
    except KeyboardInterrupt:
        pass
    finally:
        stop()
    if server.error is not None:
        print(f"sts-pos: the simulator stopped: {server.error}", file=sys.stderr)
        return 1
    return 0


def _card_slot(args: argparse.Namespace, sim):  # type: ignore[no-untyped-def]
    if not args.card_slot:
        return None
    from sts_pos.devices.meter.card_slot import CardSlot

    psc_hex = os.environ.get(args.card_psc_env, "")
    try:
        psc = bytes.fromhex(psc_hex)
    except ValueError:
        psc = b""
    if len(psc) != 3:
        raise UserFacingError(f"Put the office card PSC (6 hex digits) in {args.card_psc_env} to use the card slot.")
    sim.attach_card_reader(psc)
    return CardSlot(sim, args.card_slot)


def _poll_slot(args: argparse.Namespace, slot) -> None:  # type: ignore[no-untyped-def]
    try:
        load = slot.poll()
    except UserFacingError as exc:
        load, message = None, f"Card error: {exc.message}"
    else:
        message = load.message if load else ""
    if load is None and not message:
        return
    if args.json:
        print(json.dumps({"card": load.status if load else "error", "message": message,
                          "results": [[label, result.name] for label, result in (load.results if load else ())]}),
              flush=True)
    else:
        print(message, flush=True)


def run_meter(args: argparse.Namespace) -> int:
    from sts_pos.devices.meter import MeterLink
    from sts_pos.devices.meter.profiles import profile_named

    profile = profile_named(args.profile)
    with MeterLink(args.port, args.protocol, address=args.address, timeout=args.timeout,
                   baudrate=args.baudrate, profile=profile) as link:
        if args.meter_command == "read":
            reading = link.read()
            if args.json:
                print(json.dumps(reading.as_dict()))
            else:
                for label, value in reading.lines():
                    print(f"{label:14} {value}")
            return 0
        if args.meter_command == "send-token":
            token, result = args.token, link.send_token(args.token)
        else:
            token, result = link.send_test_token(args.control, args.manufacturer_code)
        if result is None:
            raise UserFacingError("The meter took the token but reports no result; read its display.")
        if args.json:
            print(json.dumps({"token": token, "result": result.as_dict()}))
        else:
            print(f"Meter result {result.code} ({result.label}): {result.help_text}")
        return 0 if result.accepted else 1
