"""GUI fixtures: the demo office (``sts-pos demo --json``, a real SQLite file) and the main window on it.

The demo is made once per session and its file copied for each test, so every test starts from the same
office without paying for the demo again. The window runs its tasks synchronously (callbacks inline).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from sts_pos.gui import errors


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    out = subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(path), "demo", "--json"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    return path, json.loads(out)


@pytest.fixture
def demo_office(tmp_path, demo_template):
    source, info = demo_template
    path = tmp_path / "office.sqlite3"
    shutil.copy(source, path)
    return path, info


@dataclass
class Gui:
    ctx: object
    window: object
    info: dict
    qtbot: object
    users: dict = field(default_factory=dict)

    def sign_in(self, role: str, password: str | None = None) -> None:
        page = self.window.login_page
        if self.ctx.user is not None and self.window.root.currentWidget() is not page:
            self.window.sign_out()
        page.userEdit.setText(self.users[role]["username"])
        page.passwordEdit.setText(self.users[role]["password"] if password is None else password)
        page.submit()

    def unlock_vault(self) -> None:
        """The supervisor's start of day: sign in, unlock the vault, sign out."""
        self.sign_in("supervisor")
        self.ctx.office.unlock_vault(self.info["vault_passphrase"])
        self.window.sign_out()

    def screen(self, key: str):
        return self.window.show_screen(key)

    @property
    def last_error(self) -> str:
        return errors.shown[-1][0] if errors.shown else ""


def close_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.close()


def gui_on(qtbot, path, info: dict):
    """The main window on the office at ``path`` (a file or a ``postgresql://`` URL), shown, as a :class:`Gui`
    (a generator: a fixture yields from it, and its boxes and office are closed after the test)."""
    from sts_pos.app import build

    errors.shown.clear()
    ctx, window = build(path, synchronous=True, options={"idle_minutes": 60})
    qtbot.addWidget(window)
    window.show()
    yield Gui(ctx, window, info, qtbot, {u["role"]: u for u in info["users"]})
    close_boxes()
    ctx.office.close()


@pytest.fixture
def gui(qtbot, demo_office):
    path, info = demo_office
    yield from gui_on(qtbot, path, info)


def fill_first_run_wizard(wizard) -> None:
    """Fill a new office (Barangay Maligaya Power, PHP), its administrator maria and the vault passphrase into
    the shown first-run wizard, page by page, and finish it."""
    wizard.next()
    o = wizard.office_page
    o.name.setText("Barangay Maligaya Power")
    o.vat.setText("123-456-789-000")
    o.currency_code.setText("PHP")
    o.currency_symbol.setText("₱")
    wizard.next()
    wizard.admin.username.setText("maria")
    wizard.admin.full_name.setText("Maria Santos")
    wizard.admin.password.setText("secret-pass-1")
    wizard.admin.repeat.setText("secret-pass-1")
    wizard.next()
    wizard.vault.passphrase.setText("three words here please")
    wizard.vault.repeat.setText("three words here please")
    wizard.accept()


class PinnedClock:
    """The office clock a test sets (``now`` may be moved by the test)."""

    def __init__(self, now) -> None:
        self.now = now

    def __call__(self):
        return self.now


def last_sale_at(path):
    """The demo office's last sale (aware UTC), to place a test's clock relative to the office's state."""
    import sqlite3
    from datetime import datetime

    with sqlite3.connect(path) as conn:
        return datetime.fromisoformat(conn.execute("SELECT max(created_at) FROM sales").fetchone()[0])


def open_window(qtbot, path, clock, size=(1280, 720)):
    """The main window on the office file ``path`` with the office clock ``clock``, shown at ``size`` (None:
    the window's own size)."""
    from sts_pos.app import build

    errors.shown.clear()
    ctx, window = build(path, synchronous=True, options={"idle_minutes": 60}, clock=clock)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    return ctx, window


def key_sign_in(qtbot, ctx, window, user: dict) -> None:
    """Sign ``user`` in by keys on the login page (signing out whoever is signed in first)."""
    from PySide6.QtCore import Qt

    if ctx.user is not None:
        window.sign_out()
    page = window.login_page
    page.userEdit.selectAll()
    page.userEdit.clear()
    page.passwordEdit.clear()
    qtbot.keyClicks(page.userEdit, user["username"])
    qtbot.keyClicks(page.passwordEdit, user["password"])
    qtbot.keyClick(page.passwordEdit, Qt.Key.Key_Return)
    assert ctx.user is not None and ctx.user.username == user["username"], page.messageLabel.text()


def pinned_demo_office(tmp_path_factory, now, days_of_sales: int):
    """A demo office made with its clock at ``now`` (its sales in the days before): (path, info)."""
    from sts_pos.store.demo import create_demo

    path = tmp_path_factory.mktemp("pinned") / "office.sqlite3"
    return path, create_demo(path, days_of_sales=days_of_sales, now=now)


def reject_dialogs() -> None:
    """Close every dialog a test left open (answered by nobody)."""
    from PySide6.QtWidgets import QDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
