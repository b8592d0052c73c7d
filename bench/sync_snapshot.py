"""The office's and the kiosk's state before the day's push, kept aside so the same day can
be pushed again from the same start: the push is timed three times, and its spread is part
of the figure (one run of 8-10 s moved by a fifth between runs of the same code on a shared
machine).

SQLite: the office's file (with its WAL, if any) and the kiosk's directory are copied.
PostgreSQL: the office's database is copied with `CREATE DATABASE … TEMPLATE`, and put back
the same way (no one may be connected: the office process is stopped in between).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


class DaySnapshot:
    def __init__(self, database: str, kiosk_dir: Path, keep: Path) -> None:
        self.database = database
        self.kiosk_dir = kiosk_dir
        self.keep = keep
        self._postgres = database.startswith(("postgresql://", "postgres://"))

    def take(self) -> DaySnapshot:
        shutil.rmtree(self.keep, ignore_errors=True)
        self.keep.mkdir(parents=True)
        shutil.copytree(self.kiosk_dir, self.keep / "kiosk")
        if self._postgres:
            self._copy_database(self._name(), self._name() + "_before_day")
        else:
            for part in self._office_files(Path(self.database)):
                shutil.copy2(part, self.keep / part.name)
        return self

    def restore(self) -> None:
        shutil.rmtree(self.kiosk_dir)
        shutil.copytree(self.keep / "kiosk", self.kiosk_dir)
        if self._postgres:
            self._admin(f'DROP DATABASE "{self._name()}"')
            self._copy_database(self._name() + "_before_day", self._name())
            return
        office = Path(self.database)
        for part in self._office_files(office):
            part.unlink()
        for kept in self._office_files(self.keep / office.name):
            shutil.copy2(kept, office.parent / kept.name)

    @staticmethod
    def _office_files(main: Path) -> list[Path]:
        return [p for p in (main, *(main.with_name(main.name + s) for s in ("-wal", "-shm")))
                if p.exists()]

    def _name(self) -> str:
        return urlsplit(self.database).path.lstrip("/")

    def _copy_database(self, source: str, target: str) -> None:
        self._admin(f'CREATE DATABASE "{target}" TEMPLATE "{source}"')

    def _admin(self, sql: str) -> None:
        import psycopg

        admin = urlunsplit(urlsplit(self.database)._replace(path="/postgres"))
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(sql)
