"""Fixtures: a demo office on a real SQLite file (built once per session, copied per test).

``demo_office`` gives a :class:`DemoOffice` with the database path, the demo's users/passwords, vault
passphrase and meters, and helpers to open the office, log in a role, and build the CLI environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class DemoOffice:
    path: Path
    info: dict

    def password(self, username: str) -> str:
        return next(u["password"] for u in self.info["users"] if u["username"] == username)

    @property
    def passphrase(self) -> str:
        return self.info["vault_passphrase"]

    def meters(self, **match) -> list[dict]:
        return [m for m in self.info["meters"] if all(m.get(k) == v for k, v in match.items())]

    def raw(self):
        """A plain connection to the office database for a test's own queries (``?`` placeholders, rows by
        position): sqlite3 on the file, or the store's PostgreSQL connection on a server."""
        from sts_pos.store.pg import connect_server, server_url

        url = server_url(self.path)
        if url:
            return connect_server(url)
        import sqlite3

        return sqlite3.connect(self.path)

    def open(self, unlock: bool = True, clock=None):
        from sts_pos.store.office import Office
        from sts_pos.sts.errors import StsError  # noqa: F401  (engine importable)

        office = Office.open(self.path, create=False, **({"clock": clock} if clock else {}))
        if unlock:
            office.vault.unlock(self.passphrase)
        return office

    def login(self, office, username: str):
        return office.login(username, self.password(username), auto_backup=False)

    def env(self, username: str | None = "cashier", **extra: str) -> dict[str, str]:
        env = dict(os.environ, STS_POS_DB=str(self.path), STS_POS_VAULT_PASSPHRASE=self.passphrase)
        env.pop("STS_POS_CRASH_AT", None)
        if username:
            env.update(STS_POS_USER=username, STS_POS_PASSWORD=self.password(username))
        env.update(extra)
        return env

    def cli(self, *args: str, username: str | None = "cashier", timeout: float = 60, **extra: str):
        """Run ``sts-pos --db PATH ARGS`` in a subprocess; returns the CompletedProcess."""
        return subprocess.run([sys.executable, "-m", "sts_pos", "--db", str(self.path), *args],
                              env=self.env(username, **extra), capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> DemoOffice:
    from sts_pos.store.demo import create_demo

    path = tmp_path_factory.mktemp("demo-template") / "office.sqlite3"
    info = create_demo(path, days_of_sales=2)
    return DemoOffice(path, info)


@pytest.fixture
def demo_office(demo_template: DemoOffice, tmp_path: Path, request) -> DemoOffice:
    """The demo office in a copy of the template file; with ``STS_POS_TEST_BACKEND=postgresql`` the same office
    copied into a fresh database of the session's PostgreSQL cluster instead (``path`` is then its URL), so the
    tests that work through the services and the command run on the network version too."""
    if os.environ.get("STS_POS_TEST_BACKEND") == "postgresql":
        return DemoOffice(_on_server(demo_template, request.getfixturevalue("pg_url")), demo_template.info)
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(demo_template.path, path)
    return DemoOffice(path, demo_template.info)


def _on_server(template: DemoOffice, url: str) -> str:
    from sts_pos.store import pg, pg_move
    from sts_pos.store.db import connect

    src = connect(template.path, create=False)
    conn = pg.connect_server(url, create=True)
    try:
        pg_move._copy(src, conn, pg_move._copy_order(src, pg_move._office_tables(src)))
    finally:
        src.close()
        conn.close()
    return url


@pytest.fixture
def pg_demo_office(demo_template: DemoOffice, pg_url: str) -> DemoOffice:
    """The demo office copied into a fresh database of the session's PostgreSQL cluster (``path`` is its URL):
    the network version's commands tested in the normal suite."""
    return DemoOffice(_on_server(demo_template, pg_url), demo_template.info)
