"""The Administration screen."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.widgets import NotAvailable


class AdminScreen(Screen):
    key = "admin"
    roles = ('supervisor', 'admin')
    icon_name = "admin"
    title_text = QT_TRANSLATE_NOOP("Screens", "Administration")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.replace_with(NotAvailable(self.title(), parent=self))
