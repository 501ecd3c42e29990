"""One HTTP exchange with LanguageTool under a single deadline for all of it.

A socket timeout restarts with every byte, so a server that drips its status line, its headers
or its body a byte at a time would keep klacht waiting far beyond the user's timeout. Here a
watchdog shuts the connection down when the deadline passes, whatever phase the exchange is in
(connecting through a proxy, sending, reading headers or body); the exchange then fails and the
caller falls back to the embedded checker.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Final

from klacht.errors import SpellcheckUnavailable

MAX_ANSWER: Final = 5_000_000
"""The largest answer read, in bytes."""


class HTTPStatusError(SpellcheckUnavailable):
    """LanguageTool answered with an HTTP error (``check`` backs off the public API on 429)."""

    def __init__(self, status: int) -> None:
        """Keep the status code."""
        super().__init__(f"LanguageTool antwoordde met HTTP {status}.")
        self.status = status


class _Watchdog:
    """Shut down every socket of one exchange once its deadline has passed."""

    def __init__(self, timeout: float) -> None:
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._fired = False
        self._timer = threading.Timer(timeout, self._fire)
        self._timer.daemon = True

    @property
    def fired(self) -> bool:
        """Tell whether the deadline passed before the exchange ended."""
        return self._fired

    def watch(self, sock: socket.socket) -> None:
        """Add a connected socket; shut it down at once when the deadline already passed."""
        with self._lock:
            self._sockets.append(sock)
            fired = self._fired
        if fired:
            _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self._fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    """Wake whoever waits on ``sock``: a blocked read returns or fails at once."""
    with contextlib.suppress(OSError):  # already closed or never connected
        sock.shutdown(socket.SHUT_RDWR)


def _handlers(watchdog: _Watchdog, *, local: bool) -> list[urllib.request.BaseHandler]:
    """Return urllib handlers whose connections report their sockets to ``watchdog``."""

    class HTTPConnection(http.client.HTTPConnection):
        def connect(self) -> None:
            super().connect()
            watchdog.watch(self.sock)

    class HTTPSConnection(http.client.HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            watchdog.watch(self.sock)

    class HTTPHandler(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(HTTPConnection, req)

    class HTTPSHandler(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(HTTPSConnection, req)

    handlers: list[urllib.request.BaseHandler] = [HTTPHandler(), HTTPSHandler()]
    if local:
        handlers.append(urllib.request.ProxyHandler({}))  # never send localhost to a proxy
    return handlers


def exchange(url: str, *, data: dict[str, str] | None, timeout: float) -> Any:
    """GET (no data) or POST a form to an http(s) ``url`` and return the decoded JSON.

    Raises HTTPStatusError for an HTTP error status and SpellcheckUnavailable for anything
    else that goes wrong, including the deadline ``timeout`` (seconds) passing.
    """
    body = urllib.parse.urlencode(data).encode("utf-8") if data is not None else None
    request = urllib.request.Request(  # noqa: S310 -- callers pass http(s) URLs only
        url, data=body, headers={"Accept": "application/json", "User-Agent": "klacht"}
    )
    host = urllib.parse.urlsplit(url).hostname or ""
    with _Watchdog(timeout) as watchdog:
        opener = urllib.request.build_opener(
            *_handlers(watchdog, local=host in ("localhost", "127.0.0.1", "::1"))
        )
        try:
            raw = _read(opener, request, watchdog, timeout)
        except urllib.error.HTTPError as err:
            raise HTTPStatusError(err.code) from err
        except (urllib.error.URLError, OSError, ValueError, http.client.HTTPException) as err:
            if watchdog.fired:
                raise SpellcheckUnavailable("LanguageTool antwoordde te traag.") from err
            reason = err.reason if isinstance(err, urllib.error.URLError) else err
            why = getattr(reason, "strerror", None) or reason
            raise SpellcheckUnavailable(f"LanguageTool is niet bereikbaar ({why}).") from err
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        raise SpellcheckUnavailable("LanguageTool gaf geen geldige JSON terug.") from err


def _read(
    opener: urllib.request.OpenerDirector,
    request: urllib.request.Request,
    watchdog: _Watchdog,
    timeout: float,
) -> bytes:
    """Open ``request`` and read its whole body before the watchdog's deadline."""
    with opener.open(request, timeout=timeout) as response:
        chunks: list[bytes] = []
        size = 0
        while True:
            if watchdog.fired or size > MAX_ANSWER:
                raise SpellcheckUnavailable("LanguageTool antwoordde te traag of te veel.")
            chunk = response.read1(65536)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    if watchdog.fired:
        raise SpellcheckUnavailable("LanguageTool antwoordde te traag.")
    return b"".join(chunks)
