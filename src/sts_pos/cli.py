"""The ``sts-pos`` command: every operation a test or a script needs, headless.

``sts-pos [--db PATH] [--json] SUBCOMMAND ...``. Each group of subcommands lives in its own module under
``sts_pos.commands`` and exposes ``register(subparsers)``; the subcommand's parser gets a ``func``
default that takes the parsed arguments and returns the exit status. Errors derived from
:class:`~sts_pos.errors.UserFacingError` are printed as one clear line (and as JSON with ``--json``)
with exit status 2; so are SQLite and file-system errors that are about the disk or a damaged file
(``store.db.explain_sqlite_error``: a full disk is never called damage). ``--json`` and ``--verbose`` are
accepted anywhere on the line; arguments that are not text (bytes that are not UTF-8) are refused. Anything
else is a bug and keeps its traceback (``tests/cli/test_cli_fuzz.py`` hunts for them).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import sys
from collections.abc import Sequence

from sts_pos import __version__
from sts_pos.errors import UserFacingError

# One line per command module; each module registers its own subcommands.
COMMAND_MODULES = [
    "sts_pos.commands.vectors",
    "sts_pos.commands.card",
    "sts_pos.commands.office",
    "sts_pos.commands.network",
    "sts_pos.commands.vending",
    "sts_pos.commands.records",
    "sts_pos.commands.admin",
    "sts_pos.commands.meter",
    "sts_pos.commands.sms",
    "sts_pos.commands.report",
    "sts_pos.commands.print_cmd",
    "sts_pos.commands.clock",
    "sts_pos.commands.import_cmd",
    "sts_pos.commands.diagnose",
    "sts_pos.commands.collector",
    "sts_pos.commands.deliveries",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sts-pos", description="Prepaid electricity vending office.")
    parser.add_argument("--version", action="version", version=f"sts-pos {__version__}")
    parser.add_argument(
        "--db",
        default=os.environ.get("STS_POS_DB"),
        help="the office database file, or postgresql://USER@HOST:PORT/DBNAME for a network office (default: "
             "STS_POS_DB or the per-user data folder)",
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument("--verbose", action="store_true", help="print technical detail with errors")
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


GLOBAL_FLAGS = ("--json", "--verbose")


def split_global_flags(argv: Sequence[str]) -> tuple[list[str], set[str]]:
    """Take ``--json`` and ``--verbose`` out of ``argv`` wherever they stand (before a ``--``)."""
    rest: list[str] = []
    flags: set[str] = set()
    for i, arg in enumerate(argv):
        if arg == "--":
            rest.extend(argv[i:])
            break
        if arg in GLOBAL_FLAGS:
            flags.add(arg)
        else:
            rest.append(arg)
    return rest, flags


def check_text(argv: Sequence[str]) -> None:
    """Refuse arguments that are not text (bytes that are not UTF-8 arrive as lone surrogates)."""
    for position, arg in enumerate(argv):
        try:
            arg.encode("utf-8")
            if "\x00" in arg:  # a shell cannot pass it; a program calling main() can
                raise UnicodeEncodeError("utf-8", arg, arg.index("\x00"), arg.index("\x00") + 1, "NUL")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
            before = argv[position - 1] if position else ""
            which = f"The value of {before}" if before.startswith("--") and "=" not in before else \
                f"Argument {position + 1}"
            raise UserFacingError(f"{which} ({shown}) holds bytes that are not text (not UTF-8); retype it, or "
                                  "set the terminal to UTF-8.") from None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, flags = split_global_flags(argv)
    as_json, verbose = "--json" in flags, "--verbose" in flags
    try:
        check_text(argv)
    except UserFacingError as exc:
        return _report(exc, as_json, verbose)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.json = as_json or bool(getattr(args, "json", False))
    args.verbose = verbose or bool(getattr(args, "verbose", False))
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except UserFacingError as exc:
        return _report(exc, args.json, args.verbose)
    except (sqlite3.Error, UnicodeDecodeError) as exc:  # a damaged page can garble a text column
        from sts_pos.store.db import explain_sqlite_error

        known = explain_sqlite_error(exc, getattr(args, "db", None))
        if known is None:
            raise
        return _report(known, args.json, args.verbose)
    except OverflowError as exc:  # a number too large for SQLite or a date, given where no range is checked
        return _report(UserFacingError("A number in the command is too large (at most 9223372036854775807, "
                                       "and days up to 9998-12-31); check what was typed.", detail=str(exc)),
                       args.json, args.verbose)
    except OSError as exc:
        from sts_pos.store.db import explain_os_error

        known = explain_os_error(exc)
        if known is None:
            raise
        return _report(known, args.json, args.verbose)
    except KeyboardInterrupt:
        print("sts-pos: interrupted", file=sys.stderr)
        return 130


def _report(exc: UserFacingError, as_json: bool, verbose: bool) -> int:
    if as_json:
        print(json.dumps({"error": exc.message, "kind": type(exc).__name__}))
    else:
        print(f"sts-pos: {exc.message}", file=sys.stderr)
        if verbose and exc.detail:
            print(exc.detail, file=sys.stderr)
    return 2


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
