"""SMS exactly once, through the simulated GSM modem on a real pty: the slot is read before AT+CMSS,
delivery reports are matched on reference and destination, every character arrives (GSM 7-bit with the
extension table, or UCS2), and a reply lost after any single AT step never makes a second or a wrong send."""

from __future__ import annotations

import pytest

from sts_pos.devices.sms import GsmModem, ModemTimeout, SmsOutbox, token_sms_texts
from sts_pos.devices.sms.modem import DeliveryReport
from sts_pos.devices.sms.pdu import decode_submit, submit_pdu

PHONE = "+27821234567"
OTHER = "+27829999999"
TEXT = "Meter 01234567897: Credit 1234 5678 9012 3456 7890. Parañaque Office"


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def link(sim, timeout=0.3):
    modem = GsmModem(sim.port_path, timeout=timeout, send_timeout=timeout)
    modem.setup()
    return modem


def test_a_retry_never_sends_what_another_message_left_in_the_slot(modem_sim, tmp_path):
    clock = Clock()
    responder = modem_sim.responder
    responder.fail_sends = 1  # stored in slot 1, the send refused (no network): queued with its slot
    with SmsOutbox(tmp_path / "o.sqlite3", clock=clock) as outbox, link(modem_sim) as modem:
        message = outbox.enqueue(PHONE, TEXT)
        assert outbox.deliver_due(modem)["retry"] == 1 and outbox.get(message.id).modem_index == 1
        # meanwhile the slot was emptied and another program stored its own message there
        other_pdu, _ = submit_pdu(OTHER, "someone else's message")
        responder.stored[1] = ["STO UNSENT", OTHER, "someone else's message", other_pdu]
        clock.now += 3600
        assert outbox.deliver_due(modem)["sent"] == 1
        done = outbox.get(message.id)
    assert [(s.number, s.text) for s in responder.sent] == [(PHONE, TEXT)]  # ours, once; not the other one
    assert responder.stored[1][0] == "STO UNSENT"  # the other message was left alone, unsent
    assert done.state in ("sent", "delivered") and done.modem_index != 1
    assert [c for c in responder.commands if c.startswith("AT+CMSS")] == [
        "AT+CMSS=1", f"AT+CMSS={done.modem_index}"]  # the refused try, then ours from its new slot
    cmgr = [i for i, c in enumerate(responder.commands) if c == f"AT+CMGR={done.modem_index}"]
    cmss = responder.commands.index(f"AT+CMSS={done.modem_index}")
    assert cmgr and cmgr[0] < cmss  # the slot was read before it was sent from


def test_a_report_for_another_number_with_the_same_reference_is_not_ours(modem_sim, tmp_path):
    responder = modem_sim.responder
    responder.report_number = OTHER  # the network reports reference r delivered ... to another number
    with SmsOutbox(tmp_path / "o.sqlite3") as outbox, link(modem_sim) as modem:
        message = outbox.enqueue(PHONE, TEXT)
        outbox.deliver_due(modem)
        outbox.apply_reports(modem.poll_reports(0.2))
        sent = outbox.get(message.id)
        assert sent.state == "sent"  # not "delivered": the report named another number
        assert outbox.apply_reports([DeliveryReport(sent.reference, 0, "0821234567")]) == 1  # national form
        assert outbox.get(message.id).state == "delivered"


@pytest.mark.parametrize("text", [
    "Parañaque Office ¿Qué tal? über {braces} [x] ~ \\ ^ | €5",  # GSM 7-bit + extension table
    "Oficina de Parañaque – 電力 ☺",  # outside the GSM alphabet: UCS2
])
def test_every_character_arrives(modem_sim, tmp_path, text):
    with SmsOutbox(tmp_path / "o.sqlite3") as outbox, link(modem_sim) as modem:
        outbox.enqueue(PHONE, text)
        outbox.deliver_due(modem)
    assert [s.text for s in modem_sim.responder.sent] == [text]
    stored_pdu, _ = submit_pdu(PHONE, text)
    assert decode_submit(stored_pdu) == (PHONE, text)


def test_token_sms_keeps_the_office_name_intact():
    texts = token_sms_texts("01234567897", [("Credit", "1" * 20)], "2.5", "Parañaque Office")
    assert texts == ["Meter 01234567897 2.5 kWh: Credit 1111 1111 1111 1111 1111. Parañaque Office"]


STEPS = [("ATE0",), ("AT+CMGF",), ("AT+CNMI",), ("AT+CMGW>",), ("AT+CMGW",), ("AT+CMGW", "AT+CMGL"),
         ("AT+CMGR",), ("AT+CMSS",), ("AT+CMGD",)]


@pytest.mark.parametrize("lost", STEPS, ids=["+".join(s) for s in STEPS])
def test_a_lost_reply_after_any_at_step_sends_once(modem_sim, tmp_path, lost):
    """The modem does the command but its answer is lost on the line: the send is checked and finished
    by the next run, exactly once, with the right text to the right number."""
    responder = modem_sim.responder
    responder.lose_reply = set(lost)
    timeouts = 0
    with SmsOutbox(tmp_path / "o.sqlite3") as outbox:
        message = outbox.enqueue(PHONE, TEXT)
        for _attempt in range(5):
            modem = GsmModem(modem_sim.port_path, timeout=0.3, send_timeout=0.3)
            try:
                modem.setup()
                outbox.deliver_due(modem)
            except ModemTimeout:
                timeouts += 1
                continue
            finally:
                modem.close()
            if outbox.get(message.id).state in ("sent", "delivered"):
                break
        final = outbox.get(message.id)
    assert responder.lose_reply == set()  # every listed answer really was lost
    assert final.state in ("sent", "delivered"), final
    assert [(s.number, s.text) for s in responder.sent] == [(PHONE, TEXT)]
    assert timeouts >= (0 if lost == ("AT+CMGD",) else 1)
