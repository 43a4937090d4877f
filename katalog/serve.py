"""`build.py serve`: build, serve the output on 127.0.0.1, rebuild and reload on change.

The build function is injected, so tests can drive the loop with a fake one. A failed
rebuild keeps the last good site on disk and shows its errors in the terminal and as a
banner at the top of every page served, until a rebuild succeeds.
"""

from __future__ import annotations

import html
import ipaddress
import mimetypes
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

from .config import Config
from .errors import BuildFailed, UnsafeOutput, summary_line


class DevServer:
    def __init__(self, out: Path, build: Callable[[], object], log=None, hosts: AllowedHosts | set[str] | None = None,
                 live_script: str | None = None):
        self.out = out
        self.build = build
        self.log = log or (lambda text: print(text, file=sys.stderr, flush=True))
        self.error: str | None = None
        self.builds = 0
        self.hosts = hosts  # the Host headers accepted (None: any, for tests that call the app directly)
        self.live_script = live_script  # src of the reload script put into every page served

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
        except Exception as exc:  # noqa: BLE001 - a bug must not leave a stale site looking fine
            self.error = f"unexpected error during the build: {type(exc).__name__}: {exc}"
            self.log(self.error + "\n" + traceback.format_exc() + "(showing the last good site)")
            return False
        self.error = None
        self.builds += 1
        seconds = getattr(result, "seconds", 0.0)
        self.log(f"rebuilt in {seconds:.2f} s")
        return True

    def banner(self) -> bytes:
        """The build's errors at the top of every page (styled by style.css: no inline style)."""
        return (
            '<div role="alert" id="build-error" class="build-error">'
            "Build gagal — situs terakhir yang berhasil tetap ditampilkan.\n"
            f"{html.escape(self.error or '')}</div>"
        ).encode()

    def app(self, environ, start_response):
        """A WSGI app serving the output folder, with the error banner on HTML pages."""
        def plain(status: str, text: bytes) -> list[bytes]:
            start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
            return [text]

        if self.hosts is not None and environ.get("HTTP_HOST", "") not in self.hosts:
            return plain("403 Forbidden", b"unknown host")  # DNS rebinding: only our own names
        path = unquote(environ.get("PATH_INFO", "/")).lstrip("/")
        if "\0" in path or "\\" in path:
            return plain("404 Not Found", b"not found")
        try:
            target = (self.out / path).resolve()
            if target.is_dir():
                target = target / "index.html"
            inside = self.out.resolve() in target.parents and target.is_file()
        except (OSError, ValueError):
            inside = False
        if not inside:
            return plain("404 Not Found", b"not found")
        body = target.read_bytes()
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind == "text/html" and self.error:
            body = body.replace(b"<body>", b"<body>" + self.banner(), 1)
        if kind == "text/html" and self.live_script:
            tag = f'<script src="{html.escape(self.live_script)}"></script>'.encode()
            body = body.replace(b"</body>", tag + b"</body>", 1)
        if kind.startswith("text/") or kind in ("application/javascript",):
            kind += "; charset=utf-8"
        start_response("200 OK", [("Content-Type", kind), ("Cache-Control", "no-store")])
        return [body]


def _server_class():
    """livereload's Server without its inline script (our pages forbid inline scripts) and with
    the reload socket and the pages answering only to this machine's own names and origins."""
    from livereload import Server
    from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
    from tornado import web
    from tornado.wsgi import WSGIContainer

    class LocalServer(Server):
        def application(self, port, host, liveport=None, debug=None, live_css=True):
            LiveReloadHandler.watcher, LiveReloadHandler.live_css = self.watcher, live_css
            hosts = self.app.__self__.hosts

            class Socket(LiveReloadHandler):
                def check_origin(self, origin: str) -> bool:
                    return origin.split("//", 1)[-1] in hosts

                def prepare(self):
                    if self.request.host not in hosts:
                        raise web.HTTPError(403)

            handlers = [(r"/livereload", Socket), (r"/livereload\.js", LiveReloadJSHandler),
                        (r".*", web.FallbackHandler, {"fallback": WSGIContainer(self.app)})]
            return web.Application(handlers=handlers).listen(port, address=host)

    return LocalServer


class AllowedHosts:
    """The Host headers (and Origins, without their scheme) the server answers to: this machine's
    own names on a loopback address; on another address (--host 0.0.0.0 for a phone on the LAN)
    also any IP address. DNS rebinding needs a domain name, so an address literal is safe."""

    def __init__(self, host: str, port: int):
        self.port = str(port)
        self.loopback = host in ("127.0.0.1", "localhost", "::1")
        self.names = {host, f"[{host}]", "localhost"} | ({"127.0.0.1", "[::1]"} if self.loopback else set())

    def __contains__(self, header: object) -> bool:
        name, colon, port = str(header).rpartition(":")
        if not colon or port != self.port:
            return False
        if name in self.names:
            return True
        if self.loopback or not name:
            return False
        try:
            ipaddress.ip_address(name[1:-1] if name.startswith("[") and name.endswith("]") else name)
        except ValueError:
            return False
        return True


def local_hosts(host: str, port: int) -> AllowedHosts:
    return AllowedHosts(host, port)


def serve(config: Config, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False) -> int:
    from .pipeline import Builder, Progress
    from .write import recover

    recover(config.out)  # a swap cut short by a kill is finished even if the first build fails
    builder = Builder(config, progress=Progress(), reuse_site=False)
    dev = DevServer(config.out, builder.build, hosts=local_hosts(host, port),
                    live_script=f"/livereload.js?port={port}")
    dev.rebuild()
    builder.warm()  # what the first edit would make otherwise (the map outlines, the gazetteer's name sets)
    server = _server_class()(app=dev.app)
    for folder in (config.seeds, config.templates, config.static):
        server.watch(str(folder), dev.rebuild, delay=0.2)
    print(f"serving {config.out} on http://{host}:{port}/ (Ctrl+C to stop)", file=sys.stderr)
    server.serve(port=port, host=host, open_url=open_browser, restart_delay=0)
    return 0
