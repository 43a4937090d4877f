"""Project configuration: where things are read from and written to."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Config:
    root: Path
    seeds: Path
    templates: Path
    static: Path
    out: Path
    site_title: str = "Katalog Tesis Kota Bersaudara"
    site_title_en: str = "Sister City Thesis Catalogue"
    zip_name: str = "katalog-kota-bersaudara.zip"
    # Pages of the hosted site link to the offline zip at this relative path, when set.
    zip_link: str | None = None
    # The build date shown in the footer (ISO, or any text given by --source-date); never the clock's,
    # so output stays byte-identical (the command line fills it in: katalog.builddate).
    source_date: str | None = None
    # The public address the site is published at ('https://example.org/katalog/'), when known:
    # citations then give each page's URL, and pages a canonical link. Offline copies get none.
    site_url: str | None = None
    # The persistent build cache (katalog/buildcache.py): prepared theses kept between processes.
    # None (the default here): none; the command line uses .cache/katalog/ unless --no-cache.
    cache: Path | None = None

    @classmethod
    def for_project(cls, root: Path, out: Path | None = None, seeds: Path | None = None, cache: Path | None = None,
                    **kw) -> Config:
        root = root.resolve()
        return cls(
            cache=cache.resolve() if cache else None,
            root=root,
            seeds=(seeds or root / "seeds").resolve(),
            templates=root / "templates",
            static=root / "static",
            out=(out or root / "site").resolve(),
            **kw,
        )

    def display_path(self, path: Path) -> str:
        """Path as shown in diagnostics: relative to the project root when inside it."""
        if path.is_absolute() and ".." not in path.parts and path.is_relative_to(self.root):
            return path.relative_to(self.root).as_posix()  # as written: no file system calls
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
