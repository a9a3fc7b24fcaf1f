"""The import wizard (Administration > Import): an office's existing register from a CSV or Excel file.

Four steps on one page: choose what the file holds and the file; preview its first rows with each column
mapped to a field by its header (change any mapping, or ignore a column); check every row (``store.importer``,
nothing written) and read the report; import on confirm (all or nothing, or the good rows only), then save the
refused rows with their reasons for correction. The work runs on the worker threads (``gui.tasks``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import errors

KINDS = [
    ("meters", QT_TRANSLATE_NOOP("ImportWizard", "Meters with their customers")),
    ("customers", QT_TRANSLATE_NOOP("ImportWizard", "Customers")),
    ("tariffs", QT_TRANSLATE_NOOP("ImportWizard", "Tariffs")),
]
PREVIEW_ROWS = 10


def _connect(button: QPushButton, slot) -> None:
    button.clicked.connect(lambda _checked=False: slot())  # the checked flag never reaches the slot


# ---- the work (on a worker thread, with that thread's office) ---------------------------------------------
def preview(office, path: str, kind: str):
    """The file's header, the field each column maps to by its header, and its first rows."""
    from sts_pos.store.importer import read_table

    office._session()
    table = read_table(path, kind, strict=False)
    return table.header, table.fields, table.preview(PREVIEW_ROWS), len(table.rows)


def run(office, path: str, kind: str, mapping: dict, dry_run: bool, skip_bad: bool, pending_rollover: bool):
    """Check (``dry_run``) or import the file with the columns mapped as the wizard shows them."""
    from sts_pos.store.importer import import_file, rejects_csv

    services = office.services
    report, plan = import_file(services.records, office._session(), path, kind, dry_run=dry_run, skip_bad=skip_bad,
                               pending_rollover=pending_rollover, mapping=mapping)
    return report, rejects_csv(plan) if plan.rejected else b""


