"""Meter test (technician): choose the port and protocol, connect, read the registers, send a token or a
test token, and read the meter's result code with its plain-language meaning.

All serial I/O runs on the single device worker (``ctx.device_tasks``) with the link's own deadlines,
so a silent or missing meter gives a clear message, never a frozen window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.widgets import NotAvailable, on_click

PROTOCOL_NAMES = {"dlt645": QT_TRANSLATE_NOOP("MeterTestScreen", "DL/T 645-2007 (RS-485)"),
                  "iec62056-21": QT_TRANSLATE_NOOP("MeterTestScreen", "IEC 62056-21 mode C (optical)")}

# the help text of each meter result (sts.meter.MeterResult), for translation; the meter's own display text
# ("Used", "Old", ...) is shown as the meter shows it
RESULT_HELP = {
    "ACCEPTED": QT_TRANSLATE_NOOP("MeterTestScreen", "The token was accepted and applied."),
    "TEST_OK": QT_TRANSLATE_NOOP("MeterTestScreen", "The test/display token was accepted; the meter runs the "
                                 "requested test or display."),
    "KCT_PENDING": QT_TRANSLATE_NOOP("MeterTestScreen", "The first key change token was accepted. Enter the next "
                                     "key change token(s) from the same receipt, then the credit token."),
    "KEY_CHANGED": QT_TRANSLATE_NOOP("MeterTestScreen", "The key change is complete: the meter now uses its new "
                                     "key. Enter the credit token that came with it."),
    "USED": QT_TRANSLATE_NOOP("MeterTestScreen", "This token was already entered in this meter. Each token works "
                              "once; no credit was added. If the customer did not get the credit, check the "
                              "meter's credit display."),
    "OLD": QT_TRANSLATE_NOOP("MeterTestScreen", "This token is older than the tokens the meter remembers and was "
                             "refused. Issue a new token; never reuse an old one."),
    "KEY_EXPIRED": QT_TRANSLATE_NOOP("MeterTestScreen", "The meter's key has expired (key expiry number reached). "
                                     "The meter needs a key change before it can take credit."),
    "CRC_ERROR": QT_TRANSLATE_NOOP("MeterTestScreen", "The token does not fit this meter: a digit was mistyped, or "
                                   "it was made for another meter or an old key. Check the meter number on the "
                                   "receipt and re-enter."),
    "FORMAT_ERROR": QT_TRANSLATE_NOOP("MeterTestScreen", "A token has exactly 20 digits. Clear the display and type "
                                      "it again."),
    "OVERFLOW": QT_TRANSLATE_NOOP("MeterTestScreen", "The meter's credit register cannot hold this much credit. "
                                  "Let the customer use some credit first, or vend a smaller amount."),
    "NOT_FOR_METER_TYPE": QT_TRANSLATE_NOOP("MeterTestScreen", "This token is for a different kind of meter "
                                            "(water, gas, time or currency); this electricity meter refused it."),
}


def result_help(result) -> str:
    """The help text of a meter result in the user's language (the engine's English text if unknown)."""
    known = getattr(result, "meter_result", None)
    if known is not None and known.name in RESULT_HELP:
        return QCoreApplication.translate("MeterTestScreen", RESULT_HELP[known.name])
    return result.help_text


def available_ports() -> list[str]:
    try:
        from PySide6.QtSerialPort import QSerialPortInfo

        return [p.systemLocation() for p in QSerialPortInfo.availablePorts()]
    except ImportError:  # QtSerialPort is an Addons module; typing the port still works
        return []


class MeterTestScreen(Screen):
    key = "meter_test"
    roles = ("technician", "supervisor", "admin")
    icon_name = "meter"
    title_text = QT_TRANSLATE_NOOP("Screens", "Meter test")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        try:
            from sts_pos.devices import meter as meter_pkg
        except ImportError:
            self.replace_with(NotAvailable(self.title(), self.tr("The serial meter link is missing."), self))
            return
        self.meter_pkg = meter_pkg
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        conn = QGroupBox(self.tr("Connection"), self)
        form = QFormLayout(conn)
        self.portCombo = QComboBox(conn, objectName="meterPort", editable=True)
        self.portCombo.addItems(available_ports())
        self.portCombo.setEditText(ctx.options.get("meter_port", self.portCombo.currentText()))
        self.portCombo.lineEdit().setPlaceholderText(self.tr("/dev/ttyUSB0, COM3 or socket://host:port"))
        self.protocolCombo = QComboBox(conn, objectName="meterProtocol")
        for key in meter_pkg.PROTOCOLS:
            self.protocolCombo.addItem(self.tr(PROTOCOL_NAMES[key]) if key in PROTOCOL_NAMES else key, key)
        self.addressEdit = QLineEdit(conn, objectName="meterAddress")
        self.addressEdit.setPlaceholderText(self.tr("blank: the meter on the line"))
        self.readButton = QPushButton(self.tr("Connect and read registers"), conn, objectName="readRegisters")
        self.readButton.setProperty("primary", True)
        on_click(self.readButton, self.read_registers)
        form.addRow(self.tr("Port"), self.portCombo)
        form.addRow(self.tr("Protocol"), self.protocolCombo)
        form.addRow(self.tr("Meter address"), self.addressEdit)
        form.addRow("", self.readButton)
        grid.addWidget(conn, 0, 0)

        tokens = QGroupBox(self.tr("Send a token"), self)
        tl = QVBoxLayout(tokens)
        row = QHBoxLayout()
        self.tokenEdit = QLineEdit(tokens, objectName="meterToken")
        self.tokenEdit.setPlaceholderText(self.tr("20-digit token"))
        self.sendButton = QPushButton(self.tr("Send token"), tokens, objectName="sendToken")
        on_click(self.sendButton, self.send_token)
        self.testButton = QPushButton(self.tr("Send test token"), tokens, objectName="sendTest")
        on_click(self.testButton, self.send_test)
        tl.addWidget(self.tokenEdit)
        row.addWidget(self.sendButton)
        row.addWidget(self.testButton)
        row.addStretch(1)
        tl.addLayout(row)
        self.resultLabel = QLabel(self.tr("The meter's answer appears here."), tokens, objectName="tokenResult")
        self.resultLabel.setWordWrap(True)
        tl.addWidget(self.resultLabel)
        tl.addStretch(1)
        grid.addWidget(tokens, 1, 0)

        regs = QGroupBox(self.tr("Registers"), self)
        rl = QVBoxLayout(regs)
        self.registers = QTreeWidget(regs, objectName="registerTree")
        self.registers.setHeaderLabels([self.tr("Register"), self.tr("Value")])
        self.registers.setRootIsDecorated(False)
        self.registers.setColumnWidth(0, 270)
        rl.addWidget(self.registers)
        grid.addWidget(regs, 0, 1, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _link(self):
        port = self.portCombo.currentText().strip()
        if not port:
            raise self.meter_pkg.MeterError(self.tr("Choose or type the serial port the meter is connected to."))
        return self.meter_pkg.MeterLink(port, self.protocolCombo.currentData(),
                                        address=self.addressEdit.text().strip() or None, timeout=1.5)

    def _busy(self, busy: bool) -> None:
        for b in (self.readButton, self.sendButton, self.testButton):
            b.setEnabled(not busy)

    def read_registers(self) -> None:
        self._busy(True)

        def work():
            with self._link() as link:
                return link.read()  # the standard registers first, then the STS ones the meter has

        self.ctx.device_tasks.run(work, success=self._show_registers,
                                  failure=lambda exc: errors.show_error(self, exc),
                                  finished=lambda: self._busy(False))

    def _show_registers(self, r) -> None:
        """What the meter has (a standard meter shows its address, energy and clock); energy as the meter
        gives it, every decimal kept."""
        yes, no = self.tr("yes"), self.tr("no")
        rows = [(self.tr("Address"), r.address), (self.tr("Energy used"), f"{r.energy_kwh} kWh")]
        optional = [
            (self.tr("Combined active energy"), r.combined_energy_kwh and f"{r.combined_energy_kwh} kWh"),
            (self.tr("Meter clock"), r.meter_clock), (self.tr("Identification"), r.identification),
            (self.tr("Meter number"), r.meter_number), (self.tr("Manufacturer"), r.manufacturer),
            (self.tr("Remaining credit"), r.credit_kwh and f"{r.credit_kwh} kWh"),
            (self.tr("Relay"), None if r.relay_closed is None else
             self.tr("closed (power on)") if r.relay_closed else self.tr("open (power off)")),
            (self.tr("Tamper"), None if r.tamper is None else yes if r.tamper else no)]
        rows += [(name, value) for name, value in optional if value]
        if r.sts:
            sts = {key: str(value) for key, value in r.sts.items()}
            rows.append((self.tr("Supply group / tariff / key revision"),
                         f"{sts.get('sgc', '—')} / {sts.get('ti', '—').zfill(2)} / {sts.get('krn', '—')}"))
            rows.append((self.tr("Key type / expiry / base date"),
                         f"{sts.get('key_type', '—')} / {sts.get('ken', '—')} / {sts.get('base_date', '—')}"))
        if r.sts or r.last_token:
            rows.append((self.tr("Last token"), r.last_token.label if r.last_token else "—"))
        if r.absent:
            rows.append((self.tr("Not in this meter"), ", ".join(r.absent)))
        self.registers.clear()
        for name, value in rows:
            self.registers.addTopLevelItem(QTreeWidgetItem([name, str(value)]))

    def _show_result(self, result) -> None:
        verdict = self.tr("Accepted") if result.accepted else self.tr("Not accepted")
        self.resultLabel.setText(f"<b>{verdict}: {result.label}</b><br>{result_help(result)}")

    def send_token(self) -> None:
        token = self.tokenEdit.text().strip()
        self._busy(True)

        def work():
            with self._link() as link:
                return link.send_token(token)

        self.ctx.device_tasks.run(work, success=self._show_result, failure=lambda exc: errors.show_error(self, exc),
                                  finished=lambda: self._busy(False))

    def send_test(self) -> None:
        self._busy(True)

        def work():
            with self._link() as link:
                return link.send_test_token()[1]

        self.ctx.device_tasks.run(work, success=self._show_result, failure=lambda exc: errors.show_error(self, exc),
                                  finished=lambda: self._busy(False))
