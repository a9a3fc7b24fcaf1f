"""First run: create the office (name, VAT number, currency, first administrator, and where the vending keys
are kept: the key vault with its passphrase, or a PKCS#11 secure module with its token and user PIN,
``store.pkcs11``) or open the demo office for training. Later runs start at the sign-in page."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from sts_pos.gui import errors
from sts_pos.gui.forms import icon
from sts_pos.gui.screens.base import Context

CHOICE, OFFICE, ADMIN, VAULT = range(4)
SOFTHSM2_MODULE = "/usr/lib/softhsm/libsofthsm2.so"  # the placeholder: SoftHSM2's library on Debian/Ubuntu


def _password(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChoicePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to sts-pos"))
        self.setSubTitle(self.tr("There is no office in this database yet. What would you like to do?"))
        layout = QVBoxLayout(self)
        self.create_radio = QRadioButton(self.tr("&Create a new vending office"), self)
        self.create_radio.setObjectName("createRadio")
        self.demo_radio = QRadioButton(self.tr("Open the &demo office (for training; sample customers and keys)"), self)
        self.demo_radio.setObjectName("demoRadio")
        self.create_radio.setChecked(True)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.demo_radio)
        layout.addStretch(1)

    def nextId(self) -> int:  # noqa: N802 - Qt override
        return -1 if self.demo_radio.isChecked() else OFFICE


class OfficePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The office"))
        self.setSubTitle(self.tr("Printed on every receipt and report. Money is counted in the currency below."))
        form = QFormLayout(self)
        self.name = QLineEdit(self, objectName="officeName")
        self.vat = QLineEdit(self, objectName="vatNumber")
        self.currency_code = QLineEdit(self, objectName="currencyCode", maxLength=3)
        self.currency_symbol = QLineEdit(self, objectName="currencySymbol", maxLength=4)
        self.decimals = QSpinBox(self, objectName="decimals", minimum=0, maximum=4, value=2)
        form.addRow(self.tr("Office &name"), self.name)
        form.addRow(self.tr("&VAT number"), self.vat)
        form.addRow(self.tr("Currency &code (ISO, e.g. PHP)"), self.currency_code)
        form.addRow(self.tr("Currency &symbol"), self.currency_symbol)
        form.addRow(self.tr("&Decimals"), self.decimals)
        self.registerField("office_name*", self.name)
        self.registerField("currency_code*", self.currency_code)

    def validatePage(self) -> bool:  # noqa: N802
        code = self.currency_code.text().strip()
        if len(code) != 3 or not code.isalpha():
            errors.show_error(self, self.tr("The currency code is three letters, such as PHP, ZAR or NGN."))
            return False
        return True


class AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(self.tr("This user creates the other users, the supply groups and their keys."))
        form = QFormLayout(self)
        self.username = QLineEdit(self, objectName="adminUser")
        self.full_name = QLineEdit(self, objectName="adminName")
        self.password = _password(self)
        self.password.setObjectName("adminPassword")
        self.repeat = _password(self)
        self.repeat.setObjectName("adminRepeat")
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Full name"), self.full_name)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.tr("&Repeat password"), self.repeat)
        self.registerField("admin_user*", self.username)
        self.registerField("admin_password*", self.password)

    def validatePage(self) -> bool:  # noqa: N802
        if self.password.text() != self.repeat.text():
            errors.show_error(self, self.tr("The two passwords are not the same. Type them again."))
            return False
        if len(self.password.text()) < 8:
            errors.show_error(self, self.tr("Choose a password of at least 8 characters."))
            return False
        return True


class VaultPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where the vending keys are kept"))
        self.setSubTitle(self.tr("In the key vault they are stored encrypted under a passphrase; in a secure module "
                                 "they stay in the module. A supervisor types the passphrase or the module's PIN at "
                                 "the start of each day. Write it down and keep it in a safe place: without it the "
                                 "keys cannot be used."))
        form = QFormLayout(self)
        self.vault_radio = QRadioButton(self.tr("Keep the vending keys in the office's key &vault"), self)
        self.vault_radio.setObjectName("keyStoreVault")
        self.module_radio = QRadioButton(self.tr("Keep them in a &secure module (PKCS#11: an HSM or a security key)"),
                                         self)
        self.module_radio.setObjectName("keyStorePkcs11")
        self.vault_radio.setChecked(True)
        form.addRow(self.vault_radio)
        self.passphrase = _password(self)
        self.passphrase.setObjectName("vaultPassphrase")
        self.repeat = _password(self)
        self.repeat.setObjectName("vaultRepeat")
        form.addRow(self.tr("Vault &passphrase"), self.passphrase)
        form.addRow(self.tr("&Repeat passphrase"), self.repeat)
        form.addRow(self.module_radio)
        self.module_note = QLabel(self.tr("The token is made first with the module's own tool; its user PIN is "
                                          "typed by a supervisor at the start of each day and never stored."), self)
        self.module_note.setWordWrap(True)
        form.addRow(self.module_note)
        self.module_path = QLineEdit(self, objectName="pkcs11Module")
        self.module_path.setPlaceholderText(SOFTHSM2_MODULE)
        self.token_label = QLineEdit(self, objectName="pkcs11Token")
        self.pin = _password(self)
        self.pin.setObjectName("pkcs11Pin")
        form.addRow(self.tr("Module &library"), self.module_path)
        form.addRow(self.tr("&Token label"), self.token_label)
        form.addRow(self.tr("User P&IN"), self.pin)
        self.vault_radio.toggled.connect(self._show_choice)
        self._show_choice()

    def _show_choice(self, _checked: bool = False) -> None:
        vault = self.vault_radio.isChecked()
        for widget in (self.passphrase, self.repeat):
            widget.setEnabled(vault)
        for widget in (self.module_path, self.token_label, self.pin, self.module_note):
            widget.setEnabled(not vault)

    def key_store(self):  # type: ignore[no-untyped-def]
        """The secure module chosen (``store.pkcs11.Pkcs11Config``), or None for the vault."""
        if self.vault_radio.isChecked():
            return None
        from sts_pos.store.pkcs11 import Pkcs11Config

        return Pkcs11Config(self.module_path.text().strip() or SOFTHSM2_MODULE, self.token_label.text().strip(),
                            self.pin.text())

    def validatePage(self) -> bool:  # noqa: N802
        if self.module_radio.isChecked():
            if not self.token_label.text().strip() or not self.pin.text():
                errors.show_error(self, self.tr("Give the token's label and its user PIN."))
                return False
            return True
        if self.passphrase.text() != self.repeat.text():
            errors.show_error(self, self.tr("The two passphrases are not the same. Type them again."))
            return False
        if len(self.passphrase.text()) < 12:
            errors.show_error(self, self.tr("Choose a passphrase of at least 12 characters (a few words)."))
            return False
        return True


class FirstRunWizard(QWizard):
    """Creates the office through the session; ``result_info`` holds what was created (demo users too)."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("sts-pos: first run"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setPixmap(QWizard.WizardPixmap.LogoPixmap, icon("app").pixmap(48, 48))
        self.setMinimumSize(640, 440)
        self.choice, self.office_page, self.admin, self.vault = ChoicePage(), OfficePage(), AdminPage(), VaultPage()
        for page_id, page in ((CHOICE, self.choice), (OFFICE, self.office_page), (ADMIN, self.admin),
                              (VAULT, self.vault)):
            self.setPage(page_id, page)
        self.result_info: dict | None = None

    def accept(self) -> None:
        def done(info: dict) -> None:
            self.result_info = info
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            super(FirstRunWizard, self).accept()
            if info.get("users"):
                lines = "\n".join(f"{u['username']} ({u['role']}): {u['password']}" for u in info["users"])
                errors.show_info(self.parentWidget(), self.tr(
                    "The demo office is ready. Its users and passwords:\n\n{0}\n\nVault passphrase: {1}").format(
                    lines, info.get("vault_passphrase", "")))

        def failed(exc: BaseException) -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            errors.show_error(self, exc)

        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        if self.choice.demo_radio.isChecked():
            self.ctx.tasks.run(self.ctx.office.create_demo, success=done, failure=failed)
            return
        o, a = self.office_page, self.admin
        request = dict(
            name=o.name.text().strip(), vat_number=o.vat.text().strip(),
            currency_code=o.currency_code.text().strip().upper(),
            currency_symbol=o.currency_symbol.text().strip() or o.currency_code.text().strip().upper(),
            decimals=o.decimals.value(), admin_username=a.username.text().strip(),
            admin_full_name=a.full_name.text().strip(), admin_password=a.password.text(),
            vault_passphrase=self.vault.passphrase.text(), key_store=self.vault.key_store(),
        )
        self.ctx.tasks.run(lambda: self.ctx.office.create_office(**request), success=done, failure=failed)
