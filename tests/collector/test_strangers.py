"""Strangers on the collector port: no registration within seconds, unknown identifiers, wrong secrets,
garbage, half frames, floods and answers for a meter that is not behind the collector never crash the
office nor reach the database as readings; refused identifiers are listed for the technician to add."""

from __future__ import annotations

import asyncio
import json
import time

from sts_pos.devices.collector import CollectorSim, LinkFormat
from sts_pos.devices.meter import dlt645
from tests.cli.inproc import office_cli
from tests.collector.helpers import cli, deliveries, make_remote, running, station, vend, virtual_meters, wait_for


def _strangers(demo_office) -> dict[str, dict]:
    with demo_office.open(unlock=False) as office:
        return {r["identifier"]: dict(r) for r in office.repo.q("SELECT * FROM collector_strangers")}


def _collector_readings(demo_office) -> int:
    with demo_office.open(unlock=False) as office:
        return office.repo.one("SELECT count(*) FROM meter_readings WHERE source = 'collector'")[0]


async def _closed_within(reader: asyncio.StreamReader, seconds: float) -> float:
    start = time.monotonic()
    data = await asyncio.wait_for(reader.read(100), seconds)
    assert data == b""  # the office says nothing to a stranger: it hangs up
    return time.monotonic() - start


def test_silent_unknown_and_wrong_secret_connections_are_closed_and_listed(demo_office):
    make_remote(demo_office, [], collector="COL-S", secret="s3cret")
    fmt = LinkFormat()
    st = station(demo_office)

    async def scenario():
        async with running(st) as (host, port):
            silent = await asyncio.open_connection(host, port)
            took = await _closed_within(silent[0], 5)
            unknown = await asyncio.open_connection(host, port)
            unknown[1].write(fmt.registration_packet("NOBODY-7"))
            unknown_took = await _closed_within(unknown[0], 2)
            wrong = await asyncio.open_connection(host, port)
            wrong[1].write(fmt.registration_packet("COL-S", "guess"))
            await _closed_within(wrong[0], 2)
            bare = await asyncio.open_connection(host, port)
            bare[1].write(fmt.registration_packet("COL-S"))
            await _closed_within(bare[0], 2)
            good = CollectorSim("COL-S", [], secret="s3cret", heartbeat_seconds=1)
            task = asyncio.create_task(good.run(host, port))
            await wait_for(lambda: "COL-S" in st.server.online())
            good.stop()
            await task
            await wait_for(lambda: len(_strangers(demo_office)) >= 3)
            return took, unknown_took

    took, unknown_took = asyncio.run(scenario())
    assert 0.8 <= took <= 3.0 and unknown_took < 1.0  # registration deadline 1 s; an unknown id at once
    strangers = _strangers(demo_office)
    assert strangers["NOBODY-7"]["reason"] == "unknown identifier"
    assert strangers["COL-S"]["reason"] == "wrong or missing shared secret" and strangers["COL-S"]["attempts"] == 2
    assert any(k.startswith("(no identifier) 127.0.0.1") and "did not register within 1 s" in v["reason"]
               for k, v in strangers.items())
    listed = office_cli(demo_office, "collector", "strangers", username="technician")
    assert "NOBODY-7" in listed.stdout and "unknown identifier" in listed.stdout
    added = office_cli(demo_office, "collector", "add", "--id", "NOBODY-7", "--name", "pole 7", username="technician")
    assert added.returncode == 0, added.stderr
    assert "NOBODY-7" not in _strangers(demo_office)
    assert _collector_readings(demo_office) == 0


