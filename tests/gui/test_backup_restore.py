"""Administration > Backup and restore: a good backup restores the office as it was; a damaged or foreign
file is refused with a message that says so, and the office is left untouched."""

from __future__ import annotations

import sqlite3

from sts_pos.gui import errors


def user_names(gui) -> set[str]:
    with sqlite3.connect(gui.ctx.office.db_path) as conn:
        return {r[0] for r in conn.execute("SELECT username FROM users")}


def add_user(admin, name: str) -> None:
    admin.newUser.setText(name)
    admin.newName.setText(name.title())
    admin.newRole.setCurrentIndex(admin.newRole.findData("cashier"))
    admin.newPassword.setText(f"{name}-pass-2026")
    admin.add_user()


def test_restore_refuses_a_damaged_file_and_restores_a_good_backup(gui, tmp_path):
    gui.sign_in("admin")
    admin = gui.screen("admin")
    good = tmp_path / "good.sqlite3"
    admin.backup(str(good))
    assert good.exists() and "checked" in admin.backupResult.text(), errors.shown[-1:]
    add_user(admin, "after")  # a change made after the backup
    assert "after" in user_names(gui)

    damaged = tmp_path / "damaged.sqlite3"
    data = good.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])  # a copy cut short, as from a full USB stick
    before = len(errors.shown)
    admin.restore(str(damaged))
    assert len(errors.shown) == before + 1
    message = errors.shown[-1][0]
    assert "damaged" in message and str(damaged) in message, message
    assert "after" in user_names(gui)  # nothing was replaced

    foreign = tmp_path / "photos.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    admin.restore(str(foreign))
    assert "not an sts-pos office backup" in errors.shown[-1][0], errors.shown[-1]

    shown = len(errors.shown)
    admin.restore(str(good))
    assert len(errors.shown) == shown, errors.shown[-1:]
    assert "restored" in admin.backupResult.text()
    assert "after" not in user_names(gui) and gui.users["cashier"]["username"] in user_names(gui)
    assert not gui.ctx.office.vault_unlocked()
    admin.verify_audit()
    assert admin.auditResult.text().startswith("The audit log is intact"), admin.auditResult.text()
    gui.sign_in("cashier")  # the restored office is usable at once
    assert gui.ctx.user.role == "cashier"


def test_restore_is_for_the_administrator(gui):
    gui.sign_in("supervisor")
    admin = gui.screen("admin")
    assert admin.restoreButton.isEnabled() is False
    gui.sign_in("admin")
    assert gui.screen("admin").restoreButton.isEnabled()
