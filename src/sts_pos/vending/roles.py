"""Roles and permissions, enforced by the vending services (the GUI only hides what a role cannot do).

=============  ===========================================================================
cashier        vend, quote, reprint, own shift, look up customers and meters
technician     engineering tokens, key change and TID-rollover jobs, cards, meter tests
               (and everything a cashier may look up)
supervisor     everything a cashier and technician may do, plus void, customers and meters,
               tariffs, pending key changes, reports, unlock the vault
admin          everything: users, supply groups and vending keys, office settings, restore
=============  ===========================================================================
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sts_pos.errors import UserFacingError


class Role(enum.StrEnum):
    CASHIER = "cashier"
    TECHNICIAN = "technician"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Permission(enum.StrEnum):
    VEND = "vend"
    REPRINT = "reprint"
    SHIFT = "shift"
    LOOKUP = "lookup"
    ENGINEERING = "engineering"
    CARDS = "cards"
    METER_TEST = "meter_test"
    VOID = "void"
    CUSTOMERS = "customers"
    TARIFFS = "tariffs"
    KEY_CHANGE = "key_change"
    REPORTS = "reports"
    UNLOCK_VAULT = "unlock_vault"
    USERS = "users"
    SUPPLY_GROUPS = "supply_groups"
    SETTINGS = "settings"
    BACKUP = "backup"
    RESTORE = "restore"
    CONFIRM_CLOCK = "confirm_clock"  # lift the clock guard: this PC's time is right (vending.clock_guard)


P = Permission
_CASHIER = {P.VEND, P.REPRINT, P.SHIFT, P.LOOKUP, P.CARDS}
_TECHNICIAN = {P.LOOKUP, P.ENGINEERING, P.CARDS, P.METER_TEST, P.KEY_CHANGE}
_SUPERVISOR = _CASHIER | _TECHNICIAN | {P.VOID, P.CUSTOMERS, P.TARIFFS, P.REPORTS, P.UNLOCK_VAULT, P.BACKUP,
                              P.CONFIRM_CLOCK}
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASHIER: frozenset(_CASHIER),
    Role.TECHNICIAN: frozenset(_TECHNICIAN),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(Permission),
}

_ROLE_NEEDED = {
    P.VOID: "a supervisor", P.CUSTOMERS: "a supervisor", P.TARIFFS: "a supervisor", P.REPORTS: "a supervisor",
    P.UNLOCK_VAULT: "a supervisor", P.ENGINEERING: "a technician or supervisor",
    P.KEY_CHANGE: "a technician or supervisor", P.METER_TEST: "a technician",
    P.USERS: "an administrator", P.SUPPLY_GROUPS: "an administrator", P.SETTINGS: "an administrator",
    P.RESTORE: "an administrator", P.BACKUP: "a supervisor", P.CONFIRM_CLOCK: "a supervisor",
}


class PermissionDenied(UserFacingError):
    pass


@dataclass(frozen=True)
class Session:
    """A logged-in user. Every service call that changes something takes one."""

    user_id: int
    username: str
    role: Role
    full_name: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[Role(self.role)]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            who = _ROLE_NEEDED.get(permission, "another role")
            raise PermissionDenied(
                f"{self.username} ({Role(self.role).value}) may not {permission.value.replace('_', ' ')}; "
                f"ask {who}.")
