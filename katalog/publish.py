"""Publishing a gathered site: Builder.build() (katalog/pipeline.py gathers, this writes).

The same inputs as an earlier build give that site back (the site memo, buildmemo.py, or the
folder this builder wrote last); otherwise the site is gathered with the rendering workers writing
each page into a spool folder beside the output, and written into a fresh folder swapped into
place (write.py) or, for `serve`, updated in place.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from .buildcache import tool_digest
from .buildmemo import SiteMemo, input_digest
from .errors import Diagnostic
from .workers import cyclic_gc_paused
from .write import MARKER, PENDING, Linked, WriteStats, check_output_path, read_manifest, update_site, write_site


@dataclass
class BuildResult:
    files: dict[str, bytes]
    diagnostics: list[Diagnostic]
    page_counts: Counter
    rendered: int
    seconds: float = 0.0
    write: WriteStats | None = None
    warnings: list[Diagnostic] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)  # sha256 of the pages rendered in workers
    origins: dict[str, tuple[str, ...]] = field(default_factory=dict)  # page → its template, then its source files



class Publishing:
    """Builder's writing half (it provides config, cache, pages, written, gather() and the rest)."""

    def build(self) -> BuildResult:
        started = time.monotonic()
        with cyclic_gc_paused():
            protected = self._protected()
            check_output_path(self.config.out, self.config.root, protected)  # before the work, and before the cache's check
            result = self._reuse_site(protected)
            if result is not None:
                self.walk_marks = {}  # taken for a build that did not load (see Builder._gather)
            if result is None:
                try:
                    result = self._gather_spooled()
                    result.write = self._write(result, protected)
                    self._unspool(result)
                finally:
                    if self.spool is not None:  # a failed build: no page of it is kept
                        shutil.rmtree(self.spool, ignore_errors=True)
                        self.spool, self.pages = None, {}
                if result.write.touched is not None:  # an update that hashed only the files it had to
                    fresh, gone = result.write.touched
                    for path, digest in fresh.items():
                        self.written[path] = (result.files[path], digest)
                    for path in gone:
                        self.written.pop(path, None)
                else:
                    self.written = {path: (result.files[path], digest) for path, digest in result.write.manifest.items()}
                if self.site_key and self.reuse_site and self.cache:
                    SiteMemo(self.cache).store(self.site_key, self.config.out, result.write.manifest, result.page_counts,
                                               result.diagnostics, result.warnings,
                                               {dest: key for dest, (key, _) in self.pages.items()})
                    self.store_index()
            self.last = (self.site_key, result, _stat(self.config.out / MARKER))
        result.seconds = time.monotonic() - started
        return result

    def _write(self, result: BuildResult, protected: list[Path]) -> WriteStats:
        # serve's rebuilds (this builder wrote the folder before) change only what changed, in place;
        # the manifest it wrote last, when the folder's manifest is still that very file
        last = (self.last[1].write.manifest if self.last and self.last[1].write and self.last[2] is not None
                and self.last[2] == _stat(self.config.out / MARKER) and not (self.config.out / PENDING).exists() else None)
        if last is not None and self.written and not self.reuse_site:  # files still the objects written need no look
            update = update_site(self.config.out, result.files, result.digests, last, self.written)
            if update is not None:
                return update
        # A file whose bytes are the very object written last time needs no new hash.
        known = {path: digest for path, (data, digest) in self.written.items() if result.files.get(path) is data}
        known.update(result.digests)
        update = update_site(self.config.out, result.files, known) if self.written and not self.reuse_site and last is None else None
        stored = SiteMemo(self.cache).stored() if self.cache and self.reuse_site and not update else None
        return update or write_site(self.config.out, result.files, self.config.root, protected, known, stored)

    def _gather_spooled(self) -> BuildResult:
        """gather(), the rendering workers writing each page into a spool folder beside the output
        and sending back only its name: the pages are not held in this process (1.1 GB of 3.8 GB
        at 10,000 theses). Not for `serve`, whose rebuilds keep the pages they reuse in memory."""
        if not self.reuse_site:
            return self.gather()
        self.config.out.parent.mkdir(parents=True, exist_ok=True)
        self.spool = Path(tempfile.mkdtemp(prefix=f".{self.config.out.name}.pages-{os.getpid()}-",
                                           dir=self.config.out.parent))  # a killed build's is removed by write.recover
        return self.gather()

    def _unspool(self, result: BuildResult) -> None:
        """After writing: the spooled pages are named by their place in the output folder (the same
        files, linked), and the spool folder goes."""
        spool, self.spool = self.spool, None
        if spool is None:
            return
        for dest, data in list(result.files.items()):
            if isinstance(data, Linked) and data.path.parent == spool:
                result.files[dest] = Linked(self.config.out / dest, data.sha256, data.size)
        self.pages = {dest: (key, result.files.get(dest, data)) for dest, (key, data) in self.pages.items()}
        shutil.rmtree(spool, ignore_errors=True)

    def _reuse_site(self, protected: list[Path]) -> BuildResult | None:
        """The site of an earlier build with these very inputs: still in the output folder when
        this builder wrote it last (nothing to do), or from the cache's memo, written (linked)
        into the output folder or found there already. None when there is no such site: then
        it is built (and, by `build`, kept for next time)."""
        self.reused, self.site_key = False, None
        self._open_cache()
        self.walk_marks = {}
        self.site_key = input_digest(self.config, self.cache.tool if self.cache else _tool(), self.inputs_seen,
                                     self.walk_marks)
        if self.site_key is None:
            return None
        out = self.config.out
        if self.last and self.last[0] == self.site_key and self.last[2] == _stat(out / MARKER) is not None:
            self.reused = True  # serve, and nothing changed (a save without a change, a touch)
            return replace(self.last[1], write=WriteStats(0, len(self.last[1].files), 0, self.last[1].write.manifest),
                           rendered=0)
        record = SiteMemo(self.cache).lookup(self.site_key) if self.reuse_site and self.cache else None
        if record is None:
            return None
        files = record["files"]
        manifest = {path: linked.sha256 for path, linked in files.items()}
        if read_manifest(out) == manifest and _holds(out, files):
            stats = WriteStats(0, len(files), 0, manifest)
        else:
            stats = write_site(out, files, self.config.root, protected, manifest)
        self.reused = True
        self.written = {}
        return BuildResult(files, record["diagnostics"], Counter(record["counts"]), 0, write=stats,
                           warnings=record["warnings"])


_TOOL: list[str] = []


def _tool() -> str:
    """The tool digest, once per process (where no cache has it)."""
    if not _TOOL:
        _TOOL.append(tool_digest())
    return _TOOL[0]


def _stat(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns)


def _holds(out: Path, files: dict) -> bool:
    """Every file is in the output folder with its size (the manifest there says which bytes)."""
    try:
        return all(os.stat(os.path.join(out, path)).st_size == linked.size for path, linked in files.items())
    except OSError:
        return False
