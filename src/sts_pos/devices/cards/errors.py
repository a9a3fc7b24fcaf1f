"""Card errors in the technician's and cashier's words (each a :class:`~sts_pos.devices.DeviceError`).

Tree (the ``devices`` branch each one hangs from in brackets)::

    CardError(DeviceError)
    +-- NoReader            (DeviceNotFound)      no card reader / the PC/SC service is not running
    +-- NoCard              (DeviceNotFound)      the reader is empty
    +-- WrongCard           (DeviceProtocolError) a kind of card we cannot use (no SLE4442/sts-pos file)
    +-- CardPulled          (DeviceDisconnected)  the card left the reader during an operation
    |   +-- PurchaseInterrupted                   ... while a paid purchase was being written to it
    +-- CardIoError         (DeviceProtocolError) the card or reader refused a command (status word given)
    +-- WrongPsc            (DeviceRefused)       the card's PIN (PSC) was refused; tries left counted
    |   +-- PscNotRetried                         an earlier PIN check failed or was cut short: not retried
    +-- CardLocked          (DeviceRefused)       no PSC tries left: the card is locked for good
    +-- NotOurCard          (DeviceRefused)       blank or foreign card: no sts-pos data on it
    +-- TamperedCard        (DeviceRefused)       the data fails its integrity code or MAC
    +-- CardRefused         (DeviceRefused)       a business rule refuses the operation:
        +-- PurchaseNotLoaded                     the last purchase has not been loaded into the meter
        +-- CardBlocked                           the card was replaced (its serial is blocked)
        +-- WrongMeter                            the card belongs to another meter or account
        +-- IncompleteWrite                       the last write was interrupted; rewrite the same purchase
        +-- InterruptedIssue                      the card was pulled while being issued; issue it again
"""

from __future__ import annotations

from sts_pos.devices import (
    DeviceDisconnected,
    DeviceError,
    DeviceNotFound,
    DeviceProtocolError,
    DeviceRefused,
)


class CardError(DeviceError):
    """Any problem with the card reader or the card in it."""


class NoReader(CardError, DeviceNotFound):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "No card reader found. Plug in the card reader (and check that the smart card "
            "service pcscd is running), then try again.",
            detail,
        )


class NoCard(CardError, DeviceNotFound):
    def __init__(self, reader: str = "", detail: str = "") -> None:
        where = f" ({reader})" if reader else ""
        super().__init__(
            f"No card in the reader{where}. Insert the customer's card, chip up and first, then try again.",
            detail,
        )


class WrongCard(CardError, DeviceProtocolError):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "This card is of a kind the office cannot use (not an SLE4442 memory card or an "
            "sts-pos CPU card). Use a card from the office's card stock.",
            detail,
        )


class CardPulled(CardError, DeviceDisconnected):
    def __init__(self, detail: str = "", note: str = "") -> None:
        super().__init__(
            "The card was taken out of the reader before the operation finished. Put it back, "
            "try again, and do not remove it until the screen says it is done." + (f" {note}" if note else ""),
            detail,
        )


class PurchaseInterrupted(CardPulled):
    """The card left the reader while a paid purchase was being written: the sale stands, the purchase
    waits (``store.cards`` state interrupted) and the next write for this card completes it."""

    def __init__(self, receipt_no: str, count: int, detail: str = "") -> None:
        self.receipt_no = receipt_no
        self.count = count
        CardError.__init__(
            self,
            f"The card was taken out before purchase {count} (sale {receipt_no}, already paid) was fully "
            "written. Put the card back in the reader and write to it again: purchase "
            f"{count} of sale {receipt_no} will be written, and no second sale is made.",
            detail,
        )


class CardIoError(CardError, DeviceProtocolError):
    def __init__(self, what: str, sw: int, detail: str = "") -> None:
        self.sw = sw
        super().__init__(
            f"The card reader could not {what} (card status {sw:04X}). Take the card out, "
            "wipe the chip, insert it again and retry.",
            detail,
        )


