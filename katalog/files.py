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


MAX_DEPTH = 16  # folders inside seeds/theses/, static/, templates/


def folder_files(folder: Path, config_display, max_depth: int = MAX_DEPTH,
                 folder_problem=None, walked: list[Path | None] | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """Every file under `folder` (sorted; names starting with '.' skipped), walked without
    recursion so that no depth can crash it. Symlinked folders, folders nested too deep and
    names that are not UTF-8 are reported, not entered; `folder_problem(name)`, given, may name
    an error for any other folder. Files are not read here: see read_inside(). `walked`, given,
    receives every folder listed, and None for each symbolic link or folder that could not be read
    (what they stand for can change while no folder listed does)."""
    found, problems = [], []
    stack = [(folder, 0)]
    while stack:
        base, depth = stack.pop()
        if walked is not None:
            walked.append(base)
        try:
            with os.scandir(base) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            problems.append(Diagnostic(config_display(base), 1, f"cannot read the folder: {exc.strerror}"))
            if walked is not None:
                walked.append(None)
            continue
        for entry in entries:
            path, is_dir = base / entry.name, entry.is_dir(follow_symlinks=False)
            if entry.name.startswith("."):
                continue
            if walked is not None and entry.is_symlink():
                walked.append(None)
            if not _utf8(entry.name):  # it would become part of a page or a path and cannot be written
                what = "folder" if is_dir else "file"
                problems.append(Diagnostic(config_display(path), 1, f"{what} name is not valid UTF-8: rename the {what}"))
            elif is_dir and depth < max_depth:
                stack.append((path, depth + 1))
                if folder_problem and (message := folder_problem(entry.name)):
                    problems.append(Diagnostic(config_display(path), 1, message))
            elif is_dir:
                problems.append(Diagnostic(config_display(path), 1, f"folders nested more than {max_depth} deep: not read"))
            elif entry.is_symlink() and _points_to_folder(entry):
                problems.append(Diagnostic(config_display(path), 1, "symbolic link to a folder: not followed", "warning"))
            else:
                found.append(path)
    return sorted(found), problems


def summary_files(folder: Path, root: Path, config_display,
                  walked: list[Path | None] | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """Candidate summary files under `folder`, sorted, and what was skipped (`walked`: see folder_files)."""
    def named_like_a_summary(name: str) -> str | None:
        return "is a directory, not a file: not read" if name.lower().endswith(SUMMARY_SUFFIXES) else None

    files, problems = folder_files(folder, config_display, folder_problem=named_like_a_summary, walked=walked)
    found = []
    for path in files:
        if path.name.lower().endswith(SUMMARY_SUFFIXES):
            found.append(path)
        else:
            problems.append(Diagnostic(config_display(path), 1,
                                       f"ignored: a summary must end in {', '.join(SUMMARY_SUFFIXES)}", "warning"))
    return found, problems


def _points_to_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a loop: read_inside() reports it
        return False


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
