"""The remote channel of a network office (issue 17), end to end through the commands: a collector registered
(``collector add``), a meter put behind it (``meters edit --collector``), the office's ``collector-server`` and a
simulated collector (``collector-sim --from-office``) as real processes on loopback TCP; a sale on the server
reaches the meter (``deliveries list`` shows it accepted, the simulated meter's credit is up by the sold
units), the meter is read on demand (``collector read``), its tamper raises an alarm (``alarms list``) that a
technician acknowledges (``alarms ack``); and by SMS: ``collector sms`` through the modem of a collector
simulated with ``--sms-number``. Every effect is read on the server too (psycopg)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg

from tests.cli.inproc import office_cli

SRC = str(Path(__file__).parents[2] / "src")


def _env(office, **extra: str) -> dict[str, str]:
    env = office.env(None, **extra)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (SRC, env.get("PYTHONPATH", "")) if p)  # this tree's code
    return env


async def _start(office, *args: str):
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "sts_pos", "--db", office.path, *args,
                                                env=_env(office), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                                stderr=subprocess.PIPE)
    line = await asyncio.wait_for(proc.stdout.readline(), 30)
    if not line:
        raise AssertionError((await proc.stderr.read()).decode())
    proc.tokens = []
    return proc, json.loads(line)


async def _until_event(proc, kind: str, collector: str) -> dict:
    while True:
        line = await asyncio.wait_for(proc.stdout.readline(), 20)
        assert line, "the collector server ended"
        event = json.loads(line)
        if event.get("event") == kind and event.get("collector") == collector:
            return event


async def _ask(sim, command: str) -> dict:
    sim.stdin.write(f"{command}\n".encode())
    await sim.stdin.drain()
    while True:  # after the lines of the tokens its meters were given ({"token": ...})
        line = json.loads(await asyncio.wait_for(sim.stdout.readline(), 10))
        if "meters" in line:
            return line
        sim.tokens.append(line)


async def _stop(*procs) -> str:
    errors = ""
    for proc in procs:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 15)
        errors += err.decode()
    return errors


def _wait(condition, timeout: float = 20.0):
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, "not reached in time"
        time.sleep(0.1)
    return value


def _server_rows(url: str, sql: str, *params) -> list[tuple]:
    with psycopg.connect(url) as raw:
        return raw.execute(sql, params).fetchall()


def _remote_meter(office, collector: str, *add: str) -> str:
    number = office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    done = office_cli(office, "collector", "add", "--id", collector, "--name", "North feeder", *add,
                      username="technician")
    assert done.returncode == 0, done.stderr
    done = office_cli(office, "meters", "edit", "--meter", number, "--collector", collector, username="supervisor")
    assert done.returncode == 0, done.stderr
    fast = ("collector_retry_seconds=1", "collector_answer_seconds=2", "collector_register_seconds=2",
            "collector_heartbeat_seconds=5", "collector_read_minutes=0")
    done = office_cli(office, "settings", "set", *fast, username="admin")
    assert done.returncode == 0, done.stderr
    assert _server_rows(office.path, "SELECT c.id FROM meters m JOIN collectors c ON c.id = m.collector_id "
                                     "WHERE m.meter_number = %s", number) == [(collector,)]
    return number


def _deliveries(office, sale_id: int) -> list[dict]:
    done = office_cli(office, "deliveries", "list", "--sale", str(sale_id), "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_sale_on_the_server_reaches_a_remote_meter_through_the_collector_server(pg_demo_office):
    office, url = pg_demo_office, pg_demo_office.path
    number = _remote_meter(office, "COL-1", "--secret", "feeder-pw")
    listed = json.loads(office_cli(office, "collector", "list", "--json").stdout)["collectors"]
    assert [(c["id"], c["meters"], c["secret"], c["last_seen_at"]) for c in listed] == [("COL-1", 1, True, None)]

    async def scenario():
        server, hello = await _start(office, "collector-server", "--listen", "127.0.0.1:0", "--json",
                                     "--duration", "60")
        sim, sim_hello = await _start(office, "collector-sim", "--connect", hello["listening"], "--id", "COL-1",
                                      "--secret", "feeder-pw", "--meters", number, "--from-office", "--credit", "0",
                                      "--json", "--duration", "60")
        try:
            await _until_event(server, "registered", "COL-1")
            sold = office_cli(office, "vend", "--meter", number, "--amount", "150", "--json")
            assert sold.returncode == 0, sold.stderr
            sale = json.loads(sold.stdout)
            assert [d["status"] for d in sale["deliveries"]] == ["queued"]
            accepted = _wait(lambda: [d for d in _deliveries(office, sale["sale"]["id"]) if d["status"] == "accepted"])
            meter = (await _ask(sim, "status"))["meters"][number]
            read = office_cli(office, "collector", "read", "--meter", number, "--wait", "20", "--json")
            await _ask(sim, f"tamper {number}")
            office_cli(office, "collector", "read", "--meter", number, "--wait", "20")  # the tamper is read
            alarms = _wait(lambda: [a for a in json.loads(office_cli(office, "alarms", "list", "--json").stdout)
                                    ["alarms"] if a["kind"] == "tamper"])
            await _ask(sim, f"untamper {number}")  # the seal put right (a tampered meter keeps its relay open)
            relay = [office_cli(office, "collector", "relay", "--meter", number, f"--{action}", "--reason",
                                "unpaid account" if action == "disconnect" else "paid", "--wait", "20", "--json",
                                username="supervisor") for action in ("disconnect",)]
            relay.append((await _ask(sim, "status"))["meters"][number]["relay_closed"])
            relay.append(office_cli(office, "collector", "relay", "--meter", number, "--reconnect", "--reason", "paid",
                                    "--wait", "20", "--json", username="supervisor"))
            relay.append((await _ask(sim, "status"))["meters"][number]["relay_closed"])
            stranger, _ = await _start(office, "collector-sim", "--connect", hello["listening"], "--id", "COL-9",
                                       "--meters", number, "--json", "--duration", "30")
            await _until_event(server, "refused", "COL-9")
            await _stop(stranger)
            assert [t["address"] for t in sim.tokens] == [number[-12:].rjust(12, "0")]  # one token, once
            return sale, accepted, meter, read, alarms, sim_hello, relay
        finally:
            errors = await _stop(sim, server)
            assert "Traceback" not in errors, errors

    sale, accepted, meter, read, alarms, sim_hello, relay = asyncio.run(scenario())
    assert sim_hello["meters"] == {number: number[-12:].rjust(12, "0")}
    assert len(accepted) == 1 and accepted[0]["result"] == "Accept" and accepted[0]["collector"] == "COL-1"
    assert meter["credit_kwh"] == sale["sale"]["units_kwh"] > 0  # the sold units are in the meter
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["reading"]["credit_kwh10"] == round(sale["sale"]["units_kwh"] * 10)
    assert _server_rows(url, "SELECT status, attempts FROM deliveries WHERE sale_id = %s",
                        sale["sale"]["id"]) == [("accepted", 1)]
    assert _server_rows(url, "SELECT last_seen_at IS NOT NULL FROM collectors WHERE id = 'COL-1'") == [(True,)]

    disconnected, open_after, reconnected, closed_after = relay
    assert json.loads(disconnected.stdout)["status"] == "done" and open_after is False, disconnected.stderr
    assert json.loads(reconnected.stdout)["status"] == "done" and closed_after is True, reconnected.stderr
    assert _server_rows(url, "SELECT action, status FROM relay_commands ORDER BY id") == [
        ("disconnect", "done"), ("reconnect", "done")]
    readings = json.loads(office_cli(office, "collector", "readings", "--meter", number, "--json").stdout)["readings"]
    assert len(readings) >= 2 and {r["source"] for r in readings} == {"collector"} and readings[0]["tamper"]
    strangers = json.loads(office_cli(office, "collector", "strangers", "--json", username="technician").stdout)
    assert [(s["identifier"], s["reason"]) for s in strangers["strangers"]] == [("COL-9", "unknown identifier")]
    alarm = alarms[0]
    assert alarm["meter_number"] == number
    refused = office_cli(office, "alarms", "ack", "--id", str(alarm["id"]), "--note", "seal checked")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr  # a cashier may not
    done = office_cli(office, "alarms", "ack", "--id", str(alarm["id"]), "--note", "seal checked",
                      username="technician")
    assert done.returncode == 0, done.stderr
    assert _server_rows(url, "SELECT acknowledged_at IS NOT NULL FROM meter_alarms WHERE id = %s", alarm["id"]) == [(True,)]
    assert not [a for a in json.loads(office_cli(office, "alarms", "list", "--json").stdout)["alarms"]
                if a["id"] == alarm["id"]]
    report = json.loads(office_cli(office, "alarms", "report", "--json", username="technician").stdout)
    assert report["by_kind"]["tamper"] == {"raised": 1, "open": 0}
    missing = office_cli(office, "alarms", "ack", "--id", "99999", username="technician")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr and missing.stderr.strip()


def test_a_sale_on_the_server_reaches_a_collector_by_sms(pg_demo_office, tmp_path):
    office, url = pg_demo_office, pg_demo_office.path
    phone = "+639171234567"
    number = _remote_meter(office, "COL-SMS", "--sms-number", phone)

    async def scenario():
        sim, hello = await _start(office, "collector-sim", "--sms-number", phone, "--id", "COL-SMS", "--meters",
                                  number, "--from-office", "--json", "--duration", "60")
        try:
            sold = office_cli(office, "vend", "--meter", number, "--amount", "150", "--json")
            assert sold.returncode == 0, sold.stderr
            delivery = str(json.loads(sold.stdout)["deliveries"][0]["id"])
            cancelled = office_cli(office, "deliveries", "cancel", "--id", delivery, "--reason", "typed in by hand",
                                   username="supervisor")
            assert cancelled.returncode == 0 and "still on the receipt" in cancelled.stdout, cancelled.stderr
            assert _server_rows(url, "SELECT status FROM deliveries WHERE id = %s", int(delivery)) == [("failed",)]
            assert office_cli(office, "deliveries", "retry", "--id", delivery).returncode == 0
            assert _server_rows(url, "SELECT status FROM deliveries WHERE id = %s", int(delivery)) == [("queued",)]
            channel = office_cli(office, "collector", "sms", "--port", hello["office_modem"], "--json",
                                 username="technician")
            meter = (await _ask(sim, "status"))["meters"][number]
            return json.loads(sold.stdout), channel, meter
        finally:
            assert "Traceback" not in await _stop(sim)

    sale, channel, meter = asyncio.run(scenario())
    assert channel.returncode == 0, channel.stderr
    totals = json.loads(channel.stdout)
    assert (totals["sent"], totals["replies"], totals["ignored"]) == (1, 1, 0), totals
    assert [(d["status"], d["attempts"]) for d in _deliveries(office, sale["sale"]["id"])] == [("accepted", 1)]
    assert meter["credit_kwh"] == sale["sale"]["units_kwh"] > 0
    assert _server_rows(url, "SELECT status FROM deliveries WHERE sale_id = %s", sale["sale"]["id"]) == [("accepted",)]
    assert not list(Path.cwd().glob("postgresql*"))  # no outbox made from the server's address
    assert list((tmp_path / "local").rglob("*outbox*"))  # the outbox in this PC's folder for the office
