"""Shared plumbing of the office subcommands: open the database, log in, unlock the vault, print.

Credentials come from ``STS_POS_USER`` / ``STS_POS_PASSWORD`` / ``STS_POS_VAULT_PASSPHRASE`` or, on a
terminal, from prompts. Every command that can make tokens unlocks the vault and first completes any
sale a crashed run left PENDING.
"""

from __future__ import annotations

import argparse
import getpass
import json
import math
import os
import re
import sys
from decimal import Decimal

from sts_pos.errors import UserFacingError
from sts_pos.store.location import default_db_path
from sts_pos.store.office import Office
from sts_pos.vending.roles import Session


class CredentialsMissing(UserFacingError):
    pass


def whole(low: int, high: int, what: str = "number"):
    """An argparse type: a whole number from ``low`` to ``high`` (a 20-digit id is refused in words)."""
    def parse(text: str) -> int:
        value = text.strip()
        if not re.fullmatch(r"[+-]?\d+", value):
            raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
        number = int(value) if len(value) <= 20 else high + 1
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"the {what} is from {low} to {high}, not {value}")
        return number
    parse.__name__ = what
    return parse


def real(low: float, high: float, what: str = "number"):
    """An argparse type: a finite decimal number from ``low`` to ``high``."""
    def parse(text: str) -> float:
        try:
            number = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{text}' is not a number") from None
        if not math.isfinite(number) or not low <= number <= high:
            raise argparse.ArgumentTypeError(f"the {what} is from {low:g} to {high:g}, not {text}")
        return number
    parse.__name__ = what
    return parse


RECORD_ID = whole(1, 2 ** 63 - 1, "record number")  # sale, job, shift numbers (SQLite integers)


def db_path(args: argparse.Namespace) -> str:
    return str(args.db or default_db_path())


def local_office_path(args: argparse.Namespace) -> str:
    """Where this PC keeps the office's own files (the SMS outbox): beside the office file, or for a network
    office in this PC's folder for it (``store.pg.local_path``), never a path made from the server's URL."""
    from sts_pos.store.pg import server_url

    if server_url(db_path(args)):
        with open_office(args) as office:
            return str(office.path)
    return db_path(args)


def open_office(args: argparse.Namespace) -> Office:
    return Office.open(db_path(args), create=False)


def ask(env: str, prompt: str, secret: bool) -> str:
    """A credential from the environment or, on a terminal, a prompt; bytes that are not text are refused."""
    what = prompt.rstrip(": ")
    value = os.environ.get(env)
    if not value:
        if not sys.stdin.isatty():
            raise CredentialsMissing(f"{what} is needed: run the command in a terminal to be asked for it, or "
                                     "give it to the command as the README's command-line section shows.",
                                     detail=f"environment variable {env}")
        try:
            value = getpass.getpass(prompt) if secret else input(prompt)
        except EOFError:
            raise CredentialsMissing(f"{what} is needed; nothing was typed.") from None
    return _text(value, f"{what[0].lower()}{what[1:]}", env)


def login(office: Office) -> Session:
    username = ask("STS_POS_USER", "User name: ", secret=False)
    password = ask("STS_POS_PASSWORD", "Password: ", secret=True)
    session = office.login(username, password)
    if office.backup_problem:
        print(f"sts-pos: warning: {office.backup_problem}", file=sys.stderr)
    return session


def unlock(office: Office) -> None:
    if not office.vault.unlocked:  # the vault's passphrase, or the secure module's user PIN (store.pkcs11)
        env, prompt = office.vault.credential
        office.unlock_vault(None, ask(env, prompt, secret=True))
    office.sales.complete_pending()


def unlock_if_given(office: Office) -> bool:
    """Unlock the key store when its secret is at hand (the vault passphrase or the secure module's PIN: given,
    or typed on a terminal, where Enter skips it)."""
    env, prompt = office.vault.credential
    secret = os.environ.get(env)
    if not secret and sys.stdin.isatty():
        secret = getpass.getpass(f"{prompt.rstrip(': ')} (Enter to skip checking the audit seals): ")
    if secret:
        office.unlock_vault(None, _text(secret, prompt.rstrip(": ").lower(), env))
    return office.vault.unlocked


def _text(value: str, what: str, env: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise CredentialsMissing(f"The {what} holds bytes that are not text (not UTF-8); type it again, with the "
                                 "terminal set to UTF-8.", detail=env) from None
    return value


def emit(args: argparse.Namespace, data, text: str | None = None) -> None:
    """Print ``data`` as JSON with ``--json``, else ``text`` (or a readable dump)."""
    if args.json:
        print(json.dumps(data, default=_default, ensure_ascii=False))
    elif text is not None:
        print(text)
    else:
        print(json.dumps(data, default=_default, ensure_ascii=False, indent=2))


def _default(value):
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def check_output(args: argparse.Namespace, what: str) -> None:
    """Refuse ``--out`` early (before logging in, counting or auditing) when it must not be written."""
    from sts_pos.store.outfile import OutputRefused, check_target

    path = check_target(args.out, db_path(args), what)
    if path.exists() and not getattr(args, "force", False) and path.is_file():
        raise OutputRefused(f"{path} already exists; the {what} was not written. Choose another file name, "
                            "or add --force to replace it.")


def output_file(args: argparse.Namespace, what: str):
    """``store.outfile.output_file`` for ``--out`` (temporary file + atomic rename, the office protected)."""
    from sts_pos.store import outfile

    return outfile.output_file(args.out, db_path=db_path(args), force=getattr(args, "force", False), what=what)


def save_output(args: argparse.Namespace, data: bytes, what: str) -> None:
    with output_file(args, what) as handle:
        handle.write(data)


def json_flag(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Accept ``--json`` after the subcommand too (``sts-pos --db P demo --json``)."""
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print results as JSON")
    return parser
