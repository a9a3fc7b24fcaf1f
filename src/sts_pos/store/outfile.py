"""Writing a file a user named (a receipt, a report, an export): never over the office.

One helper for ``sts-pos print``, ``report`` and ``export --out`` (and the check of ``backup PATH``):

* the office database, its ``-wal``/``-shm``/``-journal`` files, the audit anchor ``<db>.audit-head`` (and
  its temporary files), anything in the ``backups/`` folder beside it, and any other SQLite database are
  never written over, not even with ``--force`` (the paths are compared after resolving links, and by
  inode, so ``./office.sqlite3``, a symlink or a hard link to it are all recognised);
* an existing file is refused unless ``force``;
* the bytes go to a temporary file in the same folder, flushed to disk, then renamed into place in one
  step: a full disk or a killed process leaves either the old file or the new one, never half of one.
  Without ``force`` the rename is a hard link, so a file created meanwhile is not replaced either.

Device files and pipes (``--out /dev/usb/lp0`` for a receipt printer) are written directly.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sts_pos.errors import UserFacingError

SQLITE_MAGIC = b"SQLite format 3\x00"


class OutputRefused(UserFacingError):
    """The file named for output cannot or must not be written."""


def office_files(db_path: str | os.PathLike) -> list[Path]:
    """The files that make up the office at ``db_path`` (database, journals, audit anchor)."""
    from sts_pos.store.anchor import head_path

    db = Path(db_path)
    return [db, Path(f"{db}-wal"), Path(f"{db}-shm"), Path(f"{db}-journal"), head_path(db)]


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_target(target: str | os.PathLike, db_path: str | os.PathLike | None, what: str) -> Path:
    """Refuse ``target`` when it is part of the office at ``db_path`` (or any SQLite database); returns it."""
    from sts_pos.store.anchor import head_path
    from sts_pos.store.location import backup_dir

    path = Path(target)
    real = _real(path)
    if db_path is not None:
        for protected in office_files(db_path):
            if real == _real(protected) or _same_file(path, protected):
                raise OutputRefused(f"{path} is part of the office database ({protected.name}); the {what} "
                                    "was not written. Choose another file name.")
        anchor = _real(head_path(db_path))
        if real.parent == anchor.parent and real.name.startswith(anchor.name):
            raise OutputRefused(f"{path} belongs to the office's audit log; the {what} was not written. "
                                "Choose another file name.")
        backups = _real(backup_dir(db_path))
        if real == backups or backups in real.parents:
            raise OutputRefused(f"{path} is in the office's backup folder {backups}; the {what} was not "
                                "written there. Choose a file outside it.")
    if path.is_dir():
        raise OutputRefused(f"{path} is a folder; give a file name for the {what}.")
    if path.is_file():
        try:
            with open(path, "rb") as handle:
                head = handle.read(len(SQLITE_MAGIC))
        except OSError:
            head = b""
        if head == SQLITE_MAGIC:
            raise OutputRefused(f"{path} is a database (perhaps an office or a backup); the {what} was not "
                                "written over it, not even with --force. Choose another file name.")
    return path


def _is_device(path: Path) -> bool:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode)


def write_error(exc: OSError, path: Path, what: str) -> UserFacingError:
    """An operating-system error while writing ``path``, in words."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return OutputRefused(f"The disk holding {path.parent} is full: the {what} was not written (no other "
                             "file was changed). Free some space or choose another disk, then try again.",
                             detail=str(exc))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputRefused(f"sts-pos may not write {path}: the {what} was not written. Choose a folder you "
                             "can write to.", detail=str(exc))
    if exc.errno == errno.ENOENT:
        return OutputRefused(f"The folder {path.parent} does not exist: the {what} was not written. Create "
                             "it or choose another folder.", detail=str(exc))
    return OutputRefused(f"Cannot write the {what} to {path}: {exc.strerror or exc}.", detail=str(exc))


@contextlib.contextmanager
def output_file(target: str | os.PathLike, *, db_path: str | os.PathLike | None, force: bool = False,
                what: str = "file") -> Iterator[BinaryIO]:
    """A binary handle whose bytes end up in ``target`` only when the block finishes without error."""
    path = check_target(target, db_path, what)
    if _is_device(path):
        try:
            with open(path, "wb") as handle:
                yield handle
        except OSError as exc:
            raise write_error(exc, path, what) from exc
        return
    if path.exists() and not force:
        raise OutputRefused(f"{path} already exists; the {what} was not written. Choose another file name, "
                            "or add --force to replace it.")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise write_error(exc, path, what) from exc
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a receipt is an ordinary file
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _move_into_place(tmp, path, force)
    except OSError as exc:
        raise write_error(exc, path, what) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _move_into_place(tmp: Path, path: Path, force: bool) -> None:
    if force:
        os.replace(tmp, path)
        return
    try:
        os.link(tmp, path)  # atomic and never replaces a file that appeared meanwhile
    except FileExistsError:
        raise OutputRefused(f"{path} appeared while it was being written; it was left as it is. Choose "
                            "another file name, or add --force to replace it.") from None
    except OSError:  # a file system without hard links
        if path.exists():
            raise OutputRefused(f"{path} already exists; choose another file name, or add --force.") from None
        os.replace(tmp, path)


def write_output(target: str | os.PathLike, data: bytes, *, db_path: str | os.PathLike | None,
                 force: bool = False, what: str = "file") -> Path:
    with output_file(target, db_path=db_path, force=force, what=what) as handle:
        handle.write(data)
    return Path(target)
