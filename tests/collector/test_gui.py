"""The remote channel in the desktop program: a cashier's sale to a remote meter shows "Sent to meter:
accepted" on the vend screen once the simulated meter took it (real loopback TCP, the station in its own
threads as the GUI runs it), and the technician's alarm list acknowledges an alarm with the mouse."""

from __future__ import annotations

import asyncio
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sts_pos.devices.collector import CollectorSim, ServerThread, Station
from sts_pos.store.collectors import StationDb
from tests.collector.helpers import make_remote, virtual_meters


@pytest.fixture
def window(qtbot, demo_office):
    from sts_pos.app import build
    from sts_pos.gui import errors

    errors.shown.clear()
    ctx, window = build(demo_office.path, synchronous=True, options={"idle_minutes": 60})
    qtbot.addWidget(window)
    window.show()
    yield ctx, window
    ctx.office.close()


@pytest.fixture
def link(demo_office):
    """The office station and a simulated collector, each on its own loop thread (the GUI thread stays free)."""
    threads = []

    def start(numbers, **meter_state):
        station_thread, sim_thread = ServerThread("station"), ServerThread("sim")
        threads.extend([station_thread, sim_thread])
        station = Station(lambda: StationDb(demo_office.path), tick=0.05)
        host, port = station_thread.run(station.start("127.0.0.1", 0))
        stop = asyncio.Event()
        station_thread.submit(station.run(stop=stop))
        meters = virtual_meters(demo_office, numbers, **meter_state)
        sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)
        sim_thread.submit(sim.run(host, port))
        threads.append((station_thread, station, stop, sim_thread, sim))
        return meters
    yield start
    for entry in threads:
        if isinstance(entry, tuple):
            station_thread, station, stop, sim_thread, sim = entry
            sim_thread.loop.call_soon_threadsafe(sim.stop)
            station_thread.loop.call_soon_threadsafe(stop.set)
            time.sleep(0.2)
            station_thread.run(station.close())
    for entry in threads:
        if isinstance(entry, ServerThread):
            entry.stop()


def _sign_in(qtbot, window, demo_office, username):
    page = window.login_page
    if window.root.currentWidget() is not page:
        window.sign_out()
    page.userEdit.clear()
    qtbot.keyClicks(page.userEdit, username)
    page.passwordEdit.clear()
    qtbot.keyClicks(page.passwordEdit, demo_office.password(username))
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    assert window.root.currentWidget() is window.work


def test_a_cashiers_sale_to_a_remote_meter_shows_accepted_on_the_vend_screen(qtbot, window, demo_office, link):
    ctx, win = window
    number = demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    make_remote(demo_office, [number])
    meters = link([number])
    _sign_in(qtbot, win, demo_office, "supervisor")
    ctx.office.unlock_vault(demo_office.passphrase)
    _sign_in(qtbot, win, demo_office, "cashier")
    vend = win.show_screen("vend")
    qtbot.keyClicks(vend.searchEdit, number)
    qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
    assert vend.meter is not None and vend.meter.meter_number == number
    qtbot.keyClicks(vend.amountEdit, "150")
    vend.refresh_quote()
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
    assert vend.sale is not None
    status = vend.delivery
    qtbot.waitUntil(lambda: status.text().startswith("Sent to meter: accepted"), timeout=15000)
    assert status.isVisible() and meters[0].meter.tokens_accepted == 1
    qtbot.keyClick(vend, Qt.Key.Key_F10)  # the receipt says so too (the preview first; its Print button prints)
    qtbot.mouseClick(vend.preview.printButton, Qt.MouseButton.LeftButton)
    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(ctx.office.printed[-1])).pages).split())
    assert "SENT TO THE METER through collector COL-1: accepted" in text
    qtbot.keyClick(vend, Qt.Key.Key_Escape)  # next customer: the line goes with the sale
    QApplication.processEvents()
    assert not status.isVisible() and status.text() == ""


def test_the_technician_acknowledges_an_alarm_on_the_remote_meters_screen(qtbot, window, demo_office, link):
    ctx, win = window
    number = demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    make_remote(demo_office, [number], settings={"collector_read_minutes": "60"})
    meters = link([number], credit_kwh=1)
    _sign_in(qtbot, win, demo_office, "technician")
    screen = win.show_screen("remote")

    def alarm_listed():
        screen.refresh()
        return screen.alarmsTable.rowCount() == 1
    qtbot.waitUntil(alarm_listed, timeout=15000)
    assert screen.alarmsTable.item(0, 1).text() == "Low credit" and screen.alarmsTable.item(0, 2).text() == number
    assert meters[0].meter.credit <= 10
    screen.tabs.setCurrentIndex(2)
    assert screen.collectorsTable.item(0, 0).text() == "COL-1"
    screen.tabs.setCurrentIndex(0)
    qtbot.mouseClick(screen.ackButton, Qt.MouseButton.LeftButton)
    assert screen.alarmsTable.rowCount() == 0
    from sts_pos.store.collectors import CollectorRecords

    with demo_office.open(unlock=False) as office:
        acked = CollectorRecords(office.repo, office.clock).alarms(open_only=False)
    assert acked[0]["acknowledged_by"] == "technician"


def test_the_program_listens_for_collectors_itself_when_the_office_says_so(qtbot, window, demo_office):
    import socket

    from sts_pos.gui.remote import GuiListener

    ctx, win = window
    number = demo_office.meters(kind="keypad", pending_key_change=False)[0]["meter_number"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    make_remote(demo_office, [number], settings={"collector_gui_listener": "yes",
                                                 "collector_listen": f"127.0.0.1:{port}"})
    GuiListener.ensure(ctx)
    listener = GuiListener._instance
    try:
        assert listener is not None and listener.address[1] == port
        sim_thread = ServerThread("sim")
        meters = virtual_meters(demo_office, [number])
        sim = CollectorSim("COL-1", meters, heartbeat_seconds=1)
        sim_thread.submit(sim.run("127.0.0.1", port))
        _sign_in(qtbot, win, demo_office, "supervisor")
        ctx.office.unlock_vault(demo_office.passphrase)
        _sign_in(qtbot, win, demo_office, "cashier")
        vend = win.show_screen("vend")
        qtbot.keyClicks(vend.searchEdit, number)
        qtbot.keyClick(vend.searchEdit, Qt.Key.Key_Return)
        qtbot.keyClicks(vend.amountEdit, "150")
        vend.refresh_quote()
        qtbot.keyClick(vend.amountEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: vend.delivery.text().startswith("Sent to meter: accepted"), timeout=15000)
        assert meters[0].meter.tokens_accepted == 1
        sim_thread.loop.call_soon_threadsafe(sim.stop)
        sim_thread.stop()
    finally:
        GuiListener._instance = None
        if listener is not None:
            listener.stop()
