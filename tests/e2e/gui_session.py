"""A whole GUI session in its own process, recording every network attempt.

Run by tests/e2e/test_no_network.py as ``python gui_session.py DATA_DIR MARKER``. It records audit
events before the app starts, then drives the real entry point (``wellness_journal.app.main``):
first run, every page, lock, unlock, every page again, quit. It prints one JSON line.
"""

from __future__ import annotations

import json
import os
import socket
import sys

EVENTS: list[list[str]] = []
_LOCAL = {getattr(socket, "AF_UNIX", -1)}


def _record(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    if event == "socket.__new__" and len(args) > 1 and args[1] not in _LOCAL:
        EVENTS.append([event, str(args[1])])
    elif event in (
        "socket.getaddrinfo",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.gethostbyaddr",
        "socket.getnameinfo",
    ):
        EVENTS.append([event, str(args[:1])])
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        family = getattr(args[0], "family", None)
        if family not in _LOCAL:
            EVENTS.append([event, str(args[1:2])])


sys.addaudithook(_record)


def inet_socket_inodes() -> list[str]:
    """Open sockets of this process that the kernel lists as TCP or UDP (Linux only)."""
    if not os.path.isdir("/proc/self/fd"):
        return []
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            with open(f"/proc/self/net/{table}", encoding="ascii") as fh:
                rows = fh.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            parts = row.split()
            if len(parts) > 9 and parts[9] in mine:
                found.append(f"{table}:{parts[9]}")
    return found


def main() -> int:
    data_dir, marker = sys.argv[1], sys.argv[2]
    passphrase = "e2e session passphrase"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from wellness_journal import app
    from wellness_journal.core.models import ContactKind, SupportContact
    from wellness_journal.ui.shell import Shell

    steps_done: list[str] = []
    open_sockets: list[str] = []

    def shell() -> Shell | None:
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, Shell)), None)

    def visit_all_pages(s: Shell) -> None:
        assert s.main_area is not None
        for page in list(s.main_area.pages):
            s.main_area.show_page(page.page_id)
            QApplication.processEvents()
        steps_done.append("pages:" + ",".join(p.page_id for p in s.main_area.pages))

    state = {"step": "first_run"}

    def tick() -> None:
        s = shell()
        if s is None:
            return
        step = state["step"]
        if step == "first_run" and s.first_run is not None:
            flow = s.first_run
            flow.start_button.click()
            flow.fields.first.setText(passphrase)
            flow.fields.second.setText(passphrase)
            flow.create_button.click()
            state["step"] = "wait_key"
        elif step == "wait_key" and s.first_run is not None and s.first_run.key_step is not None:
            s.first_run.confirm_box.setChecked(True)
            s.first_run.open_button.click()
            state["step"] = "unlocked"
        elif step == "unlocked" and s.main_area is not None:
            assert s.session is not None and s.ctx is not None
            _, changes = s.session.contacts.save(
                SupportContact(
                    id=None, uid="", kind=ContactKind.PERSONAL, name="E2E person", note=marker
                )
            )
            s.ctx.announce(changes)
            visit_all_pages(s)
            s.lock()
            steps_done.append("locked")
            s.unlock_screen.field.setText(passphrase)
            s.unlock_screen.unlock_button.click()
            state["step"] = "wait_unlock"
        elif step == "wait_unlock" and s.main_area is not None:
            visit_all_pages(s)
            open_sockets.extend(inet_socket_inodes())
            state["step"] = "quit"
            s.close()
            steps_done.append("closed")
        if state["step"] != "quit":
            QTimer.singleShot(50, tick)

    def start() -> None:
        QTimer.singleShot(50, tick)

    QTimer.singleShot(0, start)
    code = app.main(["--data-dir", data_dir])
    print(
        json.dumps(
            {"code": code, "events": EVENTS, "steps": steps_done, "inet_sockets": open_sockets}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
