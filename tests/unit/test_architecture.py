"""The layers' import rules, checked by parsing every module (nothing is imported to check)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "wellness_journal"

# What each top-level part of the package may import from the package itself.
ALLOWED = {
    "core": {"core"},
    "storage": {"core", "storage"},
    "services": {"core", "storage", "services"},
    "charts": {"core", "charts"},
    "reports": {"core", "charts", "services", "reports"},
    "ui": {"core", "storage", "services", "charts", "reports", "ui"},
    # The headless commands: never the window's code (crisis-card draws through reports and
    # takes app's Qt message filter, inside the command).
    "cli": {"core", "storage", "services", "reports", "cli", "app"},
    "netguard": set(),
}
# Third-party packages each part must never import.
FORBIDDEN_THIRD_PARTY = {
    "core": {"PySide6", "sqlcipher3", "matplotlib", "platformdirs"},
    "storage": {"PySide6", "matplotlib"},
    "services": {"PySide6", "matplotlib"},
    "charts": {"PySide6", "sqlcipher3"},
    "reports": {"sqlcipher3"},
    "ui": {"sqlcipher3"},
    "cli": {"PySide6", "matplotlib", "sqlcipher3"},
}
NETWORK = {
    "socket",
    "ssl",
    "urllib",
    "http",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "webbrowser",
    "xmlrpc",
    "asyncio",
}


def modules() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def part_of(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0].removesuffix(".py") if len(rel.parts) > 1 else rel.stem


def imported_names(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            if node.module == "wellness_journal":
                names += [f"wellness_journal.{a.name}" for a in node.names]
    return names


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_imports_point_down_only(path: Path):
    part = part_of(path)
    if part not in ALLOWED:
        return  # app.py, __main__.py, __init__.py: the composition root
    allowed = ALLOWED[part] | {part}
    for name in imported_names(path):
        if not name.startswith("wellness_journal."):
            continue
        target = name.split(".")[1]
        if target in {"__init__"}:
            continue
        # The package root holds only constants (name, version).
        if name.count(".") == 1 and (target[0].isupper() or target == "__version__"):
            continue
        assert target in allowed, f"{path.relative_to(SRC)} ({part}) imports {name}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_forbidden_third_party_imports(path: Path):
    part = part_of(path)
    forbidden = FORBIDDEN_THIRD_PARTY.get(part, set())
    for name in imported_names(path):
        root = name.split(".")[0]
        assert root not in forbidden, f"{path.relative_to(SRC)} imports {name}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_network_modules(path: Path):
    if path.name == "netguard.py":
        return
    for name in imported_names(path):
        assert name.split(".")[0] not in NETWORK, f"{path.relative_to(SRC)} imports {name}"
        assert "QtNetwork" not in name, name
        assert "QtWebEngine" not in name, name


def test_only_storage_imports_sqlcipher():
    for path in modules():
        if part_of(path) != "storage":
            assert not any(n.split(".")[0] == "sqlcipher3" for n in imported_names(path)), path


MAX_MODULE_LINES = 400


def test_modules_stay_small():
    """DESIGN: modules under ~400 lines."""
    too_big = {
        str(p.relative_to(SRC)): n
        for p in modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert too_big == {}


def test_ui_opens_no_database_connection_of_its_own():
    """Background work gets its connection from the session (``ctx.perform_in_background``,
    ``Session.on_own_connection``); no widget opens or closes one."""
    for path in modules():
        if part_of(path) != "ui":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute):
                assert node.attr != "connect_new", f"{path.relative_to(SRC)}:{node.lineno}"
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "wellness_journal.storage.connection"
            ):
                names = {a.name for a in node.names}
                assert "connect" not in names, f"{path.relative_to(SRC)}:{node.lineno}"


IRREGULAR_PARTICIPLES = {"done", "chosen", "shown", "written", "given", "taken", "begun"}


def signal_names(path: Path) -> list[tuple[str, int]]:
    """(name, line) of every ``name = Signal(...)`` in a class body."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if (
                isinstance(item, ast.Assign)
                and isinstance(item.value, ast.Call)
                and isinstance(item.value.func, ast.Name)
                and item.value.func.id == "Signal"
            ):
                found += [(t.id, item.lineno) for t in item.targets if isinstance(t, ast.Name)]
    return found


def test_signals_are_named_in_the_past_tense():
    """DESIGN: signals say what happened (``entry_saved``) or what is asked (``lock_requested``)."""
    wrong = [
        f"{path.relative_to(SRC)}:{line} {name}"
        for path in modules()
        for name, line in signal_names(path)
        if not any(w.endswith("ed") or w in IRREGULAR_PARTICIPLES for w in name.split("_"))
    ]
    assert wrong == []