def test_garbage_half_frames_floods_and_foreign_answers_never_crash_or_reach_the_database(demo_office):
    numbers = [m["meter_number"] for m in demo_office.meters(kind="keypad", pending_key_change=False)][:2]
    make_remote(demo_office, numbers[:1], collector="COL-1", settings={"collector_read_minutes": "60"})
    make_remote(demo_office, numbers[1:], collector="COL-2", settings={"collector_read_minutes": "60"})
    fmt = LinkFormat()
    meters = virtual_meters(demo_office, numbers[:1], credit_kwh=40)
    other = virtual_meters(demo_office, numbers[1:])[0]
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)
    sim.stranger = other.address  # COL-1 also answers as a meter that is behind COL-2

    async def scenario():
        async with running(station(demo_office)) as (host, port):
            for blob in (b"\x00" * 300, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n", b"REG:" + b"A" * 5000,
                         bytes(range(256)) * 4, b"\x68\x11\x22"):
                r, w = await asyncio.open_connection(host, port)
                w.write(blob)
                await _closed_within(r, 3)
            # registered, then half a frame and a flood of noise: that connection is closed, nothing else
            r, w = await asyncio.open_connection(host, port)
            w.write(fmt.registration_packet("COL-2"))
            half = dlt645.Frame(other.address, 0x91, b"\x00\x01\x90\x00\x99\x99\x99\x99").encode()[:9]
            w.write(half + b"\x55" * 6000)
            await _closed_within(r, 3)
            task = asyncio.create_task(sim.run(host, port))
            sale_id, _ = vend(demo_office, numbers[0])
            await wait_for(lambda: deliveries(demo_office, sale_id=sale_id)[0]["status"] == "accepted")
            await wait_for(lambda: _collector_readings(demo_office) >= 1)
            sim.stop()
            await task
    asyncio.run(scenario())
    with demo_office.open(unlock=False) as office:
        rows = office.repo.q("SELECT m.meter_number FROM meter_readings r JOIN meters m ON m.id = r.meter_id "
                             "WHERE r.source = 'collector'")
    assert {r[0] for r in rows} == {numbers[0]}  # the foreign answers for the other meter were dropped


def test_a_non_loopback_listen_address_needs_the_setting_first(demo_office):
    refused = office_cli(demo_office, "collector-server", "--listen", "0.0.0.0:0", "--duration", "0", username=None)
    assert refused.returncode == 2
    assert "would face the network" in refused.stderr and "collector_listen" in refused.stderr

    import socket

    from sts_pos.store.settings import RULES

    assert RULES["collector_listen"][2] == "127.0.0.1:9645"  # the built-in default: this PC only
    with socket.socket() as probe:  # the office's setting, on a port free now (not to clash with a real one)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    make_remote(demo_office, [], settings={"collector_listen": f"127.0.0.1:{port}"})

    async def default_listen():
        return await cli(demo_office, "collector-server", "--duration", "0.3", "--json", username=None)
    status, out, err = asyncio.run(default_listen())
    assert status == 0, err
    assert json.loads(out.splitlines()[0])["listening"] == f"127.0.0.1:{port}"


def test_a_flood_of_connections_is_shed_while_a_real_collector_still_gets_its_token(demo_office):
    number = demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    make_remote(demo_office, [number])
    meters = virtual_meters(demo_office, [number])
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)

    async def scenario():
        st = station(demo_office)
        async with running(st) as (host, port):
            flood = [await asyncio.open_connection(host, port) for _ in range(150)]
            for _, writer in flood[::2]:
                writer.write(b"\x68" * 50 + b"REG:" * 10)  # half a frame then noise, never a registration
            task = asyncio.create_task(sim.run(host, port))
            sale_id, _ = vend(demo_office, number)
            await wait_for(lambda: deliveries(demo_office, sale_id=sale_id)[0]["status"] == "accepted", 15)
            closed = await asyncio.gather(*(_closed_within(reader, 5) for reader, _ in flood))
            sim.stop()
            await task
            return closed, st.server.refused

    closed, refused = asyncio.run(scenario())
    assert len(closed) == 150 and max(closed) < 5 and refused >= 150
    strangers = _strangers(demo_office)
    assert len(strangers) == 1 and next(iter(strangers.values()))["attempts"] >= 150  # one line, counted
    assert meters[0].meter.tokens_accepted == 1 and _collector_readings(demo_office) == 0
