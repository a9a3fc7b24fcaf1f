"""Fuzzing the collector link (hypothesis): registration packets and the stream after registration, sans I/O,
and random bytes over real loopback TCP into a running office station."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sts_pos.devices.collector import CollectorSim, LinkFormat, LinkStream, PacketError, RegistrationReader
from sts_pos.devices.collector.packets import MAX_REGISTRATION
from sts_pos.devices.meter import dlt645
from tests.collector.helpers import make_remote, running, station, virtual_meters, wait_for

FORMATS = [LinkFormat(), LinkFormat("hex", "7E01", "7E02", 6), LinkFormat("ascii", "", "PING", 6)]
IDS = st.from_regex(r"[A-Za-z0-9_.\-]{1,64}", fullmatch=True)
SECRETS = st.none() | st.from_regex(r"[\x21-\x3a\x3c-\x7e]{1,64}", fullmatch=True)
CHUNKS = st.lists(st.binary(max_size=300), max_size=12)


def _chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)])]


@given(st.sampled_from(FORMATS), IDS, SECRETS, st.binary(max_size=40), st.lists(st.integers(0, 400), max_size=5))
def test_a_registration_packet_reads_back_whatever_way_it_is_cut(fmt, identifier, secret, tail, cuts):
    if fmt.packet_format == "hex":
        identifier = identifier.encode().hex()[:12].ljust(12, "0").upper()
    packet = fmt.registration_packet(identifier, secret)
    reader = RegistrationReader(fmt)
    found, after = None, b""
    for chunk in _chunks(packet + tail, cuts):
        if found is None:
            found = reader.feed(chunk)
            after = reader.rest
        else:
            after += chunk
    assert found is not None and found.identifier == identifier and found.secret == secret
    assert after == tail  # what followed the registration is handed on, not lost


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(FORMATS), CHUNKS)
def test_random_bytes_never_make_a_registration_reader_fail_otherwise_or_grow(fmt, chunks):
    reader = RegistrationReader(fmt)
    try:
        for chunk in chunks:
            reader.feed(chunk)
            assert len(reader.buffer) <= MAX_REGISTRATION + 300 + 64
    except PacketError:
        pass


FRAMES = st.builds(lambda address, control, data: dlt645.Frame(address, control, data),
                   st.from_regex(r"[0-9]{12}", fullmatch=True), st.integers(0, 255), st.binary(max_size=60))


@given(st.sampled_from(FORMATS), st.lists(st.one_of(FRAMES, st.just("beat"), st.just("fe")), max_size=12),
       st.lists(st.integers(0, 2000), max_size=6))
def test_heartbeats_and_frames_come_out_in_order_however_cut(fmt, items, cuts):
    data = b"".join(fmt.heartbeat_packet() if i == "beat" else b"\xfe\xfe" if i == "fe" else i.encode()
                    for i in items)
    stream = LinkStream(fmt)
    events = []
    for chunk in _chunks(data, cuts):
        events += stream.feed(chunk)
    expected = [("heartbeat", None) if i == "beat" else ("frame", i) for i in items if i != "fe"]
    assert events == expected and stream.noise_total == 0


@given(st.sampled_from(FORMATS), CHUNKS)
def test_noise_is_counted_bounded_and_never_a_frame_or_heartbeat_by_accident_of_growth(fmt, chunks):
    stream = LinkStream(fmt)
    try:
        for chunk in chunks:
            for kind, _frame in stream.feed(chunk):
                assert kind in ("heartbeat", "frame")
            assert len(stream.buffer) <= 12 + 255 + len(fmt.heartbeat_packet())
    except PacketError:
        assert stream.noise > 4096


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(blobs=st.lists(st.binary(min_size=1, max_size=2000), min_size=1, max_size=25), registered=st.booleans())
def test_random_bytes_over_tcp_never_stop_the_office(demo_office, blobs, registered):
    number = demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    make_remote(demo_office, [number])
    fmt = LinkFormat()

    async def scenario():
        st_ = station(demo_office)
        async with running(st_) as (host, port):
            for blob in blobs:
                reader, writer = await asyncio.open_connection(host, port)
                writer.write((fmt.registration_packet("COL-1") if registered else b"") + blob)
                await writer.drain()
                writer.close()
            sim = CollectorSim("COL-1", virtual_meters(demo_office, [number]), heartbeat_seconds=1)
            task = asyncio.create_task(sim.run(host, port))
            await wait_for(lambda: "COL-1" in st_.server.online(), 5)
            sim.stop()
            await task
    asyncio.run(scenario())
    with demo_office.open(unlock=False) as office:
        assert office.repo.one("SELECT count(*) FROM meter_readings WHERE source = 'collector'")[0] == 0
