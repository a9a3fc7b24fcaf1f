"""Errors as the cashier sees them: a message box in plain words, the technical part behind "Details".

:func:`describe` turns any exception into ``(message, detail)``: a
:class:`~sts_pos.errors.UserFacingError` keeps its own message and detail; anything else is a bug or an
unexpected failure and gets a generic message, with the exception's type, text and the place it was raised
as the detail. A Python traceback never reaches the screen (it goes to the log). :func:`install_excepthook`
routes uncaught exceptions (including those raised in Qt slots) to the same box instead of crashing.

Boxes are opened window-modal with ``open()``, never ``exec()``, so nothing blocks the event loop and
tests can find and close them.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sts_pos.errors import UserFacingError

log = logging.getLogger("sts_pos.gui")

shown: list[tuple[str, str]] = []
"""Every (message, detail) shown since start, newest last; tests read it."""

informed: list[str] = []
"""Every information message shown since start, newest last."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def describe(exc: BaseException) -> tuple[str, str]:
    """The cashier's message and the technician's detail for an exception."""
    if isinstance(exc, UserFacingError):
        from sts_pos.gui.messages import translate_message

        return translate_message(exc.message), exc.detail
    if isinstance(exc, OSError) and exc.strerror:
        message = QCoreApplication.translate(
            "errors", "The computer reported a problem with a file, port or device: {0}.").format(exc.strerror)
    else:
        message = QCoreApplication.translate("errors", "Something went wrong and the last action may not have been completed. Check the result before trying again; if it happens again, call your supervisor.")  # noqa: E501 - one literal for lupdate
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" (at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno})" if frames else ""
    return message, f"{type(exc).__name__}: {exc}{where}"


def show_error(parent: QWidget | None, exc: BaseException | str, detail: str = "", title: str = "") -> QMessageBox:
    """Open a non-blocking error box for an exception or a plain message."""
    if isinstance(exc, BaseException):
        message, detail = describe(exc)
    else:
        message = exc
    shown.append((message, detail))
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "sts-pos"))
    box.setText(message)
    if detail:
        box.setDetailedText(detail)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box


def show_info(parent: QWidget | None, message: str, title: str = "") -> QMessageBox:
    informed.append(message)
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setObjectName("infoBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "sts-pos"))
    box.setText(message)
    box.open()
    return box


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    log.error("uncaught error:\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    try:
        show_error(None, exc)
    except Exception:  # the box itself failed: last resort, keep running
        log.exception("could not show the error box")


def install_excepthook() -> None:
    sys.excepthook = _excepthook
