"""A report on screen: a :class:`QTableView` over a :class:`sts_pos.reports.table.Report` (its rows, then its
totals row in bold), with the report's title, period and notes above and below.

The cells are the printed form of the export (:func:`sts_pos.reports.table.cell_text`, money by the
office's rule without the symbol, which the column heading carries), so the table and the PDF read the same.
Cell text is made when Qt asks for it, so a report of many thousand rows opens at once.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from sts_pos.gui.messages import translate_message
from sts_pos.reports.table import TEXT, Report, cell_text, column_heading

translate = QCoreApplication.translate
_ROOT = QModelIndex()


class ReportModel(QAbstractTableModel):
    """The rows of one report and its totals (the last row, bold)."""

    def __init__(self, report: Report | None = None, parent=None) -> None:
        super().__init__(parent)
        self._report = report
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def report(self) -> Report | None:
        return self._report

    def set_report(self, report: Report | None) -> None:
        self.beginResetModel()
        self._report = report
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:
        if parent.isValid() or self._report is None:
            return 0
        return len(self._report.rows) + (self._report.totals is not None)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() or self._report is None else len(self._report.columns)

    def is_totals(self, row: int) -> bool:
        return self._report is not None and self._report.totals is not None and row == len(self._report.rows)

    def _value(self, row: int, column: int):
        r = self._report
        values = r.totals if self.is_totals(row) else r.rows[row]
        return values[column] if column < len(values) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._report is None:
            return None
        column = self._report.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(index.row(), index.column())
            text = cell_text(value, column, self._report.office, printed=True)
            if column.kind == TEXT and self._report.name.startswith("shift-") and index.column() == 0:
                return _translated_item(text)
            if self.is_totals(index.row()) and text == "Total":
                return translate("ReportTable", "Total")
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if column.kind == TEXT else Qt.AlignmentFlag.AlignRight
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_totals(index.row()):
            return self._bold
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self._report is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self._report.columns[section]
            heading = column_heading(column, self._report.office)
            translated = translate("ReportTable", column.title)
            return heading.replace(column.title, translated, 1) if translated else heading
        return str(section + 1)


def _translated_item(text: str) -> str:
    """A shift report's line label in the user's language (the payment method lines keep their indent)."""
    indent = text[: len(text) - len(text.lstrip())]
    return indent + translate("ReportTable", text.strip())


class ReportView(QWidget):
    """Title, period, the table and the notes of the report on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.titleLabel = QLabel(translate("ReportTable", "Choose a report and press Show."), self,
                                 objectName="reportTitle")
        self.titleLabel.setWordWrap(True)
        font = self.titleLabel.font()
        font.setBold(True)
        self.titleLabel.setFont(font)
        self.periodLabel = QLabel("", self, objectName="reportPeriod")
        self.model = ReportModel(parent=self)
        self.table = QTableView(self, objectName="reportTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(200)  # widths from the first rows: a long report opens at once
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.notesLabel = QLabel("", self, objectName="reportNotes")
        self.notesLabel.setWordWrap(True)
        layout.addWidget(self.titleLabel)
        layout.addWidget(self.periodLabel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notesLabel)

    @property
    def report(self) -> Report | None:
        return self.model.report

    def set_report(self, report: Report, title: str | None = None) -> None:
        self.model.set_report(report)
        copy = bool(report.meta.get("copy"))
        self.titleLabel.setText((title or report.title) if not copy or title is None
                                else translate("ReportTable", "{0} - COPY").format(title))
        if report.period_from or report.period_to:
            self.periodLabel.setText(translate("ReportTable", "From {0} to {1}").format(
                report.period_from, report.period_to))
        else:
            self.periodLabel.setText("")
        self.notesLabel.setText("\n".join(translate_message(note) for note in report.notes))
        self.table.resizeColumnsToContents()

    def cell(self, row: int, column: int) -> str:
        """The text shown in a cell (row -1: the last row, the totals when there are)."""
        row = self.model.rowCount() + row if row < 0 else row
        return self.model.data(self.model.index(row, column)) or ""

    def row_texts(self, row: int) -> list[str]:
        return [self.cell(row, c) for c in range(self.model.columnCount())]
