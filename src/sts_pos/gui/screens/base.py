"""What every main screen shares: the context it works in, its place in the navigation, its roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sts_pos.gui.i18n import Formats
from sts_pos.gui.tasks import Tasks
from sts_pos.gui.views import UserView

if TYPE_CHECKING:
    from sts_pos.gui.office import OfficeSession


@dataclass
class Context:
    """Everything a screen may use; built once by the composition root (``sts_pos.app``)."""

    office: OfficeSession
    tasks: Tasks
    device_tasks: Tasks
    formats: Formats = field(default_factory=Formats)
    user: UserView | None = None
    options: dict = field(default_factory=dict)

    def has_role(self, *roles: str) -> bool:
        return self.user is not None and self.user.role in roles


class Screen(QWidget):
    """A page of the main window. Subclasses set the class attributes and build their content."""

    key: ClassVar[str] = ""
    roles: ClassVar[tuple[str, ...]] = ()
    icon_name: ClassVar[str] = ""
    title_text: ClassVar[str] = ""  # wrapped in QT_TRANSLATE_NOOP("Screens", ...) so lupdate finds it

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"{self.key}Screen")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("Screens", cls.title_text or cls.key)

    def activated(self) -> None:
        """Called each time the screen is shown: refresh what may have changed."""

    def replace_with(self, widget: QWidget) -> None:
        """Show ``widget`` (e.g. a NotAvailable state) as this screen's whole content."""
        layout = self.layout() or QVBoxLayout(self)
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        layout.addWidget(widget)
