"""The network guard refuses inet sockets and name lookups, and lets local sockets through.

Audit hooks cannot be removed, so the guard is tested in a subprocess.
"""

from __future__ import annotations

import subprocess
import sys

SCRIPT = r"""
import socket
from wellness_journal import netguard
netguard.install()
results = {}
def attempt(name, fn):
    try:
        fn()
        results[name] = "allowed"
    except netguard.NetworkBlocked:
        results[name] = "blocked"
    except OSError as exc:
        results[name] = "oserror"
attempt("inet", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close())
attempt("inet6", lambda: socket.socket(socket.AF_INET6, socket.SOCK_DGRAM).close())
attempt("getaddrinfo", lambda: socket.getaddrinfo("example.org", 443))
attempt("gethostbyname", lambda: socket.gethostbyname("localhost"))
attempt("create_connection", lambda: socket.create_connection(("127.0.0.1", 9), timeout=1))
attempt("unix", lambda: socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close())
attempt("socketpair", lambda: [s.close() for s in socket.socketpair()])
import urllib.request
attempt("urlopen", lambda: urllib.request.urlopen("http://127.0.0.1:9", timeout=1))
print(results)
"""


def test_guard_blocks_network_and_allows_local_sockets():
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    results = eval(out.stdout)  # a dict literal printed by the script above
    assert results["inet"] == "blocked"
    assert results["inet6"] == "blocked"
    assert results["getaddrinfo"] == "blocked"
    assert results["gethostbyname"] == "blocked"
    assert results["create_connection"] == "blocked"
    assert results["urlopen"] in ("blocked", "oserror")
    assert results["unix"] == "allowed"
    assert results["socketpair"] == "allowed"
