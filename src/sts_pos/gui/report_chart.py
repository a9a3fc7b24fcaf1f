"""A sales chart on screen (Qt Charts) from :class:`sts_pos.reports.charts.ChartPlot`: bars, each with its
value written above it, and a value axis with round ticks written by the office's money rule.

Qt's bar labels can only print the raw number (``@value``), so the value labels are drawn here as text
items placed over the bars (written by hand for that reason) and moved whenever the plot area changes.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from sts_pos.gui.style import ACCENT

MANY = 8  # more categories than this: the labels stand upright, so none is cut

# the series names of reports.charts, listed so that lupdate offers them for translation
_SERIES = (QT_TRANSLATE_NOOP("ReportChart", "Amount paid"), QT_TRANSLATE_NOOP("ReportChart", "Sales"),
           QT_TRANSLATE_NOOP("ReportChart", "Units"))


def axis_title(plot) -> str:
    """The value axis's title in the user's language: ``Amount paid (R)``."""
    name = QCoreApplication.translate("ReportChart", plot.series) if plot.series else plot.axis_title
    return f"{name} ({plot.unit})" if plot.unit else name


class ChartPanel(QChartView):
    def __init__(self, parent=None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setObjectName("chartView")
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.legend().hide()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(320)
        self.plot = None
        self.series: QBarSeries | None = None
        self.value_items: list[QGraphicsSimpleTextItem] = []
        self.chart_.plotAreaChanged.connect(lambda _area: self._place_values())
        # one pair of axes for every plot, refilled (axes removed and added anew linger on screen until Qt's
        # deferred deletion runs, drawn over the new ones)
        self.x = QBarCategoryAxis()
        self.x.setTruncateLabels(False)  # a label is shown whole, never "11-…"
        self.y = QCategoryAxis()
        self.y.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y.setGridLineVisible(True)
        self.chart_.addAxis(self.x, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y, Qt.AlignmentFlag.AlignLeft)

    def show_plot(self, plot, title: str) -> None:
        """Draw ``plot`` (a ChartPlot) titled ``title`` (in the user's language)."""
        chart = self.chart_
        chart.removeAllSeries()
        for item in self.value_items:
            chart.scene().removeItem(item)
        self.value_items = []
        self.plot = plot
        bars = QBarSet(axis_title(plot))
        bars.setColor(QColor(ACCENT))
        bars.append([float(v) for v in plot.values])  # geometry only; the labels carry the exact figures
        self.series = QBarSeries()
        self.series.append(bars)
        chart.addSeries(self.series)
        labels = _short_days(list(plot.categories))
        self.x.clear()
        self.x.append(labels)
        self.x.setLabelsAngle(-90 if len(labels) > MANY else 0)
        for label in list(self.y.categoriesLabels()):
            self.y.remove(label)
        for value, text in plot.ticks:
            self.y.append(text, float(value))
        top = float(plot.ticks[-1][0]) if plot.ticks else 1.0
        self.y.setRange(0.0, top * 1.08 if top else 1.0)  # room above the highest bar for its value
        self.y.setTitleText(axis_title(plot))
        self.series.attachAxis(self.x)
        self.series.attachAxis(self.y)
        chart.setTitle(title)
        for text in plot.value_labels:
            item = QGraphicsSimpleTextItem(text, chart)
            item.setZValue(100)  # over the bars
            if len(labels) > MANY:
                item.setRotation(-90)
            self.value_items.append(item)
        self._place_values()

    def _place_values(self) -> None:
        if self.series is None or self.plot is None:
            return
        upright = len(self.plot.categories) > MANY
        top = self.chart_.plotArea().top()
        for i, (item, value) in enumerate(zip(self.value_items, self.plot.values)):
            point = self.chart_.mapToPosition(QPointF(i, float(value)), self.series)
            box = item.boundingRect()
            room = box.width() if upright else box.height()  # rotated -90: its width runs upwards
            inside = point.y() - room - 4 < top  # no room above the bar: written inside its top, in white
            item.setBrush(QColor("white") if inside else QColor("black"))
            if upright:
                item.setPos(point.x() - box.height() / 2, point.y() + (room + 4 if inside else -4))
            else:
                item.setPos(point.x() - box.width() / 2, point.y() + (2 if inside else -box.height() - 2))

    def value_texts(self) -> list[str]:
        return [item.text() for item in self.value_items]

    def tick_texts(self) -> list[str]:
        axes = self.chart_.axes(Qt.Orientation.Vertical)
        return list(axes[0].categoriesLabels()) if axes else []


def _short_days(labels: list[str]) -> list[str]:
    """Days of one year as ``11-21`` (the year is in the period above the chart)."""
    years = {label[:4] for label in labels if len(label) == 10 and label[4] == "-" and label[:4].isdigit()}
    if len(years) == 1 and all(len(label) == 10 for label in labels):
        return [label[5:] for label in labels]
    return labels
