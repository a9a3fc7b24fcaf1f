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


@pytest.fixture
def gui(qtbot, demo_office):
    from sts_pos.app import build

    path, info = demo_office
    errors.shown.clear()
    ctx, window = build(path, synchronous=True, options={"idle_minutes": 60})
    qtbot.addWidget(window)
    window.show()
    yield Gui(ctx, window, info, qtbot, {u["role"]: u for u in info["users"]})
    close_boxes()
    ctx.office.close()
