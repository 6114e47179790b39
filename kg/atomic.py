"""Atomic file writes: a reader sees the old file or the new one, never half of one.

Every write goes to a temporary file in the target's directory (same file
system, so the rename is atomic), is flushed and fsync'ed, and then replaces
the target with `os.replace`. On any error -- including KeyboardInterrupt --
the temporary file is removed and the previous file is left untouched. A
process killed with SIGKILL can leave a hidden `.NAME.*.tmp` file behind;
`remove_stale_temps` clears those.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TEMP_SUFFIX = ".tmp"


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def _read_umask() -> int:
    """The process umask (read once at import: os.umask can only be read by setting it)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


# Permissions a plain `open(path, "w")` would give a new file.
_NEW_FILE_MODE = 0o666 & ~_read_umask()
# mkstemp names: the prefix, eight random characters, the suffix.
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX) + "$")


def _fsync_dir(directory: Path) -> None:
    """Persist the rename itself (POSIX); a no-op where directories cannot be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_open(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Open `path` for writing so that it is replaced only when the block succeeds.

    `mode` is "w"/"wt" (text, UTF-8 by default) or "wb" (bytes). The target
    keeps its previous permissions if it existed, else gets the usual ones.
    """
    if mode not in ("w", "wt", "wb"):
        raise ValueError(f"atomic_open supports only 'w', 'wt' and 'wb', not {mode!r}")
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    directory.mkdir(parents=True, exist_ok=True)
    try:
        file_mode = target.stat().st_mode & 0o7777
    except FileNotFoundError:
        file_mode = _NEW_FILE_MODE
    fd, tmp_name = tempfile.mkstemp(prefix=_temp_prefix(target), suffix=TEMP_SUFFIX, dir=directory)
    tmp = Path(tmp_name)
    try:
        if "b" in mode:
            handle = os.fdopen(fd, "wb")
        else:
            handle = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, file_mode)
        os.replace(tmp, target)
    except BaseException:
        # Any failure (or interrupt) before the rename: drop the partial file.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(directory)


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Replace `path` with `text` atomically (newlines written as given)."""
    with atomic_open(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data` atomically."""
    with atomic_open(path, "wb") as handle:
        handle.write(data)


def remove_stale_temps(directory: str | os.PathLike[str]) -> list[Path]:
    """Delete temporary files a killed writer left in `directory`; returns what was removed.

    Only call this when no other process is writing into `directory`.
    """
    removed = []
    for candidate in sorted(Path(directory).glob(f".*{TEMP_SUFFIX}")):
        if _TEMP_NAME.match(candidate.name) and candidate.is_file() and not candidate.is_symlink():
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed.append(candidate)
    return removed
