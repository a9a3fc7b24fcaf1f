"""``sts-pos collector-sim``: a simulated GPRS collector (DTU) with virtual meters, dialling the office.

Faults on demand as lines on standard input: ``drop SECONDS``, ``slow SECONDS``, ``silent METER``,
``tamper METER``, ``untamper METER``, ``power-cut METER``, ``skew METER SECONDS``, ``ok`` (clear slow and silent), ``status``;
each is answered with the simulator's status as JSON (``docs/collector-protocol.md``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys

from sts_pos.commands._common import db_path, json_flag, open_office, real, whole
from sts_pos.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("collector-sim", help="play a GPRS collector with virtual meters on its bus")
    p.add_argument("--connect", help="HOST:PORT of the office's collector server (GPRS link)")
    p.add_argument("--sms-number", help="the collector's SMS number: also start a simulated GSM modem for the "
                                        "office, whose messages to this number reach this collector by SMS")
    p.add_argument("--id", required=True, dest="identifier", help="the collector's identifier")
    p.add_argument("--meters", required=True, help="meter numbers on its bus, separated by commas")
    p.add_argument("--from-office", action="store_true", help="take the meters' key parameters from the office (--db)")
    p.add_argument("--secret", help="shared secret sent with the registration")
    p.add_argument("--credit", type=real(0, 1e6, "credit in kWh"), default=0.0, help="each meter's credit at start")
    p.add_argument("--load-w", type=whole(0, 10 ** 7, "load in watts"), default=1000)
    p.add_argument("--speed", type=real(0.001, 1e6, "speed"), default=1.0, help="run the meters' clock faster")
    p.add_argument("--heartbeat", type=real(0.1, 3600, "heartbeat interval"), default=30.0, help="seconds between heartbeats")
    p.add_argument("--duration", type=real(0, 1e7, "duration in seconds"), help="stop after this many seconds")
    json_flag(p).set_defaults(func=cmd_sim)


def office_meters(path, numbers: list[str], *, credit_kwh: float = 0.0, load_w: int = 1000, speed: float = 1.0):
    """Virtual meters with the key parameters the office has on record (and the demo vending keys, or
    ``STS_POS_SIM_VENDING_KEY``), and the office's UTC offset for their clocks."""
    from sts_pos.commands.meter import DEMO_VENDING_KEYS
    from sts_pos.devices.collector import RemoteMeter
    from sts_pos.store.office import Office
    from sts_pos.sts.meter import VirtualMeter
    from sts_pos.sts.meter_number import parse_meter_number

    office = Office.open(path, create=False)
    try:
        offset = office.repo.settings().utc_offset_minutes
        meters = []
        for text in numbers:
            number = parse_meter_number(text)
            record = office.repo.meter_by_number(number.drn)
            if record is None:
                raise UserFacingError(f"The office database has no meter {number.drn}; check the number or add the "
                                      "meter first.")
            row = office.repo.one("SELECT bus_address FROM meters WHERE id = ?", record.id)
            params = record.params
            key = bytes.fromhex(os.environ.get("STS_POS_SIM_VENDING_KEY") or DEMO_VENDING_KEYS[params.dkga])
            virtual = VirtualMeter.with_vending_key(number, params, key)
            virtual.credit = int(round(credit_kwh * 10))
            meters.append(RemoteMeter(virtual, address=row[0] if row and row[0] else None, load_w=load_w,
                                      speed=speed, utc_offset_minutes=offset))
        return meters
    finally:
        office.close()


def _plain_meters(numbers: list[str], credit_kwh: float, load_w: int, speed: float):
    from sts_pos.commands.meter import DEMO_VENDING_KEYS
    from sts_pos.devices.collector import RemoteMeter
    from sts_pos.sts.keys import KeyParameters
    from sts_pos.sts.meter import VirtualMeter
    from sts_pos.sts.meter_number import parse_meter_number

    params = KeyParameters("123456", 1, 1, key_type=2, base_date="2014", dkga="02", ea="07")
    key = bytes.fromhex(os.environ.get("STS_POS_SIM_VENDING_KEY") or DEMO_VENDING_KEYS["02"])
    out = []
    for text in numbers:
        virtual = VirtualMeter.with_vending_key(parse_meter_number(text), params, key)
        virtual.credit = int(round(credit_kwh * 10))
        out.append(RemoteMeter(virtual, load_w=load_w, speed=speed))
    return out


