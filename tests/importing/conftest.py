"""An empty office with the demo office's vending keys (the utility's keys an office is set up with before
importing its register), and helpers to write import files."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from sts_pos.store.demo import MISTY1_KEY, STA_KEY
from sts_pos.store.importer import COLUMNS
from sts_pos.store.office import Office
from tests.cli.inproc import run_main

ADMIN_PASSWORD = "new-admin-pass"
PASSPHRASE = "new office vault passphrase"
GROUPS = [("123456", 1, "02", "07", 1993, STA_KEY), ("123456", 2, "02", "07", 2014, STA_KEY),
          ("654321", 1, "04", "11", 2014, MISTY1_KEY)]


@dataclass
class NewOffice:
    path: Path

    def open(self) -> Office:
        office = Office.open(self.path)
        office.vault.unlock(PASSPHRASE)
        return office

    def cli(self, *args: str):
        return run_main(["--db", str(self.path), *args], {
            "STS_POS_USER": "admin", "STS_POS_PASSWORD": ADMIN_PASSWORD, "STS_POS_VAULT_PASSPHRASE": PASSPHRASE})


@pytest.fixture
def new_office(tmp_path) -> NewOffice:
    (tmp_path / "new").mkdir()
    path = tmp_path / "new" / "office.sqlite3"
    office = Office.create(path, name="Rebuilt Office", vat_number="", currency_code="ZAR", currency_symbol="R",
                           decimals=2, admin_username="admin", admin_full_name="Admin", admin_password=ADMIN_PASSWORD,
                           vault_passphrase=PASSPHRASE)
    try:
        for sgc, krn, dkga, ea, base, key in GROUPS:
            office.records.add_supply_group(None, sgc, krn, dkga, ea, base, key)
    finally:
        office.close()
    return NewOffice(path)


def csv_file(path: Path, rows: list[list[str]], header: tuple[str, ...] | list[str] = COLUMNS["meters"]) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path
