"""One counter of the concurrency test (``python -m tests.store.pg_counter URL USER PASSWORD PASSPHRASE
TAG METERS N``): logs in as its own cashier, vends N sales on the comma-separated meters in turn with
request ids ``TAG-i``, prints ``done TAG-i RECEIPT`` once each sale is ISSUED (what the cashier saw), then closes its shift."""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    from sts_pos.store.office import Office

    url, user, password, passphrase, tag, meters, count = argv
    meters_list = meters.split(",")
    with Office.open(url) as office:
        office.vault.unlock(passphrase)
        session = office.login(user, password, auto_backup=False)
        for i in range(int(count)):
            meter = meters_list[i % len(meters_list)]
            result = office.sales.vend(session, meter, amount=30000 + 100 * (i % 7), request_id=f"{tag}-{i}")
            print(f"done {tag}-{i} {result.sale.receipt_no} {result.sale.status}", flush=True)
        office.staff.close_shift(session, 0)  # the drawer counted at the end of the round
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
