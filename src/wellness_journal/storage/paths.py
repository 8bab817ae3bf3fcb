"""Where the app keeps its files. Built by the composition root; nothing is created on import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellness_journal import APP_ID


class _InDataDir:
    """A file or folder of the data folder, by its name: ``paths.database`` is
    ``paths.data_dir / "vault.db"``."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, paths: AppPaths, owner: type[AppPaths]) -> Path:
        return paths.data_dir / self.name


@dataclass(frozen=True)
class AppPaths:
    """Every file of one vault lives in ``data_dir``."""

    data_dir: Path

    @staticmethod
    def default() -> AppPaths:
        import platformdirs

        return AppPaths(platformdirs.user_data_path(APP_ID, appauthor=False, roaming=False))

    @staticmethod
    def for_dir(path: str | Path) -> AppPaths:
        return AppPaths(Path(path).expanduser().absolute())

    database = _InDataDir("vault.db")
    keyfile = _InDataDir("vault.keys")
    keyfile_copy = _InDataDir("vault.keys.copy")
    lockfile = _InDataDir("app.lock")
    unlock_state = _InDataDir("unlock-state.json")
    preferences = _InDataDir("preferences.json")
    backups_dir = _InDataDir("backups")
    # Libraries' caches (matplotlib fonts); never anything the user wrote.
    cache_dir = _InDataDir("cache")

    def database_sidecars(self) -> list[Path]:
        return [self.database.with_name(self.database.name + s) for s in ("-wal", "-shm")]
