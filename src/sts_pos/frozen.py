"""Entry point of the installed bundle (PyInstaller, ``build_installer.spec``): one program, two faces.

The bundle folder ``sts-pos-<version>/`` holds two executables built from this module:

* ``sts-pos`` starts the desktop application (:func:`sts_pos.app.main`) when it is given no arguments or
  only the GUI's options (``--db PATH``, ``--lang``, ``--idle-minutes``, ``--print-on-vend``, Qt's own
  ``-style X`` and the like), and behaves as the ``sts-pos`` command line (:func:`sts_pos.cli.main`)
  as soon as a subcommand or one of ``--version``, ``-h``/``--help``, ``--json``, ``--verbose`` appears:
  ``sts-pos --db office.sqlite3 demo --json`` runs the command line, ``sts-pos --db office.sqlite3`` the GUI.
  On Windows it is a windowed program (no console window), so its command line output is not shown there.
* ``sts-pos-cli`` is always the command line (a console program on Windows too): use it in scripts.

The GUI started from here logs to ``sts-pos.log`` in the per-user log folder (``store.location.log_dir``:
``~/.local/state/sts-pos/log`` on Linux, ``%LOCALAPPDATA%\\sts-pos\\Logs`` on Windows), see
:func:`configure_logging`.

Two switches exist for checking a bundle on a machine without a person in front of it (the build
script's smoke test uses both); neither changes what the program does for a user:

* ``--smoke-exit SECONDS`` (or ``STS_POS_SMOKE_EXIT=SECONDS``) on the GUI: start normally, and after
  SECONDS check that the main window is shown, the Qt Designer forms and icons come from the bundle and
  the SVG image plugin is present, print the findings as one JSON line on stdout and quit (exit 0 when
  everything is right, 3 otherwise).
* ``--bundle-check`` (either executable, as the only argument): import what the program loads by name at
  run time (every ``sts-pos`` subcommand module, reportlab's barcode widgets, pyserial's URL handlers,
  python-escpos with its ``capabilities.json``, the system's PC/SC library) and use each once, print the findings as JSON, exit 0 or 1.
  PyInstaller cannot see these imports, so a spec that forgets one fails here rather than at a customer.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from sts_pos.logging_setup import configure_logging

CLI_SWITCHES = frozenset({"--version", "-h", "--help", "--json", "--verbose"})
GUI_VALUE_OPTIONS = frozenset({"--db", "--lang", "--idle-minutes", "--smoke-exit"})
GUI_FLAGS = frozenset({"--print-on-vend"})
SMOKE_EXIT_ENV = "STS_POS_SMOKE_EXIT"


@lru_cache(maxsize=1)
def cli_subcommands() -> frozenset[str]:
    """The ``sts-pos`` subcommand names (imports the command modules: about 0.15 s, so asked only when needed)."""
    import argparse

    from sts_pos.cli import build_parser

    return frozenset(name for action in build_parser()._actions if isinstance(action, argparse._SubParsersAction)
                     for name in action.choices)


def wants_cli(argv: Sequence[str]) -> bool:
    """True when ``argv`` (without the program name) is a command line call rather than a GUI start.

    A command line switch (``--version``, ``--json``, ...) or a positional argument (the subcommand) makes it
    the command line. The GUI's own options with a value (``--db PATH``) take the next argument; an option
    this module does not know (a newer GUI option, Qt's ``-style fusion``) takes it too unless it is a
    subcommand name, so ``sts-pos --db demo`` opens the GUI on a file called ``demo``.
    """
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in CLI_SWITCHES:
            return True
        if not arg.startswith("-") or arg == "-":
            return True  # a positional argument: the subcommand (an unknown one gets the CLI's own error)
        following = argv[i + 1] if i + 1 < len(argv) else None
        takes_value = "=" not in arg and arg not in GUI_FLAGS and following is not None \
            and not following.startswith("-") \
            and (arg in GUI_VALUE_OPTIONS or following not in cli_subcommands())
        i += 2 if takes_value else 1
    return False


def is_cli_executable(executable: str) -> bool:
    """``sts-pos-cli`` (``sts-pos-cli.exe`` on Windows) always runs the command line."""
    return Path(executable).stem.lower().endswith("-cli")


def _pop_smoke_exit(argv: list[str]) -> float | None:
    """Remove ``--smoke-exit SECONDS`` / ``--smoke-exit=SECONDS`` from ``argv``; the env var is the fallback."""
    value = os.environ.get(SMOKE_EXIT_ENV) or None
    for i, arg in enumerate(argv):
        if arg == "--smoke-exit" and i + 1 < len(argv):
            value = argv[i + 1]
            del argv[i:i + 2]
            break
        if arg.startswith("--smoke-exit="):
            value = arg.split("=", 1)[1]
            del argv[i]
            break
    return None if value is None else float(value)


def _inside(path: Path, root: str | None) -> bool:
    if not root:
        return True  # not frozen: nothing to compare against
    try:
        path.resolve().relative_to(Path(root).resolve())
    except ValueError:
        return False
    return True


def gui_smoke_report() -> dict:
    """What the smoke test checks in the running GUI (QApplication exists, the event loop has run)."""
    import logging

    from PySide6.QtGui import QImageReader
    from PySide6.QtWidgets import QApplication

    from sts_pos import __version__
    from sts_pos.gui import forms

    app = QApplication.instance()
    shown = [w for w in app.topLevelWidgets() if w.isVisible()]
    meipass = getattr(sys, "_MEIPASS", None)
    ui_dir, resources_dir = forms.data_dir("ui"), forms.data_dir("resources")
    report = {
        "platform": app.platformName(),
        "version": app.applicationVersion(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "main_window_shown": any(type(w).__name__ == "MainWindow" for w in shown),
        "windows": sorted(type(w).__name__ for w in shown),
        "ui_dir": str(ui_dir),
        "forms_from_bundle": _inside(ui_dir, meipass) and _inside(resources_dir, meipass),
        "svg_plugin": b"svg" in [bytes(f) for f in QImageReader.supportedImageFormats()],
        "app_icon": not forms.icon("app").isNull(),
        "log_file": str(next((h.baseFilename for h in logging.getLogger().handlers
                              if isinstance(h, logging.FileHandler)), "")),
    }
    report["ok"] = (report["main_window_shown"] and report["forms_from_bundle"] and report["svg_plugin"]
                    and report["app_icon"] and report["version"] == __version__)
    return report


def run_gui(argv: list[str]) -> int:
    from sts_pos import app as gui_app

    smoke_seconds = _pop_smoke_exit(argv)
    if not gui_app._no_display():
        configure_logging()
    if smoke_seconds is None:
        return gui_app.main(argv)
    if gui_app._no_display():  # same message and status as a normal start without a display
        return gui_app.main(argv)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    qt_app = QApplication.instance() or QApplication([sys.argv[0]])  # app.main reuses this instance
    findings: dict = {}

    def check_and_quit() -> None:
        try:
            findings.update(gui_smoke_report())
        except Exception as exc:  # report, never hang: the smoke test must end
            findings.update(ok=False, error=f"{type(exc).__name__}: {exc}")
        qt_app.exit(0 if findings.get("ok") else 3)

    QTimer.singleShot(int(smoke_seconds * 1000), check_and_quit)
    status = gui_app.main(argv)
    print(json.dumps({"smoke": "gui", **findings}), flush=True)
    return status if findings else 3


def bundle_check() -> dict:
    """Import and use once what is loaded by name at run time (see the module docstring)."""
    import importlib

    checks: dict[str, str] = {}

    def check(name: str, action) -> None:
        try:
            result = action()
        except Exception as exc:
            checks[name] = f"FAILED {type(exc).__name__}: {exc}"
        else:
            checks[name] = "ok" if result is None else f"ok {result}"

    from sts_pos import __version__, cli

    for module in cli.COMMAND_MODULES:
        check(module, lambda m=module: importlib.import_module(m) and None)

    def barcodes() -> str:
        from reportlab.graphics.barcode import createBarcodeDrawing, getCodeNames

        names = sorted(getCodeNames())
        for name in ("QR", "Code128", "EAN13", "Standard93"):
            value = "590123412345" if name == "EAN13" else "12345678901234567890"
            createBarcodeDrawing(name, value=value)
        return f"{len(names)} codes"

    check("reportlab.graphics.barcode", barcodes)

    def serial_urls() -> str:
        import serial

        with serial.serial_for_url("loop://", timeout=0.2) as port:
            port.write(b"sts")
            assert port.read(3) == b"sts", "loop:// echoed nothing"
        schemes = []
        for scheme in ("socket", "rfc2217", "spy", "alt", "hwgrep"):
            importlib.import_module(f"serial.urlhandler.protocol_{scheme}")
            schemes.append(scheme)
        return "loop," + ",".join(schemes)

    check("serial.urlhandler", serial_urls)

    def escpos() -> str:
        from escpos.capabilities import CAPABILITIES, get_profile
        from escpos.printer import Dummy

        if "BrokenDefault" in json.dumps(CAPABILITIES.get("profiles", {}).get("default", {})):
            raise RuntimeError("capabilities.json was not found in the bundle")
        get_profile("default")
        printer = Dummy()
        printer.text("sts-pos\n")
        printer.qr("12345678901234567890", native=True)
        printer.cut()
        return f"{len(CAPABILITIES['profiles'])} printer profiles, {len(printer.output)} bytes"

    check("escpos.capabilities", escpos)

    def receipt_fonts() -> str:
        from sts_pos.reports.fonts import fonts

        return fonts().regular

    check("reports.fonts", receipt_fonts)

    def reportlab_vera() -> None:  # the receipt font on a target without DejaVu (Windows)
        import reportlab

        folder = Path(reportlab.__file__).parent / "fonts"
        missing = [name for name in ("Vera.ttf", "VeraBd.ttf") if not (folder / name).is_file()]
        if missing:
            raise FileNotFoundError(f"{', '.join(missing)} not in {folder}")

    check("reportlab.fonts", reportlab_vera)
    def pcsc() -> str:  # the system's libpcsclite is loaded at run time (never bundled): talk to it once
        from smartcard import scard

        status, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        if status != scard.SCARD_S_SUCCESS:  # e.g. 0x8010001d: pcscd not running; the library did answer
            return f"PC/SC library loaded, service: {scard.SCardGetErrorMessage(status).strip()}"
        try:
            status, names = scard.SCardListReaders(context, [])
        finally:
            scard.SCardReleaseContext(context)
        return f"PC/SC service up, {len(names) if status == scard.SCARD_S_SUCCESS else 0} readers"

    check("smartcard", pcsc)
    return {"version": __version__, "frozen": bool(getattr(sys, "frozen", False)), "checks": checks,
            "ok": all(v.startswith("ok") for v in checks.values())}


def main(argv: Sequence[str] | None = None, executable: str | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--bundle-check"]:
        report = bundle_check()
        print(json.dumps(report, indent=1))
        return 0 if report["ok"] else 1
    if is_cli_executable(executable or sys.executable) or wants_cli(args):
        from sts_pos.cli import main as cli_main

        return cli_main(args)
    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
