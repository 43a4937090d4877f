"""Write stage: a fresh folder swapped into place; never touch what the builder did not make."""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UnsafeOutput

WRITE_THREADS = 2  # one per core: more threads only spin on the file system's locks (measured)
MARKER = ".katalog-build.json"  # written last into every output folder: the manifest of its files


@dataclass(frozen=True)
class WriteStats:
    written: int
    reused: int
    removed: int
    manifest: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # path → sha256


def check_output_path(out: Path, root: Path, protected: list[Path]) -> None:
    """Refuse an output folder that would overwrite the project or a folder we did not create."""
    out, root = out.resolve(), root.resolve()
    if out == root or out in root.parents or out == Path(out.anchor):
        raise UnsafeOutput(f"refusing to write to {out}: it is the project folder or one of its parents")
    for path in protected:
        path = path.resolve()
        if out == path or path in out.parents:
            raise UnsafeOutput(f"refusing to write to {out}: it is inside {path}")
        if out in path.parents:
            raise UnsafeOutput(f"refusing to write to {out}: it contains {path}")
    if out.exists():
        if not out.is_dir():
            raise UnsafeOutput(f"refusing to write to {out}: it is a file")
        if (out / ".git").exists() or (out / "seeds").exists():
            raise UnsafeOutput(f"refusing to write to {out}: it contains .git or seeds/")
        if any(out.iterdir()) and not (out / MARKER).is_file():
            raise UnsafeOutput(f"refusing to write to {out}: the folder is not empty and was not made by this builder "
                               f"(no {MARKER}); choose another --out or empty it yourself")


def read_manifest(out: Path) -> dict[str, str]:
    try:
        return json.loads((out / MARKER).read_text("utf-8"))["files"]
    except (OSError, ValueError, KeyError):
        return {}


def write_site(out: Path, files: dict[str, bytes], root: Path, protected: list[Path],
               known: dict[str, str] | None = None) -> WriteStats:
    """Write `files` into a new folder beside `out`, then swap it in. Unchanged files are hard-linked.

    `known` gives the sha256 of files the caller knows to be byte for byte the same as before.
    """
    known = known or {}
    check_output_path(out, root, protected)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    old_manifest = read_manifest(out) if out.exists() else {}
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    items = sorted(files.items())
    manifest: dict[str, str] = {}
    try:
        for folder in sorted({posixpath.dirname(path) for path in files} - {""}):
            (tmp / folder).mkdir(parents=True, exist_ok=True)

        def put(share: list[tuple[str, bytes]]) -> list[tuple[str, str, bool]]:
            """Hash and write (or hard-link) some files; hashing and I/O let other threads run."""
            done = []
            for path, data in share:
                digest = known.get(path) or hashlib.sha256(data).hexdigest()
                if old_manifest.get(path) == digest:
                    try:
                        os.link(os.path.join(out, path), os.path.join(tmp, path))
                        done.append((path, digest, False))
                        continue
                    except OSError:
                        pass
                with open(os.path.join(tmp, path), "wb") as handle:
                    handle.write(data)
                done.append((path, digest, True))
            return done

        with ThreadPoolExecutor(WRITE_THREADS) as threads:
            shares = [items[k::WRITE_THREADS] for k in range(WRITE_THREADS)]
            results = [row for rows in threads.map(put, shares) for row in rows]
        written = sum(1 for _, _, fresh in results if fresh)
        reused = len(results) - written
        manifest = {path: digest for path, digest, _ in sorted(results)}
        (tmp / MARKER).write_text(json.dumps({"generator": "katalog", "files": manifest}, sort_keys=True, indent=0), "utf-8")
        os.chmod(tmp, 0o755)
        if out.exists():
            trash = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
            os.replace(out, trash / "site")
            os.replace(tmp, out)
            shutil.rmtree(trash)
        else:
            os.replace(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    removed = len(set(old_manifest) - set(manifest))
    return WriteStats(written, reused, removed, manifest)
