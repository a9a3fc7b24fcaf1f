"""The meter's side of the card cycle: an IC-card meter built on the engine's ``VirtualMeter``.

When a customer card is inserted the meter (after SGCC ``Card.c`` ``Proc_UserCardMoney``):

1. checks the header and the meter number (a card for another meter is refused);
2. checks the card serial: the first customer card binds the meter to it; a replacement card whose
   "replaces" serial is the bound card rebinds the meter and blocks the old serial; any other card is
   refused; a technician card for this meter is always taken;
3. refuses a card whose last write was interrupted (commit byte not set);
4. compares purchase counts: card = meter -> no credit (write-back only); card = meter + 1 -> the
   tokens are entered in order (key change tokens before the credit); the meter's count moves on when
   every token was accepted (or reported used: already loaded); card >= meter + 2 -> refused; card <
   meter -> stale card, write-back only;
5. writes its write-back area (remaining credit, cumulative consumption, purchase count accepted,
   tamper flags, key revision, time, last token result) after presenting the office PIN (SLE4442 PSC,
   CPU card VERIFY), with its MAC under the key derived from the meter's own decoder key
   (``format.write_back_key``): the office derives the same key and refuses a write-back without it.

The meter does not verify the office MAC (it holds no office key): the STS tokens protect themselves
(each is encrypted under the meter's decoder key and used once).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sts_pos.devices.cards import format as fmt
from sts_pos.devices.cards.media import CardMedium
from sts_pos.sts.meter import MeterResult, VirtualMeter

# The write-back "last token result" byte (0: no token entered).
RESULT_CODES = {
    "ACCEPTED": 1,
    "TEST_OK": 2,
    "KCT_PENDING": 3,
    "KEY_CHANGED": 4,
    "USED": 5,
    "OLD": 6,
    "KEY_EXPIRED": 7,
    "CRC_ERROR": 8,
    "FORMAT_ERROR": 9,
    "OVERFLOW": 10,
    "NOT_FOR_METER_TYPE": 11,
}
RESULT_NAMES = {code: name for name, code in RESULT_CODES.items()}


def result_code(result: MeterResult | None) -> int:
    return 0 if result is None else RESULT_CODES.get(result.name, 255)


@dataclass(frozen=True)
class CardLoad:
    """What the meter did with a card: ``status`` and the result of each token entered."""

    status: str  # loaded | no-credit | stale | refused | technician
    message: str
    results: tuple[tuple[str, MeterResult], ...] = ()


@dataclass
class CardMeter:
    """An IC-card prepaid meter: a virtual meter plus its card reader, purchase count and bound card."""

    meter: VirtualMeter
    psc: bytes = field(repr=False)
    card_serial: str | None = None
    purchase_count: int = 0
    blocked_serials: set[str] = field(default_factory=set)
    tamper_flags: int = 0
    clock: Callable[[], float] = time.time

    def insert(self, medium: CardMedium) -> CardLoad:
        """The customer (or technician) inserts a card."""
        raw = medium.read(0, fmt.IMAGE_LEN)
        if raw[:4] != fmt.MAGIC:
            return CardLoad("refused", "Card error: not a card of this utility.")
        try:
            ident = fmt.CardIdentity.from_bytes(raw[fmt.IDENTITY_OFF : fmt.IDENTITY_OFF + fmt.IDENTITY_LEN])
            purchase = fmt.Purchase.from_bytes(raw[fmt.PURCHASE_OFF : fmt.PURCHASE_OFF + fmt.PURCHASE_LEN])
        except fmt.TamperedCard:
            return CardLoad("refused", "Card error: the card data is damaged; take the card to the office.")
        if ident.meter_number != self.meter.meter_number.drn:
            return CardLoad("refused", "Card error: this card is for another meter.")
        commit = fmt.Commit.from_bytes(raw[fmt.COMMIT_OFF : fmt.COMMIT_OFF + fmt.COMMIT_LEN])
        if commit.state is not fmt.CommitState.COMMITTED or commit.committed_count is None:
            return CardLoad(
                "refused",
                "Card error: the office did not finish writing this card; take it "
                "back to the office to have the purchase written again.",
            )
        if ident.kind is fmt.CardKind.TECHNICIAN:
            results = self._enter(purchase)
            self._write_back(medium, ident)
            return CardLoad("technician", "Technician card: tokens entered.", results)
        refusal = self._check_serial(ident)
        if refusal:
            return CardLoad("refused", refusal)
        if purchase.count == self.purchase_count:
            self._write_back(medium, ident)
            return CardLoad("no-credit", "No new purchase on the card; meter data written to the card.")
        if purchase.count < self.purchase_count:
            self._write_back(medium, ident)
            return CardLoad("stale", "This card holds an old purchase; meter data written to the card.")
        if purchase.count > self.purchase_count + 1:
            return CardLoad(
                "refused", "Card error: purchase number out of sequence; take the card to the office."
            )
        results = self._enter(purchase)
        if all(r.accepted or r is MeterResult.USED for _, r in results):
            self.purchase_count = purchase.count
            status, message = "loaded", "Purchase loaded."
        else:
            status, message = (
                "refused",
                "Card error: the meter refused a token on the card; take the card to the office.",
            )
        self._write_back(medium, ident)
        return CardLoad(status, message, results)

    def _check_serial(self, ident: fmt.CardIdentity) -> str | None:
        if ident.serial in self.blocked_serials:
            return "Card error: this card has been replaced and is blocked."
        if self.card_serial is None or ident.serial == self.card_serial:
            self.card_serial = ident.serial
            return None
        if ident.kind is fmt.CardKind.REPLACEMENT and ident.replaces_serial == self.card_serial:
            self.blocked_serials.add(self.card_serial)
            self.card_serial = ident.serial
            return None
        return "Card error: this card is not the card of this meter."

    def _enter(self, purchase: fmt.Purchase) -> tuple[tuple[str, MeterResult], ...]:
        return tuple((t.kind.label, self.meter.enter(t.number).result) for t in purchase.tokens)

    def _write_back(self, medium: CardMedium, ident: fmt.CardIdentity) -> None:
        meter = self.meter
        tamper = self.tamper_flags | (1 if meter.tamper else 0)
        back = fmt.WriteBack(
            accepted_count=self.purchase_count,
            credit=meter.credit,
            energy_used=meter.energy_used,
            tamper=tamper,
            krn=meter.params.krn,
            time=int(self.clock()),
            last_result=result_code(meter.last_result),
        )
        key = fmt.write_back_key(meter.decoder_key.key)  # after the tokens: a key change is already in force
        # one try used: a presentation cut short when the card was pulled (the meter's PIN is the right one)
        medium.unlock(self.psc, medium.psc_tries_left() == 2)
        medium.write(fmt.WRITE_BACK_OFF, back.to_bytes(key, ident))
