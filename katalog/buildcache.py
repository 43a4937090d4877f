"""The persistent build cache: what preparing a thesis costs, kept on disk between processes.

A fresh process (CI with the folder restored, `serve` restarted) reads back each thesis it has
prepared before — clean-up, tagging, Markdown, search analysis and the stems of its words, as
(Entry, DocTerms) — and the gazetteer places found in each text, and prepares only what changed.

Keys: a file's key is the SHA-256 of the tool version (`tool_digest()`: the code and data of this
package, the versions of the libraries whose output is stored, the Python version), the
vocabulary digest and the thesis's content digest, id and path. Layout of the folder:

    .katalog-cache                  marker: the builder made this folder (like the output's)
    prepared/<2 hex>/<key>.bin      one per prepared thesis
    places.bin                      every text's gazetteer candidates, one file
    judged.bin                      what each text was judged to name (places, problems, spellings)
    index.bin                       the last `build`'s search index (IndexCache.snapshot(): no documents,
                                    their cache keys instead) and related theses, for the next process

Each file is `katalog-cache 1\\n`, the tool digest, the SHA-256 of the payload (one line each),
then the payload: a pickle. Pickle, because it is what the builder already sends between its
processes and reads back fastest (a JSON form of an Entry would need a schema of its own and
reads slower); but a pickle can name any callable, so it is read by an unpickler that accepts
only the package's own data classes (ALLOWED), never a function. The digest line catches a
truncated or damaged file, the version lines a cache of another release. Anything unexpected —
wrong header, wrong digest, a name not allowed, any error at all while reading — makes the entry
a miss: it is prepared afresh and the file overwritten. Never trusted, never fatal: a cache that
cannot be written is skipped too. Files are written to a temporary name and renamed, so a killed
build leaves no half file under a real name.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
from importlib import metadata
from pathlib import Path

from .errors import UnsafeOutput

MAGIC = b"katalog-cache 1\n"
MARKER = ".katalog-cache"
# The classes a cached pickle may name: the data an Entry, a DocTerms or a place candidate holds.
ALLOWED = {
    ("katalog.enrich", "Entry"), ("katalog.search.analysis", "DocTerms"), ("katalog.errors", "Diagnostic"),
    ("katalog.markdown", "Heading"), ("katalog.load", "LineList"), ("katalog.load", "LineDict"), ("katalog.gazetteer", "Place"),
    ("katalog.timeline", "Event"), ("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"),
    ("datetime", "timedelta"), ("datetime", "timezone"),
}
# Libraries whose output the cache stores (stems, HTML, sanitised HTML, parsed YAML).
LIBRARIES = ("PySastrawi", "snowballstemmer", "markdown-it-py", "mdit-py-plugins", "nh3", "PyYAML")


def tool_digest() -> str:
    """The version of everything that decides a prepared thesis, but the thesis and the vocabulary."""
    digest = hashlib.sha256(sys.version.encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=?\0".encode())
    return digest.hexdigest()


class _AllowedOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) not in ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in the build cache")
        return super().find_class(module, name)


def check_cache_path(cache: Path, root: Path, out: Path, protected: list[Path]) -> None:
    """The output folder's rules (write.check_output_path), and never inside the output or around it."""
    cache, out = cache.resolve(), out.resolve()
    if cache == out or out in cache.parents or cache in out.parents:
        raise UnsafeOutput(f"refusing to use {cache} as the build cache: it is or holds the output folder {out}")
    from .write import check_folder  # a late import: write imports nothing from here, but stays the owner

    check_folder(cache, root, protected, MARKER, "--cache", "as the build cache")


class BuildCache:
    """Entries by key in a folder; `hits`, `misses` and `stored` count what this process did."""

    def __init__(self, folder: Path, tool: str | None = None):
        self.folder = folder
        self.tool = tool or tool_digest()
        self.hits = self.misses = self.stored = self.unwritable = 0
        self.rejected: list[str] = []  # files found but not trusted (damaged, foreign): overwritten
        self.outdated: set[str] = set()  # of those, the files another release wrote (the usual case after an upgrade)

    def key(self, *parts: str) -> str:
        return hashlib.sha256("\0".join((self.tool, *parts)).encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "prepared" / key[:2] / f"{key}.bin"

    def get(self, key: str):
        return self._read(self._path(key))

    def put(self, key: str, value) -> None:
        self._write(self._path(key), value)

    def get_places(self, name: str = "places") -> dict:
        """A memo of the places step (`places`: each text's candidates; `judged`: what each was
        judged to name), or {} when absent or not trusted."""
        hits, misses = self.hits, self.misses
        memo = self._read(self.folder / f"{name}.bin")
        self.hits, self.misses = hits, misses  # the counts are of theses
        return memo if isinstance(memo, dict) else {}

    def put_places(self, memo: dict, name: str = "places") -> None:
        self._write(self.folder / f"{name}.bin", memo)

    def _read(self, path: Path):
        try:
            data = path.read_bytes()
        except OSError:  # absent (the usual miss) or unreadable
            self.misses += 1
            return None
        try:
            head, tool, digest, payload = data.split(b"\n", 3)
            if head + b"\n" != MAGIC or tool.decode() != self.tool:
                if head + b"\n" == MAGIC:
                    self.outdated.add(path.name)
                raise ValueError("another release's cache")
            if hashlib.sha256(payload).hexdigest() != digest.decode():
                raise ValueError("damaged")
            value = _AllowedOnly(io.BytesIO(payload)).load()
        except Exception:  # noqa: BLE001 - whatever is wrong with the file, it is not used
            self.rejected.append(path.name)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def _write(self, path: Path, value) -> None:
        try:
            payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            data = b"".join((MAGIC, self.tool.encode(), b"\n", hashlib.sha256(payload).hexdigest().encode(), b"\n"))
            self._ensure_folder()
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.write(payload)
            os.replace(tmp, path)
            self.stored += 1
        except Exception:  # noqa: BLE001 - a cache that cannot be written costs time, not the build
            self.unwritable += 1

    def _ensure_folder(self) -> None:
        if not (self.folder / MARKER).is_file():
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / MARKER).write_text("build cache of katalog (build.py); safe to delete\n")

    def prune(self, live: set[str]) -> int:
        """Remove the prepared theses no longer in the catalogue (or of another release); returns how many."""
        removed = 0
        base = self.folder / "prepared"
        if not base.is_dir():
            return 0
        for sub in base.iterdir():
            for path in sub.iterdir() if sub.is_dir() else ():
                if path.name.removesuffix(".bin") not in live:
                    try:
                        path.unlink()
                        removed += 1
                    except OSError:
                        pass
        return removed
