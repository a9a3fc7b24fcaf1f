"""The main window: sign-in page, then the work area (navigation, header, screens) for the user's role.

Roles decide which screens are listed (the vending layer still enforces every rule). The title shows
office, user, role and shift. After ``idle_minutes`` without keyboard or mouse input the window locks back
to the sign-in page; the same user signing in again finds the screens as they were, another user gets a
fresh set (and the locked user's half-entered sale comes back when that user signs in again).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sts_pos import __version__
from sts_pos.gui import errors
from sts_pos.gui.forms import icon
from sts_pos.gui.i18n import Formats
from sts_pos.gui.login import LoginPage
from sts_pos.gui.screens.base import Context, Screen
from sts_pos.gui.views import ShiftView, UserView
from sts_pos.gui.widgets import on_click


def screen_classes() -> list[type[Screen]]:
    from sts_pos.gui import remote
    from sts_pos.gui.screens import admin, cards, customers, engineering, meter_test, reports, vend

    return [vend.VendScreen, customers.CustomersScreen, engineering.EngineeringScreen, cards.CardsScreen,
            meter_test.MeterTestScreen, reports.ReportsScreen, admin.AdminScreen, remote.RemoteScreen]


class IdleWatcher(QObject):
    """Restarts a timer on every key press or mouse action anywhere in the application."""

    def __init__(self, minutes: float, on_idle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(on_idle)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            if self.timer.isActive():
                self.timer.start()
        return False


class MainWindow(QMainWindow):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.resize(1240, 800)
        self.screens: dict[str, Screen] = {}
        self._screen_actions: list[QAction] = []
        self._pages: dict[str, QScrollArea] = {}  # each screen in its scroll area  # Ctrl+1..n of the signed-in user's screens
        self.shift: ShiftView | None = None
        self._drafts: dict[str, dict] = {}  # user name -> their half-entered sale, while another user works
        self.office_name = ""
        self.root = QStackedWidget(self)
        self.setCentralWidget(self.root)
        self.login_page = LoginPage(ctx, self)
        self.login_page.signed_in.connect(self.signed_in)
        self.root.addWidget(self.login_page)
        self.work = QWidget(self)
        self.work.setObjectName("centralArea")
        self.root.addWidget(self.work)
        self._build_work_area()
        self._build_menu()
        self._build_status_bar()
        self.idle = IdleWatcher(float(ctx.options.get("idle_minutes", 10)), self.lock, self)
        self.show_login()

    # -- layout -------------------------------------------------------------------------------------------
    def _build_work_area(self) -> None:
        outer = QHBoxLayout(self.work)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.nav = QListWidget(self.work)
        self.nav.setObjectName("navList")
        self.nav.setFixedWidth(215)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.currentRowChanged.connect(self._nav_changed)
        outer.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        header = QFrame(self.work)
        header.setObjectName("headerBar")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(20, 12, 20, 12)
        self.header_title = QLabel(header)
        self.header_title.setObjectName("headerTitle")
        self.header_info = QLabel(header)
        self.header_info.setObjectName("headerInfo")
        header_layout.addWidget(self.header_title)
        header_layout.addStretch(1)
        header_layout.addWidget(self.header_info)
        right.addWidget(header)
        self.pages = QStackedWidget(self.work)
        page_holder = QWidget(self.work)
        holder_layout = QVBoxLayout(page_holder)
        holder_layout.setContentsMargins(18, 12, 18, 12)
        holder_layout.addWidget(self.pages)
        right.addWidget(page_holder, 1)
        outer.addLayout(right, 1)

    def _build_menu(self) -> None:
        office = self.menuBar().addMenu(self.tr("&Office"))
        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda _checked=False: self.lock())
        self.vault_action = QAction(icon("unlock"), self.tr("&Unlock the key vault…"), self)
        self.vault_action.triggered.connect(lambda _checked=False: self.unlock_vault())
        self.signout_action = QAction(icon("logout"), self.tr("&Sign out"), self)
        self.signout_action.triggered.connect(lambda _checked=False: self.sign_out())
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(lambda _checked=False: self.close())
        for action in (self.lock_action, self.vault_action, self.signout_action):
            office.addAction(action)
        office.addSeparator()
        office.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = QAction(self.tr("&Help and shortcuts"), self, shortcut=QKeySequence("F1"))
        help_action.triggered.connect(lambda _checked=False: self.show_help())
        help_menu.addAction(help_action)
        self.addAction(help_action)  # F1 works everywhere, also before the menu is opened
        about = QAction(self.tr("&About sts-pos"), self)
        about.triggered.connect(lambda _checked=False: self.about())
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.vault_label = QLabel(self)
        self.vault_label.setObjectName("statusText")
        self.vault_button = QPushButton(icon("unlock"), self.tr("Unlock vault"), self)
        on_click(self.vault_button, self.unlock_vault)
        self.devices_label = QLabel(self)
        self.devices_label.setObjectName("statusText")
        bar.addPermanentWidget(self.devices_label)
        bar.addPermanentWidget(self.vault_label)
        bar.addPermanentWidget(self.vault_button)

    # -- session --------------------------------------------------------------------------------------------
    def show_login(self, locked_user: str = "") -> None:
        try:
            self.office_name = self.ctx.office.office().name
        except Exception:  # the office name is decoration on this page; errors show on sign-in
            self.office_name = ""
        self.login_page.reset(self.office_name, locked_user)
        self.root.setCurrentWidget(self.login_page)
        self.menuBar().setEnabled(False)
        self.statusBar().hide()
        self.update_title()

    def signed_in(self, user: UserView) -> None:
        previous = self.ctx.user
        self.ctx.user = user
        self.ctx.formats = Formats.for_office(self.ctx.office)
        if previous is None or previous.username != user.username or not self.screens:
            if previous is not None:  # another user over a lock: the locked user's half-entered sale is kept
                self._keep_draft(previous.username)
            self._build_screens()
            self._return_draft(user.username)
        self.root.setCurrentWidget(self.work)
        self.menuBar().setEnabled(True)
        self.statusBar().show()
        self.idle.timer.start()
        self.refresh_status()
        self.shift = None
        self.update_title()
        self.ctx.tasks.run(self.ctx.office.current_shift, success=self.update_title, failure=lambda exc: None)
        current = self.current_screen()
        if current is not None:
            current.activated()

    def _keep_draft(self, username: str) -> None:
        vend = self.screens.get("vend")
        draft = vend.draft() if vend is not None and hasattr(vend, "draft") else None
        if draft:
            self._drafts[username] = draft

    def _return_draft(self, username: str) -> None:
        """The user's own half-entered sale from before the lock (only theirs; nobody else sees it)."""
        draft = self._drafts.pop(username, None)
        vend = self.screens.get("vend")
        if draft and vend is not None and hasattr(vend, "restore"):
            vend.restore(draft)

    def _build_screens(self) -> None:
        for action in self._screen_actions:  # the last user's Ctrl+1..n: gone with their screens
            self.removeAction(action)
            action.deleteLater()
        self._screen_actions = []
        for page in self._pages.values():
            self.pages.removeWidget(page)
            page.deleteLater()
        self.screens.clear()
        self._pages.clear()
        self.nav.blockSignals(True)
        self.nav.clear()
        for number, cls in enumerate(c for c in screen_classes() if self.ctx.user.role in c.roles):
            screen = cls(self.ctx, self.pages)
            # each screen scrolls inside the window, so that no screen's height makes the window taller than
            # a 1280x720 or 1366x768 display
            page = QScrollArea(self.pages, widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
            page.setWidget(screen)
            self.pages.addWidget(page)
            self.screens[cls.key] = screen
            self._pages[cls.key] = page
            item = QListWidgetItem(icon(cls.icon_name), cls.title())
            item.setData(Qt.ItemDataRole.UserRole, cls.key)
            item.setToolTip(f"{cls.title()} (Ctrl+{number + 1})")
            self.nav.addItem(item)
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{number + 1}"))
            action.triggered.connect(lambda _=False, k=cls.key: self.show_screen(k))
            screen.addAction(action)
            self.addAction(action)
            self._screen_actions.append(action)
        self.nav.blockSignals(False)
        self._fit_nav()
        self.nav.setCurrentRow(0)

    def _fit_nav(self) -> None:
        """Wide enough for the longest screen title in the user's language (selected titles are bold)."""
        font = QFont(self.nav.font())
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())), default=0)
        # icon, the item's padding and margins (style sheet: 10 + 6 px each side) and the icon-text gap
        self.nav.setFixedWidth(max(215, widest + self.nav.iconSize().width() + 2 * (10 + 6) + 14))

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is None:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        screen = self.screens[key]
        self.pages.setCurrentWidget(self._pages[key])
        self.header_title.setText(item.text())
        screen.activated()

    def show_screen(self, key: str) -> Screen:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return self.screens[key]

    def current_screen(self) -> Screen | None:
        page = self.pages.currentWidget()
        widget = page.widget() if isinstance(page, QScrollArea) else page
        return widget if isinstance(widget, Screen) else None

    def update_title(self, shift: ShiftView | None | bool = False) -> None:
        if shift is not False:
            self.shift = shift
        parts = ["sts-pos"]
        if self.office_name:
            parts.append(self.office_name)
        user = self.ctx.user
        if user is not None and self.root.currentWidget() is self.work:
            parts.append(f"{user.display_name or user.username} ({self.role_name(user.role)})")
            parts.append(self.tr("shift {0}").format(self.shift.id) if self.shift else self.tr("no shift open"))
            self.header_info.setText(" · ".join(parts[2:]))
        self.setWindowTitle(" — ".join(parts))

    def role_name(self, role: str) -> str:
        names = {"cashier": self.tr("cashier"), "technician": self.tr("technician"),
                 "supervisor": self.tr("supervisor"), "admin": self.tr("administrator")}
        return names.get(role, role)

    def refresh_status(self) -> None:
        unlocked = self.ctx.office.vault_unlocked()
        if self.ctx.office.keys_in_module:
            self.vault_label.setText(self.tr("Secure module unlocked") if unlocked else self.tr("Secure module locked"))
        else:
            self.vault_label.setText(self.tr("Key vault unlocked") if unlocked else self.tr("Key vault locked"))
        self.vault_button.setVisible(not unlocked)  # a cashier's press calls a supervisor over (unlock in place)
        self.vault_action.setEnabled(not unlocked and self.ctx.has_role("supervisor", "admin"))
        self.devices_label.setText(self.ctx.office.devices_summary())

    def lock(self) -> None:
        if self.ctx.user is None or self.root.currentWidget() is self.login_page:
            return
        self.idle.timer.stop()
        self.show_login(locked_user=self.ctx.user.username)

    def sign_out(self) -> None:
        self.idle.timer.stop()
        self.ctx.office.logout()
        self.ctx.user = None
        self.show_login()

    def unlock_vault(self, then=None) -> None:
        """A supervisor unlocks the key store: the vault with its passphrase, a secure module with its PIN;
        ``then`` runs once it is unlocked."""
        if self.ctx.office.keys_in_module:
            title, prompt, done = (self.tr("Unlock the secure module"), self.tr(
                "The vending keys are in a secure module. A supervisor types the token's user PIN:"),
                self.tr("Secure module unlocked for this session."))
        else:
            title, prompt, done = (self.tr("Unlock the key vault"), self.tr(
                "The vending keys are locked. A supervisor types the office vault passphrase:"),
                self.tr("Key vault unlocked for this session."))
        if not self.ctx.has_role("supervisor", "admin"):  # at a cashier's counter: a supervisor comes over
            self.unlock_in_place(then)
            return
        passphrase, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Password)
        if not ok or not passphrase:
            return
        self.ctx.tasks.run(lambda: self.ctx.office.unlock_vault(passphrase),
                           success=lambda _: (self.refresh_status(), self.statusBar().showMessage(done, 5000),
                                              then and then()),
                           failure=lambda exc: errors.show_error(self, exc))

    def unlock_in_place(self, then=None) -> None:
        """A supervisor unlocks the key store at the cashier's screen (user name, password, passphrase or PIN);
        the cashier stays signed in and ``then`` (the sale that was waiting) goes on."""
        from sts_pos.gui.clock_dialog import SupervisorDialog

        secret = self.tr("Module PIN") if self.ctx.office.keys_in_module else self.tr("Vault passphrase")
        dialog = SupervisorDialog(self, "unlockDialog", self.tr("Unlock the vending keys"), self.tr(
            "The vending keys are locked, so no token can be made yet; nothing was sold. A supervisor signs in "
            "here and unlocks them; the cashier stays signed in."), self.tr("Unlock"), secret=secret)

        def confirmed() -> None:
            user, password, passphrase = dialog.userEdit.text(), dialog.passwordEdit.text(), dialog.secretEdit.text()
            dialog.passwordEdit.clear()
            dialog.secretEdit.clear()
            self.ctx.tasks.run(lambda: self.ctx.office.unlock_vault(passphrase, supervisor=user, password=password),
                               success=lambda _: (self.refresh_status(), then and then()),
                               failure=lambda exc: errors.show_error(self, exc))

        dialog.accepted.connect(confirmed)
        dialog.open()

    def show_help(self) -> None:
        from sts_pos.gui.help import HelpDialog

        self.help_dialog = HelpDialog(self, self.ctx.user.role if self.ctx.user else None)
        self.help_dialog.open()

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About sts-pos"), self.tr(
            "<b>sts-pos {0}</b><br>Prepaid electricity vending: STS tokens (IEC 62055-41) and IC customer cards."
        ).format(__version__))
