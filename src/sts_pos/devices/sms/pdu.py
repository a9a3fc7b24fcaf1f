"""SMS PDUs (3GPP TS 23.040) and the GSM 03.38 alphabet (3GPP TS 23.038), for PDU-mode AT commands.

Text is sent in the GSM 7-bit default alphabet with its extension table (``{ } [ ] ~ \\ ^ | €`` cost two
septets) when every character is in it, through the PyPI codec ``gsm0338`` (codec name ``gsm03.38``),
and otherwise in UCS2 (UTF-16 big-endian): no character is ever replaced or dropped. One message holds
160 septets of GSM text or 140 octets of UCS2 (70 characters of the basic plane).

* :func:`submit_pdu` builds an SMS-SUBMIT (status report requested, validity 24 h, the SMS centre from
  the SIM) and returns ``(hex, tpdu_length)`` for ``AT+CMGS=<length>`` / ``AT+CMGW=<length>``;
* :func:`decode_submit` reads one back (``AT+CMGR`` / ``AT+CMGL`` of a stored message): number and text;
* :func:`decode_status_report` reads a ``+CDS`` SMS-STATUS-REPORT: message reference, recipient, status;
  :func:`status_report_pdu` builds one (the modem simulator).
"""

from __future__ import annotations

import gsm0338  # noqa: F401  (registers the "gsm03.38" codec)

from sts_pos.devices.sms.errors import ModemProtocolError, ModemRefused

GSM = "gsm03.38"
MAX_SEPTETS = 160
MAX_UCS2_OCTETS = 140
DCS_GSM, DCS_UCS2 = 0x00, 0x08
FIRST_OCTET_SUBMIT = 0x31  # SMS-SUBMIT, relative validity period, status report requested
VALIDITY_24H = 167


def gsm_septets(text: str) -> bytes | None:
    """The text as GSM 7-bit septets (one byte each, escapes included), or None if it needs UCS2."""
    try:
        return text.encode(GSM)
    except UnicodeEncodeError:
        return None


def user_data(text: str) -> tuple[int, int, bytes]:
    """(data coding scheme, user data length, user data octets) for ``text``; refuses what one message
    cannot hold, saying how long it is."""
    septets = gsm_septets(text)
    if septets is not None:
        if len(septets) > MAX_SEPTETS:
            raise ModemRefused(f"The SMS text takes {len(septets)} characters; one message holds at most "
                               f"{MAX_SEPTETS} (characters such as {{ }} [ ] ~ and the euro sign count twice).")
        return DCS_GSM, len(septets), pack_septets(septets)
    octets = text.encode("utf-16-be")
    if len(octets) > MAX_UCS2_OCTETS:
        raise ModemRefused(f"The SMS text has {len(text)} characters, some outside the GSM alphabet; such a "
                           f"message holds at most {MAX_UCS2_OCTETS // 2}.")
    return DCS_UCS2, len(octets), octets


def fits(text: str) -> bool:
    try:
        user_data(text)
    except ModemRefused:
        return False
    return True


def pack_septets(septets: bytes) -> bytes:
    value, bits, out = 0, 0, bytearray()
    for septet in septets:
        value |= (septet & 0x7F) << bits
        bits += 7
        while bits >= 8:
            out.append(value & 0xFF)
            value >>= 8
            bits -= 8
    if bits:
        out.append(value & 0xFF)
    return bytes(out)


def unpack_septets(octets: bytes, count: int) -> bytes:
    value = int.from_bytes(octets, "little")
    return bytes((value >> (7 * i)) & 0x7F for i in range(count))


def _address(number: str) -> bytes:
    digits = number.lstrip("+")
    toa = 0x91 if number.startswith("+") else 0x81
    swapped = bytes.fromhex("".join(b + a for a, b in zip(*[iter(digits + "F" * (len(digits) % 2))] * 2)))
    return bytes([len(digits), toa]) + swapped


def _read_address(data: bytes, at: int) -> tuple[str, int]:
    digits, toa = data[at], data[at + 1]
    size = (digits + 1) // 2
    raw = data[at + 2 : at + 2 + size].hex().upper()
    number = "".join(b + a for a, b in zip(raw[::2], raw[1::2]))[:digits]
    return ("+" if toa & 0x70 == 0x10 else "") + number, at + 2 + size


