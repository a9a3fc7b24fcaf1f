"""``sts-pos vectors FILE``: run an ``sts-pos-vectors/1`` file; one line per failure, then ``N passed, M failed``."""

from __future__ import annotations

import argparse
import json

from sts_pos.errors import UserFacingError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("vectors", help="run an STS compliance vector file")
    parser.add_argument("file", help="a sts-pos-vectors/1 JSON file")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from sts_pos.sts.vectors import check_document, run_cases

    try:
        with open(args.file, encoding="utf-8") as handle:
            document = json.load(handle)
    except OSError as exc:
        raise UserFacingError(f"Cannot read the vector file {args.file}: {exc.strerror}.") from exc
    except UnicodeDecodeError as exc:
        raise UserFacingError(f"The vector file {args.file} is not UTF-8 text (byte {exc.start}); it cannot be "
                              "a sts-pos-vectors/1 file.") from exc
    except json.JSONDecodeError as exc:
        raise UserFacingError(f"The vector file {args.file} is not valid JSON (line {exc.lineno}).") from exc
    passed = failed = 0
    failures = []
    for result in run_cases(check_document(document)):
        if result.failure is None:
            passed += 1
        else:
            failed += 1
            failures.append({"id": result.case_id, "failure": result.failure})
            if not args.json:
                print(f"FAIL {result.case_id}: {result.failure}")
    if args.json:
        print(json.dumps({"passed": passed, "failed": failed, "failures": failures}))
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1
