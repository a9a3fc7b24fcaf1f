"""Engine throughput on one core: prints tokens per second for the issue's four cases, then decoder key
derivations per second in process and through a PKCS#11 module (issue 18).

    .venv/bin/python benchmarks/bench_engine.py [--seconds 2] [--pkcs11-module PATH --pkcs11-token LABEL]

Goals (issue 2): >= 80,000 class-0 STA tokens/s with a fixed decoder key, >= 30,000/s with a fresh DKGA02
derivation for every token.

The module figures use ``store.pkcs11`` as the vending services do: with ``--pkcs11-module`` and
``--pkcs11-token`` (user PIN from ``STS_POS_HSM_PIN``) that token, else a throw-away SoftHSM2 token in a
temporary folder when SoftHSM2 is installed. They put the two published demo vending keys into the token
(DKGA04: made by the module with CKM_SHA256_HMAC; DKGA02: the key read from the module, the DES done here,
see ``store.pkcs11`` for why).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from sts_pos.sts.codec import decode, encode
from sts_pos.sts.keys import KeyParameters, derive_decoder_key
from sts_pos.sts.meter_number import make_meter_number
from sts_pos.sts.tokens import CreditToken

VK02 = bytes.fromhex("abababababababab")
VK04 = bytes.fromhex("abababababababab949494949494949401234567")


def rate(label: str, step, seconds: float) -> float:
    count, start = 0, time.perf_counter()
    deadline = start + seconds
    while True:
        for i in range(1000):
            step(count + i)
        count += 1000
        now = time.perf_counter()
        if now >= deadline:
            break
    per_second = count / (now - start)
    print(f"{label:<52} {per_second:>10,.0f} /s")
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--pkcs11-module", help="a PKCS#11 module's library (default: a temporary SoftHSM2 token)")
    parser.add_argument("--pkcs11-token", help="the token's label (user PIN from STS_POS_HSM_PIN)")
    args = parser.parse_args()
    seconds = args.seconds
    meter = make_meter_number("01", "00000001")
    sta_params = KeyParameters("123456", 1, 1)
    sta_key = derive_decoder_key(VK02, meter, sta_params)
    misty_key = derive_decoder_key(VK04, meter, KeyParameters("123456", 1, 1, dkga="04", ea="11"))
    meters = [make_meter_number("01", f"{n:08d}") for n in range(4096)]

    rate("class-0 STA token, fixed decoder key", lambda i: encode(CreditToken(i & 0xFFFFFF, i & 15, 256), sta_key),
         seconds)
    rate("class-0 MISTY1 token, fixed decoder key",
         lambda i: encode(CreditToken(i & 0xFFFFFF, i & 15, 256), misty_key), seconds)
    rate("DKGA02 derivation + class-0 STA token (new meter each)",
         lambda i: encode(CreditToken(i & 0xFFFFFF, i & 15, 256),
                          derive_decoder_key(VK02, meters[i & 4095], sta_params)), seconds)
    rate("DKGA02 derivation + class-0 STA token (same meter)",
         lambda i: encode(CreditToken(i & 0xFFFFFF, i & 15, 256), derive_decoder_key(VK02, meter, sta_params)),
         seconds)
    numbers = [encode(CreditToken(i, i & 15, 256), sta_key) for i in range(1000)]
    rate("decode class-0 STA token, fixed decoder key", lambda i: decode(numbers[i % 1000], sta_key), seconds)
    module_rates(args, meters, seconds)


def module_rates(args: argparse.Namespace, meters: list, seconds: float) -> None:
    """DKGA02 and DKGA04 derivations per second in process, then through the module."""
    from sts_pos.store import pkcs11

    misty_params = KeyParameters("654321", 1, 1, dkga="04", ea="11")
    sta_params = KeyParameters("123456", 1, 1)
    print()
    rate("DKGA02 derivation in process (pycryptodome DES)",
         lambda i: derive_decoder_key(VK02, meters[i & 4095], sta_params), seconds)
    rate("DKGA04 derivation in process (hashlib HMAC-SHA-256)",
         lambda i: derive_decoder_key(VK04, meters[i & 4095], misty_params), seconds)
    with _module(args) as config:
        if config is None:
            return
        settings = pkcs11.new_store_settings(config)
        store = pkcs11.Pkcs11KeyStore(config.module, config.token, settings["pkcs11_office_key"])
        store.unlock(config.pin)
        try:
            sta = store.open_key(store.seal_key(VK02, "123456", 1), "123456", 1)
            misty = store.open_key(store.seal_key(VK04, "654321", 1), "654321", 1)
            assert derive_decoder_key(misty, meters[7], misty_params) == derive_decoder_key(VK04, meters[7], misty_params)
            assert derive_decoder_key(sta, meters[7], sta_params) == derive_decoder_key(VK02, meters[7], sta_params)
            rate(f"DKGA02 derivation through the module ({Path(config.module).name})",
                 lambda i: derive_decoder_key(sta, meters[i & 4095], sta_params), seconds)
            rate(f"DKGA04 derivation through the module ({Path(config.module).name})",
                 lambda i: derive_decoder_key(misty, meters[i & 4095], misty_params), seconds)
            rate("DKGA04 derivation + MISTY1 token, through the module",
                 lambda i: encode(CreditToken(i & 0xFFFFFF, i & 15, 256),
                                  derive_decoder_key(misty, meters[i & 4095], misty_params)), seconds)
        finally:
            store.lock()


class _module:
    """The token to measure: the one given, or a temporary SoftHSM2 token (None when there is neither)."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.folder: str | None = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        from sts_pos.store.pkcs11 import PIN_ENV, SOFTHSM2_MODULE, Pkcs11Config

        if self.args.pkcs11_module:
            return Pkcs11Config(self.args.pkcs11_module, self.args.pkcs11_token or "", os.environ.get(PIN_ENV, ""))
        util = shutil.which("softhsm2-util")
        if util is None or not Path(SOFTHSM2_MODULE).exists():
            print("(no PKCS#11 module: install softhsm2, or give --pkcs11-module and --pkcs11-token)")
            return None
        self.folder = tempfile.mkdtemp(prefix="bench-softhsm-")
        Path(self.folder, "tokens").mkdir()
        conf = Path(self.folder, "softhsm2.conf")
        conf.write_text(f"directories.tokendir = {self.folder}/tokens\nobjectstore.backend = file\nlog.level = ERROR\n")
        os.environ["SOFTHSM2_CONF"] = str(conf)
        subprocess.run([util, "--init-token", "--free", "--label", "bench", "--pin", "1234-bench", "--so-pin",
                        "5678-bench"], check=True, capture_output=True)
        return Pkcs11Config(SOFTHSM2_MODULE, "bench", "1234-bench")

    def __exit__(self, *exc) -> None:
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


if __name__ == "__main__":
    main()
