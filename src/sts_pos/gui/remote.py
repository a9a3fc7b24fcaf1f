"""The remote channel in the desktop program: a sale's delivery status on the vend screen, the technician's
"Remote meters" screen (alarms with acknowledgement, deliveries, collectors and refused strangers), and the
collector listener run inside the program when the office's ``collector_gui_listener`` setting is yes.

The listener (:class:`GuiListener`, the same :class:`~sts_pos.devices.collector.Station` as ``sts-pos
collector-server``) runs in its own threads (an asyncio loop and its database thread): the GUI thread never
waits for a collector. Screens read the outbox and alarms through worker tasks like every other screen.
"""

from __future__ import annotations

import atexit
import logging
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.screens.base import Context, Screen

log = logging.getLogger(__name__)
POLL_MS, WATCH_S = 1000, 180  # the vend screen asks for the delivery's state every second, for 3 minutes


def _stores(office_session):
    from sts_pos.store.collectors import CollectorRecords
    from sts_pos.store.deliveries import Deliveries

    office = office_session.services
    return CollectorRecords(office.repo, office.clock), Deliveries(office.repo, office.clock)


# -- the listener inside the program -------------------------------------------------------------------
class GuiListener:
    """One collector station per program, started once when the office asks for it."""

    _instance: GuiListener | None = None
    _lock = threading.Lock()

    def __init__(self, db_path, host: str, port: int) -> None:
        from sts_pos.devices.collector import ServerThread, Station
        from sts_pos.store.collectors import StationDb

        self.thread = ServerThread("collector-listener")
        self.station = Station(lambda: StationDb(db_path))
        self.address = self.thread.run(self.station.start(host, port))
        self._stop = None
        self._stopped = False

        async def run() -> None:
            import asyncio

            self._stop = asyncio.Event()
            await self.station.run(stop=self._stop)
            await self.station.close()
        self.future = self.thread.submit(run())
        atexit.register(self.stop)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        atexit.unregister(self.stop)
        if self._stop is not None:
            self.thread.loop.call_soon_threadsafe(self._stop.set)
            try:
                self.future.result(10)
            except Exception:  # noqa: BLE001 - stopping at exit
                pass
        self.thread.stop()

    @classmethod
    def ensure(cls, ctx: Context) -> None:
        """Start the listener on a worker if the office's setting says so (once per program)."""
        def check():
            repo = ctx.office.services.repo
            if (repo.setting("collector_gui_listener") or "no") != "yes":
                return None
            with cls._lock:
                if cls._instance is None:
                    from sts_pos.commands.collector import host_port

                    host, port = host_port(repo.setting("collector_listen") or "127.0.0.1:9645")
                    cls._instance = GuiListener(ctx.office.db_path, host, port)
            return cls._instance.address

        def failed(exc: BaseException) -> None:  # e.g. the port is taken: selling goes on, the log says why
            log.warning("the collector listener did not start: %s", errors.describe(exc)[0])
        if ctx.office.has("vend"):
            ctx.tasks.run(check, failure=failed)


# -- the vend screen's line ----------------------------------------------------------------------------
class DeliveryStatus(QLabel):
    """"Sent to meter: accepted 10:42" under a sale's tokens, for a meter behind a collector."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("deliveryStatus")
        self.setWordWrap(True)
        self.sale_id: int | None = None
        self.rows: list[dict] = []
        self._polls = 0
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self.hide()
        GuiListener.ensure(ctx)

    def watch(self, sale_id: int) -> None:
        self.sale_id, self.rows, self._polls = sale_id, [], 0
        self.clear()
        self.hide()

        def enqueue():
            _, deliveries = _stores(self.ctx.office)
            return deliveries.enqueue_sale(sale_id)
        self.ctx.tasks.run(enqueue, success=lambda rows, s=sale_id: self._show(s, rows), failure=self._failed)

    def stop(self) -> None:
        self.sale_id = None
        self._timer.stop()
        self.clear()
        self.hide()

    def refresh(self) -> None:
        sale_id = self.sale_id
        if sale_id is None:
            return
        self._polls += 1

        def rows():
            return _stores(self.ctx.office)[1].list(sale_id=sale_id)
        self.ctx.tasks.run(rows, success=lambda found, s=sale_id: self._show(s, found), failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._timer.stop()
        errors.show_error(self, exc)

    def _show(self, sale_id: int, rows: list[dict]) -> None:
        if sale_id != self.sale_id:
            return  # an answer for a sale the cashier has left
        self.rows = rows
        if not rows:
            self._timer.stop()
            self.hide()
            return
        text, settled = self.describe(rows)
        self.setText(text)
        self.show()
        if settled or self._polls * POLL_MS / 1000 >= WATCH_S:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def describe(self, rows: list[dict]) -> tuple[str, bool]:
        """The line for a sale's deliveries, and whether they are all settled."""
        when = self.ctx.formats.when(max(r["updated_at"] for r in rows))
        statuses = {r["status"] for r in rows}
        collector = rows[0]["collector"]
        refused = [r for r in rows if r["status"] in ("rejected", "failed")]
        if refused:
            return self.tr("Not delivered to the meter ({0}): {1}. Give the customer the printed token.").format(
                when, refused[0]["result"] or refused[0]["status"]), statuses <= {"accepted", "rejected", "failed"}
        if statuses == {"accepted"}:
            return self.tr("Sent to meter: accepted {0}").format(when), True
        if "sent" in statuses:
            return self.tr("Sent to meter through collector {0}: waiting for the meter's answer…").format(
                collector), False
        return self.tr("Queued for collector {0}: it is sent as soon as the collector is connected.").format(
            collector), False


