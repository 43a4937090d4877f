"""Write stage: a fresh folder swapped into place; never touch what the builder did not make."""

from __future__ import annotations

import glob
import hashlib
import json
import os
import posixpath
import re
import shutil
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UnsafeOutput
from .files import UnsafePath, safe_relpath

WRITE_THREADS = 2  # one per core: more threads only spin on the file system's locks (measured)
MARKER = ".katalog-build.json"  # written last into every output folder: the manifest of its files
PENDING = MARKER + ".pending"  # the files an update in place is changing (see update_site)


@dataclass(frozen=True)
class Linked:
    """An output file whose bytes are already on disk (in the build cache): written by linking
    `path` into the new folder (copying where links are not possible), its digest known."""

    path: Path
    sha256: str
    size: int

    def read(self) -> bytes:
        """The bytes, proven to be the ones recorded (a cache file changed since is refused)."""
        data = self.path.read_bytes()
        if hashlib.sha256(data).hexdigest() != self.sha256:
            raise UnsafeOutput(f"{self.path}: a build-cache file changed after it was recorded; "
                               "build again with --no-cache")
        return data


def contents(data: bytes | Linked) -> bytes:
    """An output file's bytes, whether made by this build or kept in the build cache."""
    return data.read() if isinstance(data, Linked) else data


@dataclass(frozen=True)
class WriteStats:
    written: int
    reused: int
    removed: int
    manifest: dict[str, str] = field(default_factory=dict, compare=False, repr=False)  # path → sha256
    # an update in place that hashed only some files: those files' digests, and the paths gone
    touched: tuple[dict[str, str], list[str]] | None = field(default=None, compare=False, repr=False)


def check_output_path(out: Path, root: Path, protected: list[Path]) -> None:
    """Refuse an output folder that would overwrite the project or a folder we did not create."""
    check_folder(out, root, protected, MARKER, "--out", "to write to")


def check_folder(out: Path, root: Path, protected: list[Path], marker: str, option: str, purpose: str) -> None:
    """Refuse a folder the builder writes into (`purpose`: 'to write to') if it is the project, a parent
    of it, inside or around a protected folder, or a non-empty folder without the builder's `marker`."""
    out, root = out.resolve(), root.resolve()
    if out == root or out in root.parents or out == Path(out.anchor):
        raise UnsafeOutput(f"refusing {purpose} {out}: it is the project folder or one of its parents")
    for path in protected:
        path = path.resolve()
        if out == path or path in out.parents:
            raise UnsafeOutput(f"refusing {purpose} {out}: it is inside {path}")
        if out in path.parents:
            raise UnsafeOutput(f"refusing {purpose} {out}: it contains {path}")
    if out.exists():
        if not out.is_dir():
            raise UnsafeOutput(f"refusing {purpose} {out}: it is a file")
        if (out / ".git").exists() or (out / "seeds").exists():
            raise UnsafeOutput(f"refusing {purpose} {out}: it contains .git or seeds/")
        if any(out.iterdir()) and not (out / marker).is_file():
            raise UnsafeOutput(f"refusing {purpose} {out}: the folder is not empty and was not made by this builder "
                               f"(no {marker}); choose another {option} or empty it yourself")


def _foreign_files(out: Path, manifest: dict[str, str]) -> list[str]:
    """Files and folders in the output folder that the last build did not write: the next swap
    would lose them. A folder the builder never made is named once (`drafts/`), not entered."""
    known = {parent for path in manifest for parent in _parents(posixpath.dirname(path))}
    foreign = []
    for dirpath, dirnames, filenames in os.walk(out):
        base = Path(dirpath).relative_to(out).as_posix()
        for name in list(dirnames):
            rel = posixpath.join(base, name) if base != "." else name
            if rel not in known:
                foreign.append(rel + "/")
                dirnames.remove(name)
        for name in filenames:
            path = posixpath.join(base, name) if base != "." else name
            if path != MARKER and path not in manifest and not _LITTER.match(name):
                foreign.append(path)
    return sorted(foreign)


_LITTER = re.compile(r"\..+\.new-\d+|" + re.escape(MARKER) + r"\.(?:tmp|pending)")  # what an update in place cut short leaves


def _parents(folder: str) -> list[str]:
    """'a/b/c' → ['a', 'a/b', 'a/b/c']."""
    parts = folder.split("/") if folder else []
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _owner(litter: Path) -> int | None:
    """The pid in a temporary folder's name (`.site.new-<pid>-xxxx`), if any."""
    part = litter.name.rsplit(".", 1)[-1].split("-")
    return int(part[1]) if len(part) > 2 and part[1].isdigit() else None


