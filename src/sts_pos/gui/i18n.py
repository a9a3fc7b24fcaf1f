"""Translations and locale-aware formatting of money, energy and dates.

Every user-visible string goes through ``self.tr()`` or ``QCoreApplication.translate()``; at start the
composition root installs a ``QTranslator`` for ``resources/translations/sts_pos_<locale>.qm`` when one
exists (Filipino ships as ``sts_pos_fil``). Money is integer minor units formatted with the office's
currency and number of minor digits (never a hard-coded currency symbol), written by the one money rule
:func:`sts_pos.vending.money.format_money`; energy is integer tenths of a kWh.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from sts_pos.errors import UserFacingError
from sts_pos.gui.forms import resource_path
from sts_pos.vending.money import Currency, format_money
from sts_pos.vending.office_time import OfficeTime

_translators: list[QTranslator] = []

# Qt's own texts on standard buttons (dialogs, message boxes, the wizard), which Qt translates in these
# contexts; listed here so that our .ts carries them (Qt ships no Filipino translation of its own)
_QT_TEXTS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"), QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"), QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"), QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"), QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"), QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"), QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"), QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."), QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QWizard", "< &Back"), QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"), QT_TRANSLATE_NOOP("QWizard", "Cancel"),
)


def install_translator(app: QCoreApplication, locale_name: str | None = None) -> str | None:
    """Load ``sts_pos_<locale>.qm`` (e.g. ``fil`` or ``fil_PH``); returns the file used, or None."""
    name = locale_name or QLocale.system().name()
    folder = resource_path("translations")
    for candidate in (name, name.split("_")[0]):
        qm = folder / f"sts_pos_{candidate}.qm"
        if qm.exists():
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _translators.append(translator)
                return str(qm)
    return None


class BadAmount(UserFacingError):
    """The text typed as an amount of money or energy is not a number the office can accept."""


@dataclass(frozen=True)
class Formats:
    """How this office writes money, energy and times (from the office settings)."""

    currency: str = ""
    minor_digits: int = 2
    locale: QLocale = QLocale()
    decimal_mark: str = ""  # the office currency's; blank: the locale's
    group_separator: str = ""  # the office currency's thousands separator; blank: the locale's
    clock: OfficeTime = OfficeTime()  # the office clock: every time shown is office time, never the PC's zone

    @classmethod
    def for_office(cls, office) -> Formats:
        """The office's currency (symbol, else code), decimals and separators; plain numbers when there is no
        office yet."""
        try:
            view = office.office()
        except Exception:  # no office yet (first run): plain numbers until one exists
            return cls()
        if not view.name:
            return cls()
        return cls(view.currency_symbol or view.currency_code, view.decimals, decimal_mark=view.decimal_mark,
                   group_separator=view.thousands_separator, clock=OfficeTime(view.utc_offset_minutes))

    @property
    def _point(self) -> str:
        return self.decimal_mark or self.locale.decimalPoint()

    @property
    def _group(self) -> str:
        group = self.group_separator or self.locale.groupSeparator()
        return "\u00a0" if group == " " else group  # a space that never breaks a number over two lines

    @property
    def money_currency(self) -> Currency:
        """The office's money as :mod:`sts_pos.vending.money` writes it (symbol, decimals, separators)."""
        return Currency(code=self.currency, symbol=self.currency, decimals=self.minor_digits,
                        decimal_mark=self._point if self._point in (".", ",") else ".",
                        thousands_separator=self.group_separator or self.locale.groupSeparator())

    def money(self, minor_units: int | None) -> str:
        """Money as the receipt writes it: :func:`sts_pos.vending.money.format_money` with the office's
        currency (one rule for the screens, receipts and reports); ``—`` for no amount."""
        if minor_units is None:
            return "—"
        return format_money(int(minor_units), self.money_currency)

    def parse_money(self, text: str) -> int:
        """Typed money (``1,250.50``, ``1 250.5`` or, where the office writes a decimal comma, ``1.250,50``) to
        minor units; more decimals than the currency has is an error."""
        cleaned = text.strip()
        if self.currency:
            cleaned = cleaned.replace(self.currency, "")
        for blank in (" ", "\u00a0", "\u202f"):
            cleaned = cleaned.replace(blank, "")
        if self._point == ",":
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "").replace(self._group, "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise BadAmount(QCoreApplication.translate("formats", "Type the amount as a number, e.g. 100 or 250.50.")) from None
        if not value.is_finite():
            raise BadAmount(QCoreApplication.translate("formats", "Type the amount as a number, e.g. 100 or 250.50."))
        scaled = value.scaleb(self.minor_digits)
        if scaled != scaled.to_integral_value() or value < 0:
            raise BadAmount(
                QCoreApplication.translate("formats", "The amount {0} is not a valid amount of money.").format(text)
            )
        return int(scaled)

    def energy(self, tenths_kwh: int | None) -> str:
        if tenths_kwh is None:
            return "—"
        text = f"{Decimal(tenths_kwh).scaleb(-1):,.1f}".replace(",", "\0").replace(".", self._point)
        return f"{text.replace(chr(0), self._group)} kWh"

    def parse_kwh(self, text: str) -> Decimal:
        try:
            raw = text.strip().replace(" ", "").replace("\u00a0", "")
            value = Decimal(raw.replace(".", "").replace(",", ".") if self._point == "," else raw.replace(",", ""))
        except InvalidOperation:
            raise BadAmount(QCoreApplication.translate("formats", "Type the energy in kWh as a number, e.g. 50 or 12.5.")) from None
        if value <= 0:
            raise BadAmount(QCoreApplication.translate("formats", "The energy must be more than zero kWh."))
        return value

    def when(self, moment: datetime | str | None) -> str:
        """A stored instant (UTC) as the office's time, ``YYYY-MM-DD HH:MM``."""
        if moment is None or moment == "":
            return "—"
        try:
            return self.clock.minute(moment)
        except ValueError:
            return str(moment)
