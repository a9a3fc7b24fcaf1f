"""The same window with real worker threads (as users run it): sign in, unlock, find, quote and vend,
every store call on a pool thread with one SQLite connection per thread and one shared key vault."""

from __future__ import annotations

import threading

from sts_pos.gui import errors


def test_vend_through_worker_threads(qtbot, demo_office):
    from sts_pos.app import build

    path, info = demo_office
    users = {u["role"]: u for u in info["users"]}
    ctx, window = build(path, synchronous=False)
    qtbot.addWidget(window)
    window.show()
    try:
        page = window.login_page
        page.userEdit.setText(users["supervisor"]["username"])
        page.passwordEdit.setText(users["supervisor"]["password"])
        page.submit()
        qtbot.waitUntil(lambda: ctx.user is not None, timeout=10000)
        with qtbot.waitCallback(timeout=20000) as unlocked:
            ctx.tasks.run(lambda: ctx.office.unlock_vault(info["vault_passphrase"]), success=unlocked,
                          failure=unlocked)
        assert unlocked.args == [None]
        vend = window.screens["vend"]
        vend.searchEdit.setText(info["meters"][0]["meter_number"])
        vend.find()
        qtbot.waitUntil(lambda: vend.meter is not None, timeout=10000)
        vend.amountEdit.setText("120")  # the live quote starts by itself after a short pause
        qtbot.waitUntil(lambda: vend.quote is not None, timeout=10000)
        vend.vend()
        qtbot.waitUntil(lambda: vend.sale is not None, timeout=10000)
        assert len(vend.tokens.views[-1].number) == 20
        assert not errors.shown or "vault" not in errors.shown[-1][0]
        offices = ctx.office._offices
        assert len(offices) >= 2 and all(o.vault is offices[0].vault for o in offices)
        assert threading.main_thread().is_alive()
    finally:
        ctx.tasks.wait(5000)
        ctx.office.close()
