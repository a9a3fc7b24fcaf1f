"""The meter on a serial port: DL/T 645-2007 and IEC 62056-21 mode C, a client and a simulator.

Public API (what the GUI's meter-test screen and the CLI call)::

    from sts_pos.devices.meter import MeterLink, MeterError
    with MeterLink("/dev/ttyUSB0", "dlt645", timeout=1.0) as link:   # or "iec62056-21", or a URL
        registers = link.read_registers()          # MeterRegisters (energy, credit, relay, tamper, SGC/TI/KRN)
        result = link.send_token("1234 5678 ...")  # TokenResult: .code .label .accepted .help_text
        token, result = link.send_test_token()

    # a simulated meter on a new pty, for training and tests
    from sts_pos.devices.meter import SimulatedMeter, start_simulator
    sim = start_simulator(SimulatedMeter(virtual_meter))   # sim.port_path, sim.stop()

Modules: ``dlt645`` and ``iec62056`` (frames, sans I/O), ``registers`` (data identifiers, result codes),
``client`` (pyserial I/O with deadlines), ``simulated`` and ``sim_server`` (the simulator),
``errors``. The register map is documented in ``docs/meter-protocol.md``.
"""

from __future__ import annotations

from sts_pos.devices.meter.client import PROTOCOLS, MeterLink
from sts_pos.devices.meter.errors import (
    MeterChecksumError,
    MeterError,
    MeterFrameError,
    MeterPortError,
    MeterRefused,
    MeterTimeout,
)
from sts_pos.devices.meter.registers import MeterRegisters, TokenResult
from sts_pos.devices.meter.sim_server import (
    FAULTS,
    MeterResponder,
    MeterSimServer,
    PtySimulator,
    start_simulator,
)
from sts_pos.devices.meter.simulated import CardCarrier, SimulatedMeter

__all__ = ["FAULTS", "PROTOCOLS", "CardCarrier", "MeterChecksumError", "MeterError", "MeterFrameError", "MeterLink",
           "MeterPortError", "MeterRefused", "MeterRegisters", "MeterResponder", "MeterSimServer", "MeterTimeout",
           "PtySimulator", "SimulatedMeter", "TokenResult", "start_simulator"]
