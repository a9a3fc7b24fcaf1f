"""``sts-pos demo | backup | restore | audit verify | users | export``: the office as a whole."""

from __future__ import annotations

import argparse
import os

from sts_pos.commands._common import db_path, emit, json_flag, login, open_office, whole
from sts_pos.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="create a demo office (prints its users and vault passphrase)")
    p.add_argument("--force", action="store_true", help="replace an existing database")
    p.add_argument("--days", type=whole(0, 366, "number of days"), default=3, help="days of demo sales (default 3)")
    _key_store_options(p)
    json_flag(p).set_defaults(func=cmd_demo)

    p = subparsers.add_parser("init", help="create a new, empty office (admin password and vault passphrase "
                              "from STS_POS_PASSWORD / STS_POS_VAULT_PASSPHRASE or prompts)")
    p.add_argument("--name", required=True, help="office name, printed on receipts")
    p.add_argument("--vat-number", default="")
    p.add_argument("--currency", required=True, help="ISO currency code, e.g. PHP, ZAR, KES, NGN")
    p.add_argument("--symbol", help="currency symbol as printed (default: the code)")
    p.add_argument("--decimals", type=whole(0, 4, "number of decimals"), default=2)
    p.add_argument("--admin", required=True, help="user name of the first administrator")
    p.add_argument("--admin-name", default="", help="the administrator's full name")
    _key_store_options(p)
    json_flag(p).set_defaults(func=cmd_init)

    p = subparsers.add_parser("backup", help="copy the office database to PATH and check the copy")
    p.add_argument("path")
    json_flag(p).set_defaults(func=cmd_backup)

    p = subparsers.add_parser("restore", help="replace the office database by a checked backup (admin)")
    p.add_argument("path")
    json_flag(p).set_defaults(func=cmd_restore)

    p = subparsers.add_parser("audit", help="audit log")
    sub = p.add_subparsers(dest="audit_command", metavar="verify", required=True)
    q = sub.add_parser("verify", help="check the audit hash chain; reports the first broken link")
    json_flag(q).set_defaults(func=cmd_audit_verify)

    p = subparsers.add_parser("export", help="export one table as CSV or JSON (supervisor; never keys)")
    p.add_argument("table", help="table name, e.g. sales, customers, meters, meter_readings")
    p.add_argument("--format", dest="fmt", choices=["csv", "json"], default="csv")
    p.add_argument("--out", help="file to write (default: the terminal); an existing file is kept unless --force")
    p.add_argument("--force", action="store_true", help="replace the --out file if it exists")
    json_flag(p).set_defaults(func=cmd_export)

    p = subparsers.add_parser("users", help="user accounts (admin)")
    sub = p.add_subparsers(dest="users_command", metavar="list|add|edit|password", required=True)
    q = sub.add_parser("list")
    json_flag(q).set_defaults(func=cmd_users_list)
    q = sub.add_parser("add")
    q.add_argument("username")
    q.add_argument("--role", required=True, choices=["cashier", "technician", "supervisor", "admin"])
    q.add_argument("--full-name", default="")
    q.add_argument("--new-password", required=True, help="the new user's password (8+ characters)")
    json_flag(q).set_defaults(func=cmd_users_add)
    q = sub.add_parser("edit")
    q.add_argument("username")
    q.add_argument("--role", choices=["cashier", "technician", "supervisor", "admin"])
    q.add_argument("--active", choices=["yes", "no"])
    q.add_argument("--unlock", action="store_true", help="clear a lockout after wrong passwords")
    json_flag(q).set_defaults(func=cmd_users_edit)
    q = sub.add_parser("password")
    q.add_argument("username")
    q.add_argument("--new-password", required=True)
    json_flag(q).set_defaults(func=cmd_users_password)


def _key_store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--key-store", choices=["vault", "pkcs11"], default="vault",
                   help="where the vending keys are kept: the office's key vault (default) or a PKCS#11 secure "
                        "module (user PIN from STS_POS_HSM_PIN or a prompt)")
    p.add_argument("--pkcs11-module", metavar="PATH", help="the module's library, e.g. /usr/lib/softhsm/libsofthsm2.so")
    p.add_argument("--pkcs11-token", metavar="LABEL", help="the label of the token that keeps the keys")


