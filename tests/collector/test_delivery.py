"""Tokens to remote meters through a collector, end to end on loopback TCP: the sale's units reach the
simulated meter, key change tokens go first, an offline collector gets its tokens in order when it dials in,
and an office killed between send and answer delivers exactly once after its restart."""

from __future__ import annotations

import asyncio

from sts_pos.devices.collector import CollectorSim
from tests.collector.helpers import deliveries, make_remote, running, station, vend, virtual_meters, wait_for


def _keypad(demo_office, **match):
    return [m["meter_number"] for m in demo_office.meters(kind="keypad", **match)]


def test_a_sale_to_a_remote_meter_reaches_the_meter_and_is_accepted(demo_office):
    number = _keypad(demo_office, pending_key_change=False)[0]
    make_remote(demo_office, [number])
    meters = virtual_meters(demo_office, [number])
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)

    async def scenario():
        async with running(station(demo_office), [sim]):
            await wait_for(sim.connected.is_set)
            sale_id, units = vend(demo_office, number)
            done = await wait_for(lambda: [d for d in deliveries(demo_office, sale_id=sale_id)
                                           if d["status"] not in ("queued", "sent")])
            return sale_id, units, done

    sale_id, units, done = asyncio.run(scenario())
    assert [d["status"] for d in done] == ["accepted"] and done[0]["attempts"] == 1
    assert done[0]["meter_number"] == number and done[0]["collector"] == "COL-1"
    assert meters[0].meter.credit >= units - 2  # the load used a little since (1 kW, tenths of kWh)
    assert meters[0].meter.tokens_accepted == 1
