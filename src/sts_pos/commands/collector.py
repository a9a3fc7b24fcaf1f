"""``sts-pos collector-server | collector-sim | collector ...``: the GPRS collector link from the command line.

* ``collector-server --listen HOST:PORT`` runs the office's listener and its work loop (token deliveries,
  readings, alarms, relay commands) until interrupted or for ``--duration`` seconds. The default address
  is the ``collector_listen`` setting (127.0.0.1:9645); an address other than the loopback one must first
  be set there by an administrator (``sts-pos settings set collector_listen=0.0.0.0:9645``).
* ``collector-sim --connect HOST:PORT --id ID --meters N1,N2 [--from-office]`` plays a DTU with virtual
  meters; faults on demand as lines on standard input: ``drop SECONDS``, ``slow SECONDS``, ``silent METER``,
  ``tamper METER``, ``untamper METER``, ``skew METER SECONDS``, ``ok`` (clear all), ``status``.
* ``collector add|edit|list|strangers|read|relay|readings`` (see ``commands.deliveries`` for ``deliveries``
  and ``alarms``).
* ``collector sms --port MODEM [--every SECONDS] [--duration SECONDS]``: the SMS channel for collectors with
  an SMS number and no standing connection (``devices.collector.sms_link``): token messages out through the
  office's SMS outbox, the collectors' RESULT replies read back from the modem; once, or every SECONDS.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import re
import signal
import time

from sts_pos.commands import collector_sim
from sts_pos.commands._common import db_path, emit, json_flag, login, open_office, real, whole
from sts_pos.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("collector-server", help="listen for GPRS collectors and deliver tokens through them")
    p.add_argument("--listen", help="HOST:PORT to listen on (default: the collector_listen setting, 127.0.0.1:9645)")
    p.add_argument("--duration", type=real(0, 1e7, "duration in seconds"), help="stop after this many seconds")
    json_flag(p).set_defaults(func=cmd_server)

    collector_sim.register(subparsers)

    p = subparsers.add_parser("collector", help="the office's GPRS collectors and remote meters")
    sub = p.add_subparsers(dest="collector_command", metavar="add|edit|list|strangers|read|relay|readings|sms",
                           required=True)
    q = sub.add_parser("add", help="register a collector (technician or supervisor)")
    q.add_argument("--id", required=True, dest="identifier")
    q.add_argument("--name", default="")
    q.add_argument("--secret", help="shared secret the collector must send with its registration")
    q.add_argument("--sms-number")
    json_flag(q).set_defaults(func=cmd_add)
    q = sub.add_parser("edit")
    q.add_argument("--id", required=True, dest="identifier")
    q.add_argument("--name")
    q.add_argument("--secret", help="new shared secret ('' removes it)")
    q.add_argument("--sms-number")
    q.add_argument("--active", choices=["yes", "no"])
    json_flag(q).set_defaults(func=cmd_edit)
    json_flag(sub.add_parser("list")).set_defaults(func=cmd_list)
    json_flag(sub.add_parser("strangers", help="connections refused: unknown identifiers to add")).set_defaults(
        func=cmd_strangers)
    q = sub.add_parser("read", help="read a remote meter now (the collector server does it)")
    q.add_argument("--meter", required=True)
    q.add_argument("--wait", type=real(0, 600, "wait in seconds"), default=30.0)
    json_flag(q).set_defaults(func=cmd_read)
    q = sub.add_parser("relay", help="disconnect or reconnect a remote meter's relay (supervisor, with a reason)")
    q.add_argument("--meter", required=True)
    action = q.add_mutually_exclusive_group(required=True)
    action.add_argument("--disconnect", action="store_true")
    action.add_argument("--reconnect", action="store_true")
    q.add_argument("--reason", required=True)
    q.add_argument("--wait", type=real(0, 600, "wait in seconds"), default=30.0)
    json_flag(q).set_defaults(func=cmd_relay)
    q = sub.add_parser("sms", help="send tokens to collectors by SMS and read their replies (GSM modem)")
    q.add_argument("--port", required=True, help="the modem's serial port (or a simulator's pty)")
    q.add_argument("--outbox", default=None, help="SMS outbox file (default: next to the database)")
    q.add_argument("--every", type=real(0.1, 86400, "interval in seconds"), default=None,
                   help="keep going: a cycle every this many seconds (default: one cycle)")
    q.add_argument("--duration", type=real(0, 1e7, "duration in seconds"), default=None)
    q.add_argument("--timeout", type=real(0.1, 600, "timeout in seconds"), default=5.0)
    json_flag(q).set_defaults(func=cmd_sms)
    q = sub.add_parser("readings", help="a meter's latest readings (card and collector)")
    q.add_argument("--meter", required=True)
    q.add_argument("--limit", type=whole(1, 10_000, "limit"), default=20)
    json_flag(q).set_defaults(func=cmd_readings)


def host_port(text: str, default_port: int = 9645) -> tuple[str, int]:
    host, sep, port = text.strip().rpartition(":")
    if not sep:
        host, port = text.strip(), str(default_port)
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) <= 65535 or not _host_ok(host):
        raise UserFacingError(f"'{text}' is not HOST:PORT (an IP address or computer name, and a port from 0 to "
                              "65535), e.g. 127.0.0.1:9645.")
    return host, int(port)


def _host_ok(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return bool(re.fullmatch(r"(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                                 r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*", host))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _records(office):
    from sts_pos.store.collectors import CollectorRecords
    from sts_pos.store.deliveries import Deliveries

    return CollectorRecords(office.repo, office.clock), Deliveries(office.repo, office.clock)


# -- the server ----------------------------------------------------------------------------------------
def cmd_server(args: argparse.Namespace) -> int:
    from sts_pos.devices.collector import LinkFormat, Station
    from sts_pos.store.collectors import StationDb

    with open_office(args) as office:
        configured = office.repo.setting("collector_listen") or "127.0.0.1:9645"
        LinkFormat.from_settings({r[0]: r[1] for r in office.repo.q("SELECT key, value FROM settings")})
    host, port = host_port(args.listen or configured)
    if not _is_loopback(host) and host != host_port(configured)[0]:
        raise UserFacingError(f"Listening on {host} would face the network; the office listens on {configured} until "
                              f"an administrator sets collector_listen (sts-pos settings set collector_listen={host}:"
                              f"{port}). Nothing was started.")
    path = db_path(args)

    def event(kind: str, identifier: str, detail: dict) -> None:
        if args.json:
            print(json.dumps({"event": kind, "collector": identifier, **detail}), flush=True)
        elif kind == "refused":
            print(f"Refused {identifier or 'a connection'} from {detail['peer']}: {detail['reason']}", flush=True)
        else:
            print(f"Collector {identifier} {kind} ({detail.get('reason') or detail['peer']})", flush=True)
    station = Station(lambda: StationDb(path), on_event=event)

    async def main() -> None:
        try:
            address = await station.start(host, port)
        except (OSError, UnicodeError) as exc:
            why = getattr(exc, "strerror", None) or str(exc)
            raise UserFacingError(f"Cannot listen on {host}:{port}: {why}. Choose another address or port, or stop "
                                  "the program that uses it.") from None
        info = {"listening": f"{address[0]}:{address[1]}", "pid": os.getpid()}
        print(json.dumps(info) if args.json else f"Listening for collectors on {info['listening']}. Press Ctrl-C "
              "to stop.", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, stop.set)
        until = None if args.duration is None else loop.time() + args.duration
        try:
            await station.run(until=until, stop=stop)
        finally:
            await station.close()

    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    return 0


# -- the registry --------------------------------------------------------------------------------------
def cmd_add(args: argparse.Namespace) -> int:
    from sts_pos.devices.collector import LinkFormat

    with open_office(args) as office:
        session = login(office)
        fmt = LinkFormat.from_settings({r[0]: r[1] for r in office.repo.q("SELECT key, value FROM settings")})
        identifier = fmt.check_identifier(args.identifier)
        collectors, _ = _records(office)
        collectors.add_collector(session, identifier, name=args.name, secret=args.secret, sms_number=args.sms_number)
        emit(args, {"collector": identifier}, f"Collector {identifier} added.")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        collectors, _ = _records(office)
        collectors.edit_collector(session, args.identifier, name=args.name, secret=args.secret,
                                  sms_number=args.sms_number, active=None if args.active is None else args.active == "yes")
        emit(args, {"collector": args.identifier}, f"Collector {args.identifier} changed.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        collectors, _ = _records(office)
        rows = collectors.list_collectors()
        clock = office.repo.settings().office_time
        emit(args, {"collectors": rows}, "\n".join(
            f"{r['id']:<20} {r['name'][:20]:<20} {r['meters']:>5} meters  last seen "
            f"{clock.minute(r['last_seen_at']) if r['last_seen_at'] else 'never'}"
            f"{'' if r['active'] else '  DISABLED'}" for r in rows) or "No collectors yet.")
    return 0


def cmd_strangers(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        collectors, _ = _records(office)
        rows = collectors.strangers()
        clock = office.repo.settings().office_time
        emit(args, {"strangers": rows}, "\n".join(
            f"{r['identifier']:<24} from {r['peer']:<22} {r['attempts']:>4}x  last {clock.minute(r['last_seen_at'])}: "
            f"{r['reason']}" for r in rows) or "No refused connections.")
    return 0


def _remote(collectors, meter: str):
    row = collectors.remote_meter(meter)
    if row is None:
        raise UserFacingError(f"Meter {meter} is not behind a collector; mark it with 'sts-pos meters edit --meter "
                              f"{meter} --collector ID' first.")
    return row


def cmd_read(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        collectors, _ = _records(office)
        remote = _remote(collectors, args.meter)
        request_id = collectors.request_read(session, args.meter)
        deadline = time.monotonic() + args.wait
        row = collectors.read_request(request_id)
        while (row["done_at"] is None or row["result"] == "reading") and time.monotonic() < deadline:
            time.sleep(0.1)
            row = collectors.read_request(request_id)
        if row["result"] == "done":
            reading = collectors.readings(args.meter, 1)[0]
            emit(args, {"meter_number": remote.meter_number, "reading": reading},
                 f"Meter {remote.meter_number}: credit {reading['credit_kwh10'] / 10:.1f} kWh, energy "
                 f"{reading['energy_used_kwh10'] / 10:.1f} kWh, relay {'closed' if reading['relay_closed'] else 'open'}"
                 f", tamper {'yes' if reading['tamper'] else 'no'}, meter clock {reading['meter_clock'] or '-'}")
            return 0
        if row["result"] and row["result"].startswith("failed"):
            raise UserFacingError(f"Meter {remote.meter_number} could not be read through collector "
                                  f"{remote.collector_id}: {row['result'][8:]}")
        raise UserFacingError(f"The read of meter {remote.meter_number} is queued (request {request_id}) but no answer "
                              f"came within {args.wait:g} s: collector {remote.collector_id} is offline or no collector "
                              "server runs ('sts-pos collector-server'). It is read as soon as the collector connects.")


def cmd_relay(args: argparse.Namespace) -> int:
    action = "disconnect" if args.disconnect else "reconnect"
    with open_office(args) as office:
        session = login(office)
        collectors, deliveries = _records(office)
        remote = _remote(collectors, args.meter)
        command_id = deliveries.request_relay(session, remote.meter_id, remote.meter_number, remote.collector_id,
                                              action, args.reason)
        deadline = time.monotonic() + args.wait
        row = deliveries.relay_command(command_id)
        while row["status"] in ("queued", "sent") and time.monotonic() < deadline:
            time.sleep(0.1)
            row = deliveries.relay_command(command_id)
        data = {"command": command_id, "meter_number": remote.meter_number, "action": action,
                "status": row["status"], "result": row["result"]}
        if row["status"] == "done":
            emit(args, data, f"Meter {remote.meter_number}: relay {action}ed ({row['result']}).")
            return 0
        if row["status"] in ("refused", "failed"):
            raise UserFacingError(f"Meter {remote.meter_number} did not {action} its relay: {row['result']}. The "
                                  "attempt is in the audit log; try again or send a technician.")
        emit(args, data, f"The {action} of meter {remote.meter_number} is queued (command {command_id}); collector "
                         f"{remote.collector_id} is offline or no collector server runs. It is sent when it connects.")
        return 3


def cmd_readings(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        login(office)
        collectors, _ = _records(office)
        rows = collectors.readings(args.meter, args.limit)
        clock = office.repo.settings().office_time
        emit(args, {"readings": rows}, "\n".join(
            f"{clock.minute(r['read_at'])} {r['source']:<9} credit {r['credit_kwh10'] / 10:>8.1f} kWh  energy "
            f"{r['energy_used_kwh10'] / 10:>9.1f} kWh  tamper {'yes' if r['tamper'] else 'no'}"
            + ("" if r["relay_closed"] is None else f"  relay {'closed' if r['relay_closed'] else 'open'}")
            for r in rows) or "No readings.")
    return 0


def queue_remote(office, *, sale_id: int | None = None, job_id: int | None = None) -> tuple[list[dict], str]:
    """After a sale or job is ISSUED: queue its tokens if the meter is behind a collector (the collector server's
    sweep would do it too, this makes it at once); returns the deliveries and a line for the operator."""
    _, deliveries = _records(office)
    rows = deliveries.enqueue_sale(sale_id) if sale_id is not None else deliveries.enqueue_job(job_id)
    if not rows:
        return [], ""
    return rows, (f"  Sent to the meter through collector {rows[0]['collector']}: {len(rows)} token(s) queued "
                  "('sts-pos deliveries list' shows the meter's answer).")


def cmd_sms(args: argparse.Namespace) -> int:
    """The SMS channel to collectors: cycles of send due tokens, send the outbox, read the replies."""
    from sts_pos.devices.collector.sms_link import SmsCollectorLink
    from sts_pos.devices.sms import GsmModem, SmsOutbox, default_path

    # the outbox beside the office file, or in this PC's folder for a network office (never a path made from
    # the server's address): office.path is either
    with open_office(args) as office, SmsOutbox(args.outbox or default_path(office.path)) as outbox, \
            GsmModem(args.port, timeout=args.timeout) as modem:
        login(office)  # whoever runs the channel is a known user of the office
        collectors, deliveries = _records(office)
        link = SmsCollectorLink(deliveries, collectors, outbox)
        modem.setup()
        started, totals = time.monotonic(), {"queued": 0, "sent": 0, "replies": 0, "ignored": 0}
        while True:
            done = link.cycle(modem)
            for key in totals:
                totals[key] += getattr(done, key)
            if args.every is None or (args.duration is not None and time.monotonic() - started >= args.duration):
                break
            time.sleep(args.every)
        emit(args, totals, f"{totals['queued']} token message(s) queued, {totals['sent']} sent, "
                           f"{totals['replies']} collector replies recorded, {totals['ignored']} other message(s).")
    return 0
