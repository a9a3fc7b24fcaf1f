"""F1 opens the help shipped with the program: the shortcut list and the signed-in role's guide first; the
same in Filipino."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from sts_pos.gui import i18n


def test_f1_opens_the_shortcuts_and_the_cashiers_guide_first(gui, qtbot):
    gui.sign_in("cashier")
    vend = gui.screen("vend")
    qtbot.keyClick(vend.amountEdit, Qt.Key.Key_F1)
    dialog = gui.window.findChild(QDialog, "helpDialog")
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "Ctrl+Shift+C" in text and "F10 / F11" in text
    assert text.index("Cashier") < text.index("Technician") < text.index("Administrator")
    dialog.reject()


def test_the_help_reads_in_filipino(gui, qtbot):
    from sts_pos.gui.help import help_html

    app = QApplication.instance()
    assert i18n.install_translator(app, "fil") is not None
    try:
        html = help_html("supervisor")
        assert "Superbisor" in html and "Find a meter or customer" not in html
    finally:
        for translator in i18n._translators:
            app.removeTranslator(translator)
        i18n._translators.clear()
