"""Reading the project's files safely, and proving output paths stay inside the output folder.

Only regular files that resolve inside the project are read. A symlink out of it, a FIFO, a
device, a directory named like a summary, a dangling link or a loop is reported, never read:
a link to /proc/self/environ must not publish the builder's environment, a FIFO must not hang
the build, /dev/zero must not eat memory.
"""

from __future__ import annotations

import errno
import os
import posixpath
import stat
from pathlib import Path

from .errors import Diagnostic

MAX_FILE_BYTES = 2 * 1024 * 1024  # per source file; a real summary is 2–60 kB, a whole thesis < 1 MB
SUMMARY_SUFFIXES = (".md", ".markdown", ".txt")  # compared case-insensitively (shout.MD is a summary)


class UnsafePath(ValueError):
    """An output path that is not a plain relative path inside the output folder."""


def read_inside(path: Path, root: Path, display: str, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, list[Diagnostic]]:
    """The bytes of `path` if it is a regular file inside `root` and at most `limit` bytes."""
    def problem(message: str) -> tuple[None, list[Diagnostic]]:
        return None, [Diagnostic(display, 1, message)]

    if not _utf8(str(path)):
        return problem("file name is not valid UTF-8: rename the file")
    try:
        real = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return problem("symbolic link loop: not read")
        return problem("dangling symbolic link: not read" if os.path.islink(path) else f"cannot read: {exc.strerror}")
    if real != root and root not in real.parents:
        if Path(os.path.abspath(path)) == real:
            return problem("is outside the project folder: not read")
        return problem(f"symbolic link to {real}, outside the project: not read")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: no link swapped in since.
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        return problem(f"cannot read: {exc.strerror}")
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return problem("is a directory, not a file: not read")
        if not stat.S_ISREG(info.st_mode):
            return problem("is not a regular file (a FIFO, socket or device): not read")
        if info.st_size > limit:
            return problem(f"file is {info.st_size:,} bytes, over the limit of {limit:,} bytes per file: not read")
        chunks, size = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:  # grew while we read
                return problem(f"file is over the limit of {limit:,} bytes per file: not read")
        return b"".join(chunks), []
    finally:
        os.close(fd)


def summary_files(folder: Path, root: Path, config_display) -> tuple[list[Path], list[Diagnostic]]:
    """Candidate summary files under `folder`, sorted; symlinked folders are reported, not entered."""
    found, problems = [], []
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        base = Path(dirpath)
        for name in sorted(dirnames):
            if not _utf8(name):
                problems.append(Diagnostic(config_display(base / name), 1, "folder name is not valid UTF-8: rename it"))
            elif (base / name).is_symlink():
                problems.append(Diagnostic(config_display(base / name), 1,
                                           "symbolic link to a folder: not followed", "warning"))
            elif name.lower().endswith(SUMMARY_SUFFIXES):
                problems.append(Diagnostic(config_display(base / name), 1, "is a directory, not a file: not read"))
        dirnames[:] = sorted(d for d in dirnames if not (base / d).is_symlink() and not d.startswith(".") and _utf8(d))
        for name in filenames:
            path = base / name
            if name.startswith("."):
                continue
            if not _utf8(name):  # it would become part of the page's text and cannot be written
                problems.append(Diagnostic(config_display(path), 1, "file name is not valid UTF-8: rename the file"))
            elif name.lower().endswith(SUMMARY_SUFFIXES):
                found.append(path)
            else:
                problems.append(Diagnostic(config_display(path), 1,
                                           f"ignored: a summary must end in {', '.join(SUMMARY_SUFFIXES)}", "warning"))
    return sorted(found), problems


def _utf8(name: str) -> bool:
    """A name the file system gave as valid UTF-8 (undecodable bytes arrive as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def safe_relpath(path: str) -> str:
    """`path` if it is a plain relative path that stays inside its folder; else UnsafePath."""
    if not path or "\\" in path or "\0" in path or path.startswith("/") or ":" in path.split("/", 1)[0]:
        raise UnsafePath(f"unsafe output path {path!r}")
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts) or posixpath.normpath(path) != path:
        raise UnsafePath(f"unsafe output path {path!r}")
    if any(len(part.encode()) > 200 for part in parts):
        raise UnsafePath(f"output path part too long in {path[:80]!r}…")
    return path
