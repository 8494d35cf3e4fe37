"""URL -> bytes, safely. The only module that touches the network.

The hosted page fetches what users paste, so a URL must not reach inside the host's network
(server-side request forgery): only http and https; every host, on every redirect hop, is
resolved and refused when any of its addresses is loopback, private, link-local, multicast,
reserved, unspecified or shared (100.64.0.0/10), including IPv6 forms that embed such an IPv4 address
(IPv4-mapped, 6to4, Teredo, NAT64); ports outside 1-65535 are an error; at most
`settings.MAX_REDIRECTS` hops; connect and read timeouts and a total deadline per fetch
(`settings.FETCH_DEADLINE_SECONDS`, so a server trickling a byte a second is cut off); the body is
read in chunks and dropped past `settings.MAX_FILE_BYTES`. Tests that serve pages on
127.0.0.1 pass `allow_private=True`.

A host is resolved before the request and then again by the HTTP client, so a name whose
answer changes in between (DNS rebinding) is a residual risk; hosting behind an egress firewall
closes it.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from . import settings
from .errors import EmptyInput, FetchError, TooLarge

USER_AGENT = "ClaimComparer/0.1 (+https://github.com/claim-comparer; compares figures across news articles)"


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final URL, after redirects."""
    content: bytes
    content_type: str


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse a URL the page must not fetch; return quietly when it may.

    >>> check_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    comparer.errors.FetchError: file:///etc/passwd: only http and https URLs are fetched
    >>> check_url("http://127.0.0.1:8080/x")
    Traceback (most recent call last):
    ...
    comparer.errors.FetchError: http://127.0.0.1:8080/x: 127.0.0.1 is a loopback address; refused
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise FetchError(f"{url}: not a valid address (the port must be a number from 1 to 65535)") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: no host in the URL")
    if port == 0:
        raise FetchError(f"{url}: port 0 is outside 1-65535")
    if allow_private:
        return
    try:
        answers = socket.getaddrinfo(parts.hostname, port or (443 if parts.scheme == "https" else 80),
                                     type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"{url}: the host {parts.hostname} could not be found") from None
    for answer in answers:
        address = ipaddress.ip_address(answer[4][0].split("%")[0])
        kind = _forbidden(address)
        if kind:
            raise FetchError(f"{url}: {address} is a {kind} address; refused")


SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")
"""Carrier-grade NAT (RFC 6598): not private by Python's test, but inside a provider's network."""
NAT64_PREFIXES = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def _forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    """What kind of non-public address this is, or "" for a public one. An IPv6 address that carries an
    IPv4 address (mapped, 6to4, Teredo, NAT64) is judged by that IPv4 address too.

    >>> [_forbidden(ipaddress.ip_address(a)) for a in ("100.64.1.1", "2002:7f00:1::", "64:ff9b::a9fe:a9fe",
    ...                                                "2002:0808:0808::", "93.184.216.34")]
    ['shared', 'loopback', 'link-local', '', '']
    """
    for embedded in _embedded_ipv4(address):
        kind = _forbidden(embedded)
        if kind:
            return kind
    if address.version == 4 and address in SHARED_ADDRESS_SPACE:
        return "shared"
    if address.version == 6 and any(address in prefix for prefix in NAT64_PREFIXES):
        return ""  # judged above by the IPv4 address it carries
    for kind, test in (("unspecified", address.is_unspecified), ("loopback", address.is_loopback),
                       ("link-local", address.is_link_local), ("multicast", address.is_multicast),
                       ("reserved", address.is_reserved), ("private", address.is_private)):
        if test:
            return kind
    return ""


def _embedded_ipv4(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    if address.version == 4:
        return []
    found = [a for a in (address.ipv4_mapped, address.sixtofour, address.teredo and address.teredo[1]) if a]
    if any(address in prefix for prefix in NAT64_PREFIXES):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def fetch(url: str, *, allow_private: bool = False, timeout: float = settings.FETCH_TIMEOUT_SECONDS,
          max_bytes: int | None = None, deadline: float = settings.FETCH_DEADLINE_SECONDS) -> Fetched:
    """The body of a URL, following at most MAX_REDIRECTS redirects and checking every hop, all within
    `deadline` seconds."""
    max_bytes = max_bytes or settings.MAX_FILE_BYTES
    current = url
    ends = time.monotonic() + deadline
    with httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                      headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(settings.MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            left = _time_left(url, ends, deadline)
            try:
                with client.stream("GET", current, timeout=httpx.Timeout(min(timeout, left),
                                                                         connect=min(timeout, 5.0, left))) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: the server answered {response.status_code} "
                                         f"{response.reason_phrase}")
                    body = _read_capped(response, url, max_bytes, ends, deadline)
                    content_type = response.headers.get("content-type", "")
            except httpx.TimeoutException:
                raise FetchError(f"{url}: no answer within {min(timeout, left):.0f} s (timed out)") from None
            except httpx.HTTPError as error:
                raise FetchError(f"{url}: could not be fetched ({type(error).__name__})") from None
            if not body.strip():
                raise EmptyInput(f"{url}: the server sent an empty page")
            return Fetched(current, body, content_type)
    raise FetchError(f"{url}: more than {settings.MAX_REDIRECTS} redirects")


def _time_left(url: str, ends: float, deadline: float) -> float:
    left = ends - time.monotonic()
    if left <= 0:
        raise FetchError(f"{url}: not fetched within {deadline:.0f} s (settings.FETCH_DEADLINE_SECONDS)")
    return left


def _read_capped(response: httpx.Response, url: str, max_bytes: int, ends: float, deadline: float) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise TooLarge(f"{url}: {int(declared) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit "
                       "(settings.MAX_FILE_BYTES)")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge(f"{url}: more than {max_bytes / 1e6:.0f} MB; stopped reading "
                           "(settings.MAX_FILE_BYTES)")
        _time_left(url, ends, deadline)
        chunks.append(chunk)
    return b"".join(chunks)
