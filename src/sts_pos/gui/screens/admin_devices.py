"""Administration > Printer and devices: this computer's receipt printer (one of the computer's print queues,
listed from Qt's ``QPrinterInfo``, "PDF files only", or a printer on a port typed as ``serial:``/``usb:``/
``network:``/``file:``), the paper, the printer's dots per line and code page (office settings
``printer_dots``/``printer_code_page``), "Print a test page", and the meter, SMS modem and card reader ports.

Device settings belong to this computer, not to the office file, so they are kept in
``<database>.devices.ini`` beside it (QSettings, INI format); the printer's dots and code page go with the
office (``store.settings``). Strings keep the Administration screen's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from sts_pos.gui import errors
from sts_pos.gui.screens.base import Context
from sts_pos.gui.widgets import on_click

DIRECT = "direct:"  # the printer combo's entry for a printer on a port, typed in the line below it
CODE_PAGES = ["PC437", "PC850", "PC858", "WPC1252"]  # store.settings.CODE_PAGES


def device_settings(ctx: Context) -> QSettings:
    path = ctx.office.local_path.with_name(ctx.office.local_path.name + ".devices.ini")
    return QSettings(str(path), QSettings.Format.IniFormat)


def apply_device_settings(ctx: Context) -> None:
    """Hand the saved printer and port settings to the session (called at start and after saving)."""
    s = device_settings(ctx)
    ctx.office.printer_spec = str(s.value("printer/spec", "") or "")
    ctx.office.paper = str(s.value("printer/paper", "80mm") or "80mm")
    ctx.office.sms_port = str(s.value("sms/port", "") or "")
    ctx.office.card_reader = str(s.value("cards/reader", "") or "")
    ctx.options["meter_port"] = str(s.value("meter/port", "") or "")
    if s.contains("session/idle_minutes"):
        ctx.options["idle_minutes"] = float(s.value("session/idle_minutes"))


class DevicesTab(QWidget):
    """The Printer and devices tab of Administration."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        tab = self
        form = QFormLayout(self)
        s = device_settings(self.ctx)
        spec = str(s.value("printer/spec", "") or "")
        self.printerCombo = QComboBox(tab, objectName="printerChoice")
        self.printerEdit = QLineEdit("", tab, objectName="printerSpec")
        self.printerEdit.setPlaceholderText(QCoreApplication.translate("AdminScreen", "serial:/dev/ttyUSB0, usb:04b8:0202, network:HOST:9100 or "
                                                    "file:/dev/usb/lp0"))
        self.fill_printers(spec)
        self.printerCombo.currentIndexChanged.connect(lambda _i: self._printer_chosen())
        self.printerEdit.textChanged.connect(self._printer_typed)
        refresh = QPushButton(QCoreApplication.translate("AdminScreen", "Refresh the list"), tab, objectName="refreshPrinters")
        on_click(refresh, lambda: self.fill_printers(self.printer_spec()))
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.printerCombo, 1)
        printer_row.addWidget(refresh)
        settings = self.ctx.office.settings()
        self.dotsSpin = QSpinBox(tab, objectName="printerDots", minimum=0, maximum=1024, singleStep=8,
                                 suffix=QCoreApplication.translate("AdminScreen", " dots"))
        self.dotsSpin.setSpecialValueText(QCoreApplication.translate("AdminScreen", "standard (384 on 58 mm, 576 on 80 mm)"))
        self.dotsSpin.setValue(int(getattr(settings, "printer_dots", 0)))
        self.codePageCombo = QComboBox(tab, objectName="codePage")
        self.codePageCombo.addItems(CODE_PAGES)
        self.codePageCombo.setCurrentText(getattr(settings, "printer_code_page", "PC437"))
        self.codePageCombo.setToolTip(QCoreApplication.translate("AdminScreen", "The character table set on the thermal printer. None of them has "
                                              "the peso sign: receipts print PHP instead of ₱."))
        if not ctx.has_role("admin"):  # office settings: the administrator's (Permission.SETTINGS)
            for field in (self.dotsSpin, self.codePageCombo):
                field.setEnabled(False)
                field.setToolTip(QCoreApplication.translate("AdminScreen", "An administrator sets the printer's dots per line and code page."))
        self.paperCombo = QComboBox(tab, objectName="paperCombo")
        self.paperCombo.addItems(["80mm", "58mm", "A4"])
        self.paperCombo.setCurrentText(str(s.value("printer/paper", "80mm")))
        self.meterPortEdit = QLineEdit(str(s.value("meter/port", "") or ""), tab, objectName="meterPortSetting")
        self.meterPortEdit.setPlaceholderText("/dev/ttyUSB0")
        self.smsPortEdit = QLineEdit(str(s.value("sms/port", "") or ""), tab, objectName="smsPortSetting")
        self.smsPortEdit.setPlaceholderText(QCoreApplication.translate("AdminScreen", "blank: SMS wait in the outbox"))
        self.readerEdit = QLineEdit(str(s.value("cards/reader", "") or ""), tab, objectName="readerSetting")
        self.readerEdit.setPlaceholderText(QCoreApplication.translate("AdminScreen", "blank: the first reader with a card"))
        self.idleSpin = QSpinBox(tab, objectName="idleMinutes", minimum=1, maximum=240, suffix=QCoreApplication.translate("AdminScreen", " min"))
        self.idleSpin.setValue(int(float(s.value("session/idle_minutes", self.ctx.options.get("idle_minutes", 10)))))
        save = QPushButton(QCoreApplication.translate("AdminScreen", "Save"), tab, objectName="saveDevices")
        on_click(save, self.save_devices)
        test = QPushButton(QCoreApplication.translate("AdminScreen", "Print a test page"), tab, objectName="testPrint")
        on_click(test, self.test_print)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(test)
        buttons.addStretch(1)
        form.addRow(QCoreApplication.translate("AdminScreen", "Receipt printer"), printer_row)
        form.addRow("", self.printerEdit)
        form.addRow(QCoreApplication.translate("AdminScreen", "Receipt width"), self.paperCombo)
        form.addRow(QCoreApplication.translate("AdminScreen", "Printer dots per line"), self.dotsSpin)
        form.addRow(QCoreApplication.translate("AdminScreen", "Printer code page"), self.codePageCombo)
        form.addRow(QCoreApplication.translate("AdminScreen", "Meter serial port"), self.meterPortEdit)
        form.addRow(QCoreApplication.translate("AdminScreen", "GSM modem port (SMS)"), self.smsPortEdit)
        form.addRow(QCoreApplication.translate("AdminScreen", "Card reader"), self.readerEdit)
        form.addRow(QCoreApplication.translate("AdminScreen", "Lock after idle"), self.idleSpin)
        form.addRow("", buttons)

    def fill_printers(self, current: str) -> None:
        """The computer's printers (QPrinterInfo), "PDF files only" and a port typed for a direct printer."""
        from sts_pos.gui.print_targets import system_queues

        combo = self.printerCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("AdminScreen", "PDF files only (no printer)"), "")
        for queue in system_queues():
            combo.addItem(QCoreApplication.translate("AdminScreen", "{0} (ESC/POS)").format(queue.name) if queue.raw else queue.name, queue.spec)
        specs = [combo.itemData(i) for i in range(combo.count())]
        if current and current not in specs and current.partition(":")[0] in ("cups", "system"):
            combo.addItem(QCoreApplication.translate("AdminScreen", "{0} (not found on this computer)").format(current.partition(":")[2] or current),
                          current)
        combo.addItem(QCoreApplication.translate("AdminScreen", "A printer on a serial, USB or network port…"), DIRECT)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else combo.findData(DIRECT) if current else 0)
        combo.blockSignals(False)
        if combo.currentData() == DIRECT:
            self.printerEdit.setText(current)
        self._printer_chosen()

    def _printer_chosen(self) -> None:
        direct = self.printerCombo.currentData() == DIRECT
        self.printerEdit.setEnabled(direct)
        if not direct:
            self.printerEdit.blockSignals(True)
            self.printerEdit.clear()
            self.printerEdit.blockSignals(False)

    def _printer_typed(self, text: str) -> None:
        """Typing a port chooses "a printer on a port"; clearing it goes back to PDF files."""
        target = self.printerCombo.findData(DIRECT if text.strip() else "")
        if self.printerCombo.currentIndex() != target:
            self.printerCombo.blockSignals(True)
            self.printerCombo.setCurrentIndex(target)
            self.printerCombo.blockSignals(False)
            self.printerEdit.setEnabled(True)

    def printer_spec(self) -> str:
        data = self.printerCombo.currentData()
        return self.printerEdit.text().strip() if data == DIRECT else str(data or "")

    def save_devices(self) -> None:
        s = device_settings(self.ctx)
        s.setValue("printer/spec", self.printer_spec())
        s.setValue("printer/paper", self.paperCombo.currentText())
        s.setValue("meter/port", self.meterPortEdit.text().strip())
        s.setValue("cards/reader", self.readerEdit.text().strip())
        s.setValue("sms/port", self.smsPortEdit.text().strip())
        s.setValue("session/idle_minutes", self.idleSpin.value())
        s.sync()
        apply_device_settings(self.ctx)
        self._save_printer_settings()
        window = self.window()
        if hasattr(window, "idle"):
            window.idle.timer.setInterval(int(self.ctx.options["idle_minutes"] * 60_000))
            window.refresh_status()
        self.window().statusBar().showMessage(QCoreApplication.translate("AdminScreen", "Device settings saved."), 5000)

    def _save_printer_settings(self) -> None:
        """The printer's dot width and code page are office settings (``store.settings``): saved when changed."""
        settings = self.ctx.office.settings()
        dots, page = self.dotsSpin.value(), self.codePageCombo.currentText()
        if (dots, page) == (getattr(settings, "printer_dots", 0), getattr(settings, "printer_code_page", "PC437")):
            return
        self.ctx.tasks.run(lambda: self.ctx.office.set_printer_settings(dots, page),
                           failure=lambda exc: errors.show_error(self, exc))

    def test_print(self) -> None:
        self.save_devices()
        self.ctx.device_tasks.run(self.ctx.office.test_print,
                                  success=lambda where: self.window().statusBar().showMessage(
                                      QCoreApplication.translate("AdminScreen", "Test receipt sent to {0}.").format(where), 6000),
                                  failure=lambda exc: errors.show_error(self, exc))