def recover(out: Path) -> None:
    """Finish what a killed build left beside `out`: put back a site moved aside but not replaced,
    and remove the temporary folders of builds that are no longer running."""
    out = out.resolve()
    if not out.parent.is_dir():
        return
    name = glob.escape(out.name)
    for litter in sorted(out.parent.glob(f".{name}.old-*")) + sorted(out.parent.glob(f".{name}.new-*")):
        pid = _owner(litter)
        if pid is not None and pid != os.getpid() and _alive(pid):
            continue  # a build running beside this one
        kept = litter / "site"
        if not out.exists() and not out.is_symlink() and (kept / MARKER).is_file():
            os.replace(kept, out)
        shutil.rmtree(litter, ignore_errors=True)
    for spool in sorted(out.parent.glob(f".{name}.pages-*")):  # the pages a build's workers wrote (pipeline)
        pid = _owner(spool)
        if pid is None or pid != os.getpid() and not _alive(pid):
            shutil.rmtree(spool, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _swap(tmp: Path, out: Path) -> None:
    """Put `tmp` where `out` is. There is never a moment without `out` where the kernel can swap
    two folders at once; elsewhere, a build killed between the two renames is undone by recover()."""
    if not out.exists():
        os.replace(tmp, out)
    elif _exchange(tmp, out):
        shutil.rmtree(tmp)  # now the old site
    else:
        trash = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-{os.getpid()}-", dir=out.parent))
        os.replace(out, trash / "site")
        os.replace(tmp, out)
        shutil.rmtree(trash)


def link_or_copy(source: Path, dest: str | Path) -> None:
    """A hard link to `source` at `dest` (no bytes copied), or a copy where links are not possible."""
    try:
        os.link(source, dest)
    except OSError:  # another file system, or links not allowed
        shutil.copyfile(source, dest)


def read_manifest(out: Path) -> dict[str, str]:
    """The files the builder wrote into `out`, with their sha256; '' for a file an update in place
    was changing when it stopped (its bytes are then known to no one: it is written again)."""
    try:
        files = json.loads((out / MARKER).read_text("utf-8"))["files"]
    except (OSError, ValueError, KeyError):
        return {}
    try:
        changing = json.loads((out / PENDING).read_text("utf-8"))
    except FileNotFoundError:
        return files
    except (OSError, ValueError):
        return {}
    return {**files, **{path: "" for path in changing if path in files}} if isinstance(changing, list) else {}


def _put_marker(out: Path, manifest: dict[str, str], last: dict[str, str] | None = None,
                changed: Iterable[str] = ()) -> None:
    """The manifest, one file a line. `last` and `changed`, from serve's update: the manifest this
    process wrote before (the very dict) and the paths whose digest changed since, when no path came
    or went; then only those lines are made again (encoding all 80,000 lines took 0.1 s of an edit at
    10,000 theses; patching a few and joining takes 0.01 s)."""
    tmp = out / f"{MARKER}.tmp"
    memo = _MANIFEST_LINES.get(out)
    if last is not None and memo is not None and memo[0] is last and manifest.keys() == last.keys():
        _, lines, position = memo
        for path in changed:
            lines[position[path]] = f"{json.dumps(path)}: {json.dumps(manifest[path])}"
        text = '{"files": {' + ",\n".join(lines) + '},\n"generator": "katalog"}'
        _MANIFEST_LINES[out] = (manifest, lines, position)
    else:
        # json's C encoder (indent=0 took the Python one: 0.5 s a write at 10,000 theses)
        text = json.dumps({"generator": "katalog", "files": manifest}, sort_keys=True, separators=(",\n", ": "))
        _MANIFEST_LINES.pop(out, None)
        if last is not None:  # serve: the lines kept for its next update
            lines = text[len('{"files": {') : -len('},\n"generator": "katalog"}')].split(",\n") if manifest else []
            _MANIFEST_LINES[out] = (manifest, lines, {path: i for i, path in enumerate(sorted(manifest))})
    tmp.write_text(text, "utf-8")
    os.replace(tmp, out / MARKER)


# output folder → (the manifest last written there, its lines in order, path → line number); see _put_marker
_MANIFEST_LINES: dict[Path, tuple[dict, list[str], dict[str, int]]] = {}


UPDATE_SHARE = 0.2  # above this share of changed files, a new folder (linking the rest) is as quick as an update


def update_site(out: Path, files: dict[str, bytes | Linked], known: dict[str, str],
                last: dict[str, str] | None = None, written: dict[str, tuple] | None = None) -> WriteStats | None:
    """`serve`'s rebuild: write only the files that changed into the output folder, each by a
    rename, remove the files gone, and the manifest last. A copy of 10,000 files to swap in costs
    0.4 s at 1,000 theses and grows with the site; an edit changes a handful. While it runs, the
    files being changed are named in PENDING beside the manifest, which read_manifest() counts as
    unknown, so a build that finds it cut short rewrites them. None (nothing done) when the folder is not a site this builder finished, or
    when so much changed that write_site is the better way. `last`: the manifest this builder wrote
    into the folder, when the folder is known unchanged since (not read again: 0.1 s at 10,000 theses);
    `written` with it: path → (the bytes object written, its digest) of that manifest's files, so that
    only the files whose bytes are other objects are hashed and compared (the bookkeeping over every
    file of the site was 0.3 s of an edit at 10,000)."""
    old = last if last is not None else read_manifest(out)
    if not old or "" in old.values():
        return None

    def digest(path: str, data: bytes | Linked) -> str:
        return data.sha256 if isinstance(data, Linked) else known.get(path) or hashlib.sha256(data).hexdigest()

    touched = None
    if written is not None and last is not None:
        new = {path: digest(path, data) for path, data in files.items()
               if (was := written.get(path)) is None or was[0] is not data}
        changed = [path for path, sha in new.items() if old.get(path) != sha]
        gone = list(old.keys() - files.keys())
        manifest = {**old, **new}
        for path in gone:
            del manifest[path]
        touched = (new, gone)
    else:
        digests = {path: digest(path, data) for path, data in files.items()}
        changed = [path for path, sha in digests.items() if old.get(path) != sha]
        gone = [path for path in old if path not in files]
        manifest = dict(sorted(digests.items()))
    if len(changed) + len(gone) > UPDATE_SHARE * len(files):
        return None
    try:
        for path in changed:  # the others were proven inside the folder when written
            safe_relpath(path)
    except UnsafePath as exc:
        raise UnsafeOutput(f"refusing to write: {exc}") from None
    # the files about to change, named beside the manifest (writing the whole manifest twice was
    # 0.15 s of an edit at 10,000 theses): read_manifest counts them unknown until the manifest is new
    pending = out / f"{PENDING}.tmp"
    pending.write_text(json.dumps(changed + gone), "utf-8")
    os.replace(pending, out / PENDING)
    for path in changed:
        dest = out / path
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f".{dest.name}.new-{os.getpid()}")
        data = files[path]
        if isinstance(data, Linked):
            link_or_copy(data.path, tmp)
        else:
            tmp.write_bytes(data)
        os.replace(tmp, dest)
    for path in gone:
        (out / path).unlink(missing_ok=True)
        for folder in reversed(_parents(posixpath.dirname(path))):
            try:
                (out / folder).rmdir()  # only if empty
            except OSError:
                break
    _put_marker(out, manifest, last if touched is not None else None, changed)
    (out / PENDING).unlink()
    return WriteStats(len(changed), len(files) - len(changed), len(gone), manifest, touched)