def submit_pdu(number: str, text: str) -> tuple[str, int]:
    """The SMS-SUBMIT for ``text`` to ``number``: (hex with an empty SMS centre field, TPDU length)."""
    dcs, length, data = user_data(text)
    tpdu = (bytes([FIRST_OCTET_SUBMIT, 0x00]) + _address(number) + bytes([0x00, dcs, VALIDITY_24H, length])
            + data)
    return "00" + tpdu.hex().upper(), len(tpdu)


def _text(dcs: int, length: int, data: bytes) -> str:
    if dcs & 0x0C == DCS_UCS2:
        return data[:length].decode("utf-16-be")
    return unpack_septets(data, length).decode(GSM)


def decode_submit(pdu_hex: str, with_smsc: bool = True) -> tuple[str, str]:
    """(destination number, text) of an SMS-SUBMIT PDU in hex (as AT+CMGR shows a stored message)."""
    try:
        data = bytes.fromhex(pdu_hex.strip())
        at = 1 + data[0] if with_smsc else 0
        first = data[at]
        if first & 0x03 != 0x01:
            raise ValueError("not an SMS-SUBMIT")
        number, at = _read_address(data, at + 2)
        dcs = data[at + 1]
        vpf = (first >> 3) & 0x03
        at += 2 + {0: 0, 2: 1}.get(vpf, 7)
        return number, _text(dcs, data[at], data[at + 1 :])
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ModemProtocolError("A message stored in the modem cannot be read.", pdu_hex) from exc


def _stamp(digits: str) -> bytes:
    """A TP time stamp: ``YYMMDDhhmmss`` as semi-octets, each pair swapped, then the time zone (00: UTC)."""
    return bytes(int(digits[i + 1] + digits[i], 16) for i in range(0, 12, 2)) + b"\x00"


def deliver_pdu(number: str, text: str, when: str = "261124080000") -> str:
    """An SMS-DELIVER (a message received from ``number``; SMS centre field empty) in hex, as a modem lists
    it; ``when`` is the service centre time stamp ``YYMMDDhhmmss`` in UTC."""
    dcs, length, data = user_data(text)
    return "00" + (bytes([0x04]) + _address(number) + bytes([0x00, dcs]) + _stamp(when) + bytes([length])
                   + data).hex().upper()


def decode_deliver(pdu_hex: str, with_smsc: bool = True) -> tuple[str, str]:
    """(sender number, text) of an SMS-DELIVER PDU in hex (as AT+CMGL shows a received message)."""
    try:
        data = bytes.fromhex(pdu_hex.strip())
        at = 1 + data[0] if with_smsc else 0
        if data[at] & 0x03 != 0x00:
            raise ValueError("not an SMS-DELIVER")
        number, at = _read_address(data, at + 1)
        dcs = data[at + 1]
        at += 2 + 7  # TP-PID, TP-DCS, then the 7-octet service centre time stamp
        return number, _text(dcs, data[at], data[at + 1 :])
    except (ValueError, IndexError, UnicodeDecodeError) as exc:
        raise ModemProtocolError("A message received by the modem cannot be read.", pdu_hex) from exc


def status_report_pdu(reference: int, number: str, status: int, sent: str = "261124080000",
                      done: str = "261124080000") -> str:
    """An SMS-STATUS-REPORT (with an empty SMS centre field) in hex; ``sent`` (service centre time stamp)
    and ``done`` (discharge time) are ``YYMMDDhhmmss`` in UTC."""
    def stamp(digits: str) -> bytes:  # semi-octets, each pair swapped, then the time zone (00: UTC)
        return bytes(int(digits[i + 1] + digits[i], 16) for i in range(0, 12, 2)) + b"\x00"

    return "00" + (bytes([0x06, reference & 0xFF]) + _address(number) + stamp(sent) + stamp(done)
                   + bytes([status])).hex().upper()


def decode_status_report(pdu_hex: str) -> tuple[int, str, int]:
    """(message reference, recipient, TP-Status) of an SMS-STATUS-REPORT in hex (SMS centre field first)."""
    try:
        data = bytes.fromhex(pdu_hex.strip())
        at = 1 + data[0]
        if data[at] & 0x03 != 0x02:
            raise ValueError("not a status report")
        reference = data[at + 1]
        recipient, at = _read_address(data, at + 2)
        return reference, recipient, data[at + 14]
    except (ValueError, IndexError) as exc:
        raise ModemProtocolError("A delivery report from the modem cannot be read.", pdu_hex) from exc
