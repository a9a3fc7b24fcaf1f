"""More of the remote channel end to end: an engineering token delivered (clear tamper clears the meter and
its alarm), the hex registration format, the ``collector-sim`` command's faults typed on its input, and
collector readings counted by the consumption report."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import timedelta

from sts_pos.devices.collector import CollectorSim, LinkFormat
from sts_pos.store.collectors import CollectorRecords
from sts_pos.store.deliveries import Deliveries
from tests.collector.helpers import deliveries, make_remote, running, station, vend, virtual_meters, wait_for


def _number(demo_office, n: int = 0) -> str:
    return demo_office.meters(kind="keypad", pending_key_change=False)[n]["meter_number"]


def _open_alarms(demo_office):
    with demo_office.open(unlock=False) as office:
        return {(a["meter_number"], a["kind"]): a for a in CollectorRecords(office.repo, office.clock).alarms()
                if not a["cleared_at"]}


def test_a_clear_tamper_token_goes_through_the_collector_and_the_alarm_clears(demo_office):
    number = _number(demo_office)
    make_remote(demo_office, [number], settings={"collector_read_minutes": "60"})
    meters = virtual_meters(demo_office, [number], credit_kwh=20)
    meters[0].meter.tamper = True
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)

    async def scenario():
        async with running(station(demo_office), [sim]):
            await wait_for(lambda: (number, "tamper") in _open_alarms(demo_office))
            with demo_office.open() as office:
                session = demo_office.login(office, "technician")
                job = office.engineering.issue(session, number, "clear_tamper", "tamper alarm, seal checked")
                Deliveries(office.repo, office.clock).enqueue_job(job.job_id)
            await wait_for(lambda: deliveries(demo_office, job_id=job.job_id)[0]["status"] == "accepted")
            with demo_office.open(unlock=False) as office:
                request = CollectorRecords(office.repo, office.clock)
                session = demo_office.login(office, "technician")
                request.request_read(session, number)
            await wait_for(lambda: (number, "tamper") not in _open_alarms(demo_office))
            return job

    job = asyncio.run(scenario())
    assert meters[0].meter.tamper is False and deliveries(demo_office, job_id=job.job_id)[0]["token_kind"] == \
        "clear_tamper"


def test_the_hex_registration_format_end_to_end(demo_office):
    number = _number(demo_office)
    hexed = {"collector_packet_format": "hex", "collector_register_prefix": "7E01", "collector_heartbeat": "7E02",
             "collector_id_bytes": "6"}
    make_remote(demo_office, [number], collector="00123456789A", secret="pw", settings=hexed)
    fmt = LinkFormat.from_settings(hexed)
    assert fmt.registration_packet("00123456789A", "pw") == bytes.fromhex("7E0100123456789A02") + b"pw"
    meters = virtual_meters(demo_office, [number])
    sim = CollectorSim("00123456789A", meters, fmt=fmt, secret="pw", heartbeat_seconds=0.3)

    async def scenario():
        async with running(station(demo_office), [sim]):
            await wait_for(sim.connected.is_set)
            sale_id, _ = vend(demo_office, number)
            await wait_for(lambda: deliveries(demo_office, sale_id=sale_id)[0]["status"] == "accepted")
            await asyncio.sleep(0.7)  # hex heartbeats meanwhile: not noise, not frames
    asyncio.run(scenario())
    assert meters[0].meter.tokens_accepted == 1


def test_the_collector_sim_command_takes_faults_on_its_input(demo_office):
    number = _number(demo_office)
    make_remote(demo_office, [number], settings={"collector_read_minutes": "60"})

    async def scenario():
        st = station(demo_office)
        async with running(st) as (host, port):
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "sts_pos", "--db", str(demo_office.path), "collector-sim", "--connect",
                f"{host}:{port}", "--id", "COL-1", "--meters", number, "--from-office", "--credit", "30", "--json",
                "--duration", "30", env=demo_office.env(None), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE)
            try:
                hello = json.loads(await asyncio.wait_for(proc.stdout.readline(), 20))
                await wait_for(lambda: "COL-1" in st.server.online(), 15)
                proc.stdin.write(f"tamper {number}\n".encode())
                await proc.stdin.drain()
                status = json.loads(await asyncio.wait_for(proc.stdout.readline(), 10))
                proc.stdin.write(b"bogus\n")
                await proc.stdin.drain()
                with demo_office.open() as office:  # read now: the tamper shows
                    CollectorRecords(office.repo, office.clock).request_read(demo_office.login(office, "cashier"),
                                                                             number)
                await wait_for(lambda: (number, "tamper") in _open_alarms(demo_office), 15)
            finally:
                proc.terminate()
                _, err = await asyncio.wait_for(proc.communicate(), 10)
            return hello, status, err.decode()

    hello, status, err = asyncio.run(scenario())
    assert hello["collector"] == "COL-1" and hello["meters"] == {number: number[-12:].rjust(12, "0")}
    assert status["meters"][number]["tamper"] is True and status["meters"][number]["credit_kwh"] <= 30
    assert "'bogus' is not a simulator command" in err and "Traceback" not in err


def test_collector_readings_count_in_the_consumption_report(demo_office):
    from sts_pos.devices.collector.meter_ops import RemoteReading
    from sts_pos.reports.lists import consumption_report

    number = _number(demo_office)
    make_remote(demo_office, [number])
    with demo_office.open(unlock=False) as office:
        records = CollectorRecords(office.repo, office.clock)
        meter = records.remote_meter(number)
        start = office.clock()
        for energy, credit, minutes in ((1000, 300, 0), (1125, 175, 1)):
            records.clock = lambda m=minutes: start + timedelta(minutes=m)  # two readings a minute apart
            records.record_readings([(meter, RemoteReading(energy, credit, True, False, None))], low_credit_kwh10=50,
                                    clock_minutes=10, utc_offset_minutes=0)
        today = office.repo.settings().office_time.day(office.clock())
        report = consumption_report(office.conn, today - timedelta(days=1), today + timedelta(days=1))
    row = next(r for r in report.rows if r[0] == number)
    assert row[2] == 2 and row[3] == 125 and row[4] == 175  # readings, consumption (tenths), credit left
