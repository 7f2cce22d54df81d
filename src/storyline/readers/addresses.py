"""Where a request may go: host names resolved, and addresses that are not on the public internet (loopback,
private, link-local and cloud metadata, carrier-grade NAT, reserved) refused for links found in content.

The check runs where the connection is made (an httpcore network backend), on the addresses the name resolves
to at that moment, and the socket connects to the checked address itself: a name cannot resolve to a public
address for the check and a private one for the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

import httpcore

Resolver = Callable[[str, int], list[str]]
"""resolver(host, port) -> the IP addresses a host name stands for (raises OSError when it has none)."""


class Refused(Exception):
    """A request that the fetching policy does not allow, and why."""


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the operating system's resolver gives for ``host``, in its order, without repeats."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """True for an address on the public internet; False for loopback, private, link-local (cloud metadata
    at 169.254.169.254 among them), shared (100.64.0.0/10), multicast, reserved and unspecified ones."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def public_addresses(host: str, port: int, resolver: Resolver) -> list[str]:
    """The addresses of ``host``, all of them public; Refused when any is not (or the name does not resolve)."""
    try:
        addresses = resolver(host.strip("[]"), port)
    except (OSError, UnicodeError) as exc:
        raise Refused(f"host {host} does not resolve ({exc})") from exc
    if not addresses:
        raise Refused(f"host {host} does not resolve")
    private = [a for a in addresses if not is_public(a)]
    if private:
        raise Refused(
            f"{host} resolves to a non-public address ({private[0]}): refused for a link found in content "
            "(--allow-private allows it)"
        )
    return addresses


class ResolvingBackend(httpcore.NetworkBackend):
    """Connects to the addresses ``resolver`` gives for a host; with ``public_only``, to public ones only, checked
    after resolution, and refuses a host with any other."""

    def __init__(self, resolver: Resolver, public_only: bool) -> None:
        self.resolver = resolver
        self.public_only = public_only
        self.direct = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[tuple] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            if self.public_only:
                addresses = public_addresses(host, port, self.resolver)
            else:
                addresses = self.resolver(host.strip("[]"), port)
        except (Refused, OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        last: httpcore.ConnectError | None = None
        for address in addresses:
            try:
                return self.direct.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        raise last or httpcore.ConnectError(f"could not connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.direct.sleep(seconds)
