"""News pages written for these tests (Hebrew, Arabic, English), with their metadata as sites give it, and a
real HTTP server on 127.0.0.1 that serves them."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager

NAVIGATION = """<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>"""
FOOTER = """<footer><p>All rights reserved. Subscribe to our newsletter. Terms of use. Privacy.</p>
<aside><h3>Most read</h3><ul><li><a href="/a">A celebrity wedding</a></li><li><a href="/b">Weather</a></li></ul></aside>
</footer>"""


def page(*, language: str, title: str, author: str, date: str, paragraphs: list[str]) -> bytes:
    direction = "ltr" if language == "en" else "rtl"
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!doctype html>
<html lang="{language}" dir="{direction}"><head><meta charset="utf-8">
<title>{title} | The Daily Test</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="The Daily Test">
<meta name="author" content="{author}">
<meta property="article:published_time" content="{date}T09:30:00+02:00">
</head><body>{NAVIGATION}
<main><article><h1>{title}</h1><p class="byline">{author}</p>{body}</article></main>
{FOOTER}</body></html>""".encode()


PAGES = {
    "/en/pipeline.html": page(
        language="en",
        title="Azerbaijan and Israel sign a gas deal",
        author="Dana Levin",
        date="2024-03-14",
        paragraphs=[
            "Azerbaijan and Israel signed an agreement on natural gas exploration on 12 March 2024 in Baku, "
            "officials from both countries said.",
            "SOCAR, Azerbaijan's state energy company, will take a ten percent stake in the Tamar field, "
            "according to the ministry of energy.",
            "The two countries established diplomatic relations in 1992, shortly after Azerbaijan's independence.",
        ],
    ),
    "/he/visit.html": page(
        language="he",
        title="נשיא אזרבייג'ן ביקר בישראל",
        author="יוסי כהן",
        date="2024-05-02",
        paragraphs=[
            "נשיא אזרבייג'ן אילהם אלייב הגיע לביקור רשמי בישראל ב-1 במאי 2024 ונפגש עם ראש הממשלה.",
            "ישראל ואזרבייג'ן כוננו יחסים דיפלומטיים בשנת 1992, זמן קצר לאחר עצמאותה של אזרבייג'ן.",
            "במהלך הביקור נחתם הסכם לשיתוף פעולה בתחום המים והחקלאות.",
        ],
    ),
    "/ar/embassy.html": page(
        language="ar",
        title="أذربيجان تفتح سفارتها في إسرائيل",
        author="أحمد خليل",
        date="2023-03-30",
        paragraphs=[
            "افتتحت أذربيجان سفارتها في تل أبيب في 29 آذار 2023، في خطوة وصفها الجانبان بالتاريخية.",
            "وكانت إسرائيل قد افتتحت سفارتها في باكو عام 1993، بعد عام من إقامة العلاقات الدبلوماسية.",
            "وحضر حفل الافتتاح وزير الخارجية الأذربيجاني جيحون بيراموف.",
        ],
    ),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = PAGES.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args) -> None:
        pass


@contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler] = Handler, host: str = "127.0.0.1") -> Iterator[str]:
    """A real HTTP server on a loopback address (by default the pages above at http://127.0.0.1:PORT/...), for
    the length of the block; yields the base URL."""
    server = http.server.ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
