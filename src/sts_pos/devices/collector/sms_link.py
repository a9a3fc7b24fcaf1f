"""Tokens to a collector by SMS: the remote channel for a collector without a standing connection.

A collector that has an SMS number (``collector add|edit --sms-number``) and is not connected over TCP gets
its meters' tokens as text messages through the office's SMS outbox (``devices.sms.outbox``: stored in the
modem, checked before each send, never sent twice by the office), and answers each with a text message
that the office reads back from the modem as the meter's result. The delivery's status is the same as over
TCP (``store.deliveries``): the message going out marks it ``sent`` (committed first, by the same claim as
the TCP path), the reply makes it ``accepted`` or ``rejected`` with the same rules
(:func:`~sts_pos.devices.collector.station.delivery_outcome`: USED after an earlier send counts as delivered),
and no reply within the back-off sends it again (the meter then answers USED if it already has the token).

The text commands (``docs/collector-protocol.md`` section 6), one token a message, in upper case::

    office -> collector   TOKEN <meter number> <20 digits>
    collector -> office   RESULT <meter number> <20 digits> <result code> [words for people]

The result code is the meter's token result register value (``04A00002``, the same codes as over TCP:
1 accepted, 10 used, 11 old, 13 key error ...). A reply that names no open delivery (a stranger's text, a
duplicate after the delivery was settled, garbage) changes nothing; every received message that was read is
deleted from the modem once its meaning is committed, so a crash in between reads it again harmlessly.
This module is written by hand: the text commands are the project's own, documented for DTU vendors.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sts_pos.devices.meter.registers import TokenResult

log = logging.getLogger(__name__)

_TOKEN = re.compile(r"^\s*TOKEN\s+(\d{11,13})\s+(\d{20})\s*$", re.IGNORECASE)
_RESULT = re.compile(r"^\s*RESULT\s+(\d{11,13})\s+(\d{20})\s+(\d{1,3})\b", re.IGNORECASE)


def token_text(meter_number: str, token: str) -> str:
    return f"TOKEN {meter_number} {token}"


def parse_token_text(text: str) -> tuple[str, str] | None:
    """(meter number, token) of a TOKEN command, or None for any other text."""
    found = _TOKEN.match(text or "")
    return (found.group(1), found.group(2)) if found else None


def reply_text(meter_number: str, token: str, result: TokenResult) -> str:
    return f"RESULT {meter_number} {token} {result.code} {result.label}"


def parse_reply(text: str) -> tuple[str, str, int] | None:
    """(meter number, token, result code) of a RESULT reply, or None for any other text."""
    found = _RESULT.match(text or "")
    return (found.group(1), found.group(2), int(found.group(3))) if found else None


@dataclass(frozen=True)
class SmsCycle:
    queued: int      # token messages handed to the SMS outbox this cycle
    sent: int        # messages the modem sent
    replies: int     # replies that settled (or moved on) a delivery
    ignored: int     # received messages that named no open delivery


class SmsCollectorLink:
    """One office's SMS channel to its collectors: ``deliveries`` (``store.deliveries.Deliveries``),
    ``collectors`` (``store.collectors.CollectorRecords``), ``outbox`` (``devices.sms.outbox.SmsOutbox``);
    ``online()`` names the collectors connected over TCP now (they are served by the collector server)."""

    def __init__(self, deliveries: Any, collectors: Any, outbox: Any,
                 online: Callable[[], set[str]] = set) -> None:
        self.deliveries = deliveries
        self.collectors = collectors
        self.outbox = outbox
        self.online = online

    def numbers(self) -> dict[str, str]:
        """Collector -> SMS number, for the active collectors with a number that are not online over TCP."""
        connected = self.online()
        return {c["id"]: c["sms_number"] for c in self.collectors.list_collectors()
                if c.get("sms_number") and c.get("active", True) and c["id"] not in connected}

    def send_due(self) -> int:
        """Queue what is missing (a sale whose enqueue a crash cut short, as the TCP station's cycle does), then
        claim each idle meter's next delivery for an SMS collector (marked sent, committed) and queue its
        message; returns how many were queued."""
        self.deliveries.sweep()
        numbers = self.numbers()
        claims = self.deliveries.claim(set(numbers), set())
        for claim in claims:
            self.outbox.enqueue(numbers[claim.collector_id], token_text(claim.meter_number, claim.token))
        return len(claims)

    def read_replies(self, modem: Any) -> tuple[int, int]:
        """Read the modem's received messages; record each RESULT reply's outcome, then delete the message."""
        from sts_pos.devices.collector.meter_ops import TokenAnswer
        from sts_pos.devices.collector.station import delivery_outcome

        settled = ignored = 0
        for message in modem.list_stored():
            if not message.status.startswith("REC"):
                continue
            reply = parse_reply(message.text)
            claim = self.deliveries.open_delivery(reply[0], reply[1]) if reply else None
            if claim is None:
                log.info("SMS from %s ignored (no open delivery): %r", message.number, message.text[:80])
                ignored += 1
            else:
                outcome = delivery_outcome(claim, TokenAnswer(True, TokenResult(reply[2])), None)
                self.deliveries.record([outcome])
                settled += 1
            modem.delete(message.index)
        return settled, ignored

    def cycle(self, modem: Any) -> SmsCycle:
        queued = self.send_due()
        sent = self.outbox.deliver_due(modem).get("sent", 0)
        settled, ignored = self.read_replies(modem)
        return SmsCycle(queued, sent, settled, ignored)
