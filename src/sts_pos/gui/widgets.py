"""Small widgets shared by the screens: the large token display and the "not available" state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sts_pos.gui.style import token_font


def on_click(button, slot) -> None:
    """Connect a button to ``slot`` called with no argument: ``clicked`` carries the checked flag, which must
    never arrive as the slot's data (a void reason, a file path)."""
    button.clicked.connect(lambda _checked=False: slot())


def group_token(number: str) -> str:
    """``12345678901234567890`` -> ``1234 5678 9012 3456 7890`` (the form customers key in)."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


class TokenView(QWidget):
    """One labelled token, large, monospaced, selectable; ``copy()`` puts the digits on the clipboard."""

    def __init__(self, label: str, number: str, parent: QWidget | None = None, point_size: int = 22) -> None:
        super().__init__(parent)
        self.number = "".join(ch for ch in number if ch.isdigit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(12)
        caption = QLabel(label, self)
        caption.setObjectName("tokenLabel")
        caption.setWordWrap(True)  # long labels (other languages, engineering kinds) wrap instead of clipping
        caption.setFixedWidth(120)
        text = QLabel(group_token(self.number), self)
        text.setObjectName("tokenNumber")
        text.setFont(token_font(point_size))
        text.setStyleSheet(f"font-size: {point_size}pt;")  # the app stylesheet would otherwise win over setFont
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setAccessibleName(label)
        layout.addWidget(caption)
        layout.addWidget(text, 1)
        self.caption, self.text = caption, text


class TokenList(QWidget):
    """The tokens of one sale or job in entry order (key change tokens first, then credit)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.views: list[TokenView] = []

    point_size = 22

    def set_tokens(self, tokens: list[tuple[str, str]]) -> None:
        for view in self.views:
            view.hide()
            view.deleteLater()
        self.views = []
        size = self.point_size if len(tokens) <= 2 else self.point_size - 5
        for label, number in tokens:
            view = TokenView(label, number, self, point_size=size)
            self._layout.addWidget(view)
            self.views.append(view)
        if self.views:  # one caption column, as wide as the longest label needs (up to a limit, then it wraps)
            font = QFont(self.font())
            font.setWeight(QFont.Weight.DemiBold)
            metrics = QFontMetrics(font)
            widest = max(metrics.horizontalAdvance(label) for label, _ in tokens) + 8
            for view in self.views:
                view.caption.setFixedWidth(max(110, min(widest, 170)))

    def clear(self) -> None:
        self.set_tokens([])

    def text(self) -> str:
        return "\n".join(f"{v.caption.text()}: {group_token(v.number)}" for v in self.views)

    def copy(self) -> str:
        text = self.text()
        QGuiApplication.clipboard().setText(text)
        return text


class NotAvailable(QWidget):
    """What a screen shows while the part of sts-pos it depends on is not in this build."""

    def __init__(self, what: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notAvailable")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(
            QCoreApplication.translate("NotAvailable", "{0} is not available in this build.").format(what), self
        )
        title.setObjectName("unavailableTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if reason:
            detail = QLabel(reason, self)
            detail.setObjectName("statusText")
            detail.setWordWrap(True)
            detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(detail)
        layout.addStretch(2)