def cmd_sim(args: argparse.Namespace) -> int:
    from sts_pos.commands.collector import host_port
    from sts_pos.devices.collector import CollectorSim, LinkFormat

    if not args.connect and not args.sms_number:
        raise UserFacingError("Give the office's collector server with --connect HOST:PORT, or the collector's "
                              "SMS number with --sms-number (or both).")
    host, port = host_port(args.connect) if args.connect else ("", 0)
    numbers = [n.strip() for n in args.meters.split(",") if n.strip()]
    if not numbers:
        raise UserFacingError("Give at least one meter number with --meters (separated by commas).")
    fmt = LinkFormat()
    if args.from_office:
        meters = office_meters(db_path(args), numbers, credit_kwh=args.credit, load_w=args.load_w, speed=args.speed)
        with open_office(args) as office:
            fmt = LinkFormat.from_settings({r[0]: r[1] for r in office.repo.q("SELECT key, value FROM settings")})
    else:
        meters = _plain_meters(numbers, args.credit, args.load_w, args.speed)
    identifier = fmt.check_identifier(args.identifier)
    sim = CollectorSim(identifier, meters, fmt=fmt, secret=args.secret, heartbeat_seconds=args.heartbeat)
    sim.on_token = lambda address, label: print(json.dumps({"token": label, "address": address}) if args.json
                                                else f"meter {address}: token {label}", flush=True)
    by_number = {m.meter.meter_number.drn: m for m in meters}

    def status() -> dict:
        return {"collector": identifier, "connected": sim.connected.is_set(), "connections": sim.connections,
                "meters": {n: {"credit_kwh": m.registers().credit_tenths_kwh / 10,
                               "energy_kwh": m.registers().energy_tenths_kwh / 10, "tamper": m.meter.tamper,
                               "relay_closed": m.registers().relay_closed} for n, m in by_number.items()}}

    def command(line: str) -> None:
        words = line.split()
        try:
            if not words:
                return
            if words[0] == "drop":
                sim.drop(float(words[1]) if len(words) > 1 else 5.0)
            elif words[0] == "slow":
                sim.slow = float(words[1]) if len(words) > 1 else 2.0
            elif words[0] in ("silent", "tamper", "untamper", "skew", "power-cut"):
                meter = by_number[words[1]]
                if words[0] == "power-cut":
                    meter.power_cut()
                elif words[0] == "silent":
                    sim.silent.add(meter.address)
                elif words[0] == "skew":
                    meter.clock_skew_s = float(words[2])
                else:
                    sim.tamper(meter.address, words[0] == "tamper")
            elif words[0] == "ok":
                sim.slow, sim.silent = 0.0, set()
            elif words[0] != "status":
                raise ValueError(words[0])
            print(json.dumps(status()), flush=True)
        except (ValueError, IndexError, KeyError):
            print(f"sts-pos: '{line.strip()}' is not a simulator command: drop SECONDS, slow SECONDS, silent METER, "
                  "tamper METER, untamper METER, power-cut METER, skew METER SECONDS, ok, status.", file=sys.stderr, flush=True)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, sim.stop)
        if sys.stdin and not sys.stdin.closed:
            try:
                loop.add_reader(sys.stdin.fileno(), lambda: _stdin_line(loop, command))
            except (OSError, ValueError, NotImplementedError):
                pass
        modem = None
        if args.sms_number:
            from sts_pos.devices.sms.simulator import ModemResponder, start_modem_simulator

            modem = start_modem_simulator(ModemResponder(network=sim.sms_network(args.sms_number)))
        print(json.dumps({"collector": identifier, "connect": f"{host}:{port}" if args.connect else None,
                          "sms_number": args.sms_number, "office_modem": modem.port_path if modem else None,
                          "meters": {n: m.address for n, m in by_number.items()}}) if args.json else
              f"Simulated collector {identifier} with {len(meters)} meters"
              + (f" dialling {host}:{port}" if args.connect else "")
              + (f"; the office's modem for SMS to {args.sms_number} is {modem.port_path} "
                 f"(sts-pos collector sms --port {modem.port_path})" if modem else "") + ".", flush=True)
        until = None if args.duration is None else loop.time() + args.duration
        try:
            if args.connect:
                await sim.run(host, port, until=until)
            else:
                while not sim.stopped and (until is None or loop.time() < until):
                    await asyncio.sleep(0.1)
        finally:
            if modem is not None:
                modem.stop()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    return 0


def _stdin_line(loop, command) -> None:
    line = sys.stdin.readline()
    if not line:
        loop.remove_reader(sys.stdin.fileno())
        return
    command(line)
