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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sts_pos.errors import UserFacingError
from sts_pos.gui.office_back import BackOffice
from sts_pos.gui.office_reports import ReportDesk
from sts_pos.gui.office_sales import SalesDesk
from sts_pos.gui.views import OfficeView, UserView

# token labels of vending.receipt.TOKEN_LABELS, listed here so that lupdate offers them for translation
_TOKEN_LABEL_TEXTS = (
    QT_TRANSLATE_NOOP("OfficeSession", "Key change 1"), QT_TRANSLATE_NOOP("OfficeSession", "Key change 2"),
    QT_TRANSLATE_NOOP("OfficeSession", "Key change 3"), QT_TRANSLATE_NOOP("OfficeSession", "Key change 4"),
    QT_TRANSLATE_NOOP("OfficeSession", "Credit"), QT_TRANSLATE_NOOP("OfficeSession", "Free basic electricity"),
    QT_TRANSLATE_NOOP("OfficeSession", "Clear credit"), QT_TRANSLATE_NOOP("OfficeSession", "Clear tamper"),
    QT_TRANSLATE_NOOP("OfficeSession", "Set maximum power"),
    QT_TRANSLATE_NOOP("OfficeSession", "Set phase unbalance limit"),
    QT_TRANSLATE_NOOP("OfficeSession", "Test / display"), QT_TRANSLATE_NOOP("OfficeSession", "Management"),
)



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
    "vend": ("sts_pos.vending.sales", "sts_pos.store.office"),
    "engineering": ("sts_pos.vending.engineering", "sts_pos.store.office"),
    "cards": ("sts_pos.devices.cards.office_link", "sts_pos.devices.cards.pcsc"),
    "meter": ("sts_pos.devices.meter.client",),
    "sms": ("sts_pos.devices.sms.outbox",),
    "receipts": ("sts_pos.reports.receipt_pdf",),
    "reports": ("sts_pos.reports.registry", "sts_pos.reports.charts", "sts_pos.reports.shift"),
}


