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


def _entries(meter) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    meter.on_token = lambda text, outcome: seen.append((text, outcome.result.name))
    return seen


def _token_numbers(demo_office, sale_id) -> list[str]:
    with demo_office.open(unlock=False) as office:
        return [t.number for t in office.repo.tokens(sale_id=sale_id)]


def test_key_change_tokens_reach_the_meter_before_the_credit_token(demo_office):
    number = _keypad(demo_office, pending_key_change=True)[0]
    make_remote(demo_office, [number])
    meters = virtual_meters(demo_office, [number])
    seen = _entries(meters[0])
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)

    async def scenario():
        async with running(station(demo_office), [sim]):
            await wait_for(sim.connected.is_set)
            sale_id, units = vend(demo_office, number)
            await wait_for(lambda: all(d["status"] == "accepted" for d in deliveries(demo_office, sale_id=sale_id)))
            return sale_id, units

    sale_id, units = asyncio.run(scenario())
    rows = deliveries(demo_office, sale_id=sale_id)
    kinds = [d["token_kind"] for d in rows]
    assert kinds[:2] == ["key_change_1", "key_change_2"] and "credit" in kinds[2:]  # (a free token may follow)
    assert [d["result"] for d in rows] == ["KCT 1", "KCT 2"] + ["Accept"] * (len(rows) - 2)
    assert [text for text, _ in seen] == _token_numbers(demo_office, sale_id)  # entered in entry order, once each
    assert [result for _, result in seen] == ["KCT_PENDING", "KEY_CHANGED"] + ["ACCEPTED"] * (len(rows) - 2)
    assert meters[0].meter.params.krn == 2 and meters[0].meter.params.base_date.year == 2014
    assert meters[0].meter.credit >= units - 2


def test_an_offline_collector_gets_its_queued_tokens_in_order_when_it_dials_in(demo_office):
    numbers = _keypad(demo_office, pending_key_change=False)[:2]
    make_remote(demo_office, numbers)
    meters = virtual_meters(demo_office, numbers)
    seen = [_entries(m) for m in meters]
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)
    st = station(demo_office)

    async def scenario():
        async with running(st, []) as (host, port):
            sales = [vend(demo_office, numbers[0], 30000), vend(demo_office, numbers[1], 20000),
                     vend(demo_office, numbers[0], 25000)]
            await asyncio.sleep(0.5)  # the station runs, the collector is offline: nothing moves
            waiting = deliveries(demo_office)
            assert [d["status"] for d in waiting] == ["queued"] * 3 and all(d["attempts"] == 0 for d in waiting)
            task = asyncio.create_task(sim.run(host, port))
            await wait_for(lambda: all(d["status"] == "accepted" for d in deliveries(demo_office)))
            sim.stop()
            await task
            return sales

    sales = asyncio.run(scenario())
    rows = deliveries(demo_office)
    assert all(d["attempts"] == 1 for d in rows)
    first_meter_tokens = _token_numbers(demo_office, sales[0][0]) + _token_numbers(demo_office, sales[2][0])
    assert [text for text, _ in seen[0]] == first_meter_tokens  # the older sale first
    assert [text for text, _ in seen[1]] == _token_numbers(demo_office, sales[1][0])
    assert meters[0].meter.tokens_accepted == 2 and meters[1].meter.tokens_accepted == 1
    assert meters[0].meter.credit >= sales[0][1] + sales[2][1] - 4


def test_a_lost_answer_is_sent_again_and_the_meters_used_answer_counts_as_delivered(demo_office):
    """Slow answers beyond the office's wait: the meter has the token but the office heard nothing; the
    next try gets USED and the delivery is accepted, the credit added once."""
    number = _keypad(demo_office, pending_key_change=False)[0]
    make_remote(demo_office, [number])
    meters = virtual_meters(demo_office, [number])
    seen = _entries(meters[0])
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)
    sim.slow = 1.5  # the office waits 1 s (collector_answer_seconds)

    async def scenario():
        async with running(station(demo_office), [sim]):
            await wait_for(sim.connected.is_set)
            sale_id, units = vend(demo_office, number)
            await wait_for(lambda: deliveries(demo_office, sale_id=sale_id)[0]["result"] or "")
            first = deliveries(demo_office, sale_id=sale_id)[0]
            sim.slow = 0.0
            await wait_for(lambda: deliveries(demo_office, sale_id=sale_id)[0]["status"] == "accepted", 15)
            return first, units

    first, units = asyncio.run(scenario())
    done = deliveries(demo_office)[0]
    assert first["status"] == "sent" and "no answer" in first["result"]
    assert done["status"] == "accepted" and done["attempts"] >= 2
    assert done["result"] in ("Used: already in the meter", "Accept")
    assert [r for _, r in seen].count("ACCEPTED") == 1  # applied once, however often it was sent
    assert meters[0].meter.tokens_accepted == 1 and units - 4 <= meters[0].meter.credit <= units


def test_a_link_drop_and_a_silent_meter_never_lose_or_double_a_token(demo_office):
    numbers = _keypad(demo_office, pending_key_change=False)[:2]
    make_remote(demo_office, numbers)
    meters = virtual_meters(demo_office, numbers)
    sim = CollectorSim("COL-1", meters, heartbeat_seconds=1, redial_seconds=0.2)
    sim.silent.add(meters[1].address)

    async def scenario():
        async with running(station(demo_office), [sim]):
            await wait_for(sim.connected.is_set)
            sim.drop(1.0)
            a, _ = vend(demo_office, numbers[0])
            b, _ = vend(demo_office, numbers[1])
            await wait_for(lambda: deliveries(demo_office, sale_id=a)[0]["status"] == "accepted", 15)
            await wait_for(lambda: deliveries(demo_office, sale_id=b)[0]["attempts"] >= 2, 15)
            silent = deliveries(demo_office, sale_id=b)[0]
            sim.silent.clear()
            await wait_for(lambda: deliveries(demo_office, sale_id=b)[0]["status"] == "accepted", 15)
            return silent

    silent = asyncio.run(scenario())
    assert silent["status"] == "sent" and "did not answer" in silent["result"]
    assert sim.connections >= 2
    assert [m.meter.tokens_accepted for m in meters] == [1, 1]
