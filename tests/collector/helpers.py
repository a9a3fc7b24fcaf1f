"""Shared set-up of the collector tests: a demo office with remote meters, virtual meters from its records,
and an office station plus simulated collectors on real loopback TCP in one asyncio loop."""

from __future__ import annotations

import asyncio
import contextlib
import time

from sts_pos.devices.collector import CollectorSim, RemoteMeter, Station, StationSettings
from sts_pos.store.collectors import CollectorRecords, StationDb
from sts_pos.store.deliveries import Deliveries

FAST = {"collector_retry_seconds": "1", "collector_answer_seconds": "1", "collector_register_seconds": "1",
        "collector_heartbeat_seconds": "5", "collector_read_minutes": "0"}


def make_remote(demo_office, numbers: list[str], collector: str = "COL-1", secret: str | None = None,
                settings: dict | None = None) -> None:
    """Add ``collector`` and put ``numbers`` behind it (as a supervisor), with fast link settings."""
    with demo_office.open() as office:
        session = demo_office.login(office, "supervisor")
        records = CollectorRecords(office.repo, office.clock)
        if records.collector(collector) is None:
            records.add_collector(session, collector, name="test", secret=secret)
        for number in numbers:
            records.set_meter_collector(session, number, collector)
        with office.repo.transaction():
            for key, value in {**FAST, **(settings or {})}.items():
                office.repo.set_setting(key, value)


def virtual_meters(demo_office, numbers: list[str], **kwargs) -> list[RemoteMeter]:
    from sts_pos.commands.collector_sim import office_meters

    return office_meters(demo_office.path, numbers, **kwargs)


def vend(demo_office, number: str, amount: int = 30000) -> tuple[int, int]:
    """A cashier's sale; (sale id, units in tenths of kWh)."""
    with demo_office.open() as office:
        session = demo_office.login(office, "cashier")
        result = office.sales.vend(session, number, amount=amount)
        Deliveries(office.repo, office.clock).enqueue_sale(result.sale.id)
        return result.sale.id, result.sale.units_kwh10


def deliveries(demo_office, **filters) -> list[dict]:
    with demo_office.open(unlock=False) as office:
        return Deliveries(office.repo, office.clock).list(**filters)


def station(demo_office, **override) -> Station:
    settings = None
    if override:
        with demo_office.open(unlock=False) as office:
            raw = {r[0]: r[1] for r in office.repo.q("SELECT key, value FROM settings")}
        settings = StationSettings.from_settings(raw, **override)
    return Station(lambda: StationDb(demo_office.path), settings=settings, tick=0.05)


async def wait_for(condition, timeout: float = 10.0, step: float = 0.05):
    """Poll ``condition()`` (sync or returning an awaitable) until truthy; bounded."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(step)


@contextlib.asynccontextmanager
async def running(st: Station, sims: list[CollectorSim] = ()):
    """The station listening on 127.0.0.1 (a free port) with its loop, and the simulators dialling it."""
    host, port = await st.start("127.0.0.1", 0)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(st.run(stop=stop))]
    tasks += [asyncio.create_task(sim.run(host, port)) for sim in sims]
    try:
        yield host, port
    finally:
        stop.set()
        for sim in sims:
            sim.stop()
        await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 10)
        await st.close()


async def cli(demo_office, *args: str, username: str | None = "cashier", timeout: float = 60):
    """``sts-pos --db PATH ARGS`` as a subprocess while this loop keeps serving; (status, stdout, stderr)."""
    import subprocess
    import sys

    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "sts_pos", "--db", str(demo_office.path), *args,
                                                env=demo_office.env(username), stdout=subprocess.PIPE,
                                                stderr=subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    return proc.returncode, out.decode(), err.decode()
