"""A throw-away PostgreSQL cluster for the network-version tests (shared ci-recipe 8a).

Listed once in ``tests/conftest.py`` ``pytest_plugins``. The session fixture ``pg_cluster`` runs initdb in a
temporary folder as the ``postgres`` user (initdb refuses root), starts the server on a free port of
127.0.0.1 (never 5432) with fsync off (and synchronous_commit off: sts-pos turns it on for its own sessions,
which the lost-server test relies on), and makes the login role ``sts`` with a password (scram-sha-256 on
TCP, so the tests go through the password path a counter uses; ``PGPASSWORD`` is set for this process and
the processes it starts). ``pg_url`` gives each test a fresh, empty database owned by ``sts``.
If the cluster cannot start, the tests that use it FAIL (CI installs Debian's ``postgresql``).

``python -m tests.support.postgres`` starts one by hand and prints a URL (for the benchmark), until Enter.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

PGBIN = Path("/usr/lib/postgresql/15/bin")
ROLE, PASSWORD = "sts", "counter-secret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    def __init__(self, fsync: bool = False) -> None:
        self.fsync = fsync
        self.dir = Path(tempfile.mkdtemp(prefix="sts-pg-"))
        self.port = _free_port()
        self.host = "127.0.0.1"
        self._names = itertools.count(1)
        self.running = False

    def _as_postgres(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = list(argv)
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> Cluster:
        if not (PGBIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL 15 is not installed ({PGBIN}/initdb missing): apt-get install postgresql")
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres", "postgres")
        self._as_postgres(str(PGBIN / "initdb"), "-D", str(self.dir / "data"), "-U", "postgres",
                          "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
                          "--no-sync")
        self.start_server()
        self.admin(f"CREATE ROLE {ROLE} LOGIN PASSWORD '{PASSWORD}'")
        return self

    def start_server(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c max_connections=60"
        if not self.fsync:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        done = self._as_postgres(str(PGBIN / "pg_ctl"), "-D", str(self.dir / "data"), "-l", str(self.dir / "log"),
                                 "-w", "-o", options, "start", check=False)
        if done.returncode != 0:
            log = (self.dir / "log").read_text(errors="replace") if (self.dir / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n{log[-2000:]}")
        self.running = True

    def stop_server(self, mode: str = "fast") -> None:
        self._as_postgres(str(PGBIN / "pg_ctl"), "-D", str(self.dir / "data"), "-m", mode, "-w", "stop",
                          check=False)
        self.running = False

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=str(self.dir), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def new_database(self) -> str:
        name = f"office_{next(self._names)}"
        self.admin(f"CREATE DATABASE {name} OWNER {ROLE} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql://{ROLE}@{self.host}:{self.port}/{name}"

    def close(self) -> None:
        if self.running:
            self.stop_server("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = Cluster()
    try:
        cluster.start()
    except Exception:
        cluster.close()
        raise
    os.environ["PGPASSWORD"] = PASSWORD
    yield cluster
    cluster.close()


@pytest.fixture
def pg_url(pg_cluster, tmp_path, monkeypatch) -> str:
    """A fresh, empty database on the session's cluster, as the URL a counter is given. The PC's local files
    of a network office (its audit-head anchor) go to the test's folder (XDG_DATA_HOME, also for children)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "local"))
    if not pg_cluster.running:
        pg_cluster.start_server()
    return pg_cluster.new_database()


if __name__ == "__main__":  # pragma: no cover - by hand, for benchmarks
    import sys

    cluster = Cluster(fsync="--fsync" in sys.argv).start()
    print(f"PGPASSWORD={PASSWORD} {cluster.new_database()}", flush=True)
    try:
        input()
    finally:
        cluster.close()
