"""Error base classes shared by every layer (stdlib only).

Our exception tree::

    StsPosError                      anything sts-pos raises on purpose
    +-- UserFacingError              text safe to show a cashier as it is
        +-- (layer errors subclass this where their message is for the user:
             sts.errors.StsError, vending errors, store.StoreError, devices.DeviceError)

Messages say what happened and what to do, in the cashier's words; technical detail goes in
``detail`` (shown behind a "Details" button in the GUI, printed with ``--verbose`` by the CLI).
No message or detail ever contains a key.
"""

from __future__ import annotations


class StsPosError(Exception):
    """Base of every error sts-pos raises on purpose."""


class UserFacingError(StsPosError):
    """An error whose ``str()`` may be shown to the user; ``detail`` holds the technical part."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