def key_store_config(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The secure module chosen with --key-store pkcs11 (None for the vault); the PIN is asked for here."""
    from sts_pos.commands._common import ask
    from sts_pos.store.pkcs11 import MODULE_ENV, PIN_ENV, SOFTHSM2_MODULE, Pkcs11Config

    if args.key_store != "pkcs11":
        if args.pkcs11_module or args.pkcs11_token:
            raise UserFacingError("--pkcs11-module and --pkcs11-token go with --key-store pkcs11.")
        return None
    module = args.pkcs11_module or os.environ.get(MODULE_ENV)
    if not module:
        raise UserFacingError(f"--key-store pkcs11 needs --pkcs11-module PATH, the module's library (SoftHSM2: "
                              f"{SOFTHSM2_MODULE}).")
    if not (args.pkcs11_token or "").strip():
        raise UserFacingError("--key-store pkcs11 needs --pkcs11-token LABEL, the label of the token.")
    return Pkcs11Config(module, args.pkcs11_token.strip(), ask(PIN_ENV, "Token user PIN: ", True))


def cmd_init(args: argparse.Namespace) -> int:
    from sts_pos.commands._common import ask
    from sts_pos.store.office import Office

    code = args.currency.strip().upper()
    admin_password = ask("STS_POS_PASSWORD", "Administrator password: ", True)
    key_store = key_store_config(args)
    office = Office.create(
        db_path(args), name=args.name, vat_number=args.vat_number, currency_code=code,
        currency_symbol=args.symbol or code, decimals=args.decimals, admin_username=args.admin,
        admin_full_name=args.admin_name, admin_password=admin_password, key_store=key_store,
        vault_passphrase="" if key_store else ask("STS_POS_VAULT_PASSPHRASE", "Vault passphrase: ", True))
    where = office.vault.description if key_store else "the key vault"
    place = office.where  # the file, or user@host:port/db on a server (never a password in the address)
    office.close()
    emit(args, {"office": args.name, "admin": args.admin, "db": place, "key_store": args.key_store},
         f"Office '{args.name}' created in {place}; sign in as {args.admin}. Vending keys: {where}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from sts_pos.store.demo import create_demo

    result = create_demo(db_path(args), force=args.force, days_of_sales=args.days, key_store=key_store_config(args))
    data = {"users": result["users"], "vault_passphrase": result["vault_passphrase"],
            "key_store": result["key_store"],
            "meters": [{k: m[k] for k in ("meter_number", "customer", "sgc", "ti", "krn", "key_type", "base_date",
                                          "dkga", "ea", "kind")} | {"pending_key_change": m["pending_key_change"]}
                       for m in result["meters"]]}
    lines = [f"Demo office created in {result['path']}", "", "Users (user name / password / role):"]
    lines += [f"  {u['username']:<12} {u['password']:<14} {u['role']}" for u in result["users"]]
    lines += ["", f"Vault passphrase: {result['vault_passphrase']}" if result["vault_passphrase"] else
              f"Vending keys: in {result['key_store_description']} (user PIN from STS_POS_HSM_PIN or a prompt)", "",
              f"{len(result['meters'])} meters, e.g. " + ", ".join(m["meter_number"] for m in result["meters"][:3])]
    emit(args, data, "\n".join(lines))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        report = office.backup(session, args.path)
        emit(args, {"path": report.path, "bytes": report.bytes, "seconds": round(report.seconds, 3),
                    "schema_version": report.schema_version, "integrity": "ok"},
             f"Backup written to {report.path} ({report.bytes} bytes, {report.seconds:.2f} s); integrity check ok.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sts_pos.store.pg import server_url

    url = server_url(db_path(args))
    if url:  # a network office: pg_restore into an empty database, then an administrator of it logs in
        from sts_pos.commands.network import restore_network

        return restore_network(args, url)
    with open_office(args) as office:
        session = login(office)
        version = office.restore(session, args.path)
        emit(args, {"restored": str(args.path), "schema_version": version},
             f"Office restored from {args.path}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """A supervisor checks the log; with the vault passphrase the entries' seals are checked too."""
    from sts_pos.commands._common import unlock_if_given
    from sts_pos.vending.roles import Permission

    with open_office(args) as office:
        session = login(office)
        session.require(Permission.REPORTS)
        unlock_if_given(office)
        report = office.verify_audit()
        data = {"ok": report.ok, "checked": report.checked, "first_broken_id": report.first_broken_id,
                "reason": report.reason, "anchor": report.anchor,
                "truncated": not report.ok and "cut off" in report.reason}
        if report.ok:
            emit(args, data, f"Audit log intact: {report.checked} entries verified; {report.anchor}.")
            return 0
        if data["truncated"]:
            emit(args, data, f"Audit log TRUNCATED: {report.reason} ({report.checked} entries left).")
        else:
            emit(args, data, f"Audit log BROKEN at entry {report.first_broken_id}: {report.reason}.")
        return 1


def cmd_users_list(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        users = office.staff.users(session)
        emit(args, {"users": users}, "\n".join(
            f"{u['username']:<14} {u['role']:<11} {'active' if u['active'] else 'disabled'}"
            f"{'  LOCKED' if u['locked_until'] else ''}" for u in users))
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        office.staff.add_user(session, args.username, args.new_password, args.role, args.full_name)
        emit(args, {"username": args.username, "role": args.role}, f"User {args.username} added.")
    return 0


def cmd_users_edit(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        if not (args.role or args.active or args.unlock):
            raise UserFacingError("Nothing to change: give --role, --active or --unlock.")
        office.staff.set_user(session, args.username, role=args.role,
                              active=None if args.active is None else args.active == "yes", unlock=args.unlock)
        emit(args, {"username": args.username}, f"User {args.username} changed.")
    return 0


def cmd_users_password(args: argparse.Namespace) -> int:
    with open_office(args) as office:
        session = login(office)
        office.staff.set_password(session, args.username, args.new_password)
        emit(args, {"username": args.username}, f"Password of {args.username} changed.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """A supervisor exports one table (sensitive columns and secret settings left out, see store.export)."""
    import io
    import sys

    from sts_pos.commands._common import check_output, output_file
    from sts_pos.store.export import export_table
    from sts_pos.vending.roles import Permission

    if args.out:
        check_output(args, "export")
    with open_office(args) as office:
        session = login(office)
        session.require(Permission.REPORTS)
        if args.out:
            with output_file(args, "export") as handle:
                out = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
                count = export_table(office.conn, args.table, args.fmt, out)
                out.flush()
                out.detach()
        else:
            count = export_table(office.conn, args.table, args.fmt, sys.stdout)
        office.audit(session, "export", {"table": args.table, "format": args.fmt, "rows": count,
                                         "out": args.out or "terminal"})
        if args.out:
            emit(args, {"table": args.table, "format": args.fmt, "rows": count, "out": args.out},
                 f"{count} rows of {args.table} written to {args.out}.")
    return 0
