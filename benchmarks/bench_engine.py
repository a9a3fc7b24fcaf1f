"""Engine throughput on one core: prints tokens per second for the issue's four cases.

    .venv/bin/python benchmarks/bench_engine.py [--seconds 2]

Goals (issue 2): >= 80,000 class-0 STA tokens/s with a fixed decoder key, >= 30,000/s with a fresh DKGA02
derivation for every token.
"""

from __future__ import annotations

import argparse
import time

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
    seconds = parser.parse_args().seconds
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


if __name__ == "__main__":
    main()
