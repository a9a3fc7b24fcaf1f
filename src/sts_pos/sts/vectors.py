"""Runner for ``sts-pos-vectors/1`` compliance vector files (STS 531-1-0 cases and cipher known answers).

Kinds (see the vector README): ``token`` (derive, generate, decode back), ``kct`` (derive old and new
keys, generate the listed key change sections), ``decode`` (decode and compare fields), ``error``
(generation is refused with the named error) and ``cipher`` (block cipher known answers / round trips).
``run_case`` returns ``None`` on success or a one-line reason; nothing here reads files or prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sts_pos.sts.amount import decode_amount
from sts_pos.sts.ciphers import cipher_by_name
from sts_pos.sts.codec import data_block, decode, encode
from sts_pos.sts.errors import (
    AmountOutOfRange,
    CrcMismatch,
    InvalidKeyParameters,
    InvalidMeterNumber,
    InvalidTokenNumber,
    KeyExpired,
    StsError,
    TidOutOfRange,
    UnknownTokenClass,
)
from sts_pos.sts.kct import key_change_sections
from sts_pos.sts.keys import DecoderKey, KeyParameters, derive_decoder_key
from sts_pos.sts.meter_number import IIN_11, IIN_13, MeterNumber, parse_meter_number
from sts_pos.sts.tokens import TestToken, Token, token_from_body48

SCHEMA = "sts-pos-vectors/1"

ERROR_CODES = {
    KeyExpired: "key_expired",
    CrcMismatch: "crc_mismatch",
    InvalidMeterNumber: "invalid_meter_number",
    InvalidTokenNumber: "invalid_token_number",
    AmountOutOfRange: "amount_out_of_range",
    TidOutOfRange: "tid_out_of_range",
    UnknownTokenClass: "unknown_token_class",
    InvalidKeyParameters: "invalid_key_parameters",
}

_AMOUNT_NAMED_FIELDS = ("amount_tenths", "max_power_limit_w", "max_phase_unbalance_w")
_NAMED_FIELDS = ("amount_tenths", "max_power_limit_w", "max_phase_unbalance_w", "register", "rate", "pad",
                 "water_meter_factor")


@dataclass(frozen=True)
class CaseResult:
    case_id: str
    failure: str | None


def _meter(derivation: dict[str, Any]) -> MeterNumber:
    pan = derivation.get("meter_pan")
    if derivation["dkga"] == "04" and pan:
        iin = IIN_11 if pan.startswith(IIN_11) else IIN_13
        return MeterNumber(pan[len(iin):-1], iin)
    return MeterNumber(derivation["drn"], derivation["iin"])


def _params(derivation: dict[str, Any]) -> KeyParameters:
    return KeyParameters(
        sgc=derivation["sgc"], ti=int(derivation["ti"]), krn=int(derivation["krn"]),
        key_type=int(derivation["key_type"]), ken=int(derivation.get("ken", 255)),
        base_date=derivation.get("base_date") or "93", dkga=derivation["dkga"], ea=derivation["ea"],
    )


def _key(case: dict[str, Any], key_hex: str, derivation: dict[str, Any] | None, ea: str | None) -> DecoderKey:
    raw = bytes.fromhex(key_hex)
    key = DecoderKey(raw, ea or (derivation or {}).get("ea") or ("11" if len(raw) == 16 else "07"))
    if derivation:
        derived = derive_decoder_key(bytes.fromhex(derivation["vending_key_hex"]), _meter(derivation),
                                     _params(derivation))
        if derived.key != key.key:
            raise AssertionError("derived decoder key differs from decoder_key_hex")
    return key


def _build_token(spec: dict[str, Any]) -> Token:
    if spec["class"] == 1:
        return TestToken(int(spec["subclass"]), int(spec["control"]), int(spec["manufacturer_code"]))
    body = int(spec["subclass"]) << 44 | int(spec["rnd"]) << 40 | int(spec["tid"]) << 16 | int(spec["field16"])
    return token_from_body48(int(spec["class"]), body)


def _fields_of(token: Token, token_class: int) -> dict[str, int]:
    fields = {"class": token_class, "subclass": token.subclass}
    if isinstance(token, TestToken):
        fields.update(control=token.control, manufacturer_code=token.manufacturer_code)
    else:
        fields["field16"] = data_block(token) >> 16 & 0xFFFF
        for name in ("rnd", "tid"):
            if hasattr(token, name):
                fields[name] = getattr(token, name)
    return fields


def _compare(expected: dict[str, Any], actual: dict[str, int]) -> str | None:
    for name, value in expected.items():
        if name in actual and actual[name] != int(value):
            return f"{name}: expected {value}, got {actual[name]}"
    return None


def _run_token(case: dict[str, Any]) -> str | None:
    spec = case["token"]
    key = None if spec["class"] == 1 else _key(case, case["decoder_key_hex"], case.get("derivation"), case["ea"])
    token = _build_token(spec)
    number = encode(token, key)
    if number != case["expected_tokens"][0]:
        return f"token {number}, expected {case['expected_tokens'][0]}"
    decoded = decode(number, key)
    mismatch = _compare({k: v for k, v in spec.items() if k in ("class", "subclass", "rnd", "tid", "field16",
                                                              "control", "manufacturer_code")},
                        _fields_of(decoded, spec["class"]))
    if mismatch:
        return f"decoded {mismatch}"
    if spec["class"] != 1:
        field16 = data_block(decoded) >> 16 & 0xFFFF
        for name in _NAMED_FIELDS:
            if name in spec:
                value = decode_amount(field16) if name in _AMOUNT_NAMED_FIELDS else field16
                if value != int(spec[name]):
                    return f"{name}: expected {spec[name]}, the token carries {value}"
    return None


def _run_kct(case: dict[str, Any]) -> str | None:
    current = _key(case, case["decoder_key_hex"], case.get("derivation"), case["ea"])
    kct = case["kct"]
    new_derivation = kct.get("new_derivation")
    new_ea = (new_derivation or {}).get("ea", case["ea"])
    new_key = _key(case, kct["new_decoder_key_hex"], new_derivation, new_ea)
    params = KeyParameters(sgc=kct["sgc"], ti=int(kct["ti"]), krn=int(kct["krn"]), key_type=int(kct["key_type"]),
                           ken=int(kct["ken"]), base_date=(new_derivation or {}).get("base_date") or "93",
                           dkga=(new_derivation or {}).get("dkga", "04" if len(new_key.key) == 16 else "02"),
                           ea=new_ea)
    sections = key_change_sections(new_key, params, bool(kct["rollover"]))
    numbers = [encode(sections[index - 1], current) for index in kct["sections"]]
    if numbers != case["expected_tokens"]:
        return f"tokens {numbers}, expected {case['expected_tokens']}"
    for number, section in zip(numbers, (sections[index - 1] for index in kct["sections"])):
        if decode(number, current) != section:
            return f"section {section} does not decode back"
    return None


def _run_decode(case: dict[str, Any]) -> str | None:
    expected = case["expected"]
    key = None if expected.get("class") == 1 else _key(case, case["decoder_key_hex"], case.get("derivation"),
                                                       case["ea"])
    token = decode(case["token_number"], key)
    return _compare(expected, _fields_of(token, token.token_class))


def _run_error(case: dict[str, Any]) -> str | None:
    expected = case["expected_error"]
    try:
        spec = case["token"]
        derivation = case.get("derivation") or {}
        key = None if spec["class"] == 1 else _key(case, case["decoder_key_hex"], derivation or None, case["ea"])
        for text in (derivation.get("drn"), derivation.get("meter_pan")):
            if text:
                parse_meter_number(str(text))  # a wrong length or check digit is refused before anything else
        encode(_build_token(spec), key, ken=int(derivation.get("ken", spec.get("ken", 255))))
    except StsError as exc:
        code = ERROR_CODES.get(type(exc), type(exc).__name__)
        if code == expected or expected not in ERROR_CODES.values():
            return None
        return f"raised {code}, expected {expected}"
    return f"generated a token, expected error {expected}"


def _run_cipher(case: dict[str, Any]) -> str | None:
    """Known answer or round trip; longer plaintexts are taken as consecutive 64-bit blocks (ECB)."""
    cipher = cipher_by_name(case["algorithm"], bytes.fromhex(case["key_hex"]))
    plain_hex = case["plaintext_hex"]
    if len(plain_hex) % 16:
        return "plaintext is not a whole number of 64-bit blocks"
    blocks = [int(plain_hex[i:i + 16], 16) for i in range(0, len(plain_hex), 16)]
    encrypted = "".join(f"{cipher.encrypt(block):016x}" for block in blocks)
    expected = case.get("ciphertext_hex")
    if expected and encrypted != expected.lower():
        return f"ciphertext {encrypted}, expected {expected}"
    back = [cipher.decrypt(int(encrypted[i:i + 16], 16)) for i in range(0, len(encrypted), 16)]
    if back != blocks:
        return "decryption does not give the plaintext back"
    return None


RUNNERS = {"token": _run_token, "kct": _run_kct, "decode": _run_decode, "error": _run_error,
           "cipher": _run_cipher}


def run_case(case: dict[str, Any]) -> str | None:
    """Run one case; ``None`` when it passes, else why it failed."""
    runner = RUNNERS.get(case.get("kind", ""))
    if runner is None:
        return f"unknown case kind {case.get('kind')!r}"
    try:
        return runner(case)
    except Exception as exc:  # a malformed case must fail by name, never stop the run
        return f"{type(exc).__name__}: {exc}"


def run_cases(cases: Iterable[dict[str, Any]]) -> Iterator[CaseResult]:
    for index, case in enumerate(cases):
        yield CaseResult(str(case.get("id", f"case #{index}")), run_case(case))


def check_document(document: Any) -> list[dict[str, Any]]:
    """The cases of a vector document, after checking its schema."""
    if not isinstance(document, dict) or document.get("schema") != SCHEMA or not isinstance(
            document.get("cases"), list):
        raise StsError(f"This is not a '{SCHEMA}' vector file.")
    return document["cases"]
