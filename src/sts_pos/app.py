"""The composition root: ``python -m sts_pos.app --db PATH`` starts the desktop application.

Builds the office session (store, services, devices), the task runners and the main window, installs the
translator, the look and the error hook, then runs Qt (cosmicpython's ``bootstrap``). Nothing imports this
module; tests call :func:`build` to get the same window on a temporary office with synchronous tasks.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger("sts_pos")


def default_db_path() -> Path:
    try:
        from sts_pos.store.location import default_db_path as store_default

        return Path(store_default())
    except ImportError:  # store not in this build: same rule as the store's (platformdirs user data dir)
        import platformdirs

        return Path(platformdirs.user_data_dir("sts-pos", appauthor=False)) / "office.sqlite3"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sts-pos-gui", description="sts-pos desktop application")
    parser.add_argument("--db", default=os.environ.get("STS_POS_DB"), help="the office database file")
    parser.add_argument("--lang", default=os.environ.get("STS_POS_LANG"), help="user interface language, e.g. fil")
    parser.add_argument("--idle-minutes", type=float, help="lock after this many idle minutes (default: the "
                        "setting in Administration, else 10)")
    parser.add_argument("--print-on-vend", action="store_true", help="print the receipt after every vend")
    parser.add_argument("--check", action="store_true",
                        help="start, show the first page, print the window title and exit (installer smoke test)")
    args, _qt_args = parser.parse_known_args(argv)
    return args


def build(db_path: str | Path, *, synchronous: bool = False, options: dict | None = None, clock=None):
    """The context and main window for one office file (QApplication must exist); ``clock`` pins the office
    clock (default: the computer's)."""
    from sts_pos.gui.i18n import Formats
    from sts_pos.gui.main_window import MainWindow
    from sts_pos.gui.office import OfficeSession
    from sts_pos.gui.screens.base import Context
    from sts_pos.gui.tasks import Tasks

    office = OfficeSession(db_path, clock=clock)
    from sts_pos.gui.screens.admin import apply_device_settings

    ctx = Context(office=office, tasks=Tasks(synchronous=synchronous),
                  device_tasks=Tasks(synchronous=synchronous, max_threads=1), options={"idle_minutes": 10.0})
    ctx.formats = Formats.for_office(office)
    apply_device_settings(ctx)  # this computer's printer, ports and idle lock time
    ctx.options.update({k: v for k, v in (options or {}).items() if v is not None})
    return ctx, MainWindow(ctx)


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if _no_display():
        print("sts-pos: no graphical display found (DISPLAY is not set). Start it from the desktop, or set "
              "QT_QPA_PLATFORM=offscreen for a headless check.", file=sys.stderr)
        return 2
    from sts_pos.logging_setup import configure_logging

    configure_logging()
    from PySide6.QtWidgets import QApplication

    from sts_pos import __version__
    from sts_pos.gui import errors, i18n, style

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("sts-pos")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("sts-pos")
    i18n.install_translator(app, args.lang)
    style.apply(app)
    errors.install_excepthook()
    db_path = Path(args.db) if args.db else default_db_path()
    ctx, window = build(db_path, options={"idle_minutes": args.idle_minutes, "print_on_vend": args.print_on_vend})
    window.show()
    if args.check:
        for _ in range(5):
            app.processEvents()
        page = "first-run wizard" if not ctx.office.exists() else "sign-in page"
        print(f"sts-pos GUI ok: {window.windowTitle()} ({page}, {app.platformName()})")
        window.close()
        ctx.office.close()
        return 0
    if not ctx.office.exists():
        from sts_pos.gui.wizard import FirstRunWizard

        wizard = FirstRunWizard(ctx, window)
        wizard.finished.connect(lambda _: window.show_login())
        wizard.open()
    else:  # the collector listener inside the program, when the office's collector_gui_listener says so
        from sts_pos.gui.remote import GuiListener

        GuiListener.ensure(ctx)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