# -- the technician's screen ---------------------------------------------------------------------------
class RemoteScreen(Screen):
    key = "remote"
    roles = ("technician", "supervisor", "admin")
    icon_name = "meter"
    title_text = QT_TRANSLATE_NOOP("Screens", "Remote meters")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        self.alarmsTable = self._table([self.tr("Raised"), self.tr("Alarm"), self.tr("Meter"), self.tr("Collector"),
                                        self.tr("Detail"), self.tr("State")])
        self.deliveriesTable = self._table([self.tr("Updated"), self.tr("Sale"), self.tr("Token"), self.tr("Meter"),
                                            self.tr("Collector"), self.tr("Status"), self.tr("Tries"),
                                            self.tr("Meter's answer")])
        self.collectorsTable = self._table([self.tr("Collector"), self.tr("Name"), self.tr("Meters"),
                                            self.tr("Last seen"), self.tr("Secret")])
        self.strangersTable = self._table([self.tr("Identifier"), self.tr("From"), self.tr("Tries"),
                                           self.tr("Last tried"), self.tr("Why refused")])
        alarms = QWidget(self)
        alarms_layout = QVBoxLayout(alarms)
        alarms_layout.addWidget(self.alarmsTable)
        buttons = QHBoxLayout()
        self.ackButton = QPushButton(self.tr("&Acknowledge"), alarms)
        self.ackButton.setObjectName("ackButton")
        self.ackButton.clicked.connect(lambda _checked=False: self.acknowledge())
        self.refreshButton = QPushButton(self.tr("&Refresh"), alarms)
        self.refreshButton.clicked.connect(lambda _checked=False: self.refresh())
        buttons.addWidget(self.ackButton)
        buttons.addStretch(1)
        buttons.addWidget(self.refreshButton)
        alarms_layout.addLayout(buttons)
        collectors = QWidget(self)
        collectors_layout = QVBoxLayout(collectors)
        collectors_layout.addWidget(self.collectorsTable)
        collectors_layout.addWidget(QLabel(self.tr("Refused connections (add a known collector with 'sts-pos "
                                                   "collector add'):"), collectors))
        collectors_layout.addWidget(self.strangersTable)
        self.tabs.addTab(alarms, self.tr("Alarms"))
        self.tabs.addTab(self.deliveriesTable, self.tr("Deliveries"))
        self.tabs.addTab(collectors, self.tr("Collectors"))
        self.alarms: list[dict] = []
        self._timer = QTimer(self, interval=5000)
        self._timer.timeout.connect(self.refresh)
        GuiListener.ensure(ctx)

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def activated(self) -> None:
        self.refresh()
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        def load():
            collectors, deliveries = _stores(self.ctx.office)
            return (collectors.alarms(), deliveries.list(limit=300), collectors.list_collectors(),
                    collectors.strangers())
        self.ctx.tasks.run(load, success=self._show, failure=lambda exc: errors.show_error(self, exc))

    def _show(self, data) -> None:
        alarms, deliveries, collectors, strangers = data
        when = self.ctx.formats.when
        self.alarms = alarms
        kinds = {"tamper": self.tr("Tamper"), "low_credit": self.tr("Low credit"), "relay_open": self.tr("Relay open"),
                 "silent": self.tr("Meter silent"), "clock_off": self.tr("Meter clock off"),
                 "power_off": self.tr("Power cut")}
        self._fill(self.alarmsTable, [
            [when(a["raised_at"]), kinds.get(a["kind"], a["kind"]), a["meter_number"], a["collector"] or "",
             a["detail"], self.tr("cleared {0}").format(when(a["cleared_at"])) if a["cleared_at"] else self.tr("open")]
            for a in alarms])
        self._fill(self.deliveriesTable, [
            [when(d["updated_at"]), str(d["sale_id"] or d["job_id"]), d["token_kind"], d["meter_number"],
             d["collector"], d["status"], str(d["attempts"]), d["result"] or ""] for d in reversed(deliveries)])
        self._fill(self.collectorsTable, [
            [c["id"], c["name"], str(c["meters"]), when(c["last_seen_at"]) if c["last_seen_at"] else self.tr("never"),
             self.tr("yes") if c["secret"] else self.tr("no")] for c in collectors])
        self._fill(self.strangersTable, [
            [s["identifier"], s["peer"], str(s["attempts"]), when(s["last_seen_at"]), s["reason"]] for s in strangers])
        self.ackButton.setEnabled(bool(alarms))
        if alarms and self.alarmsTable.currentRow() < 0:
            self.alarmsTable.selectRow(0)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))

    def acknowledge(self) -> None:
        row = self.alarmsTable.currentRow()
        if not 0 <= row < len(self.alarms):
            return
        alarm_id = self.alarms[row]["id"]

        def ack():
            collectors, _ = _stores(self.ctx.office)
            collectors.acknowledge(self.ctx.office._session(), alarm_id)
        self.ctx.tasks.run(ack, success=lambda _r: self.refresh(), failure=lambda exc: errors.show_error(self, exc))
