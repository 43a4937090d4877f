"""`build.py serve`: build, serve the output on 127.0.0.1, rebuild and reload on change.

The build function is injected, so tests can drive the loop with a fake one. A failed
rebuild keeps the last good site on disk and shows its errors in the terminal and as a
banner at the top of every page served, until a rebuild succeeds.
"""

from __future__ import annotations

import html
import mimetypes
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from .config import Config
from .errors import BuildFailed, UnsafeOutput, summary_line


class DevServer:
    def __init__(self, out: Path, build: Callable[[], object], log=None):
        self.out = out
        self.build = build
        self.log = log or (lambda text: print(text, file=sys.stderr, flush=True))
        self.error: str | None = None
        self.builds = 0

    def rebuild(self, *changed) -> bool:
        """Run the build; on failure remember the problems and keep serving the last good site."""
        try:
            result = self.build()
        except BuildFailed as failed:
            lines = [str(d) for d in failed.diagnostics]
            self.error = "\n".join(lines + [f"build failed: {summary_line(failed.diagnostics)}"])
            self.log(self.error + "\n(showing the last good site)")
            return False
        except UnsafeOutput as exc:
            self.error = str(exc)
            self.log(f"error: {exc}")
            return False
        self.error = None
        self.builds += 1
        seconds = getattr(result, "seconds", 0.0)
        self.log(f"rebuilt in {seconds:.2f} s")
        return True

    def banner(self) -> bytes:
        return (
            '<div role="alert" id="build-error" style="position:sticky;top:0;z-index:99;background:#8b0000;'
            'color:#fff;padding:0.8rem 1rem;font:14px/1.4 monospace;white-space:pre-wrap">'
            "Build gagal — situs terakhir yang berhasil tetap ditampilkan.\n"
            f"{html.escape(self.error or '')}</div>"
        ).encode()

    def app(self, environ, start_response):
        """A WSGI app serving the output folder, with the error banner on HTML pages."""
        path = unquote(environ.get("PATH_INFO", "/")).lstrip("/")
        target = (self.out / path).resolve()
        if target.is_dir():
            target = target / "index.html"
        if self.out.resolve() not in target.parents or not target.is_file():
            start_response("404 Not Found", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"not found"]
        body = target.read_bytes()
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html" and self.error:
            body = body.replace(b"<body>", b"<body>" + self.banner(), 1)
        if kind.startswith("text/") or kind in ("application/javascript",):
            kind += "; charset=utf-8"
        start_response("200 OK", [("Content-Type", kind), ("Cache-Control", "no-store")])
        return [body]


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> int:
    from livereload import Server

    from .pipeline import Builder, Progress

    builder = Builder(config, progress=Progress())
    dev = DevServer(config.out, builder.build)
    dev.rebuild()
    server = Server(app=dev.app)
    for folder in (config.seeds, config.templates, config.static):
        server.watch(str(folder), dev.rebuild, delay=0.2)
    print(f"serving {config.out} on http://{host}:{port}/ (Ctrl+C to stop)", file=sys.stderr)
    server.serve(port=port, host=host, open_url=open_browser, restart_delay=0)
    return 0
