"""F1: the help window, shipped inside the program (no network, works from the installer bundle): the keyboard
shortcuts and a short guide for each role, the signed-in user's role first. Every text goes through Qt
translation, so it reads in Filipino with ``--lang fil``."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

translate = QCoreApplication.translate

SHORTCUTS = (  # (keys, what they do); the vend screen's keys, then the window's
    ("F2", lambda: translate("Help", "Find a meter or customer")),
    ("F3", lambda: translate("Help", "Read the customer's card")),
    ("F5 / F6", lambda: translate("Help", "Sell by money / by kWh")),
    ("F7", lambda: translate("Help", "Payment method")),
    ("F8", lambda: translate("Help", "Open your shift with its cash float")),
    ("Enter, F9", lambda: translate("Help", "Sell the amount typed")),
    ("F10 / F11", lambda: translate("Help", "Print the receipt / reprint the last one (COPY)")),
    ("Ctrl+R", lambda: translate("Help", "Reprint the sale picked in the recent sales (COPY); a double-click on "
                                         "it too")),
    ("Ctrl+Shift+C", lambda: translate("Help", "Copy the tokens")),
    ("Esc", lambda: translate("Help", "Next customer")),
    ("Ctrl+1 … Ctrl+7", lambda: translate("Help", "Go to a screen (in the order of the list on the left)")),
    ("Ctrl+L", lambda: translate("Help", "Lock the screen (sign in again to go on)")),
    ("F1", lambda: translate("Help", "This help")),
)

GUIDES = {
    "cashier": (lambda: translate("Help", "Cashier"), lambda: translate("Help", "Open your shift (F8) with the cash in your drawer. For each customer: find the meter (F2, or read the card with F3), check the name and address, type the money and press Enter. Give the customer the tokens in the order shown, the receipt (F10) and the change. A red message under the quote says why an amount cannot be sold and what would. At the end of the day close your shift with the counted cash; the Z report is printed once.")),
    "technician": (lambda: translate("Help", "Technician"), lambda: translate("Help", "Engineering tokens (clear credit, clear tamper, power limits, test) need a reason, such as the work order. Key changes and the TID rollover give the meter two key change tokens first: they must be entered before any newer credit token. 'What is this token?' decodes a token for a meter and says who issued it. Meter test talks to a meter on a serial port.")),
    "supervisor": (lambda: translate("Help", "Supervisor"), lambda: translate("Help", "Unlock the vending keys at the start of the day (bottom right), also at a cashier's screen without signing the cashier out. Void a sale from Customers & meters with a reason: the token cannot be taken back, the void records a write-off. When the computer's clock disagrees with the office's records, check the clock before you confirm it. Reports and shifts has the X and Z reports and the sales reports.")),
    "admin": (lambda: translate("Help", "Administrator"), lambda: translate("Help", "Users and roles, supply groups and their vending keys (entered once, never shown again), tariffs, payment methods, printers and ports, backups and restore, and the audit log's check are in Administration.")),
}


def help_html(role: str | None) -> str:
    rows = "".join(f"<tr><td><b>{escape(keys)}</b></td><td>{escape(text())}</td></tr>" for keys, text in SHORTCUTS)
    order = [role] if role in GUIDES else []
    order += [r for r in GUIDES if r not in order]
    guides = "".join(f"<h3>{escape(GUIDES[r][0]())}</h3><p>{escape(GUIDES[r][1]())}</p>" for r in order)
    return (f"<h2>{escape(translate('Help', 'Keyboard'))}</h2><table cellpadding='3'>{rows}</table>"
            f"<h2>{escape(translate('Help', 'What each role does'))}</h2>{guides}")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget, role: str | None) -> None:
        super().__init__(parent, objectName="helpDialog")
        self.setWindowTitle(translate("Help", "sts-pos help"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self, objectName="helpText")
        self.text.setHtml(help_html(role))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
