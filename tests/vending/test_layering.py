"""The vending layer imports only the standard library, the STS engine and ``sts_pos.errors``."""

import subprocess
import sys


def test_vending_imports_no_storage_gui_or_device_library():
    code = (
        "import sys, pkgutil, importlib, sts_pos.vending as v\n"
        "for m in pkgutil.iter_modules(v.__path__): importlib.import_module('sts_pos.vending.' + m.name)\n"
        "bad = [n for n in sys.modules if n.split('.')[0] in ('sqlite3', 'sqlite_utils', 'PySide6', 'smartcard',"
        " 'serial', 'reportlab', 'escpos', 'platformdirs') or n.startswith(('sts_pos.store', 'sts_pos.gui',"
        " 'sts_pos.devices', 'sts_pos.reports'))]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""
