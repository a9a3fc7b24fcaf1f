"""Engineering (technician): management and test tokens, key change and TID-rollover batches, and
"what is this token?" (decode a token a customer brings, with the engine's decoder)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import clock_dialog, errors
from sts_pos.gui.receipt_preview import preview_document
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.widgets import NotAvailable, TokenList, on_click

# kind, label, parameter caption (None: no parameter)
TOKEN_KINDS = [
    ("clear_credit", QT_TRANSLATE_NOOP("EngineeringScreen", "Clear credit"), None),
    ("clear_tamper", QT_TRANSLATE_NOOP("EngineeringScreen", "Clear tamper"), None),
    ("set_max_power", QT_TRANSLATE_NOOP("EngineeringScreen", "Set maximum power"),
     QT_TRANSLATE_NOOP("EngineeringScreen", "Watts")),
    ("set_phase_unbalance", QT_TRANSLATE_NOOP("EngineeringScreen", "Set phase unbalance limit"),
     QT_TRANSLATE_NOOP("EngineeringScreen", "Watts")),
    ("test", QT_TRANSLATE_NOOP("EngineeringScreen", "Test / display (all tests)"), None),
    ("key_change", QT_TRANSLATE_NOOP("EngineeringScreen", "Key change (the meter's pending change)"), None),
    ("rollover", QT_TRANSLATE_NOOP("EngineeringScreen", "TID rollover to base date 2014 (this meter)"), None),
]


class EngineeringScreen(Screen):
    key = "engineering"
    roles = ("technician", "supervisor", "admin")
    icon_name = "engineering"
    title_text = QT_TRANSLATE_NOOP("Screens", "Engineering")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        if not ctx.office.has("engineering"):
            self.replace_with(NotAvailable(self.title(), self.tr("Engineering tokens need the vending services."),
                                           self))
            return
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self._token_box(), 0, 0)
        grid.addWidget(self._decode_box(), 0, 1)
        grid.addWidget(self._batch_box(), 1, 1)
        self.tokens = TokenList(self)
        self.tokens.point_size = 17
        grid.addWidget(self._tokens_box(), 1, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        from sts_pos.gui.diagnose_panel import DiagnosePanel  # why a meter refused a token, and the remedy

        self.diagnosePanel = DiagnosePanel(ctx, self)
        grid.addWidget(self.diagnosePanel, 2, 0, 1, 2)

    def _tokens_box(self) -> QGroupBox:
        """The tokens of the job just issued: print its slip, copy them, or send them to the customer by SMS."""
        out = QGroupBox(self.tr("Tokens issued"), self)
        layout = QVBoxLayout(out)
        self.jobLabel = QLabel("", out, objectName="jobLabel")
        self.jobLabel.setWordWrap(True)
        layout.addWidget(self.jobLabel)
        layout.addWidget(self.tokens)
        buttons = QHBoxLayout()
        self.printSlipButton = QPushButton(self.tr("Print slip"), out, objectName="engPrint")
        self.copyButton = QPushButton(self.tr("Copy"), out, objectName="engCopy")
        self.smsButton = QPushButton(self.tr("Send SMS"), out, objectName="engSms")
        for button, slot in ((self.printSlipButton, self.print_slip), (self.copyButton, self.copy_tokens),
                             (self.smsButton, self.send_sms)):
            button.setEnabled(False)
            on_click(button, slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.job = None  # the JobView just issued
        self.preview = None  # the slip's preview while it is open
        return out

    def _token_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Management and test tokens"), self)
        form = QFormLayout(box)
        self.meterEdit = QLineEdit(box, objectName="engMeter")
        self.meterEdit.setPlaceholderText(self.tr("11- or 13-digit meter number"))
        self.kindCombo = QComboBox(box, objectName="engKind")
        for kind, label, _ in TOKEN_KINDS:
            self.kindCombo.addItem(self.tr(label), kind)
        self.valueSpin = QSpinBox(box, objectName="engValue", minimum=0, maximum=65535, singleStep=100, value=5000)
        self.valueLabel = QLabel(self.tr("Watts"), box)
        self.reasonEdit = QLineEdit(box, objectName="engReason")
        self.reasonEdit.setPlaceholderText(self.tr("Why (work order, complaint…) — required"))
        self.issueButton = QPushButton(self.tr("Issue token"), box, objectName="engIssue")
        self.issueButton.setProperty("primary", True)
        on_click(self.issueButton, self.issue)
        self.kindCombo.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("Meter"), self.meterEdit)
        form.addRow(self.tr("Token"), self.kindCombo)
        form.addRow(self.valueLabel, self.valueSpin)
        form.addRow(self.tr("Reason"), self.reasonEdit)
        form.addRow("", self.issueButton)
        form.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding))
        self._kind_changed()
        return box

    def _decode_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What is this token?"), self)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.decodeMeter = QLineEdit(box, objectName="decodeMeter")
        self.decodeMeter.setPlaceholderText(self.tr("Meter number"))
        self.decodeToken = QLineEdit(box, objectName="decodeToken")
        self.decodeToken.setPlaceholderText(self.tr("20-digit token, spaces allowed"))
        self.decodeToken.returnPressed.connect(self.decode)
        button = QPushButton(self.tr("Decode"), box, objectName="decodeButton")
        on_click(button, self.decode)
        row.addWidget(self.decodeMeter, 2)
        row.addWidget(self.decodeToken, 3)
        row.addWidget(button)
        layout.addLayout(row)
        self.decodeResult = QPlainTextEdit(box, objectName="decodeResult", readOnly=True)
        self.decodeResult.setMaximumHeight(150)
        layout.addWidget(self.decodeResult)
        layout.addStretch(1)
        return box

    def _batch_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Key change and TID rollover"), self)
        layout = QVBoxLayout(box)
        note = QLabel(self.tr("Meters on base date 1993 stopped accepting new credit on 2024-11-24. The rollover "
                              "moves a meter (or every meter of a supply group) to base date 2014 with key change "
                              "tokens, which are also given automatically before the next credit token."), box)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.batchSgc = QComboBox(box, objectName="batchSgc")
        self.batchSgc.setEditable(True)
        self.batchButton = QPushButton(self.tr("Roll over the supply group…"), box, objectName="batchButton")
        on_click(self.batchButton, self.rollover_batch)
        self.batchButton.setEnabled(self.ctx.has_role("technician", "supervisor", "admin"))
        row = QHBoxLayout()
        row.addWidget(self.batchSgc, 1)
        row.addWidget(self.batchButton)
        form.addRow(self.tr("Supply group"), row)
        layout.addLayout(form)
        pending = QLabel(self.tr("One meter: the key change tokens come with its next purchase."), box)
        pending.setWordWrap(True)
        pending.setProperty("role", "hint")
        layout.addSpacing(6)
        layout.addWidget(pending)
        change = QFormLayout()
        change.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.changeMeter = QLineEdit(box, objectName="changeMeter", placeholderText=self.tr("meter number"))
        self.changeSgc = QLineEdit(box, objectName="changeSgc", placeholderText=self.tr("new SGC"), maxLength=6)
        self.changeKrn = QSpinBox(box, objectName="changeKrn", minimum=1, maximum=9, prefix="KRN ")
        self.changeTi = QSpinBox(box, objectName="changeTi", minimum=0, maximum=99, prefix="TI ")
        self.changeButton = QPushButton(self.tr("Set pending key change"), box, objectName="setPendingChange")
        on_click(self.changeButton, self.set_pending_change)
        params = QHBoxLayout()
        params.addWidget(self.changeSgc, 2)
        params.addWidget(self.changeKrn, 1)
        params.addWidget(self.changeTi, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.changeButton)
        change.addRow(self.tr("Meter"), self.changeMeter)
        change.addRow(self.tr("New key"), params)
        change.addRow(buttons)
        layout.addLayout(change)
        self.batchResult = QLabel("", box, objectName="batchResult")
        self.batchResult.setWordWrap(True)
        layout.addWidget(self.batchResult)
        layout.addStretch(1)
        return box

    def activated(self) -> None:
        if hasattr(self, "diagnosePanel"):
            self.diagnosePanel.activated()
        if hasattr(self, "batchSgc") and self.batchSgc.count() == 0:
            self.ctx.tasks.run(self.ctx.office.supply_group_codes, success=self.batchSgc.addItems,
                               failure=lambda exc: None)

    def _kind_changed(self) -> None:
        caption = TOKEN_KINDS[self.kindCombo.currentIndex()][2]
        self.valueSpin.setVisible(caption is not None)
        self.valueLabel.setVisible(caption is not None)

    def issue(self) -> None:
        meter, reason = self.meterEdit.text().strip(), self.reasonEdit.text().strip()
        kind = self.kindCombo.currentData()
        if not meter or not reason:
            errors.show_error(self, self.tr("Type the meter number and the reason for this token."))
            return
        value = self.valueSpin.value() if self.valueSpin.isVisible() else None
        self.issueButton.setEnabled(False)

        def done(job) -> None:
            self.issueButton.setEnabled(True)
            self.job = job
            self.tokens.set_tokens([(r.label, r.number) for r in job.tokens])
            self.jobLabel.setText(self.tr("Engineering slip {0} · meter {1} · {2} ({3})").format(
                job.number, job.meter_number, self.ctx.formats.when(job.created), self.ctx.formats.clock.label))
            for button in (self.printSlipButton, self.copyButton):
                button.setEnabled(True)
            self.smsButton.setEnabled(self.ctx.office.has("sms"))

        def failed(exc: BaseException) -> None:
            self.issueButton.setEnabled(True)
            if not clock_dialog.handle_refusal(self, self.ctx, exc, retry=self.issue):
                errors.show_error(self, exc)

        self.ctx.tasks.run(lambda: self.ctx.office.engineering_token(meter, kind, reason, value),
                           success=done, failure=failed)

    def _said(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def print_slip(self) -> None:
        if self.job is None:
            return
        job_id = self.job.id  # the slip as it will print first, then Print prints it
        preview_document(self, self.ctx, lambda: self.ctx.office.job_slip(job_id),
                         lambda: self.ctx.office.print_job_slip(job_id), self.tr("Slip sent to {0}."), slip=True)

    def copy_tokens(self) -> None:
        if self.tokens.views:
            self.tokens.copy()
            self._said(self.tr("Tokens copied to the clipboard."))

    def send_sms(self) -> None:
        if self.job is None:
            return
        job_id = self.job.id
        self.ctx.device_tasks.run(lambda: self.ctx.office.send_job_sms(job_id),
                                  success=lambda where: self._said(self.tr("SMS {0}.").format(where)),
                                  failure=lambda exc: errors.show_error(self, exc))

    def decode(self) -> None:
        meter, token = self.decodeMeter.text().strip(), self.decodeToken.text().strip()
        self.ctx.tasks.run(lambda: self.ctx.office.decode_token(meter, token),
                           success=self.decodeResult.setPlainText,
                           failure=lambda exc: self.decodeResult.setPlainText(errors.describe(exc)[0]))

    def rollover_batch(self) -> None:
        sgc = self.batchSgc.currentText().strip()
        if not sgc:
            return
        progress = QProgressDialog(self.tr("Making key change tokens…"), self.tr("Stop"), 0, 100, self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        job = self.ctx.tasks.run(
            lambda job: self.ctx.office.rollover_supply_group(sgc, job),
            success=lambda done: (progress.close(), self.batchResult.setText(
                self.tr("{0} meters of supply group {1} were moved to base date 2014. Their key change tokens "
                        "are in {2}, ready to print for the field technicians.").format(done[0], sgc, done[1]))),
            failure=lambda exc: (progress.close(), errors.show_error(self, exc)),
            progress=lambda done, total, _: (progress.setMaximum(max(total, 1)), progress.setValue(done)))
        progress.canceled.connect(job.cancel)

    def set_pending_change(self) -> None:
        meter, sgc = self.changeMeter.text().strip(), self.changeSgc.text().strip() or None
        krn, ti = self.changeKrn.value(), self.changeTi.value()
        self.ctx.tasks.run(lambda: self.ctx.office.set_pending_change(meter, sgc=sgc, krn=krn, ti=ti),
                           success=self.batchResult.setText, failure=lambda exc: errors.show_error(self, exc))
