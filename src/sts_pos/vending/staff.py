"""Users, log-in with lockout, and cashier shifts (opening float, counted cash, variance).

Log-in: scrypt password check (:mod:`sts_pos.vending.passwords`); ``MAX_FAILED_LOGINS`` wrong passwords
in a row lock the account for ``LOCKOUT_MINUTES``. The answer never says whether the user name or the
password was wrong, or that an account is locked (same message, same scrypt work). Shifts: one open shift per user; expected cash = float + takings of the shift's issued
cash sales (voided sales were refunded; card, mobile money and cheque payments never reach the drawer);
the variance (counted - expected) is recorded and audited.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from functools import cache

from sts_pos.errors import UserFacingError
from sts_pos.vending.model import Shift
from sts_pos.vending.passwords import LOCKOUT_MINUTES, MAX_FAILED_LOGINS, hash_password, verify_password
from sts_pos.vending.ports import VendingRepository
from sts_pos.vending.roles import Permission, Role, Session
from sts_pos.vending.sales import Clock, utc_now
from sts_pos.vending.tenders import CASH


class LoginFailed(UserFacingError):
    pass


AccountLocked = LoginFailed  # a locked account is answered like a wrong password (nothing tells them apart)

LOGIN_FAILED = (f"Wrong user name or password. After {MAX_FAILED_LOGINS} wrong passwords in a row the account is "
                f"locked for {LOCKOUT_MINUTES} minutes; a supervisor can unlock it sooner.")


@cache
def _stand_in_hash() -> str:
    """A hash of no one's password: checked for an unknown or locked user so the answer takes the same time."""
    return hash_password(secrets.token_hex(16))


class ShiftError(UserFacingError):
    pass


class StaffService:
    def __init__(self, repo: VendingRepository, clock: Clock = utc_now) -> None:
        self.repo = repo
        self.clock = clock

    def login(self, username: str, password: str) -> Session:
        """Check a password, counting a failure and locking the account at the limit in the same
        transaction as the check (``BEGIN IMMEDIATE``: parallel guesses are checked one after another, so
        they get at most ``MAX_FAILED_LOGINS`` checks). An unknown, disabled or locked user is answered
        exactly like a wrong password: the same message after the same scrypt work, and audited."""
        now = self.clock()
        name = (username or "").strip()
        with self.repo.transaction():
            user = self.repo.user_by_name(name)
            usable = user is not None and user.active and not (user.locked_until and user.locked_until > now)
            ok = verify_password(password or "", user.password_hash if usable else _stand_in_hash()) and usable
            if ok:
                self.repo.record_login(user.id, 0, None)
                self.repo.append_audit(now, user.username, "user.login", {})
            else:
                failed, locked = 0, None
                if usable:
                    failed = user.failed_logins + 1
                    locked = now + timedelta(minutes=LOCKOUT_MINUTES) if failed >= MAX_FAILED_LOGINS else None
                    self.repo.record_login(user.id, 0 if locked else failed, locked)
                why = "wrong password" if usable else "unknown user" if user is None else \
                    "disabled" if not user.active else "locked"
                self.repo.append_audit(now, user.username if user else name[:64] or "-", "user.login_failed",
                                       {"failed": failed, "locked": locked is not None, "why": why})
        if not ok:
            raise LoginFailed(LOGIN_FAILED)
        return Session(user.id, user.username, Role(user.role), user.full_name)

    def add_user(self, session: Session, username: str, password: str, role: str, full_name: str = "") -> int:
        session.require(Permission.USERS)
        role = Role(role).value
        if not username.strip() or len(password) < 8:
            raise UserFacingError("A user needs a name and a password of at least 8 characters.")
        if self.repo.user_by_name(username.strip()):
            raise UserFacingError(f"There is already a user called {username}.")
        now = self.clock()
        with self.repo.transaction():
            user_id = self.repo.insert_user(username.strip(), full_name, role, hash_password(password), now)
            self.repo.append_audit(now, session.username, "user.add", {"username": username, "role": role})
        return user_id

    def set_password(self, session: Session, username: str, password: str) -> None:
        if session.username.lower() != username.lower():
            session.require(Permission.USERS)
        if len(password) < 8:
            raise UserFacingError("A password needs at least 8 characters.")
        user = self.repo.user_by_name(username)
        if user is None:
            raise UserFacingError(f"There is no user called {username}.")
        now = self.clock()
        with self.repo.transaction():
            self.repo.update_user(user.id, password_hash=hash_password(password), failed_logins=0,
                                  locked_until=None)
            self.repo.append_audit(now, session.username, "user.password", {"username": user.username})

    def set_user(self, session: Session, username: str, role: str | None = None, active: bool | None = None,
                 unlock: bool = False) -> None:
        session.require(Permission.USERS if (role or active is not None) else Permission.VOID)
        user = self.repo.user_by_name(username)
        if user is None:
            raise UserFacingError(f"There is no user called {username}.")
        now = self.clock()
        with self.repo.transaction():
            if role:
                self.repo.update_user(user.id, role=Role(role).value)
            if active is not None:
                self.repo.update_user(user.id, active=int(active))
            if unlock:
                self.repo.record_login(user.id, 0, None)
            self.repo.append_audit(now, session.username, "user.edit",
                                   {"username": user.username, "role": role, "active": active, "unlock": unlock})

    def users(self, session: Session) -> list[dict]:
        session.require(Permission.USERS)
        return self.repo.list_users()

    # ---- shifts ------------------------------------------------------------------------------------
    def current_shift(self, session: Session) -> Shift | None:
        return self.repo.open_shift(session.user_id)

    def open_shift(self, session: Session, opening_float: int) -> Shift:
        session.require(Permission.SHIFT)
        if opening_float < 0:
            raise ShiftError("The float cannot be negative.")
        now = self.clock()
        with self.repo.transaction():
            if self.repo.open_shift(session.user_id):
                raise ShiftError("You already have an open shift; close it before opening another.")
            shift_id = self.repo.insert_shift(session.user_id, opening_float, now)
            self.repo.append_audit(now, session.username, "shift.open", {"shift_id": shift_id, "float": opening_float})
        return self.repo.shift(shift_id)

    def shift_summary(self, session: Session, shift: Shift) -> dict:
        by_tender = self.repo.shift_takings_by_tender(shift.id)
        cash = by_tender.get(CASH, (0, 0))[1]
        return {"shift_id": shift.id, "opened_at": shift.opened_at.isoformat(), "float": shift.opening_float,
                "takings": sum(money for _, money in by_tender.values()), "cash_takings": cash,
                "by_tender": {t: {"count": c, "amount": m} for t, (c, m) in by_tender.items()},
                "expected_cash": shift.opening_float + cash}

    def close_shift(self, session: Session, counted_cash: int) -> Shift:
        session.require(Permission.SHIFT)
        if counted_cash < 0:
            raise ShiftError("The counted cash cannot be negative.")
        now = self.clock()
        with self.repo.transaction():
            shift = self.repo.open_shift(session.user_id)
            if shift is None:
                raise ShiftError("You have no open shift to close.")
            expected = shift.opening_float + self.repo.shift_takings_by_tender(shift.id).get(CASH, (0, 0))[1]
            self.repo.close_shift(shift.id, now, counted_cash, expected)
            self.repo.append_audit(now, session.username, "shift.close", {
                "shift_id": shift.id, "counted": counted_cash, "expected": expected,
                "variance": counted_cash - expected})
        return self.repo.shift(shift.id)


