"""A supervisor's counter in the concurrency test (``python -m tests.store.pg_supervisor URL USER PASSWORD
TAG SECONDS``): for SECONDS voids the newest issued sales whose request id starts with TAG, newest first (so
that two supervisors go for the same sales at once), printing ``void ID`` or ``refused ID`` for each."""

from __future__ import annotations

import sys
import time


def main(argv: list[str]) -> int:
    from sts_pos.errors import UserFacingError
    from sts_pos.store.office import Office

    url, user, password, tag, seconds = argv
    deadline = time.monotonic() + float(seconds)
    with Office.open(url) as office:
        session = office.login(user, password, auto_backup=False)
        while time.monotonic() < deadline:
            ids = [r[0] for r in office.repo.q("SELECT id FROM sales WHERE status = 'ISSUED' AND request_id LIKE ? "
                                               "ORDER BY id DESC LIMIT 3", tag + "%")]
            for sale_id in ids:
                try:
                    office.sales.void(session, sale_id, "concurrency test")
                    print(f"void {sale_id}", flush=True)
                except UserFacingError:
                    print(f"refused {sale_id}", flush=True)
            time.sleep(0.05)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
