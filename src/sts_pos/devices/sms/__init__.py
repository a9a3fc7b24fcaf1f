"""SMS delivery of tokens through a GSM modem on a serial port, from a persistent crash-safe outbox.

Public API (the GUI's "SMS" button and ``sts-pos sms`` call these)::

    from sts_pos.devices.sms import GsmModem, SmsOutbox, default_path, token_sms_texts
    outbox = SmsOutbox(default_path(db_path))
    for i, text in enumerate(token_sms_texts("01234567897", [("Credit", "1234...")], "25.7")):
        outbox.enqueue("+27821234567", text, key=f"sale:{sale_id}:{i}")   # idempotent per key
    with GsmModem("/dev/ttyUSB2") as modem:
        modem.setup()
        outbox.deliver_due(modem)      # recover interrupted attempts, send, retry later on failure

Modules: ``modem`` (AT commands), ``outbox`` (SQLite outbox, crash recovery), ``simulator`` (a modem on a
pty), ``texts`` (token message wording), ``errors``.
"""

from __future__ import annotations

from sts_pos.devices.sms.errors import (
    ModemPortError,
    ModemProtocolError,
    ModemRefused,
    ModemTimeout,
    SmsError,
)
from sts_pos.devices.sms.modem import DeliveryReport, GsmModem, StoredMessage
from sts_pos.devices.sms.outbox import OutboxMessage, SmsOutbox, default_path
from sts_pos.devices.sms.simulator import ModemResponder, ModemSimulator, start_modem_simulator
from sts_pos.devices.sms.texts import token_sms_texts

__all__ = ["DeliveryReport", "GsmModem", "ModemPortError", "ModemProtocolError", "ModemRefused", "ModemResponder",
           "ModemSimulator", "ModemTimeout", "OutboxMessage", "SmsError", "SmsOutbox", "StoredMessage",
           "default_path", "start_modem_simulator", "token_sms_texts"]
