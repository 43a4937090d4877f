"""A reproducible zip of the site: sorted entries, fixed timestamps, fixed permissions."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip can hold


def zip_bytes(files: dict[str, bytes], folder: str) -> bytes:
    """The site's files under one top folder, so unzipping makes `folder/index.html`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(files):
            info = zipfile.ZipInfo(f"{folder}/{path}", date_time=FIXED_TIME)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            archive.writestr(info, files[path], compresslevel=9)
    return buffer.getvalue()


def make_zip(files: dict[str, bytes], dest: Path, folder: str) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.write_bytes(zip_bytes(files, folder))
    tmp.replace(dest)
    return dest
