"""The ``sts-pos`` command: every operation a test or a script needs, headless.

``sts-pos [--db PATH] [--json] SUBCOMMAND ...``. Each group of subcommands lives in its own module under
``sts_pos.commands`` and exposes ``register(subparsers)``; the subcommand's parser gets a ``func``
default that takes the parsed arguments and returns the exit status. Errors derived from
:class:`~sts_pos.errors.UserFacingError` are printed as one clear line (and as JSON with ``--json``)
with exit status 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections.abc import Sequence

from sts_pos import __version__
from sts_pos.errors import UserFacingError

# One line per command module; each module registers its own subcommands.
COMMAND_MODULES = [
    "sts_pos.commands.vectors",
    "sts_pos.commands.card",
    "sts_pos.commands.office",
    "sts_pos.commands.vending",
    "sts_pos.commands.records",
    "sts_pos.commands.admin",
    "sts_pos.commands.meter",
    "sts_pos.commands.sms",
    "sts_pos.commands.report",
    "sts_pos.commands.print_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sts-pos", description="Prepaid electricity vending office.")
    parser.add_argument("--version", action="version", version=f"sts-pos {__version__}")
    parser.add_argument(
        "--db",
        default=os.environ.get("STS_POS_DB"),
        help="the office database file (default: STS_POS_DB or the per-user data folder)",
    )
    parser.add_argument("--json", action="store_true", help="print results as JSON")
    parser.add_argument("--verbose", action="store_true", help="print technical detail with errors")
    subparsers = parser.add_subparsers(dest="command", metavar="SUBCOMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except UserFacingError as exc:
        if args.json:
            print(json.dumps({"error": exc.message, "kind": type(exc).__name__}))
        else:
            print(f"sts-pos: {exc.message}", file=sys.stderr)
            if args.verbose and exc.detail:
                print(exc.detail, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("sts-pos: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
