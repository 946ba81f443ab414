"""URL intake cannot be turned inward: a hostile server of the test's own on 127.0.0.1 (redirects to other loopback
ports and schemes, a slow drip, an endless body) and addresses inside the machine or its network, refused at the
first request and at every redirect with one message that says nothing of what listens where. Nothing here
sends traffic beyond loopback: inside addresses are refused before any connection."""

from __future__ import annotations

import http.server
import ipaddress
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake.fetching import NOT_FETCHED, FetchPolicy, FetchRefused, fetch_url, is_public
from intake.reading import fetch
from intake.services import IntakeRefused
from tests.intake.pages import serving

PAGE = b"<html><head><title>A page</title></head><body><p>Israel and Azerbaijan met in 1992.</p></body></html>"


class Hostile(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path == "/page":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", query.removeprefix("to="))
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/drip":  # a byte every half second, for at most 20 s
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(40):
                try:
                    self.wfile.write(b"x")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)
        elif path == "/endless":  # a body with no length and no end, for at most 4 MB
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(64):
                try:
                    self.wfile.write(b"y" * 65536)
                except OSError:
                    return
        else:
            self.send_error(404)

    def log_message(self, format, *args) -> None:
        pass


def hostile_server(host: str = "127.0.0.1"):
    return serving(Hostile, host)


OUTSIDE_ONLY = FetchPolicy()
LOOPBACK_TRUSTED = FetchPolicy(allowed_networks=(ipaddress.ip_network("127.0.0.1/32"),), deadline_seconds=5)


def refusal(url: str, policy: FetchPolicy) -> str:
    with pytest.raises(FetchRefused) as refused:
        fetch_url(url, policy)
    return refused.value.reason


def test_addresses_inside_the_machine_or_its_network_are_refused_with_one_message():
    with hostile_server() as base:
        port = base.rsplit(":", 1)[1]
        inside = [
            f"{base}/page",
            f"http://localhost:{port}/page",
            f"http://[::1]:{port}/page",
            f"http://[::ffff:127.0.0.1]:{port}/page",
            f"http://0.0.0.0:{port}/page",
            f"http://127.1:{port}/page",
            f"http://2130706433:{port}/page",  # 127.0.0.1 as one number
            "http://10.1.2.3/admin/",
            "http://192.168.0.1/",
            "http://172.16.5.4/",
            "http://169.254.169.254/latest/meta-data/",
            "http://[fe80::1]/",
            "http://[fd00::1]/",
            "http://224.0.0.1/",
        ]
        reasons = {url: refusal(url, OUTSIDE_ONLY) for url in inside}

    assert set(reasons.values()) == {NOT_FETCHED}, reasons


def test_only_http_and_https_are_fetched():
    assert refusal("ftp://example.org/file", OUTSIDE_ONLY) == "only http and https addresses are fetched."
    assert refusal("file:///etc/passwd", OUTSIDE_ONLY) == "only http and https addresses are fetched."


def test_a_closed_port_and_a_refused_address_say_the_same():
    with hostile_server() as base:
        pass  # the server is gone: its port is closed
    closed = refusal(f"{base}/page", LOOPBACK_TRUSTED)
    refused = refusal(base.replace("127.0.0.1", "127.0.0.2") + "/page", LOOPBACK_TRUSTED)

    assert closed == refused == NOT_FETCHED


def test_a_trusted_network_is_fetched_and_every_redirect_is_checked_again():
    with hostile_server() as base, hostile_server("127.0.0.2") as other:
        fetched = fetch_url(f"{base}/page", LOOPBACK_TRUSTED)
        to_other_loopback = refusal(f"{base}/redirect?to={other}/page", LOOPBACK_TRUSTED)
        to_ftp = refusal(f"{base}/redirect?to=ftp://127.0.0.1/x", LOOPBACK_TRUSTED)
        endless_loop = refusal(f"{base}/loop", LOOPBACK_TRUSTED)
        followed = fetch_url(f"{base}/redirect?to={base}/page", LOOPBACK_TRUSTED)

    assert fetched.data == PAGE and fetched.content_type == "text/html"
    assert to_other_loopback == NOT_FETCHED
    assert to_ftp == "only http and https addresses are fetched."
    assert endless_loop == "more than 5 redirects."
    assert followed.data == PAGE and followed.redirects == [f"{base}/page"]


def test_a_slow_drip_ends_at_the_one_deadline():
    policy = FetchPolicy(allowed_networks=LOOPBACK_TRUSTED.allowed_networks, deadline_seconds=2)
    with hostile_server() as base:
        started = time.monotonic()
        reason = refusal(f"{base}/drip", policy)
        took = time.monotonic() - started

    assert reason == "no complete answer within 2 seconds." and took < 4


def test_a_body_without_end_is_cut_at_the_byte_limit():
    policy = FetchPolicy(allowed_networks=LOOPBACK_TRUSTED.allowed_networks, max_bytes=100_000)
    with hostile_server() as base:
        reason = refusal(f"{base}/endless", policy)

    assert reason == "more than 100,000 bytes."


def test_intake_refuses_loopback_unless_the_deployment_trusts_it(settings):
    with hostile_server() as base:
        settings.FETCH_ALLOWED_NETWORKS = []
        with pytest.raises(IntakeRefused, match="cannot be fetched"):
            fetch(f"{base}/page")
        settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.1/32"]
        assert "Azerbaijan" in fetch(f"{base}/page").text


INSIDE_NETWORKS = ["127.0.0.0/8", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "0.0.0.0/8"]


@given(
    network=st.sampled_from(INSIDE_NETWORKS),
    offset=st.integers(0, 2**16),
    form=st.sampled_from(["v4", "mapped", "compat", "6to4"]),
)
def test_no_form_of_an_inside_address_passes_for_public(network, offset, form):
    net = ipaddress.ip_network(network)
    v4 = net[offset % net.num_addresses]
    address = {
        "v4": v4,
        "mapped": ipaddress.IPv6Address(f"::ffff:{v4}"),
        "compat": ipaddress.IPv6Address(bytes(12) + v4.packed),
        "6to4": ipaddress.IPv6Address(b"\x20\x02" + v4.packed + bytes(10)),
    }[form]

    assert not is_public(address)


def test_public_addresses_pass():
    for address in ("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "::ffff:93.184.216.34"):
        assert is_public(ipaddress.ip_address(address))
