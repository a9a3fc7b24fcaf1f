"""A real CUPS for the printing tests (shared ci-recipe 8c): ``cupsd -f`` started here (no systemd), a cups-pdf
queue whose PDFs land in a temporary folder, and a raw ``socket://127.0.0.1:PORT`` queue whose bytes a TCP
listener of the test captures (the way CUPS talks to a network thermal printer).

One difference from the recipe, so that the computer's own cups-pdf setting is never touched: the PDF queue
is a named cups-pdf instance (device ``cups-pdf:/sts-pos-test``), which reads its own
``/etc/cups/cups-pdf-sts-pos-test.conf`` (``Out`` = the temporary folder) instead of ``cups-pdf.conf``;
the file and both queues are removed afterwards, and cupsd is stopped if this fixture started it.
Needs root (cupsd, lpadmin) and the apt packages cups, printer-driver-cups-pdf, cups-client, cups-bsd that
``scripts/dev.sh`` installs.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

CUPSD = "/usr/sbin/cupsd"
INSTANCE = "sts-pos-test"
PDF_QUEUE = "sts_pos_test_pdf"
RAW_QUEUE = "sts_pos_test_escpos"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
WAIT = 60.0  # seconds a job may take to come out (CUPS on a busy 2-core machine); not a timing assertion


class Listener:
    """A thermal printer on the network, as CUPS's socket backend sees it: every connection is one job."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self.arrived: list[float] = []
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            data = bytearray()
            with conn:
                conn.settimeout(WAIT)
                try:
                    while chunk := conn.recv(65536):
                        data.extend(chunk)
                except OSError:
                    pass
            with self._cond:
                self.jobs.append(bytes(data))
                self.arrived.append(time.monotonic())
                self._cond.notify_all()

    def next_job(self, seen: int) -> bytes:
        """The job after the first ``seen`` ones, waiting for it to arrive."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.jobs) > seen, timeout=WAIT):
                pytest.fail(f"no job reached the printer on port {self.port} within {WAIT:.0f} s; "
                            f"lpstat: {_lpstat()}")
            return self.jobs[seen]

    def close(self) -> None:
        self.server.close()


@dataclass
class Cups:
    pdf_queue: str
    raw_queue: str
    pdf_dir: Path
    listener: Listener
    startup_seconds: float
    started_here: bool
    timings: dict = field(default_factory=dict)

    def pdf_of_job(self, job_id: str) -> Path:
        """The PDF cups-pdf wrote for ``job_id`` (``QUEUE-N``): ``<title>-job_N.pdf``, mode 0600."""
        number = job_id.rpartition("-")[2]
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            for path in self.pdf_dir.glob(f"*-job_{number}.pdf"):
                if path.stat().st_size and path.read_bytes().rstrip().endswith(b"%%EOF"):
                    return path
            time.sleep(0.05)
        pytest.fail(f"cups-pdf wrote no PDF for job {job_id} in {self.pdf_dir} within {WAIT:.0f} s; "
                    f"lpstat: {_lpstat()}")

    def new_pdfs(self, before: set[Path]) -> list[Path]:
        """PDFs cups-pdf wrote since ``before`` (waiting for the first one)."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            done = [p for p in self.pdf_dir.glob("*-job_*.pdf") if p not in before and p.stat().st_size
                    and p.read_bytes().rstrip().endswith(b"%%EOF")]
            if done:
                return done
            time.sleep(0.05)
        pytest.fail(f"cups-pdf wrote no PDF in {self.pdf_dir} within {WAIT:.0f} s; lpstat: {_lpstat()}")


def _lpstat() -> str:
    out = subprocess.run(["lpstat", "-t"], capture_output=True, text=True, timeout=30)
    return (out.stdout + out.stderr).strip()[-600:]


def _running() -> bool:
    out = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=30)
    return out.stdout.strip() == "scheduler is running"


def _run(*args: str) -> None:
    out = subprocess.run(list(args), capture_output=True, text=True, timeout=60)
    if out.returncode != 0:
        pytest.fail(f"{' '.join(args)} failed: {out.stderr.strip() or out.stdout.strip()}")


@pytest.fixture(scope="session")
def cups(tmp_path_factory):
    missing = [tool for tool in (CUPSD, "lpadmin", "lpstat", "lp") if shutil.which(tool) is None]
    if missing or not Path("/usr/lib/cups/backend/cups-pdf").exists():
        pytest.fail(f"CUPS is not installed here ({', '.join(missing) or 'cups-pdf backend'} missing): run "
                    "bash scripts/dev.sh setup (apt: cups printer-driver-cups-pdf cups-client cups-bsd)")
    if os.geteuid() != 0:
        pytest.fail("the CUPS tests start cupsd and add queues, which needs root (CI runs as root)")
    pdf_dir = tmp_path_factory.mktemp("cups-pdf-out")
    pdf_dir.chmod(0o777)
    base = Path("/etc/cups/cups-pdf.conf").read_text()
    conf = Path(f"/etc/cups/cups-pdf-{INSTANCE}.conf")
    conf.write_text(re.sub(r"(?m)^Out .*$", f"Out {pdf_dir}", base))
    started = None
    t0 = time.monotonic()
    if not _running():
        started = subprocess.Popen([CUPSD, "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        while not _running():
            if started.poll() is not None:
                pytest.fail(f"cupsd stopped at start: {started.stderr.read().decode(errors='replace')[-400:]}")
            if time.monotonic() - t0 > WAIT:
                pytest.fail(f"cupsd did not start within {WAIT:.0f} s")
            time.sleep(0.1)
    startup = time.monotonic() - t0
    listener = Listener()
    try:
        _run("lpadmin", "-p", PDF_QUEUE, "-E", "-v", f"cups-pdf:/{INSTANCE}", "-m", PPD)
        _run("lpadmin", "-p", RAW_QUEUE, "-E", "-v", f"socket://127.0.0.1:{listener.port}", "-m", "raw")
        yield Cups(PDF_QUEUE, RAW_QUEUE, pdf_dir, listener, startup, started is not None)
    finally:
        for queue in (PDF_QUEUE, RAW_QUEUE):
            subprocess.run(["lpadmin", "-x", queue], capture_output=True, timeout=60)
        conf.unlink(missing_ok=True)
        listener.close()
        if started is not None:
            started.terminate()
            try:
                started.wait(timeout=20)
            except subprocess.TimeoutExpired:
                started.kill()
