"""The site memo: a whole built site, kept in the build cache by the digest of all it is made of.

A build is a function of its inputs — the files under seeds/, templates/ and static/, the
project's docs/data.md, the options that reach a page (title, site URL, zip link, build date),
and the tool itself (`buildcache.tool_digest()`). When a build with the very same inputs has
been made before, its files are taken back from the cache instead of being made again: CI with
the cache restored and nothing but the workflow changed, a second `build` in a row, a build
into another output folder. Anything else (one thesis edited) is built as usual, with the
prepared theses of the cache.

Layout, beside the prepared theses (buildcache.py):

    sites/<input digest>.bin      the record: each output file's path, sha256, size and mtime,
                                  the page counts, and the build's warnings
    blobs/<2 hex>/<sha256>        each file once, by content (a hard link to the output file
                                  where the file system allows, so storing costs no copy)

A record is read like every cache file (checked header, tool version and digest). A blob is
trusted when its size and modification time are those recorded when it was stored; otherwise
its content is hashed again, and a blob that is not what its name says makes the whole record
a miss. Inputs the builder would refuse or report (a symbolic link, a special file, a file over
the size limit) are never looked up: those builds always run, so their diagnostics are shown.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .buildcache import BuildCache
from .config import Config
from .files import MAX_DEPTH, MAX_FILE_BYTES
from .write import Linked, link_or_copy

KEEP_SITES = 3  # records kept (the newest); blobs no kept record names are removed


def _walk(folder: Path, digest, seen: dict, depth: int = 0, fresh: dict | None = None) -> bool:
    """Feed every entry under `folder` into `digest`; False when one is not a plain file or folder.
    `seen` maps a file's path to (its stat, its sha256) from an earlier walk: a file whose size,
    time and inode are unchanged is not read again (`serve` asks after every save)."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except FileNotFoundError:
        digest.update(b"absent\0")
        return True
    except OSError:
        return False
    for entry in entries:
        name = entry.name.encode("utf-8", "surrogateescape")
        if entry.is_symlink() or depth > MAX_DEPTH:
            return False
        if entry.is_dir(follow_symlinks=False):
            digest.update(b"d\0" + name + b"\0")
            if not _walk(Path(entry.path), digest, seen, depth + 1, fresh):
                return False
            digest.update(b"end\0")
        elif entry.is_file(follow_symlinks=False):
            stat = entry.stat(follow_symlinks=False)
            if stat.st_size > MAX_FILE_BYTES:
                return False
            mark = (stat.st_size, stat.st_mtime_ns, stat.st_ino, stat.st_ctime_ns)
            if fresh is not None:
                fresh[entry.path] = mark
            known = seen.get(entry.path)
            if known is None or known[0] != mark:
                with open(entry.path, "rb") as handle:
                    known = seen[entry.path] = (mark, hashlib.sha256(handle.read(MAX_FILE_BYTES + 1)).digest())
            digest.update(b"f\0" + name + b"\0" + known[1])
        else:  # a FIFO, a socket, a device
            return False
    return True


def input_digest(config: Config, tool: str, seen: dict | None = None, fresh: dict | None = None) -> str | None:
    """The digest of everything a build of `config` reads, or None when the inputs hold
    something the builder would refuse or report (then no memo is used). `seen`: see _walk;
    `fresh`, given, receives each plain file's stat mark as taken now (load_theses needs not
    take them again: 0.08 s of an edit at 10,000 theses)."""
    digest = hashlib.sha256(b"katalog-site 2\0" + tool.encode() + b"\0")
    options = (str(config.root), str(config.seeds), config.site_title, config.site_title_en, config.zip_name,
               config.zip_link, config.source_date, config.site_url)
    digest.update(repr(options).encode("utf-8", "surrogateescape") + b"\0")
    seen = {} if seen is None else seen
    for folder in (config.seeds, config.templates, config.static, config.root / "docs"):
        digest.update(b"folder\0")
        if folder.is_symlink() or not _walk(folder, digest, seen, fresh=fresh):
            return None
    return digest.hexdigest()


