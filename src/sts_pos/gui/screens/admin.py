"""Administration: users and roles, supply groups and vending keys (typed once, never shown again), the
accepted payment methods (office setting ``tenders``, vending.tenders; cash always), tariffs, receipt printer and device ports, backup and restore, the audit log with its verification.

Device settings (printer, meter port, card reader) belong to this computer, not to the office file, so
they are kept in ``<database>.devices.ini`` beside it (QSettings, INI format).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sts_pos.gui import errors
from sts_pos.gui.screens.admin_devices import DevicesTab, apply_device_settings, device_settings  # noqa: F401
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.screens.customers import _table, fill
from sts_pos.gui.screens.vend import TENDER_LABELS, VendScreen
from sts_pos.gui.tariff_form import TariffDialog
from sts_pos.gui.widgets import NotAvailable, on_click


class AdminScreen(Screen):
    key = "admin"
    roles = ("supervisor", "admin")
    icon_name = "admin"
    title_text = QT_TRANSLATE_NOOP("Screens", "Administration")

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        if not ctx.office.has("vend"):
            self.replace_with(NotAvailable(self.title(), parent=self))
            return
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self, objectName="adminTabs")
        layout.addWidget(self.tabs)
        is_admin = ctx.has_role("admin")
        if is_admin:
            self.tabs.addTab(self._users_tab(), self.tr("Users"))
            self.tabs.addTab(self._keys_tab(), self.tr("Supply groups and keys"))
            self.tabs.addTab(self._tenders_tab(), self.tr("Payment methods"))
        self.tabs.addTab(self._tariffs_tab(), self.tr("Tariffs"))
        from sts_pos.gui.import_wizard import ImportWizard  # the office's register from a CSV or Excel file

        self.importWizard = ImportWizard(ctx, self.tabs)
        self.tabs.addTab(self.importWizard, self.tr("Import"))
        self.devices = DevicesTab(ctx, self)
        self.tabs.addTab(self.devices, self.tr("Printer and devices"))
        # the tab's fields, under the names the tests and screenshots use
        for name in ("printerCombo", "printerEdit", "paperCombo", "dotsSpin", "codePageCombo", "meterPortEdit",
                     "smsPortEdit", "readerEdit", "idleSpin"):
            setattr(self, name, getattr(self.devices, name))
        self.tabs.addTab(self._backup_tab(), self.tr("Backup and restore"))
        self.tabs.addTab(self._audit_tab(), self.tr("Audit log"))

    def activated(self) -> None:
        if hasattr(self, "tabs"):
            self.reload()

    def reload(self) -> None:
        run = self.ctx.tasks.run
        fail = lambda exc: errors.show_error(self, exc)  # noqa: E731
        if hasattr(self, "usersTable"):
            run(self.ctx.office.users, success=lambda rows: fill(self.usersTable, rows), failure=fail)
            run(self.ctx.office.supply_group_rows, success=lambda rows: fill(self.keysTable, rows), failure=fail)
            run(lambda: tuple(self.ctx.office.settings().tenders), success=self.show_tenders, failure=fail)
        run(self.ctx.office.tariff_rows, success=lambda rows: (fill(self.tariffsTable, rows),
                                                               self.tariffsTable.resizeRowsToContents()),
            failure=fail)
        run(self.ctx.office.audit_rows, success=self.show_audit, failure=fail)

    # -- users ------------------------------------------------------------------------------------------
    def _users_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.usersTable = _table(tab, [self.tr("User"), self.tr("Name"), self.tr("Role"), self.tr("Active"),
                                       self.tr("Locked until")])
        layout.addWidget(self.usersTable, 1)
        form = QHBoxLayout()
        self.newUser = QLineEdit(tab, objectName="newUser", placeholderText=self.tr("user name"))
        self.newName = QLineEdit(tab, objectName="newName", placeholderText=self.tr("full name"))
        self.newRole = QComboBox(tab, objectName="newRole")
        for role, label in (("cashier", self.tr("cashier")), ("technician", self.tr("technician")),
                            ("supervisor", self.tr("supervisor")), ("admin", self.tr("administrator"))):
            self.newRole.addItem(label, role)
        self.newPassword = QLineEdit(tab, objectName="newPassword", placeholderText=self.tr("first password"))
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)
        add = QPushButton(self.tr("Add user"), tab, objectName="addUser")
        on_click(add, self.add_user)
        for w in (self.newUser, self.newName, self.newRole, self.newPassword, add):
            form.addWidget(w)
        layout.addLayout(form)
        return tab

    def add_user(self) -> None:
        args = (self.newUser.text().strip(), self.newPassword.text(), self.newRole.currentData(),
                self.newName.text().strip())
        self.ctx.tasks.run(lambda: self.ctx.office.add_user(*args),
                           success=lambda _: (self.newPassword.clear(), self.reload()),
                           failure=lambda exc: errors.show_error(self, exc))

    # -- supply groups and keys ---------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.keysTable = _table(tab, [self.tr("SGC"), self.tr("Key revision"), self.tr("Name"), self.tr("DKGA"),
                                      self.tr("Algorithm"), self.tr("Base date"), self.tr("Key type"),
                                      self.tr("Key expiry (KEN)")])
        layout.addWidget(self.keysTable, 1)
        in_module = self.ctx.office.keys_in_module
        if in_module:
            kept = self.tr("Vending keys are kept in the secure module ({0}). A key entered here goes straight into "
                           "the module; the database keeps only its label and check value.").format(
                               self.ctx.office.vault.description)
        else:
            kept = self.tr("Vending keys are kept encrypted in this office's key vault, which a supervisor unlocks "
                           "with the vault passphrase.")
        self.keyStoreLabel = QLabel(kept, tab, objectName="keyStoreLabel", wordWrap=True)
        layout.addWidget(self.keyStoreLabel)
        form = QFormLayout()
        row = QHBoxLayout()
        self.sgcEdit = QLineEdit(tab, objectName="sgcEdit", placeholderText="123456", maxLength=6)
        self.krnSpin = QSpinBox(tab, objectName="krnSpin", minimum=1, maximum=9, value=1)
        self.sgNameEdit = QLineEdit(tab, objectName="sgName", placeholderText=self.tr("name"))
        self.dkgaCombo = QComboBox(tab, objectName="dkgaCombo")
        self.dkgaCombo.addItems(["02", "04"])
        self.eaCombo = QComboBox(tab, objectName="eaCombo")
        self.eaCombo.addItem("EA07 STA", "07")
        self.eaCombo.addItem("EA09 DES", "09")
        self.eaCombo.addItem("EA11 MISTY1", "11")
        self.baseCombo = QComboBox(tab, objectName="baseCombo")
        self.baseCombo.addItems(["2014", "1993", "2035"])
        for w in (self.sgcEdit, self.krnSpin, self.sgNameEdit, self.dkgaCombo, self.eaCombo, self.baseCombo):
            row.addWidget(w)
        form.addRow(self.tr("Supply group"), row)
        self.keyEdit = QLineEdit(tab, objectName="vendingKey")
        self.keyEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyEdit.setPlaceholderText(
            self.tr("vending key in hex: typed once, put into the secure module, never shown") if in_module
            else self.tr("vending key in hex: typed once, stored encrypted, never shown"))
        add = QPushButton(self.tr("Store key"), tab, objectName="storeKey")
        on_click(add, self.add_supply_group)
        key_row = QHBoxLayout()
        key_row.addWidget(self.keyEdit, 1)
        key_row.addWidget(add)
        form.addRow(self.tr("Vending key"), key_row)
        layout.addLayout(form)
        return tab

    def add_supply_group(self) -> None:
        key = self.keyEdit.text()
        self.keyEdit.clear()  # never kept in the widget
        args = dict(sgc=self.sgcEdit.text().strip(), krn=self.krnSpin.value(), dkga=self.dkgaCombo.currentText(),
                    ea=self.eaCombo.currentData(), base_date=self.baseCombo.currentText(), vending_key_hex=key,
                    name=self.sgNameEdit.text().strip())
        def stored(_sg_id: int) -> None:
            self.reload()
            errors.show_info(self, self.tr("Supply group {0} key revision {1} is stored. The key is never shown "
                                           "again.").format(args["sgc"], args["krn"]))

        self.ctx.tasks.run(lambda: self.ctx.office.add_supply_group(**args), success=stored,
                           failure=lambda exc: errors.show_error(self, exc))

    # -- payment methods (administrator) -----------------------------------------------------------------
    def _tenders_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("Payment methods this office accepts. Cash is always accepted; the cash "
                                        "drawer counts cash only."), tab))
        self.tenderChecks: dict[str, QCheckBox] = {}
        self._other_tenders: tuple[str, ...] = ()
        for tender in TENDER_LABELS:  # the well-known ones (vending.tenders), cash first
            check = QCheckBox(VendScreen.tender_text(tender), tab, objectName=f"tender_{tender}")
            if tender == "cash":
                check.setChecked(True)
                check.setEnabled(False)
            self.tenderChecks[tender] = check
            layout.addWidget(check)
        save = QPushButton(self.tr("Save payment methods"), tab, objectName="saveTenders")
        on_click(save, self.save_tenders)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return tab

    def show_tenders(self, tenders: tuple[str, ...]) -> None:
        """Tick the accepted methods; names the screen does not know are kept as they are when saving."""
        for tender, check in self.tenderChecks.items():
            check.setChecked(tender == "cash" or tender in tenders)
        self._other_tenders = tuple(t for t in tenders if t not in self.tenderChecks)

    def save_tenders(self) -> None:
        chosen = [t for t, check in self.tenderChecks.items() if check.isChecked()] + list(self._other_tenders)

        def saved(tenders: tuple[str, ...]) -> None:
            self.show_tenders(tenders)
            self.window().statusBar().showMessage(self.tr("Payment methods saved."), 5000)

        self.ctx.tasks.run(lambda: self.ctx.office.set_tenders(chosen), success=saved,
                           failure=lambda exc: errors.show_error(self, exc))

    # -- tariffs ------------------------------------------------------------------------------------------
    def _tariffs_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.tariffsTable = _table(tab, [self.tr("TI"), self.tr("Name"), self.tr("Blocks"), self.tr("VAT"),
                                         self.tr("Fixed monthly charge"), self.tr("Minimum"), self.tr("Maximum"),
                                         self.tr("Free units")])
        self.tariffsTable.doubleClicked.connect(lambda _index: self.edit_tariff())
        layout.addWidget(self.tariffsTable, 1)
        row = QHBoxLayout()
        new = QPushButton(self.tr("New tariff…"), tab, objectName="newTariff")
        new.clicked.connect(lambda: self.edit_tariff(new=True))
        edit = QPushButton(self.tr("Edit tariff…"), tab, objectName="editTariff")
        edit.clicked.connect(lambda: self.edit_tariff())
        for w in (new, edit):
            row.addWidget(w)
        note = QLabel(self.tr("Changes apply to quotes and sales from the moment they are saved."), tab)
        note.setProperty("role", "hint")
        row.addWidget(note, 1)
        layout.addLayout(row)
        self.tariffDialog: TariffDialog | None = None
        return tab

    def edit_tariff(self, ti: int | None = None, new: bool = False) -> None:
        """Open the tariff editor on tariff index ``ti`` (default: the selected row), or on a new tariff."""
        if not new and ti is None:
            row = self.tariffsTable.currentRow()
            if row < 0:
                errors.show_error(self, self.tr("Select the tariff to edit in the list first."))
                return
            ti = int(self.tariffsTable.item(row, 0).text())

        def open_editor(views) -> None:
            current = next((v for v in views if v.ti == ti), None) if not new else None
            if not new and current is None:
                errors.show_error(self, self.tr("There is no tariff with index {0:02d}.").format(ti))
                return
            dialog = TariffDialog(self.ctx.formats, current, self, used_indexes=tuple(v.ti for v in views))
            dialog.accepted.connect(lambda: self._save_tariff(dialog.value()))
            self.tariffDialog = dialog
            dialog.open()

        self.ctx.tasks.run(self.ctx.office.tariff_views, success=open_editor,
                           failure=lambda exc: errors.show_error(self, exc))

    def _save_tariff(self, view) -> None:
        def saved(message: str) -> None:
            self.reload()
            self.window().statusBar().showMessage(message, 8000)

        self.ctx.tasks.run(lambda: self.ctx.office.save_tariff(view), success=saved,
                           failure=lambda exc: errors.show_error(self, exc))

    def save_devices(self) -> None:
        self.devices.save_devices()

    def test_print(self) -> None:
        self.devices.test_print()

    # -- backup and audit ---------------------------------------------------------------------------------
    def _backup_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.addWidget(QLabel(self.tr("A backup is also made automatically at the first sign-in of each day "
                                        "(the last 14 are kept)."), tab))
        row = QHBoxLayout()
        backup = QPushButton(self.tr("Back up now…"), tab, objectName="backupNow")
        backup.clicked.connect(lambda: self.backup())
        self.restoreButton = restore = QPushButton(self.tr("Restore from a backup…"), tab, objectName="restoreBackup")
        restore.clicked.connect(lambda: self.restore())
        restore.setEnabled(self.ctx.has_role("admin"))
        row.addWidget(backup)
        row.addWidget(restore)
        row.addStretch(1)
        layout.addLayout(row)
        self.backupResult = QLabel("", tab, objectName="backupResult")
        layout.addWidget(self.backupResult)
        layout.addStretch(1)
        return tab

    def backup(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the office"), "office-backup.sqlite3")
            if not path:
                return
        self.ctx.tasks.run(lambda: self.ctx.office.backup(path), success=self.backupResult.setText,
                           failure=lambda exc: errors.show_error(self, exc))

    def restore(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore the office from a backup"))
            if not path:
                return
        self.ctx.tasks.run(lambda: self.ctx.office.restore(path), success=self.backupResult.setText,
                           failure=lambda exc: errors.show_error(self, exc))

    def _audit_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        self.auditTable = _table(tab, [self.tr("#"), self.tr("When (office time)"), self.tr("User"), self.tr("What happened"),
                                       self.tr("Details")])
        layout.addWidget(self.auditTable, 1)
        row = QHBoxLayout()
        verify = QPushButton(self.tr("Verify the audit chain"), tab, objectName="verifyAudit")
        on_click(verify, self.verify_audit)
        self.auditResult = QLabel("", tab, objectName="auditResult")
        self.auditResult.setWordWrap(True)
        row.addWidget(verify)
        row.addWidget(self.auditResult, 1)
        layout.addLayout(row)
        return tab

    def show_audit(self, rows: list[list[str]]) -> None:
        """The audit entries with the event and its details in words, money and times in the office's formats."""
        from sts_pos.gui.audit_words import describe

        fill(self.auditTable, [[number, when, user, *describe(action, detail, self.ctx.formats)]
                               for number, when, user, action, detail in rows])

    def verify_audit(self) -> None:
        self.ctx.tasks.run(self.ctx.office.verify_audit, success=self.auditResult.setText,
                           failure=lambda exc: errors.show_error(self, exc))
