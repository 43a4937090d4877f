"""Command line: build | serve | check | zip | new. Exit codes: 0 fine, 1 problems, 2 usage."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path

from .builddate import build_date
from .config import Config
from .errors import BuildFailed, Diagnostic, UnsafeOutput, summary_line

ROOT = Path(__file__).resolve().parent.parent


def _config(args) -> Config:
    root = Path(args.root).resolve() if getattr(args, "root", None) else ROOT
    out = Path(args.out) if getattr(args, "out", None) else None
    zip_link = Config.zip_name if getattr(args, "zip", False) else None
    cache = None if getattr(args, "no_cache", True) else Path(args.cache) if args.cache else root / ".cache" / "katalog"
    return Config.for_project(root, out=out, cache=cache, zip_link=zip_link, source_date=build_date(root, getattr(args, "source_date", None)),
                              site_url=site_url(getattr(args, "site_url", None) or os.environ.get("KATALOG_SITE_URL")))


def site_url(value: str | None) -> str | None:
    """The public address as given (option or KATALOG_SITE_URL), ending in '/'; only http(s)."""
    value = (value or "").strip()
    if not value:
        return None
    if not value.startswith(("https://", "http://")):
        raise argparse.ArgumentTypeError(f"--site-url must start with https:// or http://, not {value!r}")
    return value.rstrip("/") + "/"


def report(diagnostics: list[Diagnostic], stream=None) -> None:
    stream = stream or sys.stderr
    for d in sorted(diagnostics):
        print(d, file=stream)


def cmd_build(args) -> int:
    from .pipeline import Builder, Progress
    from .write import recover

    config = _config(args)
    recover(config.out)  # a swap cut short by a kill is finished even if this build fails
    builder = Builder(config, progress=Progress(), jobs=args.jobs)
    try:
        result = builder.build()
    except BuildFailed as failed:
        report(failed.diagnostics)
        print(f"build failed: {summary_line(failed.diagnostics)}; {config.display_path(config.out)} left as it was",
              file=sys.stderr)
        return 1
    counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.page_counts.items()))
    warn = f", {len(result.warnings)} suggestions (see 'build.py check')" if result.warnings else ""
    cache = builder.cache_summary()
    print(f"built {sum(result.page_counts.values())} pages ({counts}) and {len(result.files)} files "
          f"into {config.out} in {result.seconds:.2f} s{warn}{cache}")
    return 0


def cmd_check(args) -> int:
    from .check import run_check

    config = _config(args)
    diagnostics = run_check(config)
    report(diagnostics, sys.stdout)
    errors = [d for d in diagnostics if d.severity == "error"]
    failing = diagnostics if args.strict else errors
    print(summary_line(diagnostics))
    return 1 if failing else 0


def cmd_serve(args) -> int:
    from .serve import serve

    config = _config(args)
    return serve(config, host=args.host, port=args.port, open_browser=False)


def cmd_zip(args) -> int:
    from .package import check_zip_path, make_zip
    from .pipeline import Builder

    config = _config(args)
    dest = Path(args.output or (config.root / "dist" / config.zip_name))
    check_zip_path(dest, config.root, [config.seeds, config.templates, config.static])
    try:
        result = Builder(config, jobs=args.jobs).gather()
    except BuildFailed as failed:
        report(failed.diagnostics)
        print(f"zip not made: {summary_line(failed.diagnostics)}", file=sys.stderr)
        return 1
    make_zip(result.files, dest, folder=dest.stem)
    print(f"wrote {dest} ({dest.stat().st_size // 1024} KiB, {len(result.files)} files)")
    return 0


def cmd_new(args) -> int:
    from .scaffold import new_thesis

    config = _config(args)
    try:
        path = new_thesis(config, args.title, slug=args.id)
    except (FileExistsError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"created {config.display_path(path)}")
    return 0


def cmd_adopt(args) -> int:
    from .adopt import AdoptError, adopt

    config = _config(args)
    failed = 0
    for name in args.files:
        path = Path(name) if Path(name).is_absolute() else Path.cwd() / name
        try:
            text = adopt(config, path, dry_run=args.dry_run)
        except AdoptError as exc:
            print(exc.diagnostic, file=sys.stderr)
            failed += 1
            continue
        if args.dry_run:
            print(f"# {config.display_path(path)}\n{text}")
        else:
            print(f"adopted {config.display_path(path)}: review the front matter written above its text")
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="build.py", description="Build the sister-city thesis catalogue from seeds/.")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command")

    def common(sp, out=True):
        sp.add_argument("--root", help="project folder (default: the one holding build.py)")
        if out:
            sp.add_argument("--out", help="output folder (default: site/)")
        sp.add_argument("--jobs", type=int, default=None, help="processes for large builds (default: 2)")
        sp.add_argument("--cache", metavar="DIR", help="build cache: prepared theses kept between runs "
                                                       "(default: .cache/katalog/ in the project folder)")
        sp.add_argument("--no-cache", action="store_true", help="neither read nor write the build cache (a cold build)")
        if out:
            sp.add_argument("--zip", action="store_true",
                            help="put the offline zip into the site and link it from the home page (for publishing)")
        sp.add_argument("--source-date", help="the build date printed in the footer (default: from $SOURCE_DATE_EPOCH, "
                                             "else the last git commit's date, else none; never the clock's)")
        sp.add_argument("--site-url", type=site_url, help="public address of the published site, for citations and canonical "
                                           "links (default: $KATALOG_SITE_URL; none: offline copies give no URL)")

    b = sub.add_parser("build", help="build the site (the default command)")
    common(b)
    b.set_defaults(func=cmd_build)
    c = sub.add_parser("check", help="validate everything without writing",
                       description="Validate everything the build reads, without writing: front matter and vocabularies "
                                   "(types, known slugs, city types), templates, every link and #anchor of every page "
                                   "(reported at the thesis, vocabulary or template line that wrote it), and suggestions "
                                   "where a thesis's text and front matter disagree. Problems are printed as path:line: "
                                   "message. Exit status 0 when there is no error, 1 otherwise. A suggestion judged "
                                   "false is silenced in the thesis's front matter: reviewed: [\"<part of the message>\"] "
                                   "(see docs/fields.md).")
    common(c)
    c.add_argument("--strict", action="store_true",
                   help="suggestions (warnings) fail too: exit 1 unless there is nothing to report")
    c.set_defaults(func=cmd_check)
    s = sub.add_parser("serve", help="build, serve on 127.0.0.1, rebuild and reload on change",
                       description="Build into the output folder, serve it at http://HOST:PORT/, and rebuild when a file "
                                   "under seeds/, templates/ or static/ changes; open pages reload themselves. A broken "
                                   "edit prints its errors and shows them as a banner; the last good site stays served.")
    common(s)
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s; only this machine)")
    s.add_argument("--port", type=int, default=8000,
                   help="TCP port to listen on, pages and live reload alike (default: %(default)s)")
    s.set_defaults(func=cmd_serve)
    z = sub.add_parser("zip", help="a reproducible zip of the site for offline reading")
    common(z, out=False)
    z.add_argument("--output", help="zip file to write (default: dist/katalog-kota-bersaudara.zip)")
    z.set_defaults(func=cmd_zip)
    a = sub.add_parser("adopt", help="write what the builder took from raw summaries into their front matter")
    a.add_argument("files", nargs="+", help="summaries in seeds/theses/ without front matter")
    a.add_argument("--dry-run", action="store_true", help="print the front matter instead of writing it")
    a.add_argument("--root", help=argparse.SUPPRESS)
    a.set_defaults(func=cmd_adopt)
    n = sub.add_parser("new", help="scaffold a new thesis file")
    n.add_argument("title")
    n.add_argument("--id", help="file name / id (default: from the title)")
    n.add_argument("--root", help=argparse.SUPPRESS)
    n.set_defaults(func=cmd_new)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0].startswith("--") and argv[0] not in ("--help", "-h", "--debug"):
        argv.insert(0, "build")  # `python build.py --out DIR` builds
    if argv[:1] == ["--debug"] and (len(argv) == 1 or argv[1].startswith("--")):
        argv.insert(1, "build")
    args = parser().parse_args(argv)
    if not getattr(args, "func", None):
        args = parser().parse_args(["build", *argv])
    try:
        return args.func(args)
    except UnsafeOutput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - one line unless --debug
        if args.debug:
            traceback.print_exc()
        else:
            print(f"error: {exc} (run with --debug for the traceback)", file=sys.stderr)
        return 1
