"""Reports and shifts: open/close the cashier's shift; X and Z reports of a shift (a supervisor picks any
shift, open or closed, any cashier's; a cashier their own), a reprinted Z marked COPY; sales reports shown
as a table on screen (:mod:`sts_pos.gui.report_table`) and exported as PDF, CSV or XLSX; charts of the
chosen period for the roles that may see them (:mod:`sts_pos.gui.report_chart`, each exportable as PNG)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import dialogs, errors
from sts_pos.gui.report_chart import ChartPanel
from sts_pos.gui.report_table import ReportView
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.views import ShiftView
from sts_pos.gui.widgets import on_click

CHARTS = [
    ("sales_per_day", QT_TRANSLATE_NOOP("ReportsScreen", "Sales per day")),
    ("sales_per_month", QT_TRANSLATE_NOOP("ReportsScreen", "Sales per month")),
    ("units_per_tariff", QT_TRANSLATE_NOOP("ReportsScreen", "Units per tariff")),
    ("cashiers", QT_TRANSLATE_NOOP("ReportsScreen", "Cashier comparison")),
]


class ReportsScreen(Screen):
    key = "reports"
    roles = ("cashier", "supervisor", "admin")
    icon_name = "reports"
    title_text = QT_TRANSLATE_NOOP("Screens", "Reports & shifts")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.shift: ShiftView | None = None
        self.choices: list = []
        self.charts_allowed = ctx.has_role("supervisor", "admin") and ctx.office.has("reports")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self._shift_box(), 0, 0)
        grid.addWidget(self._report_box(), 1, 0)
        self.tabs = QTabWidget(self, objectName="reportTabs")
        self.reportView = ReportView(self.tabs)
        self.tabs.addTab(self.reportView, self.tr("Report"))
        self.chartView = None
        if self.charts_allowed:  # a role that may not see charts gets no chart tab at all
            self.tabs.addTab(self._chart_box(), self.tr("Charts"))
        grid.addWidget(self.tabs, 0, 1, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)

    # -- shift ------------------------------------------------------------------------------------------
    def _shift_box(self) -> QGroupBox:
        title = self.tr("Shifts") if self.ctx.has_role("supervisor", "admin") else self.tr("My shift")
        box = QGroupBox(title, self)
        layout = QVBoxLayout(box)
        self.shiftInfo = QLabel(self.tr("No shift open."), box, objectName="shiftInfo")
        self.shiftInfo.setWordWrap(True)
        layout.addWidget(self.shiftInfo)
        pick = QFormLayout()
        self.shiftCombo = QComboBox(box, objectName="shiftPick")
        self.shiftCombo.currentIndexChanged.connect(lambda _i: self._shift_picked())
        pick.addRow(self.tr("Shift"), self.shiftCombo)
        layout.addLayout(pick)
        row = QHBoxLayout()
        self.openButton = QPushButton(self.tr("Open shift…"), box, objectName="openShift")
        self.closeButton = QPushButton(self.tr("Close shift…"), box, objectName="closeShift")
        self.xButton = QPushButton(self.tr("X report"), box, objectName="xReport")
        self.zButton = QPushButton(self.tr("Z report"), box, objectName="zReport")
        on_click(self.openButton, self.open_shift)
        on_click(self.closeButton, self.close_shift)
        on_click(self.xButton, lambda: self.shift_report("x"))
        on_click(self.zButton, lambda: self.shift_report("z"))
        for b in (self.openButton, self.closeButton, self.xButton, self.zButton):
            row.addWidget(b)
        layout.addLayout(row)
        return box

    def activated(self) -> None:
        self.refresh_shift()
        if self.charts_allowed:
            self.draw_chart()

    def refresh_shift(self) -> None:
        def show(shift: ShiftView | None) -> None:
            f = self.ctx.formats
            self.shift = shift
            self.openButton.setEnabled(shift is None)
            self.closeButton.setEnabled(shift is not None)
            if shift is None:
                self.shiftInfo.setText(self.tr("No shift open."))
            else:
                sales = (self.tr("1 sale") if shift.sales_count == 1
                         else self.tr("{0} sales").format(shift.sales_count))
                self.shiftInfo.setText(self.tr("Shift {0}, opened {1} with a float of {2}.\n{3}, {4} taken, {5}.")
                                       .format(shift.id, f.when(shift.opened), f.money(shift.opening_float),
                                               sales, f.money(shift.total), f.energy(shift.units_tenths)))

        self.ctx.tasks.run(self.ctx.office.current_shift, success=show,
                           failure=lambda exc: self.shiftInfo.setText(errors.describe(exc)[0]))
        if self.ctx.office.has("reports"):
            self.ctx.tasks.run(self.ctx.office.shift_choices, success=self._fill_shifts,
                               failure=lambda exc: self.shiftInfo.setText(errors.describe(exc)[0]))

    def _fill_shifts(self, choices: list) -> None:
        f = self.ctx.formats
        known = {c.shift_id for c in self.choices}
        wanted = self.shiftCombo.currentData()
        if any(c.shift_id not in known for c in choices):
            wanted = None  # a shift was opened since: the newest is chosen
        self.choices = choices
        self.shiftCombo.blockSignals(True)
        self.shiftCombo.clear()
        for c in choices:
            state = (self.tr("open") if c.closed_at is None else
                     self.tr("closed, Z taken") if c.z_taken else self.tr("closed"))
            self.shiftCombo.addItem(self.tr("{0} · {1} · {2} · {3}").format(c.shift_id, c.cashier, f.when(c.opened_at),
                                                                          state), c.shift_id)
        index = self.shiftCombo.findData(wanted) if wanted is not None else -1
        self.shiftCombo.setCurrentIndex(index if index >= 0 else (0 if choices else -1))
        self.shiftCombo.blockSignals(False)
        self._shift_picked()

    def picked_shift(self):
        """The shift chosen in the list (None: the list is empty)."""
        shift_id = self.shiftCombo.currentData()
        return next((c for c in self.choices if c.shift_id == shift_id), None)

    def _shift_picked(self) -> None:
        choice = self.picked_shift()
        if choice is not None and choice.z_taken:
            self.zButton.setText(self.tr("Reprint Z (copy)"))
        else:
            self.zButton.setText(self.tr("Z report"))
        self.zButton.setEnabled(choice is None or choice.closed_at is not None)

    def open_shift(self, text: str | None = None) -> None:
        dialogs.open_shift(self, self.ctx, self.refresh_shift, text)

    def close_shift(self, text: str | None = None) -> None:
        if text is None:
            text, ok = QInputDialog.getText(self, self.tr("Close shift"),
                                            dialogs.money_unit(self.ctx, self.tr("Cash counted in the drawer ({0}):")))
            if not ok:
                return
        try:
            counted = self.ctx.formats.parse_money(text)
        except Exception as exc:
            errors.show_error(self, exc)
            return

        def closed(result: dict) -> None:
            f = self.ctx.formats
            errors.show_info(self, self.tr("Shift closed. Expected {0}, counted {1}, variance {2}.").format(
                f.money(result.get("expected")), f.money(result.get("counted")), f.money(result.get("variance"))))
            self.shiftCombo.setCurrentIndex(-1)  # the list comes back with the newest (this one) chosen
            self.refresh_shift()

        self.ctx.tasks.run(lambda: self.ctx.office.close_shift(counted), success=closed,
                           failure=lambda exc: errors.show_error(self, exc))

    def shift_report(self, kind: str) -> None:
        """The X or Z report of the chosen shift: on screen, and printed (a PDF next to the office)."""
        choice = self.picked_shift()
        shift_id = None if choice is None else choice.shift_id

        def shown(result) -> None:
            report, path = result
            kind_title = self.tr("X report") if kind == "x" else self.tr("Z report")
            title = self.tr("{0}, shift {1} ({2})").format(
                kind_title, report.meta.get("shift_id"),
                choice.cashier if choice else (self.ctx.user.display_name or self.ctx.user.username))
            self.reportView.set_report(report, title)
            self.tabs.setCurrentWidget(self.reportView)
            self.window().statusBar().showMessage(self.tr("Report saved as {0}.").format(path), 8000)
            if kind == "z":
                self.refresh_shift()  # the list says the Z is taken

        self.ctx.tasks.run(lambda: self.ctx.office.shift_report(kind, shift_id), success=shown,
                           failure=lambda exc: errors.show_error(self, exc))

    # -- reports ----------------------------------------------------------------------------------------
    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sales reports"), self)
        form = QFormLayout(box)
        self.reportCombo = QComboBox(box, objectName="reportName")
        today = self.ctx.office.office_today()  # the office's day, not the PC's time zone's
        self.fromDate = QDateEdit(QDate(today - timedelta(days=30)), box, calendarPopup=True, objectName="fromDate")
        self.toDate = QDateEdit(QDate(today), box, calendarPopup=True, objectName="toDate")
        self.formatCombo = QComboBox(box, objectName="reportFormat")
        self.formatCombo.addItems(["pdf", "xlsx", "csv"])
        self.showButton = QPushButton(self.tr("Show"), box, objectName="showReport")
        on_click(self.showButton, self.show_report)
        export = QPushButton(self.tr("Export…"), box, objectName="exportReport")
        on_click(export, self.export_report)
        for edit in (self.fromDate, self.toDate):
            edit.setDisplayFormat("yyyy-MM-dd")
        buttons = QHBoxLayout()
        buttons.addWidget(self.showButton)
        buttons.addWidget(export)
        form.addRow(self.tr("Report"), self.reportCombo)
        form.addRow(self.tr("From"), self.fromDate)
        form.addRow(self.tr("To"), self.toDate)
        form.addRow(self.tr("Format"), self.formatCombo)
        form.addRow("", buttons)
        enabled = self.ctx.has_role("supervisor", "admin") and self.ctx.office.has("reports")
        for w in (self.reportCombo, self.fromDate, self.toDate, self.formatCombo, self.showButton, export):
            w.setEnabled(enabled)
        if not self.ctx.office.has("reports"):
            form.addRow(QLabel(self.tr("Sales reports are not available in this build."), box))
        else:
            for name, title in self.ctx.office.report_names():
                self.reportCombo.addItem(title, name)
        if self.charts_allowed:
            for edit in (self.fromDate, self.toDate):
                edit.dateChanged.connect(lambda _d: self.draw_chart())
        return box

    def _period(self):
        return self.reportCombo.currentData(), self.fromDate.date().toPython(), self.toDate.date().toPython()

    def show_report(self) -> None:
        """The chosen report of the chosen period as a table on screen (the rows and totals the export writes)."""
        name, first, last = self._period()
        title = self.reportCombo.currentText()

        def shown(report) -> None:
            self.reportView.set_report(report, title)
            self.shown_key = (name, first, last)
            self.tabs.setCurrentWidget(self.reportView)

        self.ctx.tasks.run(lambda: self.ctx.office.report(name, first, last), success=shown,
                           failure=lambda exc: errors.show_error(self, exc))

    shown_key: tuple | None = None

    def export_report(self, path: str | None = None) -> None:
        """Export the chosen report: the one on screen when it is the one chosen, else made for the export."""
        fmt = self.formatCombo.currentText()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), f"report.{fmt}")
            if not path:
                return
        name, first, last = self._period()
        on_screen = self.reportView.report if self.shown_key == (name, first, last) else None
        self.ctx.tasks.run(lambda: self.ctx.office.export_report(name, first, last, fmt, Path(path), on_screen),
                           success=lambda p: self.window().statusBar().showMessage(
                               self.tr("Report saved as {0}.").format(p), 8000),
                           failure=lambda exc: errors.show_error(self, exc))

    # -- charts (only built for the roles that may see them) ---------------------------------------------
    def _chart_box(self) -> QWidget:
        box = self.chartBox = QWidget(self, objectName="chartBox")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.chartCombo = QComboBox(box, objectName="chartName")
        for name, title in CHARTS:
            self.chartCombo.addItem(self.tr(title), name)
        self.chartCombo.currentIndexChanged.connect(lambda _i: self.draw_chart(show=True))
        png = QPushButton(self.tr("Save as PNG…"), box, objectName="chartPng")
        on_click(png, self.save_chart)
        row.addWidget(self.chartCombo, 1)
        row.addWidget(png)
        layout.addLayout(row)
        self.chartView = ChartPanel(box)
        self.chart = self.chartView.chart()
        layout.addWidget(self.chartView, 1)
        self.chartNote = QLabel("", box, objectName="statusText")
        layout.addWidget(self.chartNote)
        return box

    def draw_chart(self, show: bool = False) -> None:
        """The chosen chart over the From/To period (``show``: bring the chart tab forward)."""
        if self.chartView is None:
            return
        if show:
            self.tabs.setCurrentWidget(self.chartBox)
        name = self.chartCombo.currentData()
        first, last = self.fromDate.date().toPython(), self.toDate.date().toPython()
        self.ctx.tasks.run(lambda: self.ctx.office.chart_data(name, first, last), success=self._plot,
                           failure=lambda exc: self.chartNote.setText(errors.describe(exc)[0]))

    def _plot(self, plot) -> None:
        self.chartView.show_plot(plot, self.chartCombo.currentText() or plot.title)  # the user's language
        self.chartNote.setText("" if plot.categories else self.tr("No sales in this period."))

    def save_chart(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "chart.png",
                                                  self.tr("PNG images (*.png)"))
            if not path:
                return None
        self.tabs.setCurrentWidget(self.chartBox)  # the chart as it is seen, at its size on screen
        self.chartView.grab().save(path, "PNG")
        return path