class SiteMemo:
    """Whole sites by input digest, in a build cache's folder."""

    def __init__(self, cache: BuildCache):
        self.cache = cache
        self.sites = cache.folder / "sites"
        self.blobs = cache.folder / "blobs"

    def _blob(self, sha256: str) -> Path:
        return self.blobs / sha256[:2] / sha256

    def lookup(self, key: str) -> dict | None:
        """The record of a site built from these inputs, its files as Blobs; None if there is
        none or any part of it cannot be trusted."""
        record = self._record(self.sites / f"{key}.bin")
        if record is None:
            return None
        files = {}
        for path, (sha256, size, mtime) in record["files"].items():
            blob = self._blob(sha256)
            if not _trusted(blob, sha256, size, mtime):
                return None
            files[path] = Linked(blob, sha256, size)
        try:
            os.utime(self.sites / f"{key}.bin")  # the newest used: kept longest
        except OSError:
            pass
        return {**record, "files": files}

    def prior_pages(self) -> dict[str, tuple[str, Linked]]:
        """The pages of the newest site kept, as dest_path → (page key, Linked): a page whose key is
        the same now needs no rendering (most pages, when one thesis changed since). Blobs are
        trusted by their recorded size and time; a page whose blob changed is left out (rendered)."""
        records = sorted(self.sites.glob("*.bin"), key=lambda p: p.stat().st_mtime_ns) if self.sites.is_dir() else []
        record = self._record(records[-1]) if records else None
        if record is None or not isinstance(record.get("pages"), dict):
            return {}
        out = {}
        for dest, page_key in record["pages"].items():
            sha256, size, mtime = record["files"].get(dest, ("", 0, 0))
            blob = self._blob(sha256) if sha256 else None
            try:
                if blob is not None and (blob.stat().st_size, blob.stat().st_mtime_ns) == (size, mtime):
                    out[dest] = (page_key, Linked(blob, sha256, size))
            except OSError:
                continue
        return out

    def stored(self):
        """A function (sha256, size) → the blob holding those bytes, or None: for write_site to link
        files the last builds wrote (most of a site after one edit). A blob is trusted as lookup()
        trusts it, by the size and time recorded; one that changed since is not used."""
        recorded: dict[str, tuple[int, int]] = {}
        for path in sorted(self.sites.glob("*.bin"), key=lambda p: p.stat().st_mtime_ns)[-KEEP_SITES:]:
            record = self._record(path)
            if record is not None:
                recorded.update((sha, (size, mtime)) for sha, size, mtime in record["files"].values())

        def find(sha256: str, size: int) -> Path | None:
            if recorded.get(sha256, (None,))[0] != size:
                return None
            blob = self._blob(sha256)
            try:
                stat = blob.stat(follow_symlinks=False)
            except OSError:
                return None
            return blob if (stat.st_size, stat.st_mtime_ns) == recorded[sha256] and blob.is_file() else None

        return find

    def _record(self, path: Path) -> dict | None:
        """A record read and checked like any cache file, not counted (the cache's counts are of theses)."""
        hits, misses, rejected = self.cache.hits, self.cache.misses, list(self.cache.rejected)
        record = self.cache._read(path)
        self.cache.hits, self.cache.misses, self.cache.rejected = hits, misses, rejected
        return record if _well_formed(record) else None

    def store(self, key: str, out: Path, manifest: dict[str, str], counts: dict[str, int], diagnostics: list,
              warnings: list, page_keys: dict[str, str]) -> None:
        """Keep the site just written to `out` (its manifest: path → sha256) under `key`, with the
        key of each page (render.Page.key: all a page shows) for prior_pages()."""
        try:
            files = {}
            for path, sha256 in manifest.items():
                blob = self._blob(sha256)
                if not blob.exists():
                    blob.parent.mkdir(parents=True, exist_ok=True)
                    tmp = blob.with_name(f".tmp-{os.getpid()}-{blob.name}")
                    link_or_copy(out / path, tmp)
                    os.replace(tmp, blob)
                stat = blob.stat()
                files[path] = (sha256, stat.st_size, stat.st_mtime_ns)
            self.sites.mkdir(parents=True, exist_ok=True)
            self.cache._write(self.sites / f"{key}.bin", {"files": files, "counts": dict(counts),
                                                               "diagnostics": list(diagnostics), "warnings": list(warnings),
                                                               "pages": dict(page_keys)})
            self._prune()
        except OSError:  # a cache that cannot be written costs time, not the build
            pass

    def _prune(self) -> None:
        records = sorted(self.sites.glob("*.bin"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
        for old in records[KEEP_SITES:]:
            old.unlink(missing_ok=True)
        live = set()
        for path in records[:KEEP_SITES]:
            record = self._record(path)
            if record is not None:
                live.update(sha for sha, _, _ in record["files"].values())
        for sub in self.blobs.iterdir() if self.blobs.is_dir() else ():
            for blob in sub.iterdir():
                if blob.name not in live:
                    blob.unlink(missing_ok=True)


def _well_formed(record) -> bool:
    return (isinstance(record, dict) and isinstance(record.get("files"), dict) and isinstance(record.get("counts"), dict)
            and isinstance(record.get("warnings"), list) and isinstance(record.get("diagnostics"), list)
            and all(isinstance(v, tuple) and len(v) == 3 and isinstance(v[0], str) and len(v[0]) == 64
                    for v in record["files"].values()))


def _trusted(blob: Path, sha256: str, size: int, mtime: int) -> bool:
    """The blob is the file it was: unchanged since stored (size and time), or else the same bytes."""
    try:
        stat = blob.stat(follow_symlinks=False)
        if not blob.is_file() or blob.is_symlink() or stat.st_size != size:
            return False
        if stat.st_mtime_ns == mtime:
            return True
        return hashlib.sha256(blob.read_bytes()).hexdigest() == sha256  # restored by a tool that changed the times
    except OSError:
        return False