class ImportWizard(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.header: list[str] = []
        self.rejects = b""
        self.checked = False
        layout = QVBoxLayout(self)

        step1 = QGroupBox(self.tr("1. The file"), self)
        row = QHBoxLayout(step1)
        self.kindCombo = QComboBox(step1, objectName="importKind")
        for kind, label in KINDS:
            self.kindCombo.addItem(QCoreApplication.translate("ImportWizard", label), kind)
        self.pathEdit = QLineEdit(step1, objectName="importPath")
        self.pathEdit.setPlaceholderText(self.tr("CSV (UTF-8) or Excel .xlsx file"))
        choose = QPushButton(self.tr("Choose file…"), step1, objectName="importChoose")
        _connect(choose, self.choose)
        self.previewButton = QPushButton(self.tr("Preview"), step1, objectName="importPreview")
        _connect(self.previewButton, self.load)
        for w in (self.kindCombo, self.pathEdit, choose, self.previewButton):
            row.addWidget(w, 1 if w is self.pathEdit else 0)
        layout.addWidget(step1)

        step2 = QGroupBox(self.tr("2. Columns and first rows"), self)
        box = QVBoxLayout(step2)
        hint = QLabel(self.tr("Each column of the file goes to the field chosen above it (matched by the column's "
                              "name); choose another field, or ignore the column."), step2)
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        box.addWidget(hint)
        self.previewTable = QTableWidget(0, 0, step2, objectName="importPreviewTable")
        self.previewTable.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        box.addWidget(self.previewTable, 1)
        self.rowsLabel = QLabel("", step2, objectName="importRows")
        box.addWidget(self.rowsLabel)
        layout.addWidget(step2, 1)

        step3 = QGroupBox(self.tr("3. Check and import"), self)
        box = QVBoxLayout(step3)
        options = QHBoxLayout()
        self.skipBad = QCheckBox(self.tr("Import the good rows even if some are refused"), step3,
                                 objectName="importSkipBad")
        self.pendingRollover = QCheckBox(self.tr("Meters on base date 1993: set their TID rollover pending"), step3,
                                         objectName="importPendingRollover")
        options.addWidget(self.skipBad)
        options.addWidget(self.pendingRollover)
        options.addStretch(1)
        box.addLayout(options)
        buttons = QHBoxLayout()
        self.checkButton = QPushButton(self.tr("Check the file"), step3, objectName="importCheck")
        _connect(self.checkButton, self.check)
        self.importButton = QPushButton(self.tr("Import…"), step3, objectName="importRun")
        self.importButton.setProperty("primary", True)
        self.importButton.setEnabled(False)
        _connect(self.importButton, self.confirm_import)
        self.rejectsButton = QPushButton(self.tr("Save the refused rows…"), step3, objectName="importSaveRejects")
        self.rejectsButton.setEnabled(False)
        _connect(self.rejectsButton, self.save_rejects)
        for w in (self.checkButton, self.importButton, self.rejectsButton):
            buttons.addWidget(w)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.report = QPlainTextEdit(step3, objectName="importReport", readOnly=True)
        self.report.setMaximumHeight(170)
        box.addWidget(self.report)
        layout.addWidget(step3)
        self.kindCombo.currentIndexChanged.connect(lambda _i: self._changed())
        self.pathEdit.textChanged.connect(lambda _t: self._changed())

    # -- step 1 ----------------------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kindCombo.currentData()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The file to import"), "",
                                              self.tr("Register files (*.csv *.xlsx *.txt);;All files (*)"))
        if path:
            self.pathEdit.setText(path)
            self.load()

    def _changed(self) -> None:
        self.checked = False
        self.importButton.setEnabled(False)

    def _path(self) -> str | None:
        path = self.pathEdit.text().strip()
        if not path:
            errors.show_error(self, self.tr("Choose the file to import first."))
            return None
        return path

    def load(self) -> None:
        path, kind = self._path(), self.kind()
        if path is None:
            return
        self.ctx.tasks.run(lambda: preview(self.ctx.office, path, kind), success=self.show_preview,
                           failure=lambda exc: errors.show_error(self, exc))

    # -- step 2 ----------------------------------------------------------------------------------------
    def show_preview(self, result) -> None:
        from sts_pos.store.importer import COLUMNS

        header, fields, rows, count = result
        self.header = header
        self._changed()
        table = self.previewTable
        table.clear()
        table.setColumnCount(len(header))
        table.setRowCount(len(rows) + 1)
        table.setHorizontalHeaderLabels(header)
        for col, target in enumerate(fields):
            combo = QComboBox(table, objectName=f"importMap{col}")
            combo.addItem(self.tr("(ignore)"), None)
            for name in COLUMNS[self.kind()]:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(combo.findData(target), 0) if target else 0)
            combo.currentIndexChanged.connect(lambda _i: self._changed())
            table.setCellWidget(0, col, combo)
        for r, cells in enumerate(rows, start=1):
            for col, text in enumerate(cells[:len(header)]):
                table.setItem(r, col, QTableWidgetItem(text))
        self.rowsLabel.setText(self.tr("{0} rows in the file; the first {1} are shown.").format(count, len(rows)))

    def mapping(self) -> dict:
        from sts_pos.store.importer import _header_key

        out = {}
        for col, title in enumerate(self.header):
            combo = self.previewTable.cellWidget(0, col)
            out[_header_key(title)] = combo.currentData() if combo is not None else None
        return out

    # -- step 3 ----------------------------------------------------------------------------------------
    def check(self) -> None:
        self._run(dry_run=True)

    def confirm_import(self) -> None:
        if not self.checked:
            errors.show_error(self, self.tr("Check the file first."))
            return
        answer = QMessageBox.question(self, self.tr("Import"), self.tr(
            "Import {0} into this office now? The import is recorded in the audit log.").format(
            self.kindCombo.currentText().lower()))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(dry_run=False)

    def _run(self, dry_run: bool) -> None:
        path, kind = self._path(), self.kind()
        if path is None:
            return
        if not self.header:
            errors.show_error(self, self.tr("Preview the file first, to see how its columns are mapped."))
            return
        mapping, skip, pending = self.mapping(), self.skipBad.isChecked(), self.pendingRollover.isChecked()

        def done(result) -> None:
            report, rejects = result
            self.rejects = rejects
            self.rejectsButton.setEnabled(bool(rejects))
            self.checked = dry_run and (skip or not report.rejected) and report.imported > 0
            self.importButton.setEnabled(self.checked)
            self.report.setPlainText(self._report_text(report))

        self.ctx.tasks.run(lambda: run(self.ctx.office, path, kind, mapping, dry_run, skip, pending), success=done,
                           failure=lambda exc: errors.show_error(self, exc))

    def _report_text(self, report) -> str:
        if report.written:
            head = self.tr("Imported {0} of {1} rows.").format(report.imported, report.rows)
        elif report.dry_run:
            head = self.tr("Checked: {0} of {1} rows can be imported, {2} refused. Nothing was written yet.").format(
                report.imported if (report.skip_bad or not report.rejected) else report.rows - len(report.rejected),
                report.rows, len(report.rejected))
        else:
            head = self.tr("Nothing was imported: {0} rows were refused.").format(len(report.rejected))
        lines = [head]
        if report.needs_rollover:
            lines.append(self.tr("{0} meters are on base date 1993 and need the TID rollover.").format(
                len(report.needs_rollover)))
        for item in report.rejected:
            lines.append(self.tr("Row {0}: {1}").format(item["row"], "; ".join(item["reasons"])))
        return "\n".join(lines)

    def save_rejects(self) -> None:
        if not self.rejects:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the refused rows"), "rejects.csv",
                                              self.tr("CSV files (*.csv)"))
        if not path:
            return
        data = self.rejects

        def write() -> str:
            from sts_pos.store.outfile import output_file

            with output_file(path, db_path=self.ctx.office.local_path, force=True, what="rejects file") as handle:
                handle.write(data)
            return path

        self.ctx.tasks.run(write, success=lambda p: self.report.appendPlainText(
            self.tr("The refused rows were saved in {0}.").format(p)), failure=lambda exc: errors.show_error(self, exc))
