"""The demo office: realistic master data and a few days of sales, for training, the GUI and tests.

Two supply groups with the published STS compliance-test vending keys: SGC 123456 (DKGA02, STA) with key
revision 1 on base date 1993 and revision 2 on base date 2014 (the TID-rollover target), and SGC 654321
(DKGA04, MISTY1, base 2014). Tariffs with inclining blocks, VAT and a fixed charge; 30 customers with
meters (11-digit and 13-digit meter numbers, some IC card meters, some indigent customers with free basic
electricity, some with debt, six meters still on base date 1993 with the rollover pending); users for every
role; three days of sales made through the real vending service. Passwords and the vault passphrase are
random and returned (printed by ``sts-pos demo``). With ``key_store`` (a ``store.pkcs11.Pkcs11Config``) the
published demo vending keys go into that token instead of a vault (``store.pkcs11``).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sts_pos.errors import UserFacingError
from sts_pos.store.db import connect
from sts_pos.store.office import Office
from sts_pos.store.records import tariff_from_spec
from sts_pos.sts.meter_number import make_meter_number
from sts_pos.vending.model import params_dict
from sts_pos.vending.passwords import hash_password, new_password
from sts_pos.vending.roles import Session

STA_KEY = "abababababababab"
MISTY1_KEY = "abababababababab949494949494949401234567"
FIRST = ["Thabo", "Naledi", "Sipho", "Ama", "Kofi", "Zanele", "Tendai", "Chipo", "Musa", "Lerato", "Bongani",
         "Ayodele", "Nomsa", "Kwame", "Precious", "Tumelo", "Fatima", "Joseph", "Grace", "Peter"]
LAST = ["Mokoena", "Dlamini", "Nkosi", "Mensah", "Okafor", "Moyo", "Banda", "Phiri", "Ndlovu", "Mahlangu",
        "Sithole", "Boateng", "Mwale", "Zulu", "Chanda"]
STREETS = ["Church Street", "Main Road", "Market Street", "Station Road", "Mandela Avenue", "Hospital Hill",
           "River Lane", "Mission Road"]


class _Clock:
    """The demo's clock: the sales' own instants while they are made, else ``base`` (pinned) or the PC's."""

    def __init__(self, base: datetime | None = None) -> None:
        self.base = base
        self.now: datetime | None = None

    def __call__(self) -> datetime:
        return self.now or self.base or datetime.now(UTC)


def remove_office_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def create_demo(path: str | Path, force: bool = False, days_of_sales: int = 3, seed: int = 20261124,
                now: datetime | None = None, key_store=None) -> dict:
    """Create the demo office at ``path``; returns the users, vault passphrase and meters (see the CLI).
    ``now`` pins the demo's clock (its sales are on the days before it); default: the PC's clock."""
    from sts_pos.store.pg import server_url

    url = server_url(path)
    path = Path(path)
    if key_store is not None:
        from sts_pos.store.pkcs11 import check_config

        check_config(key_store)  # module, token and PIN, before anything is replaced or made
    if url:
        from sts_pos.store import pg

        pg.prepare_for_demo(url, force)
        path = url
    elif path.exists():
        if not force:
            raise UserFacingError(f"{path} already exists. Use --force to replace it with a fresh demo office "
                                  "(everything in it is lost).")
        remove_office_files(path)
    rng = random.Random(seed)
    clock = _Clock(now)
    today = clock().replace(hour=6, minute=0, second=0, microsecond=0)
    # the office is set up before its first day of sales, so that its records follow the clock (clock guard)
    clock.now = today - timedelta(days=days_of_sales, hours=1)
    office = Office(path, connect(path, create=True), clock)
    try:
        return _fill(office, clock, rng, days_of_sales, today, key_store)
    finally:
        office.close()


