"""The look: Fusion style, one palette, one stylesheet, and the token font.

Tokens are shown in a monospaced face (DejaVu Sans Mono ships with the fonts the installer needs) large
enough to read across a counter, in 4-4-4-4-4 groups. Object names, not classes, select the few special
widgets so that the rest stays plain Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QDateTimeEdit

from sts_pos.gui.forms import resource_path

ACCENT = "#1f5f99"
FOCUS = "#e8a317"  # the keyboard focus frame of a table's current cell: seen on white and on the selection

STYLESHEET = f"""
QMainWindow, QWidget#centralArea {{ background: #f4f6f9; }}
QListWidget#navList {{ background: #ffffff; border: none; border-right: 1px solid #d8dee6; padding-top: 8px;
  outline: 0; }}
QListWidget#navList::item {{ padding: 9px 10px; margin: 1px 6px; border-radius: 6px; color: #22313f; }}
QListWidget#navList::item:selected {{ background: #e3eefa; color: {ACCENT}; font-weight: 600; }}
QListWidget#navList::item:hover:!selected {{ background: #f0f3f7; }}
QFrame#headerBar {{ background: #ffffff; border-bottom: 1px solid #d8dee6; }}
QLabel#headerTitle {{ font-size: 14pt; font-weight: 600; color: #1b2a38; }}
QLabel#headerInfo {{ color: #4a5a6a; }}
QGroupBox {{ background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; margin-top: 14px;
  padding: 10px 8px 8px 8px; font-weight: 600; color: #1b2a38; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; }}
QGroupBox QLabel, QGroupBox QRadioButton, QGroupBox QCheckBox {{ font-weight: normal; }}
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit, QTextEdit {{ padding: 5px 7px;
  border: 1px solid #c3ccd6; border-radius: 5px; background: #ffffff; }}
QComboBox::drop-down, QDateEdit::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow, QDateEdit::down-arrow {{ image: url({{CHEVRON}}); width: 12px; height: 12px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {ACCENT}; }}
QLineEdit#searchEdit, QLineEdit#amountEdit {{ font-size: 13pt; padding: 7px 9px; }}
QPushButton {{ padding: 6px 14px; border: 1px solid #b9c4d0; border-radius: 5px; background: #ffffff; }}
QPushButton:hover {{ background: #eef3f8; }}
QPushButton:disabled {{ color: #9aa5b1; background: #f3f5f7; }}
QPushButton#vendButton, QPushButton#loginButton, QPushButton[primary="true"] {{ background: {ACCENT};
  color: white; border: 1px solid {ACCENT}; font-weight: 600; padding: 8px 18px; }}
QPushButton#vendButton {{ font-size: 12pt; }}
QPushButton#vendButton:disabled, QPushButton[primary="true"]:disabled {{ background: #9bb3cb; border-color: #9bb3cb; }}
QLabel#warningsLabel {{ color: #8a4b00; background: #fff4e0; border: 1px solid #f0c987; border-radius: 5px;
  padding: 6px; }}
QLabel#saleMessage {{ color: #9b1c1c; background: #fdecec; border: 1px solid #f3b6b6; border-radius: 5px; padding: 6px 8px; }}
QLabel#saleDone, QLabel[role="done"] {{ color: #14532d; background: #e8f6ec; border: 1px solid #a7d8b5; border-radius: 5px;
  padding: 6px 8px; font-weight: 600; }}
QWidget#vendScreen QPushButton {{ min-height: 26px; }}
QLabel#unitsValue {{ font-size: 15pt; font-weight: 600; color: #1b2a38; }}
QLabel#shiftLabel, QLabel#statusText {{ color: #4a5a6a; }}
QLabel#unavailableTitle {{ font-size: 13pt; font-weight: 600; color: #4a5a6a; }}
QLabel#tokenLabel {{ color: #4a5a6a; font-weight: 600; }}
QLabel#tokenNumber {{ font-family: "DejaVu Sans Mono", "Consolas", monospace; font-weight: 600; color: #0d2236; background: #f7fbff; border: 1px solid #cfe0f1; border-radius: 6px;
  padding: 6px 12px; }}
QFrame#card {{ background: #ffffff; border: 1px solid #d8dee6; border-radius: 10px; }}
QLabel#officeLabel {{ font-size: 16pt; font-weight: 600; color: #1b2a38; }}
QLabel#subtitleLabel {{ color: #4a5a6a; }}
QLabel#messageLabel, QLabel[role="warning"] {{ color: #a12a2a; }}
QLabel[role="hint"] {{ color: #4a5a6a; }}
QTreeWidget, QTableWidget, QTableView, QListWidget {{ background: #ffffff; border: 1px solid #d8dee6;
  border-radius: 5px; alternate-background-color: #f7f9fb; }}
QTreeWidget:focus, QTableWidget:focus, QTableView:focus, QTreeView:focus, QListWidget:focus {{
  border: 2px solid {ACCENT}; }}
QTableView::item:focus, QTreeView::item:focus, QListView::item:focus {{ border: 2px solid {FOCUS}; }}
QComboBox {{ selection-background-color: {ACCENT}; selection-color: #ffffff; }}
QComboBox QAbstractItemView {{ background: #ffffff; color: #1b2a38; border: 1px solid #c3ccd6; outline: 0;
  selection-background-color: {ACCENT}; selection-color: #ffffff; }}
QHeaderView::section {{ background: #eef2f6; border: none; border-bottom: 1px solid #d8dee6; padding: 5px; }}
QStatusBar {{ background: #ffffff; border-top: 1px solid #d8dee6; }}
QStatusBar QLabel {{ padding: 0 10px; }}
"""


def token_font(point_size: int = 22) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    for family in ("DejaVu Sans Mono", "Consolas", "Menlo"):
        if family in QFontDatabase.families():
            font = QFont(family)
            break
    font.setPointSize(point_size)
    font.setWeight(QFont.Weight.DemiBold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 104)
    return font


class DateFieldTabs(QObject):
    """One Tab stop per date field: Qt's date edit moves between its day, month and year on Tab (three stops
    a field); here Tab leaves the field at once (arrow keys and typing still move between its parts)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(obj, QDateTimeEdit):
            key, modifiers = event.key(), event.modifiers()
            if key == Qt.Key.Key_Backtab or (key == Qt.Key.Key_Tab and modifiers & Qt.KeyboardModifier.ShiftModifier):
                obj.setCurrentSectionIndex(0)  # on the first part, Shift+Tab leaves the field
            elif key == Qt.Key.Key_Tab:
                obj.setCurrentSectionIndex(max(obj.sectionCount() - 1, 0))  # on the last part, Tab leaves it
        return False


_keyboard_rules: list[QObject] = []


def install_keyboard_rules(app: QApplication) -> None:
    """The application-wide keyboard rules (once per application)."""
    if not _keyboard_rules:
        rules = DateFieldTabs(app)
        app.installEventFilter(rules)
        _keyboard_rules.append(rules)


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f4f6f9"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    app.setPalette(palette)
    font = app.font()
    font.setPointSize(10)
    app.setFont(font)
    chevron = resource_path("icons", "chevron-down.svg").as_posix()
    app.setStyleSheet(STYLESHEET.replace("{CHEVRON}", chevron))
    install_keyboard_rules(app)
