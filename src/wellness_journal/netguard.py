"""Refuse every network socket and name lookup for the life of the process.

Installed first thing by the composition root. Python audit hooks cannot be removed once added,
so nothing later in the process can switch the guard off. Local (AF_UNIX) sockets stay allowed:
Qt and the desktop use them to talk to the display and the session bus.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

_NAME_EVENTS = frozenset(
    {
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    }
)
_ADDRESS_EVENTS = frozenset({"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"})
_AF_UNIX = getattr(socket, "AF_UNIX", None)

_installed = False


class NetworkBlocked(PermissionError):
    """Raised for any attempt to use the network: Wellness Journal never does."""


def _allowed_family(family: Any) -> bool:
    return _AF_UNIX is not None and family == _AF_UNIX


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if not event.startswith("socket."):
        return
    if event == "socket.__new__":
        family = args[1] if len(args) > 1 else None
        if not _allowed_family(family):
            raise NetworkBlocked(
                f"network sockets are disabled in Wellness Journal (family {family})"
            )
    elif event in _NAME_EVENTS:
        raise NetworkBlocked("name lookups are disabled in Wellness Journal")
    elif event in _ADDRESS_EVENTS:
        sock = args[0] if args else None
        if not _allowed_family(getattr(sock, "family", None)):
            raise NetworkBlocked("network connections are disabled in Wellness Journal")


def install() -> None:
    """Add the guard (once per process)."""
    global _installed
    if _installed:
        return
    sys.addaudithook(_hook)
    _installed = True


def is_installed() -> bool:
    return _installed
