"""Engineering > "Why was this token rejected?": the diagnosis of a token a customer brings back
(``vending.diagnose``) and its remedy: a supervisor's free replacement of a credit refused for a key reason
(``store.replacements``), printed "Replacement for receipt ..."."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import clock_dialog, errors

CAUSES = {
    "ok": QT_TRANSLATE_NOOP("DiagnosePanel", "The token is right for this meter"),
    "other_meter": QT_TRANSLATE_NOOP("DiagnosePanel", "Made for another meter"),
    "old_key": QT_TRANSLATE_NOOP("DiagnosePanel", "Made under the meter's old key"),
    "new_key_before_key_change": QT_TRANSLATE_NOOP("DiagnosePanel", "The key change tokens were not entered first"),
    "old_tid": QT_TRANSLATE_NOOP("DiagnosePanel", "Older than the tokens the meter remembers"),
    "used": QT_TRANSLATE_NOOP("DiagnosePanel", "Already entered in this meter"),
    "key_expired": QT_TRANSLATE_NOOP("DiagnosePanel", "The meter's key has expired"),
    "mistyped": QT_TRANSLATE_NOOP("DiagnosePanel", "Mistyped"),
    "unknown": QT_TRANSLATE_NOOP("DiagnosePanel", "No cause found"),
}


def _connect(button: QPushButton, slot) -> None:
    button.clicked.connect(lambda _checked=False: slot())  # the checked flag never reaches the slot


# ---- the work (on a worker thread, with that thread's office) ---------------------------------------------
def diagnose(office, meter: str, token: str, says: str | None, model: str):
    from sts_pos.store.diagnosis import diagnose_token

    return diagnose_token(office.services, office._session(), meter, token, says or None, model)


def replace(office, sale_id: int, reason: str) -> tuple[object, str]:
    """The free replacement and where its slip was printed."""
    from sts_pos.store.replacements import Replacements

    services = office.services
    result = Replacements(services.repo, services.vending_key, services.clock).replace(
        office._session(), sale_id, reason)
    return result, office._print(office.job_slip(result.job_id), f"replacement-{result.job_id}")


def meter_says_choices(office) -> list[str]:
    from sts_pos.store.diagnosis import office_codes
    from sts_pos.vending.diagnose import BUILTIN_CODES

    codes = [c.code for c in office_codes(office.services.conn)]
    return codes + [c.code for c in BUILTIN_CODES if not c.code.isupper() and c.code not in codes]


class DiagnosePanel(QGroupBox):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Why was this token rejected?"))
        self.setObjectName("diagnosePanel")
        self.ctx = ctx
        self.result = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.meterEdit = QLineEdit(self, objectName="diagnoseMeter")
        self.meterEdit.setPlaceholderText(self.tr("Meter number"))
        self.tokenEdit = QLineEdit(self, objectName="diagnoseToken")
        self.tokenEdit.setPlaceholderText(self.tr("The token the meter refused, 20 digits"))
        self.tokenEdit.returnPressed.connect(self.diagnose)
        says = QHBoxLayout()
        self.saysEdit = QLineEdit(self, objectName="diagnoseSays")  # the meter's own words: offered, not translated
        self.saysEdit.setPlaceholderText(self.tr("What the meter shows (optional)"))
        self.modelEdit = QLineEdit(self, objectName="diagnoseModel")
        self.modelEdit.setPlaceholderText(self.tr("Meter model (optional)"))
        says.addWidget(self.saysEdit, 1)
        says.addWidget(self.modelEdit, 1)
        form.addRow(self.tr("Meter"), self.meterEdit)
        form.addRow(self.tr("Token"), self.tokenEdit)
        form.addRow(self.tr("Meter shows"), says)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.diagnoseButton = QPushButton(self.tr("Diagnose"), self, objectName="diagnoseButton")
        self.diagnoseButton.setProperty("primary", True)
        _connect(self.diagnoseButton, self.diagnose)
        self.replaceButton = QPushButton(self.tr("Replace its credit free…"), self, objectName="replaceButton")
        self.replaceButton.setEnabled(False)
        _connect(self.replaceButton, self.replace)
        buttons.addWidget(self.diagnoseButton)
        buttons.addWidget(self.replaceButton)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.causeLabel = QLabel("", self, objectName="diagnoseCause")
        self.causeLabel.setProperty("role", "heading")
        layout.addWidget(self.causeLabel)
        self.explanation = QPlainTextEdit(self, objectName="diagnoseResult", readOnly=True)
        self.explanation.setMaximumHeight(150)
        layout.addWidget(self.explanation)

    def activated(self) -> None:
        if self.saysEdit.completer() is None:
            self.ctx.tasks.run(lambda: meter_says_choices(self.ctx.office), success=self._fill_codes,
                               failure=lambda exc: None)

    def _fill_codes(self, codes: list[str]) -> None:
        completer = QCompleter(codes, self.saysEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.saysEdit.setCompleter(completer)

    def diagnose(self) -> None:
        meter, token = self.meterEdit.text().strip(), self.tokenEdit.text().strip()
        if not meter or not token:
            errors.show_error(self, self.tr("Type the meter number and the token the meter refused."))
            return
        says, model = self.saysEdit.text().strip(), self.modelEdit.text().strip()
        self.replaceButton.setEnabled(False)
        self.ctx.tasks.run(lambda: diagnose(self.ctx.office, meter, token, says, model), success=self.show_result,
                           failure=lambda exc: errors.show_error(self, exc))

    def show_result(self, result) -> None:
        self.result = result
        self.causeLabel.setText(QCoreApplication.translate("DiagnosePanel", CAUSES.get(result.cause, result.cause)))
        lines = [result.explanation, "", self.tr("What to do: {0}").format(result.remedy)]
        if result.sale:
            lines.append(self.tr("Sale: receipt {0}").format(result.sale["receipt_no"]))
        self.explanation.setPlainText("\n".join(lines))
        self.replaceButton.setEnabled(bool(result.replaceable and self.ctx.has_role("supervisor", "admin")))

    def replace(self) -> None:
        result = self.result
        if result is None or not result.replaceable or not result.sale:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Replace the credit"), self.tr(
            "Re-issue the credit of receipt {0} free under the meter's current key. Why (what the customer "
            "reported)?").format(result.sale["receipt_no"]), text=self.tr("Token refused after the key change"))
        if not ok or not reason.strip():
            return
        sale_id = result.sale["id"]

        def done(value) -> None:
            replacement, where = value
            self.replaceButton.setEnabled(False)
            self.explanation.setPlainText("\n".join(
                [self.tr("Replacement for receipt {0} (slip {1}), printed to {2}:").format(
                    replacement.original_receipt, replacement.slip, where)]
                + [f"{t.seq}. {' '.join(t.number[i:i + 4] for i in range(0, 20, 4))}" for t in replacement.tokens]))

        def failed(exc: BaseException) -> None:
            if not clock_dialog.handle_refusal(self, self.ctx, exc, retry=self.replace):
                errors.show_error(self, exc)

        self.ctx.tasks.run(lambda: replace(self.ctx.office, sale_id, reason.strip()), success=done, failure=failed)