def write_site(out: Path, files: dict[str, bytes | Linked], root: Path, protected: list[Path],
               known: dict[str, str] | None = None, stored=None) -> WriteStats:
    """Write `files` into a new folder beside `out`, then swap it in. Unchanged files are hard-linked.

    `known` gives the sha256 of files the caller knows to be byte for byte the same as before;
    `stored(sha256, size)`, given, a file elsewhere (the build cache) holding those very bytes,
    to link instead of writing: creating a file costs 0.5 ms on this machine's disk, a link 15 µs.
    """
    known = known or {}
    try:
        for path in files:  # every path proven to stay inside the output folder before anything is written
            safe_relpath(path)
    except UnsafePath as exc:
        raise UnsafeOutput(f"refusing to write: {exc}") from None
    recover(out.resolve())
    check_output_path(out, root, protected)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    old_manifest = read_manifest(out) if out.exists() else {}
    foreign = _foreign_files(out, old_manifest) if out.exists() else []
    if foreign:
        shown = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        raise UnsafeOutput(f"refusing to write to {out}: it holds files the builder did not write ({shown}), "
                           "which the next build would delete; move them out of the output folder")
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-{os.getpid()}-", dir=out.parent))
    items = sorted(files.items())
    manifest: dict[str, str] = {}
    try:
        for folder in sorted({posixpath.dirname(path) for path in files} - {""}):
            (tmp / folder).mkdir(parents=True, exist_ok=True)

        def put(share: list[tuple[str, bytes | Linked]]) -> list[tuple[str, str, bool]]:
            """Hash and write (or hard-link) some files; hashing and I/O let other threads run."""
            done = []
            for path, data in share:
                if isinstance(data, Linked):
                    link_or_copy(data.path, os.path.join(tmp, path))
                    done.append((path, data.sha256, True))
                    continue
                digest = known.get(path) or hashlib.sha256(data).hexdigest()
                if old_manifest.get(path) == digest:
                    try:
                        os.link(os.path.join(out, path), os.path.join(tmp, path))
                        done.append((path, digest, False))
                        continue
                    except OSError:
                        pass
                source = stored(digest, len(data)) if stored else None
                if source is not None:
                    try:
                        os.link(source, os.path.join(tmp, path))
                        done.append((path, digest, True))
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
        _put_marker(tmp, manifest)
        os.chmod(tmp, 0o755)
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    removed = len(set(old_manifest) - set(manifest))
    return WriteStats(written, reused, removed, manifest)