class WrongPsc(CardError, DeviceRefused):
    # Two whole sentences (not a word picked into one), so each reads right and translates whole.
    def __init__(self, tries_left: int, detail: str = "") -> None:
        self.tries_left = tries_left
        if tries_left == 1:
            super().__init__(
                "The card refused the office's card PIN (PSC); one more wrong try locks it for good. The card "
                "was probably issued by another office. It will not be tried again automatically: ask a "
                "supervisor.",
                detail,
            )
        else:
            super().__init__(
                f"The card refused the office's card PIN (PSC); {tries_left} tries left before it locks for "
                "good. The card was probably issued by another office. It will not be tried again "
                "automatically: ask a supervisor.",
                detail,
            )


class PscNotRetried(WrongPsc):
    def __init__(self, tries_left: int, detail: str = "") -> None:
        self.tries_left = tries_left
        CardError.__init__(
            self,
            f"This card has {tries_left} of its 3 PIN (PSC) tries left: an earlier PIN check failed or was cut "
            "short when the card was taken out. It is not tried again automatically, because each failed "
            "try brings it closer to locking for good: ask a supervisor to allow one more try.",
            detail,
        )


class CardLocked(CardError, DeviceRefused):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "This card is locked for good (its PIN was refused three times) and can no longer "
            "be written. Issue the customer a replacement card.",
            detail,
        )


class NotOurCard(CardError, DeviceRefused):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "This is not a customer card of this office (it is blank or from another system). "
            "Check that you have the right card; a blank card can be issued to a customer.",
            detail,
        )


class TamperedCard(CardError, DeviceRefused):
    def __init__(self, area: str, detail: str = "") -> None:
        self.area = area
        super().__init__(
            f"The card's {area} fails its security check: the card was edited, forged or "
            "damaged. Do not sell on it; keep the card and call a supervisor.",
            detail,
        )


class CardRefused(CardError, DeviceRefused):
    """The card is readable and genuine, but the operation is not allowed on it now."""


class PurchaseNotLoaded(CardRefused):
    def __init__(self, purchase_count: int, accepted_count: int) -> None:
        self.purchase_count = purchase_count
        self.accepted_count = accepted_count
        super().__init__(
            f"The last purchase on this card (number {purchase_count}) has not been loaded into "
            "the meter yet, so no new purchase can be written. Ask the customer to insert the "
            "card in the meter first; a supervisor can write the same purchase again if the "
            "card was lost or damaged.",
            f"card purchase count {purchase_count}, meter accepted {accepted_count}",
        )


class CardBlocked(CardRefused):
    def __init__(self, serial: str) -> None:
        super().__init__(
            f"Card {serial} has been replaced and is blocked. Keep it; the customer must use "
            "the replacement card.",
            f"card serial {serial}",
        )


class WrongMeter(CardRefused):
    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message, detail)


class IncompleteWrite(CardRefused):
    def __init__(self, pending_count: int | None, detail: str = "") -> None:
        self.pending_count = pending_count
        which = f" (purchase {pending_count})" if pending_count is not None else ""
        super().__init__(
            f"The last write to this card{which} was interrupted. Write the same purchase again "
            "(Rewrite); no new purchase can go on the card until then.",
            detail,
        )


class InterruptedIssue(CardRefused):
    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "This card was taken out of the reader while it was being issued, so it holds no usable "
            "customer data yet. Issue it again (Issue card); nothing was sold on it.",
            detail,
        )


class PurchaseWaiting(CardRefused):
    """A paid purchase could not be written for another reason than a pull (the card refused, ...)."""

    def __init__(self, cause: CardError, receipt_no: str, count: int) -> None:
        self.cause = cause
        super().__init__(
            f"{cause.message} Sale {receipt_no} is paid: its purchase {count} waits for this card and is "
            "written by the next write to it, without a second sale.",
            cause.detail,
        )


class OldCardFormat(CardRefused):
    def __init__(self, version: int) -> None:
        self.version = version
        super().__init__(
            f"This card was written by an older sts-pos (card format {version}) and cannot be used as it is. "
            "A supervisor re-issues it (Issue card); the customer's last sale can then be written to it "
            "again (Write sale onto card again).",
            f"card format version {version}",
        )
