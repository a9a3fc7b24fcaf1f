"""The GUI's one adapter onto the vending office services (store, vending, devices, reports).

Screens call :class:`OfficeSession` methods from worker threads (through :mod:`sts_pos.gui.tasks`) and
get :mod:`sts_pos.gui.views` values back. Store connections are per thread, so each worker thread gets
its own services (``threading.local``). Parts of sts-pos that are not in this build (a device package
that is missing, a service not landed yet) make :meth:`has` answer False and their methods raise
:class:`Unavailable`, which the screens show as a "not available in this build" state, never fake data.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from sts_pos.errors import UserFacingError
from sts_pos.gui.views import OfficeView, UserView


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfficeSession", text)


class Unavailable(UserFacingError):
    """The feature asked for is not part of this build of sts-pos."""


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    return True


FEATURES = {
    # feature: modules that must import for it to work
    "store": ("sts_pos.store.db",),
    "vend": ("sts_pos.vending.sales", "sts_pos.store.repository"),
    "engineering": ("sts_pos.vending.engineering", "sts_pos.store.repository"),
    "cards": ("sts_pos.devices.cards.service",),
    "meter": ("sts_pos.devices.meter.client",),
    "sms": ("sts_pos.devices.sms.outbox",),
    "receipts": ("sts_pos.reports.receipt_pdf",),
    "reports": ("sts_pos.reports.shift",),
}


class OfficeSession:
    """One office database and the signed-in user, as the GUI sees them."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.user: UserView | None = None
        self._local = threading.local()
        self._features = {name: all(_importable(m) for m in mods) for name, mods in FEATURES.items()}

    # -- capabilities ----------------------------------------------------------------------------------
    def has(self, feature: str) -> bool:
        return self._features.get(feature, False)

    def require(self, feature: str, what: str) -> None:
        if not self.has(feature):
            raise Unavailable(_tr("{0} is not available in this build of sts-pos.").format(what))

    def devices_summary(self) -> str:
        return ""

    # -- office and users -----------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.db_path.exists()

    def office(self) -> OfficeView:
        return OfficeView(name=self.db_path.stem)

    def login(self, username: str, password: str) -> UserView:
        self.require("vend", _tr("Signing in"))
        raise AssertionError("unreachable")

    def logout(self) -> None:
        self.user = None

    def vault_unlocked(self) -> bool:
        return False

    def unlock_vault(self, passphrase: str) -> None:
        self.require("vend", _tr("The key vault"))

    # -- not yet wired: each raises Unavailable until its service lands --------------------------------
    def _missing(self, what: str):
        raise Unavailable(_tr("{0} is not available in this build of sts-pos.").format(what))

    def current_shift(self):
        return None

    def open_shift(self, opening_float: int):
        self._missing(_tr("Shifts"))

    def find_meters(self, text: str, limit: int = 20):
        self._missing(_tr("Finding meters"))

    def quote(self, meter_number: str, amount: int | None = None, kwh=None):
        self._missing(_tr("Quoting"))

    def vend(self, meter_number: str, request_id: str, amount: int | None = None, kwh=None):
        self._missing(_tr("Vending"))

    def last_sale(self):
        return None

    def print_receipt(self, sale_id: int, copy: bool = False) -> str:
        self._missing(_tr("Printing receipts"))

    def send_sms(self, sale_id: int):
        self._missing(_tr("SMS"))

    def read_customer_card(self):
        self._missing(_tr("Reading customer cards"))
