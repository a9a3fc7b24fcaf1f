"""The office's collector server killed (SIGKILL) while a token is on its way, then restarted: the token is
delivered exactly once. Real processes (``sts-pos collector-server``), real loopback TCP, the simulated
collector in this test's loop."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys

from sts_pos.devices.collector import CollectorSim
from tests.collector.helpers import deliveries, make_remote, vend, virtual_meters, wait_for


async def _server(demo_office, port: int = 0, **env: str):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "sts_pos", "--db", str(demo_office.path), "collector-server",
        "--listen", f"127.0.0.1:{port}", "--json", "--duration", "60",
        env={**demo_office.env(None), **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = await asyncio.wait_for(proc.stdout.readline(), 20)
    if not line:
        raise AssertionError((await proc.stderr.read()).decode())
    return proc, int(json.loads(line)["listening"].rsplit(":", 1)[1])


async def _stop(proc) -> None:
    if proc.returncode is None:
        proc.send_signal(signal.SIGTERM)
    await asyncio.wait_for(proc.wait(), 10)


def _setup(demo_office):
    number = next(m["meter_number"] for m in demo_office.meters(kind="keypad", pending_key_change=False))
    make_remote(demo_office, [number], settings={"collector_answer_seconds": "10"})
    meters = virtual_meters(demo_office, [number])
    return number, meters, CollectorSim("COL-1", meters, heartbeat_seconds=1, redial_seconds=0.1)


def test_killed_between_send_and_answer_then_restarted_delivers_exactly_once(demo_office):
    number, meters, sim = _setup(demo_office)
    sim.slow = 3.0  # the meter takes the token at once, its answer waits 3 s: the office is killed meanwhile

    async def scenario():
        proc, port = await _server(demo_office)
        task = asyncio.create_task(sim.run("127.0.0.1", port))
        try:
            await wait_for(sim.connected.is_set, 15)
            sale_id, units = vend(demo_office, number)
            await wait_for(lambda: meters[0].meter.tokens_accepted == 1, 15)  # on the meter, answer not back
            assert deliveries(demo_office)[0]["status"] == "sent"
            proc.send_signal(signal.SIGKILL)
            await proc.wait()
            sim.slow = 0.0
            proc, _ = await _server(demo_office, port)
            done = await wait_for(lambda: [d for d in deliveries(demo_office) if d["status"] == "accepted"], 20)
            return sale_id, units, done
        finally:
            sim.stop()
            await task
            await _stop(proc)

    sale_id, units, done = asyncio.run(scenario())
    assert len(done) == 1 and done[0]["sale_id"] == sale_id and done[0]["attempts"] == 2
    assert done[0]["result"] == "Used: already in the meter"
    assert meters[0].meter.tokens_accepted == 1  # the credit went in once
    assert units - 6 <= meters[0].meter.credit <= units


def test_killed_after_marking_sent_before_sending_then_restarted_delivers_once(demo_office):
    number, meters, sim = _setup(demo_office)

    async def scenario():
        proc, port = await _server(demo_office, STS_POS_CRASH_AT="collector_after_claim")
        task = asyncio.create_task(sim.run("127.0.0.1", port))
        try:
            await wait_for(sim.connected.is_set, 15)
            vend(demo_office, number)
            await asyncio.wait_for(proc.wait(), 15)
            assert proc.returncode == -signal.SIGKILL
            assert deliveries(demo_office)[0]["status"] == "sent" and meters[0].meter.tokens_accepted == 0
            proc, _ = await _server(demo_office, port)
            return await wait_for(lambda: [d for d in deliveries(demo_office) if d["status"] == "accepted"], 20)
        finally:
            sim.stop()
            await task
            await _stop(proc)

    done = asyncio.run(scenario())
    assert len(done) == 1 and done[0]["result"] == "Accept" and done[0]["attempts"] == 2
    assert meters[0].meter.tokens_accepted == 1
    assert str(demo_office.path).startswith("postgresql://") or os.path.exists(demo_office.path)  # a file office
