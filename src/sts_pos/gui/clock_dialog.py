"""A supervisor's word at the counter, and the clock guard there.

:class:`SupervisorDialog` asks a supervisor's user name and password (and a secret such as the vault
passphrase) for something only a supervisor may do, without signing the cashier out. The clock guard: when a vend or an engineering token is refused because the computer's
clock disagrees with the office's records (``vending.clock_guard``), this window says so with both times
in office time, and lets a supervisor confirm the computer's time in place (user name and password, audited)
so that the same sale goes on with the same request id; nothing the cashier typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from sts_pos.gui import errors
from sts_pos.vending.clock_guard import ClockRefused, ClockVerdict

translate = QCoreApplication.translate

_WORDS = {  # the guard's last record, in the user's words
    "sale": lambda: translate("ClockDialog", "sale"),
    "job": lambda: translate("ClockDialog", "engineering token"),
    "confirmation": lambda: translate("ClockDialog", "clock confirmation"),
    "start": lambda: translate("ClockDialog", "start of this office"),
}


def verdict_text(verdict: ClockVerdict) -> str:
    """The refusal in the user's language, with the computer's time and the last record in office time."""
    clock = verdict.office
    pc, last = clock.minute(verdict.now), clock.minute(verdict.last_at)
    what = _WORDS.get(verdict.last_kind or "", lambda: translate("ClockDialog", "record"))()
    if verdict.status == "behind":
        hours = (verdict.last_at - verdict.now).total_seconds() / 3600
        if hours >= 48:
            return translate("ClockDialog", "The computer's clock says {0} but the last {1} was at {2} (office time, {3}), {4} days "
                             "later. Correct the computer's clock, or have a supervisor confirm that the computer's time "
                             "is right. Nothing was sold.").format(pc, what, last, clock.label, int(hours // 24))
        return translate("ClockDialog", "The computer's clock says {0} but the last {1} was at {2} (office time, {3}), {4} hours later. "
                   "Correct the computer's clock, or have a supervisor confirm that the computer's time is right. "
                   "Nothing was sold.").format(pc, what, last, clock.label, f"{hours:.1f}")
    days = (verdict.now - verdict.last_at).days
    return translate("ClockDialog", "The computer's clock says {0}, {1} days after the last {2} at {3} (office time, {4}); the office "
               "allows at most {5} days, because meters refuse tokens made with a clock set ahead. Correct the "
               "computer's clock, or have a supervisor confirm that the computer's time is right. Nothing was "
               "sold.").format(pc, days, what, last, clock.label, verdict.max_gap_days)


class SupervisorDialog(QDialog):
    """A message, and a supervisor's user name and password (and a ``secret`` such as the vault passphrase)
    for something only a supervisor may do, done in place without signing the cashier out."""

    def __init__(self, parent: QWidget, name: str, title: str, message: str, action: str,
                 secret: str | None = None) -> None:
        super().__init__(parent, objectName=name)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.message = QLabel(message, self, objectName="supervisorMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(420)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.userEdit = QLineEdit(self, objectName="supervisorUser")
        self.passwordEdit = QLineEdit(self, objectName="supervisorPassword", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(translate("ClockDialog", "Supervisor"), self.userEdit)
        form.addRow(translate("ClockDialog", "Password"), self.passwordEdit)
        self.secretEdit = QLineEdit(self, objectName="supervisorSecret", echoMode=QLineEdit.EchoMode.Password)
        if secret:
            form.addRow(secret, self.secretEdit)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.confirmButton = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirmButton.setObjectName("confirmClock")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.userEdit.setFocus()


def handle_refusal(parent: QWidget, ctx, exc: BaseException, retry: Callable[[], None]) -> bool:
    """For a :class:`ClockRefused`: open the clock window; once a supervisor confirms, call ``retry`` (the
    same sale, the same request id). Returns False for any other error (the caller shows it)."""
    if not isinstance(exc, ClockRefused):
        return False
    errors.shown.append((verdict_text(exc.verdict), exc.detail))
    dialog = SupervisorDialog(parent, "clockDialog", translate("ClockDialog", "The computer's clock"),
                              verdict_text(exc.verdict), translate("ClockDialog", "Confirm the computer's time"))

    def confirmed() -> None:
        user, password = dialog.userEdit.text(), dialog.passwordEdit.text()
        dialog.passwordEdit.clear()
        ctx.tasks.run(lambda: ctx.office.confirm_clock(user, password),
                      success=lambda _verdict: retry(), failure=lambda err: errors.show_error(parent, err))

    dialog.accepted.connect(confirmed)
    dialog.open()
    return True
