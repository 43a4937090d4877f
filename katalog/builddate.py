"""The build date in the footer, chosen so that builds stay reproducible.

Same input and same commit give the same date, so the same bytes: the date is never the clock's.
In order: `--source-date` as given; `SOURCE_DATE_EPOCH` (reproducible-builds.org) as a UTC date;
the last commit's date (UTC) when the project folder is a git repository's top level; else none.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Mapping
from pathlib import Path

MONTHS_ID = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember")


def build_date(root: Path, given: str | None = None, environ: Mapping[str, str] = os.environ) -> str | None:
    """The date to show (ISO 'YYYY-MM-DD' unless given otherwise); ValueError on a bad SOURCE_DATE_EPOCH."""
    if given:
        return given
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not epoch.isdigit():
            raise ValueError(f"SOURCE_DATE_EPOCH must be whole seconds since 1970, not {epoch!r}")
        return _utc_date(int(epoch))
    seconds = last_commit_time(root)
    return None if seconds is None else _utc_date(seconds)


def last_commit_time(root: Path) -> int | None:
    """Seconds since 1970 of the last commit, when `root` is the top level of a git work tree."""
    def git(*args: str) -> str | None:
        try:
            run = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=30,
                                 check=False)
        except (OSError, subprocess.SubprocessError):
            return None
        return run.stdout.strip() if run.returncode == 0 else None

    top = git("rev-parse", "--show-toplevel")
    if not top or Path(top).resolve() != root.resolve():
        return None  # not a repository, or the project is only a folder inside another one
    stamp = git("log", "-1", "--format=%ct")
    return int(stamp) if stamp and stamp.isdigit() else None


def _utc_date(seconds: int) -> str:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).date().isoformat()


def date_label(value: str) -> tuple[str | None, str]:
    """('2026-12-02', '2 Desember 2026') for an ISO date; (None, value) for any other text."""
    try:
        day = dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        day = None
    if day is None:
        return None, value
    return day.isoformat(), f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"
