"""The Filipino translation: the .qm ships beside its .ts and the main screens come up in Filipino."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from sts_pos.gui import i18n
from sts_pos.gui.forms import resource_path


def test_filipino_main_screens(gui):
    app = QApplication.instance()
    assert resource_path("translations", "sts_pos_fil.ts").exists()
    used = i18n.install_translator(app, "fil_PH")
    try:
        assert used is not None and used.endswith("sts_pos_fil.qm")
        from sts_pos.app import build

        ctx, window = build(gui.ctx.office.db_path, synchronous=True)
        gui.qtbot.addWidget(window)
        assert window.login_page.loginButton.text() == "Mag-sign in"
        window.login_page.userEdit.setText(gui.users["cashier"]["username"])
        window.login_page.passwordEdit.setText(gui.users["cashier"]["password"])
        window.login_page.submit()
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        assert titles[:2] == ["Magbenta", "Mga customer at metro"]
        vend = window.screens["vend"]
        assert vend.vendButton.text() == "Magbenta (F9)"
        assert "kahera" in window.windowTitle()
        ctx.office.close()
    finally:
        for translator in i18n._translators:
            app.removeTranslator(translator)
        i18n._translators.clear()


def test_no_translation_for_an_unknown_language():
    assert i18n.install_translator(QApplication.instance(), "xx_YY") is None
