"""The sign-in page (also the idle-lock page): one user at a time, lockout explained in plain words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from sts_pos.gui import errors
from sts_pos.gui.forms import bind, load_form
from sts_pos.gui.screens.base import Context
from sts_pos.gui.views import UserView
from sts_pos.gui.widgets import on_click


class LoginPage(QWidget):
    """Emits ``signed_in(UserView)``; ``lock(user)`` shows it as the idle lock for that user."""

    signed_in = Signal(object)

    officeLabel: QLabel
    subtitleLabel: QLabel
    userEdit: QLineEdit
    passwordEdit: QLineEdit
    messageLabel: QLabel
    loginButton: QPushButton

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        form = load_form("login", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        bind(self, form, ["officeLabel", "subtitleLabel", "userEdit", "passwordEdit", "messageLabel", "loginButton"])
        on_click(self.loginButton, self.submit)
        self.passwordEdit.returnPressed.connect(self.submit)
        self.userEdit.returnPressed.connect(self.passwordEdit.setFocus)

    def reset(self, office_name: str, locked_user: str = "") -> None:
        self.officeLabel.setText(office_name or self.tr("Vending office"))
        if locked_user:
            self.subtitleLabel.setText(self.tr("Locked after a period without activity. Sign in to continue."))
            self.userEdit.setText(locked_user)
        else:
            self.subtitleLabel.setText(self.tr("Sign in to start selling electricity"))
            self.userEdit.clear()
        self.passwordEdit.clear()
        self.messageLabel.clear()
        (self.passwordEdit if locked_user else self.userEdit).setFocus()

    def submit(self) -> None:
        username, password = self.userEdit.text().strip(), self.passwordEdit.text()
        if not username or not password:
            self.messageLabel.setText(self.tr("Type your user name and password."))
            return
        self.loginButton.setEnabled(False)
        self.messageLabel.clear()

        def failed(exc: BaseException) -> None:
            self.loginButton.setEnabled(True)
            self.passwordEdit.clear()
            self.passwordEdit.setFocus()
            self.messageLabel.setText(errors.describe(exc)[0])

        def done(user: UserView) -> None:
            self.loginButton.setEnabled(True)
            self.passwordEdit.clear()
            self.signed_in.emit(user)

        self.ctx.tasks.run(lambda: self.ctx.office.login(username, password), success=done, failure=failed)
