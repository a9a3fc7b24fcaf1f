"""The Filipino translation: complete for every string of the GUI, compiled into the .qm that ships, and
the screens come up in Filipino with ``--lang fil`` (no English string left on a main screen)."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
)

from sts_pos.gui import i18n
from sts_pos.gui.forms import resource_path

ROOT = Path(__file__).resolve().parents[2]
TS = resource_path("translations", "sts_pos_fil.ts")
QM = resource_path("translations", "sts_pos_fil.qm")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


def test_the_filipino_ts_has_no_unfinished_entry():
    entries = messages(TS)
    assert len(entries) > 450
    unfinished = [(c, s) for c, s, t in entries if t.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (t.text or "").strip()]
    assert unfinished == []


def test_every_source_string_of_the_gui_is_in_the_ts_and_the_qm(tmp_path):
    """lupdate run afresh over the GUI sources finds nothing the shipped .ts lacks, and the shipped .qm gives
    the .ts translation for each string (so the .qm was compiled from this .ts)."""
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(__import__("sys").executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    sources = sorted(str(p) for p in (ROOT / "src/sts_pos/gui").rglob("*.py")) + sorted(
        str(p) for p in (ROOT / "ui").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True, timeout=60)
    shipped = {(c, s): t.text for c, s, t in messages(TS) if t.get("type") is None}
    found = {(c, s) for c, s, _ in messages(fresh)}
    assert len(found) > 450
    assert sorted(found - set(shipped)) == []
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = [(c, s) for c, s in found if translator.translate(c, s) != shipped[(c, s)]]
    assert stale == []


def visible_texts(widget) -> list[str]:
    """Every text a user reads on a screen: labels, buttons, group titles, tabs, headers, combo items and
    placeholders."""
    texts: list[str] = []
    for w in [widget, *widget.findChildren(QLabel), *widget.findChildren(QAbstractButton),
              *widget.findChildren(QGroupBox), *widget.findChildren(QLineEdit), *widget.findChildren(QComboBox),
              *widget.findChildren(QTabWidget), *widget.findChildren(QTableWidget),
              *widget.findChildren(QTreeWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        if isinstance(w, QTableWidget):
            texts += [w.horizontalHeaderItem(i).text() for i in range(w.columnCount()) if w.horizontalHeaderItem(i)]
        if isinstance(w, QTreeWidget):
            texts += [w.headerItem().text(i) for i in range(w.columnCount())]
    return [t.replace("&", "") for t in texts if t]


@pytest.fixture
def filipino():
    from sts_pos.app import parse_args

    app = QApplication.instance()
    args = parse_args(["--lang", "fil"])  # as `sts-pos-gui --lang fil` starts
    used = i18n.install_translator(app, args.lang)
    assert used is not None and used.endswith("sts_pos_fil.qm")
    yield
    for translator in i18n._translators:
        app.removeTranslator(translator)
    i18n._translators.clear()


def test_screens_in_filipino_with_lang_fil(gui, filipino):
    from sts_pos.app import build

    ctx, window = build(gui.ctx.office.db_path, synchronous=True)
    gui.qtbot.addWidget(window)
    window.show()
    assert window.login_page.loginButton.text() == "Mag-sign in"
    english = {s.replace("&", "") for _c, s, t in messages(TS) if (t.text or "") != s and len(s) > 3}
    for role in ("supervisor", "admin", "technician", "cashier"):
        if ctx.user is not None:
            window.sign_out()
        window.login_page.userEdit.setText(gui.users[role]["username"])
        window.login_page.passwordEdit.setText(gui.users[role]["password"])
        window.login_page.submit()
        for key in window.screens:
            screen = window.show_screen(key)
            left = sorted(set(visible_texts(screen)) & english)
            assert left == [], (role, key, left)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles[:2] == ["Magbenta", "Mga customer at metro"]
    vend = window.screens["vend"]
    assert vend.vendButton.text() == "Magbenta (F9)"
    assert "kahera" in window.windowTitle()
    vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
    vend.find()
    vend.amountEdit.setText("503")
    vend.refresh_quote()
    items = [vend.quoteTree.topLevelItem(i).text(0) for i in range(vend.quoteTree.topLevelItemCount())]
    assert items[0] == "Ibinayad" and "Enerhiya" in items and "VAT" in items, items
    assert vend.quoteTree.headerItem().text(0) == "Bahagi"
    assert "benta" in vend.shiftLabel.text() or "shift" in vend.shiftLabel.text().lower()
    combo = vend.tenderCombo  # the payment methods in Filipino, the stored names unchanged
    assert [combo.itemText(i) for i in range(combo.count())] == ["Salapi", "Card", "Pera sa mobile", "Tseke"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["cash", "card", "mobile_money", "cheque"]
    assert vend.tenderCaption.text().replace("&", "") == "Paraan ng pagbabayad (F7)"
    from sts_pos.gui.messages import translate_message
    from sts_pos.vending.tenders import TenderError, check_tender

    with pytest.raises(TenderError) as refused:
        check_tender("mobile_money", ("cash",))
    assert translate_message(refused.value.message).startswith(
        "Hindi tumatanggap ang tanggapang ito ng bayad sa pera sa mobile.")
    ctx.office.close()


def test_no_translation_for_an_unknown_language():
    assert i18n.install_translator(QApplication.instance(), "xx_YY") is None


def test_messages_of_the_vending_layer_are_shown_in_filipino(gui, filipino):
    """The vending rules raise English messages; the GUI shows them translated, values kept."""
    from sts_pos.errors import UserFacingError
    from sts_pos.gui.errors import describe
    from sts_pos.gui.views import TariffView

    gui.sign_in("cashier")
    vend = gui.screen("vend")
    vend.searchEdit.setText(gui.info["meters"][0]["meter_number"])
    vend.find()
    vend.amountEdit.setText("1")  # below the tariff's minimum purchase
    vend.refresh_quote()
    assert vend.quote is None
    message = vend.saleMessage.text()  # the amounts kept, the words in Filipino
    assert message.startswith("Ang R 1.00 ay mas mababa sa pinakamababang bili na R 10.00 para sa taripang "), message
    try:
        gui.ctx.office.save_tariff(TariffView(1, "Cheap", ((None, "0.01"),)))
    except UserFacingError as exc:
        message = describe(exc)[0]
    user = gui.users["cashier"]["username"]
    assert message == f"Hindi pinapayagan si {user} (kahera) sa: pagbabago ng taripa; magtanong sa isang superbisor."
    unknown = UserFacingError("A message written after the catalogue was made.")
    assert describe(unknown)[0] == "A message written after the catalogue was made."


def test_a_report_on_screen_in_filipino_has_its_headings_and_notes_translated(gui, filipino):
    """The report table (a QTableView the screen walk above does not read): the column headings and the
    notes from the reports layer come out in Filipino, the numbers as they are."""
    from PySide6.QtCore import Qt

    from sts_pos.app import build

    ctx, window = build(gui.ctx.office.db_path, synchronous=True)
    gui.qtbot.addWidget(window)
    window.show()
    window.login_page.userEdit.setText(gui.users["supervisor"]["username"])
    window.login_page.passwordEdit.setText(gui.users["supervisor"]["password"])
    window.login_page.submit()
    reports = window.show_screen("reports")
    reports.reportCombo.setCurrentIndex(reports.reportCombo.findData("sales-by-day"))
    gui.qtbot.mouseClick(reports.showButton, Qt.MouseButton.LeftButton)
    view = reports.reportView
    model = view.table.model()
    headings = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert "Araw" in headings and not {"Day", "Sales"} & set(headings), headings
    assert "napawalang-bisa" in view.notesLabel.text() and "voided" not in view.notesLabel.text()
    ctx.office.close()
