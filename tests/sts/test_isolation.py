"""The engine and the vending rules import without Qt, SQLite utilities, PC/SC or serial libraries."""

import subprocess
import sys

FORBIDDEN = ("PySide6", "sqlite_utils", "smartcard", "serial", "reportlab", "escpos")


def _modules_after_import(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    return set(out.stdout.split())


def test_sts_imports_nothing_but_stdlib_and_pycryptodome():
    modules = _modules_after_import(
        "import sts_pos.sts.codec, sts_pos.sts.meter, sts_pos.sts.kct, sts_pos.sts.vectors, sts_pos.sts.keys")
    leaked = {m for m in modules if m.split(".")[0] in FORBIDDEN}
    assert not leaked, leaked


def test_vending_imports_no_device_or_gui_library():
    import importlib.util

    if importlib.util.find_spec("sts_pos.vending") is None:  # pragma: no cover - package always exists
        raise AssertionError("vending package missing")
    modules = _modules_after_import("import pkgutil, importlib, sts_pos.vending as v; "
                                    "[importlib.import_module('sts_pos.vending.' + m.name) "
                                    "for m in pkgutil.iter_modules(v.__path__)]")
    leaked = {m for m in modules if m.split(".")[0] in FORBIDDEN}
    assert not leaked, leaked
