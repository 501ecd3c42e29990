"""A stand-in LanguageTool server on 127.0.0.1 for the adapter tests.

It speaks ``/v2/languages`` and ``/v2/check`` with answers shaped like LanguageTool 6.x's
(offsets in UTF-16 code units, as the Java server counts), and can be told to fail: an HTTP
status, a delay, a body that is not JSON, or JSON of the wrong shape.
"""

from __future__ import annotations

import json
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LANGUAGES = [
    {"name": "Dutch", "code": "nl", "longCode": "nl"},
    {"name": "Dutch (Belgium)", "code": "nl", "longCode": "nl-BE"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
]

# word -> (rule id, issue type, message, replacements) per language code
KNOWN_ERRORS: dict[str, dict[str, tuple[str, str, str, list[str]]]] = {
    "nl": {
        "geanuleerd": (
            "MORFOLOGIK_RULE_NL_NL",
            "misspelling",
            "Mogelijk een typefout gevonden.",
            ["geannuleerd", "geannuleerde"],
        ),
        "KLM": ("MORFOLOGIK_RULE_NL_NL", "misspelling", "Mogelijk een typefout gevonden.", []),
        "Bolcom": ("MORFOLOGIK_RULE_NL_NL", "misspelling", "Mogelijk een typefout gevonden.", []),
        "word word": (
            "NL_WORD_REPEAT_RULE",
            "duplication",
            "Mogelijke typfout: woord herhaald.",
            ["word"],
        ),
        "mss": ("NL_SIMPLE_REPLACE", "style", "Schrijf dit voluit.", ["misschien"]),
    },
    "nl-BE": {
        "geanuleerd": (
            "MORFOLOGIK_RULE_NL_BE",
            "misspelling",
            "Mogelijk een typefout gevonden.",
            ["geannuleerd"],
        ),
        "gsm-nummer": ("NL_BE_LOCALE", "locale-violation", "In Nederland: mobiel nummer.", []),
    },
    "en-US": {
        "recieve": (
            "MORFOLOGIK_RULE_EN_US",
            "misspelling",
            "Possible spelling mistake found.",
            ["receive", "relieve"],
        ),
        "an refund": ("EN_A_VS_AN", "grammar", "Use 'a' instead of 'an'.", ["a refund"]),
    },
    "en-GB": {
        "color": ("MORFOLOGIK_RULE_EN_GB", "misspelling", "Possible spelling mistake.", ["colour"]),
    },
}


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units, as Java counts."""
    return len(text.encode("utf-16-le")) // 2


def check_answer(text: str, language: str) -> dict[str, Any]:
    """Return a realistic ``/v2/check`` answer for ``text``."""
    matches = []
    for needle, (rule_id, issue, message, replacements) in KNOWN_ERRORS.get(language, {}).items():
        start = text.find(needle)
        while start != -1:
            matches.append(
                {
                    "message": message,
                    "shortMessage": "",
                    "replacements": [{"value": r} for r in replacements],
                    "offset": utf16_len(text[:start]),
                    "length": utf16_len(needle),
                    "context": {"text": text[:40], "offset": 0, "length": len(needle)},
                    "sentence": text,
                    "type": {"typeName": "UnknownWord" if issue == "misspelling" else "Other"},
                    "rule": {
                        "id": rule_id,
                        "description": message,
                        "issueType": issue,
                        "category": {"id": "TYPOS", "name": "Typos"},
                    },
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                }
            )
            start = text.find(needle, start + 1)
    matches.sort(key=lambda m: int(str(m["offset"])))
    return {
        "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1, "status": ""},
        "warnings": {"incompleteResults": False},
        "language": {"name": language, "code": language, "detectedLanguage": {"code": language}},
        "matches": matches,
    }


@dataclass
class Behaviour:
    """How the fake answers; tests change it between requests."""

    status: int = 200
    delay: float = 0.0
    body: bytes | None = None
    """A raw body to send instead of the computed answer (malformed JSON, wrong shape)."""
    drip: float = 0.0
    """Seconds between single bytes of the body (a server that keeps a socket timeout alive)."""
    header_drip: float = 0.0
    """Seconds between single bytes of the status line and headers (before any body)."""
    requests: list[dict[str, str]] = field(default_factory=list)


class FakeLanguageTool:
    """A threaded HTTP server on 127.0.0.1, started and stopped by the test fixture."""

    def __init__(self, port: int = 0) -> None:
        """Bind to ``port`` (default: a free one) on the loopback interface."""
        self.behaviour = Behaviour()
        behaviour = self.behaviour

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                del format, args

            def _answer(self, params: dict[str, str]) -> None:
                path = urllib.parse.urlsplit(self.path).path
                behaviour.requests.append({"path": path, **params})
                if behaviour.delay:
                    time.sleep(behaviour.delay)
                if behaviour.status != 200:
                    self.send_response(behaviour.status)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"Error: the fake says no")
                    return
                if behaviour.body is not None:
                    payload = behaviour.body
                elif path.endswith("/v2/healthcheck"):
                    payload = b"OK"
                elif path.endswith("/v2/languages"):
                    payload = json.dumps(LANGUAGES).encode()
                elif path.endswith("/v2/check"):
                    payload = json.dumps(
                        check_answer(params.get("text", ""), params.get("language", "nl"))
                    ).encode()
                else:
                    self.send_response(404)
                    self.end_headers()
                    return
                if behaviour.header_drip:
                    head = (
                        "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(payload)}\r\nX-Padding: {'x' * 200}\r\n\r\n"
                    )
                    try:
                        for byte in head.encode("ascii"):
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(behaviour.header_drip)
                        self.wfile.write(payload)
                    except (BrokenPipeError, ConnectionResetError):
                        pass  # the client gave up, as it should
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if behaviour.drip:
                    for byte in payload:
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                        time.sleep(behaviour.drip)
                    return
                self.wfile.write(payload)

            def do_GET(self) -> None:
                query = urllib.parse.urlsplit(self.path).query
                self._answer(dict(urllib.parse.parse_qsl(query)))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length).decode("utf-8")
                self._answer(dict(urllib.parse.parse_qsl(body)))

        self.server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        """Return the server's base URL (``http://127.0.0.1:PORT``)."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> FakeLanguageTool:
        """Start serving."""
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop serving and free the port."""
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def dead_url() -> str:
    """Return the URL of a loopback port where nothing listens."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


FAKE_JAVA = """#!/bin/sh
# A stand-in for `java`: answers -version, and runs the fake server for the HTTPServer class.
if [ "$1" = "-version" ]; then
  echo 'openjdk version "17.0.15" 2025-04-15' >&2
  exit 0
fi
while [ $# -gt 0 ]; do
  if [ "$1" = "-p" ]; then PORT="$2"; fi
  shift
done
exec "{python}" "{script}" --port "$PORT" --pidfile "{pidfile}"
"""


def main() -> None:
    """Serve on the given port until killed (used by the fake ``java``)."""
    import argparse
    import os
    from pathlib import Path

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--pidfile", required=True)
    args = parser.parse_args()
    with Path(args.pidfile).open("a", encoding="utf-8") as fh:
        fh.write(f"{os.getpid()}\n")
    server = FakeLanguageTool(args.port)
    server.server.serve_forever(poll_interval=0.05)


if __name__ == "__main__":
    main()