class OfficeSession(SalesDesk, BackOffice, ReportDesk):
    """One office database and the signed-in user, as the GUI sees them."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("OfficeSession", text)

    def __init__(self, db_path: str | Path, clock=None) -> None:
        from sts_pos.store.pg import server_url

        self.db_path = Path(db_path)
        self.server = server_url(db_path)  # the network version: the office on a PostgreSQL server
        self.clock = clock  # None: the computer's clock (vending.sales.utc_now); tests pin it
        self.user: UserView | None = None
        self.session = None  # vending.roles.Session of the signed-in user
        self._vault = None
        self._local = threading.local()
        self._lock = threading.Lock()
        self._offices: list = []
        self._features = {name: all(_importable(m) for m in mods) for name, mods in FEATURES.items()}
        self._receipts_dir: Path | None = None
        self.printed: list[Path] = []
        self.printer_spec = ""  # blank: PDF files in receipts_dir; else an ESC/POS printer (devices.printers)
        self.paper = "80mm"
        self.card_reader = ""  # blank: the first reader holding a card
        self.sms_port = ""  # the GSM modem's serial port; blank: messages wait in the outbox

    @property
    def local_path(self) -> Path:
        """Where this PC keeps the office's own files (receipts, device settings, SMS outbox): beside the office
        file, or for a network office in this PC's folder for it (``store.pg.local_path``)."""
        if not self.server:
            return self.db_path
        try:
            return self.services.path
        except UserFacingError:  # no office there yet (or out of reach): a folder named after the database
            import re

            from sts_pos.store.location import data_dir
            from sts_pos.store.pg import describe

            return data_dir() / "servers" / re.sub(r"[^0-9A-Za-z.-]+", "-", describe(self.server)) / "office"

    def _stored(self) -> bool:
        return bool(self.server) or self.db_path.exists()

    @property
    def receipts_dir(self) -> Path:
        return self._receipts_dir or self.local_path.parent / "receipts"

    @receipts_dir.setter
    def receipts_dir(self, folder: Path) -> None:
        self._receipts_dir = Path(folder)

    # -- capabilities ----------------------------------------------------------------------------------
    def has(self, feature: str) -> bool:
        return self._features.get(feature, False)

    def require(self, feature: str, what: str) -> None:
        if not self.has(feature):
            raise Unavailable(self.tr("{0} is not available in this build of sts-pos.").format(what))

    def devices_summary(self) -> str:
        """One line for the status bar: where receipts go and whether SMS leave at once."""
        printer = self.printer_spec or self.tr("PDF files")
        sms = self.sms_port or self.tr("outbox only")
        return self.tr("Receipts: {0} · SMS: {1}").format(printer, sms)

    # -- plumbing --------------------------------------------------------------------------------------
    @property
    def services(self):
        """This thread's ``store.office.Office`` (one SQLite connection per thread), sharing one key vault."""
        self.require("vend", self.tr("The vending office"))
        office = getattr(self._local, "office", None)
        if office is None:
            from sts_pos.store.office import Office

            office = Office.open(self.db_path, create=False, **({"clock": self.clock} if self.clock else {}))
            with self._lock:
                if self._vault is None:
                    self._vault = office.vault
            office.vault = office.records.vault = self._vault
            self._local.office = office
            self._offices.append(office)
        return office

    @property
    def vault(self):
        return self.services.vault

    @property
    def keys_in_module(self) -> bool:
        """Whether the office keeps its vending keys in a PKCS#11 secure module (``store.pkcs11``)."""
        return getattr(self.vault, "kind", "vault") == "pkcs11"

    def close(self) -> None:
        for office in self._offices:
            try:
                office.conn.close()
            except Exception:
                pass
        self._offices.clear()
        self._local = threading.local()

    def _reset_vault(self) -> None:
        self.close()
        self._vault = None

    def _session(self):
        if self.session is None:
            raise UserFacingError(self.tr("Sign in first."))
        return self.session

    # -- office and users -----------------------------------------------------------------------------
    def exists(self) -> bool:
        if not self._stored():
            return False
        if self.server:  # an empty database on the server: the first-run wizard makes the office there
            from sts_pos.store.pg import holds_office

            try:
                if not holds_office(self.server):
                    return False
            except UserFacingError:  # a server out of reach is reported when the user signs in
                return True
        try:
            return self.services.repo.setting("office_name") is not None or bool(self.services.repo.list_users())
        except Exception:  # a damaged file is reported when the user signs in
            return True

    def settings(self):
        return self.services.repo.settings()

    def office(self) -> OfficeView:
        if not self.has("vend") or not self._stored():
            return OfficeView(name="")
        s = self.settings()
        c = s.currency
        return OfficeView(s.name, s.vat_number, c.code, c.symbol, c.decimals, c.decimal_mark, c.thousands_separator,
                          s.utc_offset_minutes)

    def confirm_clock(self, username: str, password: str):
        """A supervisor (by user name and password, without signing the cashier out) confirms that the
        computer's time is right; audited. Returns the clock guard's new verdict."""
        supervisor = self.services.staff.login(username, password)
        return self.services.confirm_clock(supervisor)

    def office_today(self):
        """Today in the office's time (its fixed UTC offset), as the reports count days."""
        from datetime import UTC, datetime

        if not self.has("vend") or not self._stored():
            return datetime.now(UTC).date()
        return self.settings().office_time.day(self.services.clock())

    def login(self, username: str, password: str) -> UserView:
        session = self.services.login(username, password)
        self.session = session
        role = session.role.value if hasattr(session.role, "value") else str(session.role)
        self.user = UserView(session.username, role, session.full_name)
        return self.user

    def logout(self) -> None:
        self.user = None
        self.session = None

    def vault_unlocked(self) -> bool:
        try:
            return bool(self.vault.unlocked)
        except Exception:
            return False

    def unlock_vault(self, passphrase: str, supervisor: str | None = None, password: str = "") -> None:
        """Unlock the key store; ``supervisor`` and ``password`` when a supervisor does it at a cashier's
        counter (checked as a sign-in, without signing the cashier out)."""
        session = self.services.staff.login(supervisor, password) if supervisor else self._session()
        self.services.unlock_vault(session, passphrase)
        self.services.sales.complete_pending()  # a sale interrupted by a crash gets its token now

    def lock_vault(self) -> None:
        if self._vault is not None:
            self._vault.lock()

    def create_demo(self) -> dict:
        """The demo office in this database file (in-process: works from the installed bundle too)."""
        from sts_pos.store.demo import create_demo

        info = create_demo(self.db_path)
        self._reset_vault()
        return info

    def create_office(self, *, name: str, vat_number: str, currency_code: str, currency_symbol: str, decimals: int,
                      admin_username: str, admin_full_name: str, admin_password: str, vault_passphrase: str,
                      key_store=None) -> dict:
        """``key_store``: a ``store.pkcs11.Pkcs11Config`` to keep the vending keys in a secure module."""
        from sts_pos.store.office import Office

        Office.create(self.db_path, name=name, vat_number=vat_number, currency_code=currency_code,
                      currency_symbol=currency_symbol, decimals=decimals, admin_username=admin_username,
                      admin_full_name=admin_full_name, admin_password=admin_password,
                      vault_passphrase=vault_passphrase, key_store=key_store).close()
        self._reset_vault()
        return {"office": name, "admin": admin_username}
