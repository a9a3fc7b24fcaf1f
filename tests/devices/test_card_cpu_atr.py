"""The CPU card simulator seen through pcscd with pyscard's own ATR parser and raw APDUs (ISO/IEC 7816-3/-4):
a real card's T=1 ATR with a valid TCK, SELECT answering 6A 82 for what is absent and the FCI for P2=00."""

from __future__ import annotations

import pytest
from smartcard.ATR import ATR
from smartcard.CardConnection import CardConnection
from smartcard.System import readers

pytestmark = pytest.mark.pcsc

JCOP41_V241 = "3B F8 13 00 00 81 31 FE 45 4A 43 4F 50 76 32 34 31 B7"  # NXP J3A080, pcsc-tools' list


@pytest.fixture
def cpu_card(virtual_cards):
    name = virtual_cards.insert("cpu", kind="iso7816")
    reader = next(r for r in readers() if str(r) == name)
    connection = reader.createConnection()
    connection.connect()
    yield connection
    connection.disconnect()
    connection.release()


def _send(connection, hex_apdu: str) -> tuple[bytes, str]:
    data, sw1, sw2 = connection.transmit(list(bytes.fromhex(hex_apdu.replace(" ", ""))))
    return bytes(data), f"{sw1:02X}{sw2:02X}"


def test_atr_is_a_real_t1_cpu_card_with_a_valid_tck(cpu_card):
    raw = cpu_card.getATR()
    assert " ".join(f"{b:02X}" for b in raw) == JCOP41_V241
    atr = ATR(raw)
    assert atr.checksumOK and atr.isT1Supported() and not atr.isT0Supported()
    assert bytes(atr.getHistoricalBytes()) == b"JCOPv241"
    tck = 0
    for byte in raw[1:-1]:
        tck ^= byte
    assert tck == raw[-1]
    assert cpu_card.getProtocol() == CardConnection.T1_protocol


def test_select_answers_6a82_for_what_the_card_does_not_have(cpu_card):
    assert _send(cpu_card, "00 A4 04 00 07 A0 00 00 00 03 10 10 00") == (b"", "6A82")  # an EMV AID
    assert _send(cpu_card, "00 A4 00 00 02 12 34 00") == (b"", "6A82")
    assert _send(cpu_card, "00 A4 00 0C 02 53 54") == (b"", "9000")  # EF 5354, no response data


def test_select_with_p2_00_returns_the_fci(cpu_card):
    data, sw = _send(cpu_card, "00 A4 04 00 07 F0 53 54 53 50 4F 53 00")
    assert sw == "9000" and data[0] == 0x6F and data[1] == len(data) - 2
    assert bytes.fromhex("8407F0535453504F53") in data  # the DF name
    data, sw = _send(cpu_card, "00 A4 00 00 02 53 54 00")
    assert sw == "9000" and data[0] == 0x6F and data[1] == len(data) - 2
    assert bytes.fromhex("83025354") in data and bytes.fromhex("820101") in data
    assert bytes.fromhex("80020100") in data  # 256 bytes
    data, sw = _send(cpu_card, "00 A4 00 04 02 53 54 00")
    assert sw == "9000" and data[0] == 0x62  # P2=04: the FCP template
    assert _send(cpu_card, "00 A4 00 08 02 53 54 00")[1] == "6A86"  # FMD not offered: incorrect P1-P2
