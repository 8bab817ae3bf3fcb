"""Where the app keeps its files. Built by the composition root; nothing is created on import."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wellness_journal import APP_ID


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

    @property
    def database(self) -> Path:
        return self.data_dir / "vault.db"

    @property
    def keyfile(self) -> Path:
        return self.data_dir / "vault.keys"

    @property
    def keyfile_copy(self) -> Path:
        return self.data_dir / "vault.keys.copy"

    @property
    def lockfile(self) -> Path:
        return self.data_dir / "app.lock"

    @property
    def unlock_state(self) -> Path:
        return self.data_dir / "unlock-state.json"

    @property
    def preferences(self) -> Path:
        return self.data_dir / "preferences.json"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def cache_dir(self) -> Path:
        """Caches of libraries (matplotlib fonts); never anything the user wrote."""
        return self.data_dir / "cache"

    def database_sidecars(self) -> list[Path]:
        return [self.database.with_name(self.database.name + s) for s in ("-wal", "-shm")]
