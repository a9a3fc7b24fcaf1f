"""One way off the GUI thread: run store and device work on a worker, deliver the outcome on the GUI thread.

Modelled on Anki's ``CollectionOp``/``QueryOp``::

    tasks.run(lambda: office.vend(...), success=self._show_tokens, failure=self._show_error)

The work function runs on a pool thread and must never touch a widget; ``success(result)`` or
``failure(exc)`` then runs on the GUI thread (a queued signal to a relay object that lives there).
Long jobs take a :class:`Job` handle (``job.progress(done, total, text)``, ``job.cancelled``) and report
``progress`` on the GUI thread too. Device I/O gets its own single-thread runner so that a reader or a
serial port is only ever used from one thread (Electrum's ``hwd_comms_thread``).

``Tasks(synchronous=True)`` runs everything inline, callbacks included, as Picard's ``FakeThreadPool``
does, so GUI tests are deterministic.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a job by :meth:`Job.check` once the user asked to stop."""


class Job:
    """Given to work functions that take one argument: progress reports and cooperative cancelling."""

    def __init__(self, relay: _Relay, on_progress: Callable[[int, int, str], None] | None) -> None:
        self._relay = relay
        self._on_progress = on_progress
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, text: str = "") -> None:
        if self._on_progress is not None:
            self._relay.deliver.emit(lambda: self._on_progress(done, total, text))


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries each callback over to it."""

    deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, thunk: Callable[[], None]) -> None:
        try:
            thunk()
        except Exception:  # a broken callback must not kill the event loop; the excepthook shows it
            import sys

            sys.excepthook(*sys.exc_info())


def _wants_job(fn: Callable[..., Any]) -> bool:
    try:
        params = [
            p for p in inspect.signature(fn).parameters.values()
            if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
    except (TypeError, ValueError):
        return False
    return len(params) == 1


class Tasks(QObject):
    """Runs work functions off the GUI thread; see the module docstring."""

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._relay = _Relay(self)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._pool.setExpiryTimeout(-1)  # keep workers alive: the store keeps one SQLite connection per thread
        self._running = 0
        self._lock = threading.Lock()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(
        self,
        work: Callable[..., Any],
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        finished: Callable[[], None] | None = None,
    ) -> Job:
        """Run ``work()`` (or ``work(job)``) on a worker; then ``success(result)`` or ``failure(exc)``."""
        job = Job(self._relay, progress)
        call = (lambda: work(job)) if _wants_job(work) else work

        def outcome_callbacks(ok: bool, value: Any) -> Callable[[], None]:
            def deliver() -> None:
                with self._lock:
                    self._running -= 1
                try:
                    if ok:
                        if success is not None:
                            success(value)
                    elif failure is not None:
                        failure(value)
                    else:
                        import sys

                        sys.excepthook(type(value), value, value.__traceback__)
                finally:
                    if finished is not None:
                        finished()

            return deliver

        def body() -> None:
            try:
                result = call()
            except Exception as exc:  # noqa: BLE001 - every failure goes to the failure callback
                if not isinstance(exc, Cancelled):
                    log.info("task failed: %s: %s", type(exc).__name__, exc)
                thunk = outcome_callbacks(False, exc)
            else:
                thunk = outcome_callbacks(True, result)
            if self.synchronous:
                thunk()
            else:
                self._relay.deliver.emit(thunk)

        with self._lock:
            self._running += 1
        if self.synchronous:
            if progress is not None:
                job._relay = _InlineRelay()  # progress callbacks run inline too
            body()
        else:
            self._pool.start(body)
        return job

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the pool is idle (for tests and shutdown); queued callbacks still need the event loop."""
        return self._pool.waitForDone(msecs)


class _InlineSignal:
    @staticmethod
    def emit(thunk: Callable[[], None]) -> None:
        thunk()


class _InlineRelay:
    deliver = _InlineSignal()
