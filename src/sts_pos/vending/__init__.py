"""Vending rules and services (stdlib + ``sts_pos.sts`` only; storage through ports).

Public API (what the GUI, cards, receipts and reports call). Open an office with
``sts_pos.store.office.Office.open(path)`` (see ``sts_pos.store``); its services are instances of the
classes below, already wired to SQLite and the key vault.

Sessions and roles (``vending.roles``)
    ``session = office.login(user, password)`` -> ``Session(user_id, username, role, full_name)``;
    ``session.can(Permission.VOID)``; every service method takes the session and raises
    ``PermissionDenied`` (a ``UserFacingError``) when the role may not do it. Roles: cashier, technician,
    supervisor, admin (table in ``vending.roles``).

Selling (``office.sales``: ``vending.sales.SalesService``)
    ``quote(session, meter_number, amount=minor | kwh10=tenths, tender_type=None) -> (Quote, Meter)``
    ``vend(session, meter_number, amount=... | kwh10=..., request_id=None, tender_type=None) -> SaleResult``
        ``tender_type`` is the payment method (None = cash), checked against the office's ``tenders`` setting
        (``vending.tenders``: check_tender, parse_tenders, tender_label; ``TenderError`` when not accepted).
        ``SaleResult.sale`` (``ports.SaleRow``: id, request_id, receipt_no, status, tender (money tendered),
        tender_type (payment method), amount, change, units_kwh10, free_kwh10, supply_group_id (the key
        revision the tokens were made under), card_purchase_count, ...), ``.quote`` (``tariff.Quote``), ``.tokens`` (``model.IssuedToken``
        in entry order: kind key_change_1..4 / credit / free, token_class, subclass, tid, number),
        ``.meter`` (key parameters dict), ``.as_json(currency)`` (the CLI's JSON shape).
    ``sale(session, sale_id=|request_id=|receipt_no=) -> SaleResult``
    ``receipt(result, copy=False) -> receipt.Receipt`` (frozen; everything a receipt prints)
    ``reprint(session, sale_id) -> Receipt`` (copy=True, counted and audited)
    ``void(session, sale_id, reason) -> SaleResult`` (supervisor write-off)
    ``complete_pending()`` (run after the vault is unlocked; the CLI does it on every token command)
    ``history(session, meter_number, limit=50) -> list[SaleRow]`` (newest first)
    ``find_meter(meter_number) -> model.Meter`` (``.params``, ``.target_params``, ``.pending``, ``.kind``)

Engineering (``office.engineering``: ``vending.engineering.EngineeringService``)
    ``issue(session, meter_number, kind, reason, watts=, register=, control=, manufacturer_code=,
    request_id=) -> JobResult`` with kind in clear_credit, clear_tamper, set_max_power,
    set_phase_unbalance, test, key_change (apply the pending change now), rollover (1993 -> 2014).
    ``rollover_supply_group(session, sgc, reason, progress=None) -> list[JobResult]``
    ``set_pending_change(session, meter_number, sgc=, krn=, ti=, key_type=, base_date=) -> Meter``
    ``receipt(job_result, copy=False) -> Receipt`` (engineering slip: kind="engineering", reason, no money)

Staff (``office.staff``: ``vending.staff.StaffService``)
    ``login`` (use ``office.login``: it also makes the daily backup), ``add_user``, ``set_user``,
    ``set_password``, ``users``; ``open_shift(session, float_minor)``, ``current_shift(session)``,
    ``shift_summary(session, shift)`` (takings, cash_takings, by_tender), ``close_shift(session, counted_minor)
    -> Shift`` (expected cash = float + cash sales only; variance = counted - expected).

Money and units (``vending.money``)
    ``Currency(code, symbol, decimals, decimal_mark, thousands_separator)`` (``office.repo.settings().currency``),
    ``format_money(minor, currency)``, ``parse_money(text, currency) -> minor``, ``money_text`` (JSON),
    ``kwh_text(kwh10)``, ``parse_kwh(text) -> kwh10``. Money is int minor units, energy int tenths of kWh.

Rules: ``vending.tariff`` (Tariff, Block, Quote, quote_money, quote_kwh), ``vending.tid`` (next_tid, new_rnd),
``vending.issuing`` (Plan, make_tokens), ``vending.audit`` (hash chain), ``vending.passwords`` (scrypt).
Errors are ``UserFacingError`` subclasses with messages for the cashier.
"""
