"""Finding and loading the Qt Designer forms (``ui/*.ui``) and the icons (``resources/``) at run time.

The same code runs from a checkout, from the installed wheel (where hatch puts ``ui/`` and ``resources/``
under ``sts_pos/_data/``) and from a PyInstaller bundle (``sys._MEIPASS``), as Vorta's ``get_asset`` does.
Forms are loaded with ``QUiLoader`` (not ``loadUiType``, which needs ``uic`` on PATH).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtGui import QIcon
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def _candidates(name: str) -> list[Path]:
    roots = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        roots.append(Path(meipass))
    roots.append(_PACKAGE_DIR / "_data")
    roots.append(_PACKAGE_DIR.parent.parent)  # src/sts_pos -> the checkout
    return [root / name for root in roots]


@cache
def data_dir(name: str) -> Path:
    """The first existing ``ui`` or ``resources`` folder among bundle, installed package and checkout."""
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"the {name!r} folder of sts-pos was not found in {_candidates(name)}")


def ui_path(form: str) -> Path:
    return data_dir("ui") / f"{form}.ui"


def resource_path(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)


def load_form(form: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<form>.ui`` as a widget; its named children are reachable with ``findChild``."""
    path = ui_path(form)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open form {path}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {path} did not load: {loader.errorString()}")
    return widget


def bind(target: object, widget: QWidget, names: list[str]) -> None:
    """Copy the named children of a loaded form onto ``target`` as attributes (typed access in code)."""
    for name in names:
        child = widget.findChild(QObject, name)
        if child is None:
            raise LookupError(f"form widget {name!r} is missing from {widget.objectName()}")
        setattr(target, name, child)


@cache
def icon(name: str) -> QIcon:
    """An SVG icon from ``resources/icons`` (scales cleanly on high-DPI screens); empty if missing."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
