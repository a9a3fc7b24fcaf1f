"""``sts-pos card-sim`` for newcomers, and the card package's import hygiene."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.pcsc
def test_card_sim_starts_its_own_reader_and_card_and_prints_what_to_export(tmp_path):
    card_file = tmp_path / "card.json"
    sim = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sts_pos",
            "card-sim",
            "--json",
            "--duration",
            "20",
            "--file",
            str(card_file),
            "--kind",
            "iso7816",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        info = json.loads(sim.stdout.readline())
        env = dict(os.environ, PCSCLITE_CSOCK_NAME=info["PCSCLITE_CSOCK_NAME"])
        readers = None
        for _ in range(50):
            out = subprocess.run(
                [sys.executable, "-m", "sts_pos", "card", "readers", "--json"],
                env=env,
                capture_output=True,
                text=True,
                timeout=20,
            )
            readers = json.loads(out.stdout)["readers"]
            if readers and readers[0]["card"]:
                break
        assert readers[0] == {
            "reader": "Virtual PCD 00 00",
            "card": True,
            "atr": "3BF81300008131FE454A434F5076323431B7",
        }
        assert json.loads(card_file.read_text())["kind"] == "iso7816"
    finally:
        sim.terminate()
        sim.wait(timeout=10)
    assert sim.returncode in (0, -15)


def test_card_modules_import_without_pyscard_or_store():
    code = (
        "import sys; import sts_pos.devices.cards.service, sts_pos.devices.cards.format, "
        "sts_pos.devices.cards.media, sts_pos.devices.cards.meter_side, sts_pos.devices.cards.simulator, "
        "sts_pos.devices.cards.office_link, sts_pos.devices.cards.pcsc; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('smartcard', 'PySide6', 'sqlite_utils') "
        "or m.startswith('sts_pos.store') or m.startswith('sts_pos.gui')]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_no_pcsc_service_is_reported_as_no_reader(tmp_path):
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "nothing-here.comm"))
    out = subprocess.run([sys.executable, "-m", "sts_pos", "--json", "card", "readers"], env=env,
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 2
    error = json.loads(out.stdout)
    assert error["kind"] == "NoReader" and "No card reader found" in error["error"]
