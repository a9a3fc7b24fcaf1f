"""The receipt preview before printing: the receipt painted as it prints (the system printer's painter,
:func:`sts_pos.gui.printing.receipt_image`), with Print and Cancel.

``preview_then_print`` is the whole flow a screen uses: read the receipt (no reprint is counted yet), show it,
and only on Print send it to the printer (a copy is then counted and audited, marked COPY);
``preview_document`` the same for any receipt or slip (the engineering slip).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from sts_pos.gui import errors
from sts_pos.gui.printing import receipt_image


class ReceiptPreview(QDialog):
    """One receipt (or an engineering slip, ``slip``) as it will print; Print (Enter) accepts, Cancel (Esc)
    prints nothing."""

    def __init__(self, parent: QWidget, receipt, paper: str = "80mm", slip: bool = False) -> None:
        super().__init__(parent, objectName="receiptPreview")
        self.setWindowTitle(self.tr("Slip preview") if slip else self.tr("Receipt preview"))
        self.image = receipt_image(receipt, paper)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("The slip as it will print. Print it, or cancel to print nothing.") if slip else
                         self.tr("The receipt as it will print. Print it, or cancel to print nothing."), self)
        caption.setWordWrap(True)
        layout.addWidget(caption)
        self.picture = QLabel(self, objectName="receiptImage")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # a thermal printer's dots shown at about their printed size on a screen (203 dpi paper, ~96 dpi screen)
        pixmap = QPixmap.fromImage(self.image)
        shown = pixmap.scaledToWidth(max(240, pixmap.width() // 2), Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(shown)
        self.picture.setStyleSheet("background: white; border: 1px solid #c3ccd6;")
        scroll = QScrollArea(self, widgetResizable=True, objectName="receiptScroll")
        scroll.setWidget(self.picture)
        scroll.setMinimumWidth(shown.width() + 40)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(self)
        self.printButton = self.buttons.addButton(self.tr("Print"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.printButton.setObjectName("previewPrint")
        self.printButton.setDefault(True)
        self.cancelButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(shown.width() + 80, min(640, shown.height() + 140))
        self.printButton.setFocus()


def preview_then_print(parent: QWidget, ctx, sale_id: int, copy: bool) -> None:
    """Show the sale's receipt; on Print, print it (a copy is counted and audited only then)."""
    preview_document(parent, ctx, lambda: ctx.office.receipt_preview(sale_id, copy=copy),
                     lambda: ctx.office.print_receipt(sale_id, copy=copy))


def preview_document(parent: QWidget, ctx, load, send, said: str = "", slip: bool = False) -> None:
    """Read a receipt or slip (``slip``) with ``load()`` (worker thread), show it; on Print, ``send()`` prints it
    and returns where it went, which the status bar says (``said``: the sentence, ``{0}`` where it went)."""

    def say(where: str) -> None:
        window = parent.window()
        if hasattr(window, "statusBar"):
            text = said or QCoreApplication.translate("VendScreen", "Receipt sent to {0}.")
            window.statusBar().showMessage(text.format(where), 6000)

    def show(receipt) -> None:
        dialog = ReceiptPreview(parent, receipt, getattr(ctx.office, "paper", "80mm"), slip=slip)
        parent.preview = dialog  # tests and screenshots find the open preview here

        def printed() -> None:
            ctx.tasks.run(send, success=say, failure=lambda exc: errors.show_error(parent, exc))

        dialog.accepted.connect(printed)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    ctx.tasks.run(load, success=show, failure=lambda exc: errors.show_error(parent, exc))
