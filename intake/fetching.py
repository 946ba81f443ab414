"""Fetching a URL a curator gave, under a policy that keeps it outside: http and https only; each host resolved
once and the connection made to that very address (no second lookup that DNS rebinding could answer
differently); loopback, private, link-local, multicast, reserved and unspecified addresses refused, IPv4 and IPv6
alike (mapped and compatible forms included), at the first request and at every redirect; a bounded number of
redirects; one deadline for the whole fetch, however slowly the server sends; a byte limit counted as the body
arrives. Every refusal and every failure to connect says the same thing, so that an answer tells nothing of what
listens where.

`settings.FETCH_ALLOWED_NETWORKS` names networks a deployment trusts (the tests' pages on 127.0.0.1 say so
there). No maintained library fits: `advocate` (the requests adapter that did this) is unmaintained and pins old
requests; urllib3's and requests' hooks resolve again when they connect. The standard library's http.client is
given a connection to the resolved address instead."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import time
import urllib.parse
from dataclasses import dataclass, field

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

NOT_FETCHED = "this address cannot be fetched (only public web addresses are)."


class FetchRefused(Exception):
    """A URL the policy refuses, or that could not be fetched: one message, whatever answered."""

    def __init__(self, url: str, reason: str = NOT_FETCHED) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason = url, reason


@dataclass(frozen=True)
class FetchPolicy:
    allowed_networks: tuple[IPNetwork, ...] = ()
    max_redirects: int = 5
    deadline_seconds: float = 20.0
    max_bytes: int = 20_000_000
    user_agent: str = "timeline-intake/1.0"

    @classmethod
    def from_settings(cls, **overrides) -> FetchPolicy:
        from django.conf import settings

        networks = tuple(ipaddress.ip_network(net, strict=False) for net in settings.FETCH_ALLOWED_NETWORKS)
        values = {
            "allowed_networks": networks,
            "deadline_seconds": float(settings.FETCH_DEADLINE_SECONDS),
            "max_bytes": int(settings.FETCH_MAX_BYTES),
        }
        return cls(**{**values, **overrides})

    def permits(self, address: IPAddress) -> bool:
        if any(address in network for network in self.allowed_networks):
            return True
        return is_public(address)


def is_public(address: IPAddress) -> bool:
    """A globally routable unicast address; an IPv6 form of an IPv4 address is judged as that address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is not None:
            return is_public(embedded)
        if address.packed[:12] == bytes(12):  # ::a.b.c.d, the deprecated IPv4-compatible form
            return is_public(ipaddress.IPv4Address(address.packed[12:]))
    return address.is_global and not (
        address.is_multicast or address.is_reserved or address.is_loopback or address.is_link_local
    )


@dataclass
class Fetched:
    url: str  # after redirects
    content_type: str
    data: bytes
    redirects: list[str] = field(default_factory=list)


def fetch_url(url: str, policy: FetchPolicy) -> Fetched:
    """GET `url` under `policy`. FetchRefused for a refused address, too many redirects, the deadline passed,
    more bytes than allowed, or no answer; http.client's HTTPException never escapes."""
    deadline = time.monotonic() + policy.deadline_seconds
    redirects: list[str] = []
    current = url
    while True:
        parts = urllib.parse.urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused(url, "only http and https addresses are fetched.")
        address = resolved(parts, policy, url)
        response, connection = request(parts, address, policy, deadline, url)
        try:
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                if len(redirects) >= policy.max_redirects:
                    raise FetchRefused(url, f"more than {policy.max_redirects} redirects.")
                current = urllib.parse.urljoin(current, response.getheader("Location", ""))
                redirects.append(current)
                continue
            if response.status >= 400:
                raise FetchRefused(url, f"the server answered {response.status} {response.reason}.")
            data = body(response, connection, policy, deadline, url)
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            return Fetched(url=current, content_type=content_type, data=data, redirects=redirects)
        finally:
            connection.close()


def resolved(parts: urllib.parse.SplitResult, policy: FetchPolicy, url: str) -> IPAddress:
    """The host's first address, once every address it resolves to is permitted (a name that resolves to an
    inside address among outside ones is refused whole)."""
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, ValueError, UnicodeError):
        raise FetchRefused(url) from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    if not addresses or not all(policy.permits(address) for address in addresses):
        raise FetchRefused(url)
    return addresses[0]


class PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, address: IPAddress, **kwargs) -> None:
        super().__init__(host, **kwargs)
        self.address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((str(self.address), self.port), self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, address: IPAddress, **kwargs) -> None:
        super().__init__(host, context=ssl.create_default_context(), **kwargs)
        self.address = address

    def connect(self) -> None:
        raw = socket.create_connection((str(self.address), self.port), self.timeout)
        self.sock = self._context.wrap_socket(raw, server_hostname=self.host)  # type: ignore[attr-defined]


def request(parts: urllib.parse.SplitResult, address: IPAddress, policy: FetchPolicy, deadline: float, url: str):
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchRefused(url, f"no answer within {policy.deadline_seconds:g} seconds.")
    kind = PinnedHTTPSConnection if parts.scheme == "https" else PinnedHTTPConnection
    connection = kind(parts.hostname or "", address, port=parts.port, timeout=remaining)
    path = urllib.parse.urlunsplit(("", "", parts.path or "/", parts.query, ""))
    try:
        connection.request("GET", path, headers={"User-Agent": policy.user_agent, "Accept": ACCEPT})
        return connection.getresponse(), connection
    except (OSError, http.client.HTTPException, ssl.SSLError):
        connection.close()
        raise FetchRefused(url) from None


ACCEPT = "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.1"
CHUNK = 64 * 1024


def body(
    response: http.client.HTTPResponse,
    connection: http.client.HTTPConnection,
    policy: FetchPolicy,
    deadline: float,
    url: str,
) -> bytes:
    """The body, read in chunks against the one deadline and the byte limit (a server that drips a byte every
    few seconds, or sends without end, is cut off)."""
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > policy.max_bytes:
        raise FetchRefused(url, f"more than {policy.max_bytes:,} bytes.")
    received = bytearray()
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchRefused(url, f"no complete answer within {policy.deadline_seconds:g} seconds.")
        if connection.sock is not None:
            connection.sock.settimeout(remaining)  # a read waits at most until the deadline
        try:
            chunk = response.read1(CHUNK)
        except (OSError, http.client.HTTPException):
            raise FetchRefused(url, f"no complete answer within {policy.deadline_seconds:g} seconds.") from None
        if not chunk:
            return bytes(received)
        received += chunk
        if len(received) > policy.max_bytes:
            raise FetchRefused(url, f"more than {policy.max_bytes:,} bytes.")
