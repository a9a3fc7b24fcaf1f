"""The remote channel: GPRS collectors (DTUs) that dial the office over TCP and carry DL/T 645-2007 frames to
the prepaid meters on their RS-485 bus, and a collector simulator.

Modules: ``packets`` (registration and heartbeat formats, the stream after registration; sans I/O),
``server`` (the asyncio listener: registration deadline, strangers refused, one request at a time per
collector), ``meter_ops`` (token entry, readings, relay control 1CH as DL/T 645 exchanges), ``station``
(the office's work loop: delivery outbox, scheduled and on-demand readings, alarms, relay commands; the
database on a thread of its own), ``simulator`` (a DTU with virtual meters, faults on demand).
The link is documented in ``docs/collector-protocol.md``.
"""

from __future__ import annotations

from sts_pos.devices.collector.meter_ops import CollectorOffline, MeterNoAnswer, RemoteReading
from sts_pos.devices.collector.packets import LinkFormat, LinkFormatError, LinkStream, PacketError, RegistrationReader
from sts_pos.devices.collector.server import CollectorServer, ServerThread
from sts_pos.devices.collector.simulator import BusMeterResponder, CollectorSim, RemoteMeter
from sts_pos.devices.collector.station import Station, StationSettings

__all__ = ["BusMeterResponder", "CollectorOffline", "CollectorServer", "CollectorSim", "LinkFormat",
           "LinkFormatError", "LinkStream", "MeterNoAnswer", "PacketError", "RegistrationReader", "RemoteMeter",
           "RemoteReading", "ServerThread", "Station", "StationSettings"]
