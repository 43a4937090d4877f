"""A reproducible zip of the site: sorted entries, fixed timestamps, fixed permissions."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

from .errors import UnsafeOutput
from .files import UnsafePath, safe_relpath
from .write import contents

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def zip_bytes(files: dict[str, bytes], folder: str) -> bytes:
    """The site's files under one top folder, so unzipping makes `folder/index.html`. Every path
    is proven a plain relative one first: no entry may unpack outside that folder ('zip slip')."""
    try:
        for path in [folder, *files]:
            safe_relpath(path)
    except UnsafePath as exc:
        raise UnsafeOutput(f"refusing to write the zip: {exc}") from None
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            archive.writestr(info, contents(files[path]), compresslevel=9)
    return buffer.getvalue()


def check_zip_path(dest: Path, root: Path, protected: list[Path]) -> None:
    """The same rules as for the output folder: never over the project's sources, never over a
    folder, never over a file that is not a zip."""
    if dest.is_symlink():
        raise UnsafeOutput(f"refusing to write the zip to {dest}: it is a symbolic link")
    real, root = dest.resolve(), root.resolve()
    if real.suffix.lower() != ".zip":
        raise UnsafeOutput(f"refusing to write the zip to {dest}: the file name must end in .zip")
    for path in [root / ".git", *protected]:
        path = path.resolve()
        if real == path or path in real.parents:
            raise UnsafeOutput(f"refusing to write the zip to {dest}: it is inside {path}")
    if real.parent == root and real.name.lower() in {"build.py", "pyproject.toml", "readme.md"}:
        raise UnsafeOutput(f"refusing to write the zip to {dest}: it is a project file")
    if real.is_dir():
        raise UnsafeOutput(f"refusing to write the zip to {dest}: it is a folder; give a file name ending in .zip")
    if real.exists():
        with open(real, "rb") as handle:
            if not real.is_file() or handle.read(4) not in (b"PK\x03\x04", b"PK\x05\x06"):
                raise UnsafeOutput(f"refusing to write the zip to {dest}: it exists and is not a zip file")


def make_zip(files: dict[str, bytes], dest: Path, folder: str) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(zip_bytes(files, folder))
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return dest
