"""URL -> bytes, safely. The only module that touches the network.

The hosted page fetches what users paste, so a URL must not reach inside the host's network
(server-side request forgery): only http and https; every host, on every redirect hop, is
resolved and refused when any of its addresses is loopback, private, link-local, multicast,
reserved or unspecified; at most `settings.MAX_REDIRECTS` hops; connect and read timeouts; the
body is read in chunks and dropped past `settings.MAX_FILE_BYTES`. Tests that serve pages on
127.0.0.1 pass `allow_private=True`.

A host is resolved before the request and then again by the HTTP client, so a name whose
answer changes in between (DNS rebinding) is a residual risk; hosting behind an egress firewall
closes it.
"""

from __future__ import annotations

import ipaddress
import socket
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
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if not parts.hostname:
        raise FetchError(f"{url}: no host in the URL")
    if allow_private:
        return
    try:
        answers = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80),
                                     type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"{url}: the host {parts.hostname} could not be found") from None
    for answer in answers:
        address = ipaddress.ip_address(answer[4][0].split("%")[0])
        kind = _forbidden(address)
        if kind:
            raise FetchError(f"{url}: {address} is a {kind} address; refused")


def _forbidden(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    for kind, test in (("unspecified", address.is_unspecified), ("loopback", address.is_loopback),
                       ("link-local", address.is_link_local), ("multicast", address.is_multicast),
                       ("reserved", address.is_reserved), ("private", address.is_private)):
        if test:
            return kind
    return ""


def fetch(url: str, *, allow_private: bool = False, timeout: float = settings.FETCH_TIMEOUT_SECONDS,
          max_bytes: int | None = None) -> Fetched:
    """The body of a URL, following at most MAX_REDIRECTS redirects and checking every hop."""
    max_bytes = max_bytes or settings.MAX_FILE_BYTES
    current = url
    with httpx.Client(follow_redirects=False, timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                      headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(settings.MAX_REDIRECTS + 1):
            check_url(current, allow_private=allow_private)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url}: the server answered {response.status_code} "
                                         f"{response.reason_phrase}")
                    body = _read_capped(response, url, max_bytes)
                    content_type = response.headers.get("content-type", "")
            except httpx.TimeoutException:
                raise FetchError(f"{url}: no answer within {timeout:.0f} s (timed out)") from None
            except httpx.HTTPError as error:
                raise FetchError(f"{url}: could not be fetched ({type(error).__name__})") from None
            if not body.strip():
                raise EmptyInput(f"{url}: the server sent an empty page")
            return Fetched(current, body, content_type)
    raise FetchError(f"{url}: more than {settings.MAX_REDIRECTS} redirects")


def _read_capped(response: httpx.Response, url: str, max_bytes: int) -> bytes:
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
        chunks.append(chunk)
    return b"".join(chunks)
