"""Start a private pcscd with the vsmartcard virtual reader (vpcd), for the card simulator and the tests.

pcscd 1.9.9 always listens on ``/run/pcscd/pcscd.comm`` and ignores ``PCSCLITE_CSOCK_NAME`` (only the
client library honours it), so the daemon runs in a private mount namespace (``unshare -m``) with our own
directory bind-mounted on ``/run/pcscd``; clients find it through ``PCSCLITE_CSOCK_NAME``, which
libpcsclite reads once per process, so set it before the first pyscard call. Needs root (CAP_SYS_ADMIN),
as in CI. The vpcd driver listens on 0.0.0.0:PORT and PORT+1 (readers "Virtual PCD 00 00" and "00 01");
a virtual card connects to PORT (see :mod:`sts_pos.devices.cards.simulator`).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

VPCD_DRIVER = "/usr/lib/pcsc/drivers/serial/libifdvpcd.so"
READER_NAME = "Virtual PCD 00 00"


class PcscdUnavailable(RuntimeError):
    """pcscd (or vpcd, unshare, root) is missing on this machine."""


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("0.0.0.0", port))
        except OSError:
            return False
    return True


def free_port_pair() -> int:
    """A port p such that p and p+1 are both free (vpcd opens two readers)."""
    for _ in range(50):
        with socket.socket() as sock:
            sock.bind(("0.0.0.0", 0))
            port = sock.getsockname()[1]
        if port < 65535 and _port_free(port + 1):
            return port
    raise PcscdUnavailable("no free pair of TCP ports for the virtual reader")


def new_socket_dir() -> Path:
    """A short private directory (AF_UNIX paths are limited to 107 bytes)."""
    return Path(tempfile.mkdtemp(prefix="pcsc-", dir="/tmp"))


@dataclass
class PrivatePcscd:
    """A pcscd with one vpcd reader pair; ``csock`` is the value for ``PCSCLITE_CSOCK_NAME``."""

    directory: Path = field(default_factory=new_socket_dir)
    port: int = 0
    process: subprocess.Popen | None = None

    @property
    def csock(self) -> str:
        return str(self.directory / "run" / "pcscd.comm")

    def start(self, timeout: float = 10.0) -> PrivatePcscd:
        for tool in ("pcscd", "unshare", "mount"):
            if not shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin"):
                raise PcscdUnavailable(f"'{tool}' is not installed (apt install pcscd vsmartcard-vpcd)")
        if not os.path.exists(VPCD_DRIVER):
            raise PcscdUnavailable(f"the vpcd driver {VPCD_DRIVER} is missing (apt install vsmartcard-vpcd)")
        if os.geteuid() != 0:
            raise PcscdUnavailable("a private pcscd needs root (unshare -m and a bind mount)")
        self.port = self.port or free_port_pair()
        run, conf = self.directory / "run", self.directory / "conf"
        run.mkdir(exist_ok=True)
        conf.mkdir(exist_ok=True)
        (conf / "vpcd").write_text(
            f'FRIENDLYNAME "Virtual PCD"\nDEVICENAME /dev/null:0x{self.port:04X}\n'
            f"LIBPATH {VPCD_DRIVER}\nCHANNELID 0x{self.port:04X}\n"
        )
        os.makedirs("/run/pcscd", exist_ok=True)
        self.log = open(self.directory / "pcscd.log", "wb")
        pcscd = shutil.which("pcscd", path="/usr/sbin:/sbin:" + os.environ.get("PATH", ""))
        self.process = subprocess.Popen(
            ["unshare", "-m", "sh", "-c", f"mount --bind {run} /run/pcscd && exec {pcscd} -f -c {conf}"],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + timeout
        while not os.path.exists(self.csock):
            if self.process.poll() is not None:
                raise PcscdUnavailable(
                    f"pcscd exited with status {self.process.returncode}: "
                    f"{(self.directory / 'pcscd.log').read_text(errors='replace')[-400:]}"
                )
            if time.monotonic() > deadline:
                self.stop()
                raise PcscdUnavailable("pcscd did not create its socket in time")
            time.sleep(0.01)
        return self

    def stop(self, remove_directory: bool = False) -> None:
        """Stop pcscd (it removes its socket); optionally remove our directory too."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if getattr(self, "log", None):
            self.log.close()
        if remove_directory:
            shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> PrivatePcscd:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class VirtualCardProcess:
    """The card simulator as a child process: starting it inserts the card, stopping it pulls the card."""

    port: int
    file: Path
    kind: str = "sle4442"
    pull_after_writes: int | None = None
    process: subprocess.Popen | None = None
    pull_after_steps: int | None = None
    tear: bool = False

    def insert(self) -> VirtualCardProcess:
        command = [
            sys.executable,
            "-m",
            "sts_pos.devices.cards.simulator",
            "--port",
            str(self.port),
            "--file",
            str(self.file),
            "--kind",
            self.kind,
        ]
        if self.pull_after_writes is not None:
            command += ["--pull-after-writes", str(self.pull_after_writes)]
        if self.pull_after_steps is not None:
            command += ["--pull-after-steps", str(self.pull_after_steps)] + (["--tear"] if self.tear else [])
        self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL)
        return self

    def remove(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
        if self.process is not None:
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        self.process = None
