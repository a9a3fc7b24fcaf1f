"""The Reports & shifts screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.widgets import NotAvailable


class ReportsScreen(Screen):
    key = "reports"
    roles = ('cashier', 'supervisor', 'admin')
    icon_name = "reports"
    title_text = QT_TRANSLATE_NOOP("Screens", "Reports & shifts")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.replace_with(NotAvailable(self.title(), parent=self))