def _fill(office: Office, clock: _Clock, rng: random.Random, days_of_sales: int, today: datetime,
          key_store=None) -> dict:
    repo, records = office.repo, office.records
    passphrase = "demo-vault-" + new_password(10)
    with repo.transaction():
        for key, value in {
            "office_name": "Demo Vending Office", "vat_number": "4123456789",
            "office_address": "12 Market Street, Demo Town", "currency_code": "ZAR", "currency_symbol": "R",
            "currency_decimals": "2", "utc_offset_minutes": "120", "debt_recovery_percent": "20",
            "deduction_order": '["fixed_charge", "debt", "vat"]',
            "tenders": '["cash", "card", "mobile_money", "cheque"]',
        }.items():
            repo.set_setting(key, value)
    if key_store is not None:
        passphrase = None
        office.create_key_store(key_store)
    else:
        office.create_vault(passphrase)
    sta1 = records.add_supply_group(None, "123456", 1, "02", "07", 1993, STA_KEY, name="Demo STA (KRN 1, 1993)")
    sta2 = records.add_supply_group(None, "123456", 2, "02", "07", 2014, STA_KEY, name="Demo STA (KRN 2, 2014)")
    misty = records.add_supply_group(None, "654321", 1, "04", "11", 2014, MISTY1_KEY, name="Demo MISTY1 (DKGA04)")
    records.save_tariff(None, tariff_from_spec(
        1, "Residential block", [("145.12", 500), ("198.40", 3500), ("265.00", None)], vat_percent="15",
        fixed_monthly_charge=8500, min_purchase=1000, max_purchase=500000, fbe_kwh10=500))
    records.save_tariff(None, tariff_from_spec(
        2, "Commercial flat", [("231.75", None)], vat_percent="15", fixed_monthly_charge=25000,
        min_purchase=5000, max_purchase=2000000))
    users = []
    now = clock()
    with repo.transaction():
        for username, role, full in [("admin", "admin", "Office Administrator"),
                                     ("supervisor", "supervisor", "Sarah Supervisor"),
                                     ("technician", "technician", "Tom Technician"),
                                     ("cashier", "cashier", "Carol Cashier"),
                                     ("cashier2", "cashier", "Chris Cashier")]:
            password = new_password()
            repo.insert_user(username, full, role, hash_password(password), now)
            users.append({"username": username, "password": password, "role": role})
        repo.append_audit(now, "system", "demo.create", {"users": [u["username"] for u in users]})
    meters = []
    for i in range(30):
        name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]}"
        indigent = i % 6 == 2
        debt = 15000 + 2500 * i if i % 5 == 1 else 0
        cid = records.add_customer(None, f"ACC{10001 + i}", name, f"{10 + i} {STREETS[i % len(STREETS)]}, Demo Town",
                                   f"+27 82 555 {1000 + i:04d}", indigent=indigent, debt_balance=debt)
        if i < 20:  # STA meters, 11-digit numbers
            number = make_meter_number("01", f"{40000000 + i * 37:08d}").drn
            on_1993 = i >= 14
            sg, base = (sta1, 1993) if on_1993 else (sta2, 2014)
            ti = 2 if i in (4, 12) else 1
            kind = "ic_card" if i in (3, 8, 13) else "keypad"
        else:  # MISTY1 meters, 13-digit numbers
            number = make_meter_number("0001", f"{50000000 + i * 41:08d}").drn
            sg, base, ti = misty, 2014, 1
            kind = "ic_card" if i >= 26 else "keypad"
        records.add_meter(None, number, sg, ti, customer_id=cid, kind=kind, base_date=base,
                          card_serial=f"C{700000 + i}" if kind == "ic_card" else None)
        if i >= 14 and i < 20:
            office.engineering.repo.set_pending_change(repo.meter_by_number(number).id, sta2, ti, 2, "14", now)
        meter = repo.meter_by_number(number)
        meters.append(dict(params_dict(number, meter.params, kind), customer=name,
                           pending_key_change=meter.pending is not None))
    _sales(office, clock, rng, meters, days_of_sales, today)
    return {"users": users, "vault_passphrase": passphrase, "meters": meters, "path": office.where,
            "key_store": office.vault.kind, "key_store_description": getattr(office.vault, "description", None)}


_DEMO_TENDERS = ("cash", "cash", "card", "cash", "mobile_money", "cash")  # the drawer still sees most sales


def _sales(office: Office, clock: _Clock, rng: random.Random, meters: list[dict], days: int, today: datetime) -> None:
    """A few days of shifts and sales by the two cashiers (not on the meters waiting for the rollover)."""
    repo = office.repo
    cashiers = [repo.user_by_name(n) for n in ("cashier", "cashier2")]
    sellable = [m["meter_number"] for m in meters if not m["pending_key_change"]]
    for day in range(days, 0, -1):
        start = today - timedelta(days=day)
        for n, user in enumerate(cashiers):
            session = Session(user.id, user.username, user.role, user.full_name)
            clock.now = start + timedelta(hours=n * 4)
            office.staff.open_shift(session, 50000)
            for _k in range(6):
                clock.now += timedelta(minutes=rng.randint(5, 35))
                meter = rng.choice(sellable)
                amount = rng.choice([2000, 5000, 10000, 15000, 20000, 35000])
                try:
                    office.sales.vend(session, meter, amount=amount, tender_type=_DEMO_TENDERS[_k % 6])
                except UserFacingError:
                    continue
            clock.now += timedelta(minutes=30)
            shift = office.staff.current_shift(session)
            expected = office.staff.shift_summary(session, shift)["expected_cash"]
            office.staff.close_shift(session, expected + rng.choice([0, 0, 0, -500, 1000]))
    clock.now = None
