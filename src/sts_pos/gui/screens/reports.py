"""Reports and shifts: open/close the cashier's shift, X and Z reports, sales reports and charts (Qt Charts,
each exportable as PNG), report export as PDF, CSV or XLSX."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QColor, QPainter
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
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import dialogs, errors
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.style import ACCENT
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
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self._shift_box(), 0, 0)
        grid.addWidget(self._report_box(), 1, 0)
        grid.addWidget(self._chart_box(), 0, 1, 2, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 1)

    # -- shift ------------------------------------------------------------------------------------------
    def _shift_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("My shift"), self)
        layout = QVBoxLayout(box)
        self.shiftInfo = QLabel(self.tr("No shift open."), box, objectName="shiftInfo")
        self.shiftInfo.setWordWrap(True)
        layout.addWidget(self.shiftInfo)
        row = QHBoxLayout()
        self.openButton = QPushButton(self.tr("Open shift…"), box, objectName="openShift")
        self.closeButton = QPushButton(self.tr("Close shift…"), box, objectName="closeShift")
        self.xButton = QPushButton(self.tr("X report"), box, objectName="xReport")
        self.zButton = QPushButton(self.tr("Z report"), box, objectName="zReport")
        self.openButton.clicked.connect(lambda: self.open_shift())
        self.closeButton.clicked.connect(lambda: self.close_shift())
        self.xButton.clicked.connect(lambda: self.shift_report("x"))
        self.zButton.clicked.connect(lambda: self.shift_report("z"))
        for b in (self.openButton, self.closeButton, self.xButton, self.zButton):
            row.addWidget(b)
        layout.addLayout(row)
        return box

    def activated(self) -> None:
        self.refresh_shift()
        if self.ctx.has_role("supervisor", "admin"):
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

    def open_shift(self, text: str | None = None) -> None:
        dialogs.open_shift(self, self.ctx, self.refresh_shift, text)

    def close_shift(self, text: str | None = None) -> None:
        if text is None:
            text, ok = QInputDialog.getText(self, self.tr("Close shift"), self.tr("Cash counted in the drawer:"))
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
            self.refresh_shift()

        self.ctx.tasks.run(lambda: self.ctx.office.close_shift(counted), success=closed,
                           failure=lambda exc: errors.show_error(self, exc))

    def shift_report(self, kind: str) -> None:
        self.ctx.tasks.run(lambda: self.ctx.office.shift_report(kind),
                           success=lambda path: self.window().statusBar().showMessage(
                               self.tr("Report saved as {0}.").format(path), 8000),
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
        export = QPushButton(self.tr("Export…"), box, objectName="exportReport")
        on_click(export, self.export_report)
        for edit in (self.fromDate, self.toDate):
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("Report"), self.reportCombo)
        form.addRow(self.tr("From"), self.fromDate)
        form.addRow(self.tr("To"), self.toDate)
        form.addRow(self.tr("Format"), self.formatCombo)
        form.addRow("", export)
        enabled = self.ctx.has_role("supervisor", "admin") and self.ctx.office.has("reports")
        for w in (self.reportCombo, self.fromDate, self.toDate, self.formatCombo, export):
            w.setEnabled(enabled)
        if not self.ctx.office.has("reports"):
            form.addRow(QLabel(self.tr("Sales reports are not available in this build."), box))
        else:
            for name, title in self.ctx.office.report_names():
                self.reportCombo.addItem(title, name)
        return box

    def export_report(self, path: str | None = None) -> None:
        fmt = self.formatCombo.currentText()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), f"report.{fmt}")
            if not path:
                return
        name = self.reportCombo.currentData()
        first, last = self.fromDate.date().toPython(), self.toDate.date().toPython()
        self.ctx.tasks.run(lambda: self.ctx.office.export_report(name, first, last, fmt, Path(path)),
                           success=lambda p: self.window().statusBar().showMessage(
                               self.tr("Report saved as {0}.").format(p), 8000),
                           failure=lambda exc: errors.show_error(self, exc))

    # -- charts -----------------------------------------------------------------------------------------
    def _chart_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Charts"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.chartCombo = QComboBox(box, objectName="chartName")
        for name, title in CHARTS:
            self.chartCombo.addItem(self.tr(title), name)
        self.chartCombo.currentIndexChanged.connect(self.draw_chart)
        png = QPushButton(self.tr("Save as PNG…"), box, objectName="chartPng")
        png.clicked.connect(lambda: self.save_chart())
        row.addWidget(self.chartCombo, 1)
        row.addWidget(png)
        layout.addLayout(row)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().hide()
        self.chartView = QChartView(self.chart, box)
        self.chartView.setObjectName("chartView")
        self.chartView.setRenderHint(QPainter.RenderHint.Antialiasing)
        layout.addWidget(self.chartView, 1)
        self.chartNote = QLabel("", box, objectName="statusText")
        layout.addWidget(self.chartNote)
        allowed = self.ctx.has_role("supervisor", "admin")
        for w in (self.chartCombo, png):
            w.setEnabled(allowed)
        if not allowed:
            self.chartNote.setText(self.tr("Charts are for supervisors."))
        return box

    def draw_chart(self) -> None:
        name = self.chartCombo.currentData()
        last = self.ctx.office.office_today()
        first = last - timedelta(days=13 if name == "sales_per_day" else 365)
        self.ctx.tasks.run(lambda: self.ctx.office.chart_data(name, first, last), success=self._plot,
                           failure=lambda exc: self.chartNote.setText(errors.describe(exc)[0]))

    def _plot(self, data: tuple[str, list[tuple[str, int]], str]) -> None:
        title, points, unit = data
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet(title)
        bars.setColor(QColor(ACCENT))
        bars.append([float(v) for _, v in points])  # chart geometry only; the figures come from integer sums
        series = QBarSeries()
        series.append(bars)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        labels = [label for label, _ in points]
        years = {label[:4] for label in labels if len(label) == 10 and label[4] == "-" and label[:4].isdigit()}
        if len(years) == 1 and all(len(label) == 10 for label in labels):  # days of one year: "11-21" fits
            labels = [label[5:] for label in labels]
        x.append(labels)
        y = QValueAxis()
        y.setLabelFormat("%.0f")
        y.setTitleText(unit)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        self.chart.setTitle(self.chartCombo.currentText() or title)  # the title in the user's language
        self.chartNote.setText("" if points else self.tr("No sales in this period."))

    def save_chart(self, path: str | None = None) -> str | None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), "chart.png",
                                                  self.tr("PNG images (*.png)"))
            if not path:
                return None
        self.chartView.grab().save(path, "PNG")
        return path
