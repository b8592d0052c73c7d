"""A real office on loopback (uvicorn in a thread) and kiosk data dirs to sync with it.

Every test that uses `office` runs twice: on the office's default SQLite store and on a
real PostgreSQL server (a private cluster started once per test session).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from kiosk.db.identity import ensure_identity
from kiosk.db.office_credential import load_credential
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.server.app import create_app, open_office
from kiosk.server.office import Office
from kiosk.services.card_check import CardCheckService
from kiosk.services.demo import seed_demo_cast
from kiosk.services.registration import IssuedCard, RegistrationRequest, RegistrationService
from kiosk.sync.client import OfficeClient
from kiosk.sync.engine import SyncEngine
from kiosk.sync.enrolment import enrol_kiosk
from tests.support.outside import missing_program
from tests.support.postgres import PostgresCluster, find_postgres_bin

PUSH_BATCH = 2


@dataclass
class RunningOffice:
    url: str
    office: Office


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    bin_dir = find_postgres_bin()
    if bin_dir is None:
        missing_program("PostgreSQL (initdb, pg_ctl)")
    assert bin_dir is not None
    cluster = PostgresCluster(bin_dir).start()
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def office_database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where the office keeps its data: a SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "office" / "office.sqlite3")
    cluster: PostgresCluster = request.getfixturevalue("postgres_cluster")
    return cluster.fresh_database()


@pytest.fixture
def office(office_database: str) -> Iterator[RunningOffice]:
    instance = open_office(office_database)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(instance), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "office did not start"
        time.sleep(0.02)
    yield RunningOffice(f"http://127.0.0.1:{port}", instance)
    server.should_exit = True
    thread.join(timeout=10)
    instance.db.close_all()           # both stores are pooled


class KioskBox:
    """One kiosk's data dir; opened one at a time (the kiosk store is process-global)."""

    def __init__(self, root: Path, rules: RuleBook) -> None:
        self.dir = root
        self.rules = rules
        self.dir.mkdir(parents=True, exist_ok=True)

    def __enter__(self) -> KioskBox:
        self.store = Store(self.dir / "kiosk.sqlite3", self.rules).open()
        self.signer = ensure_identity(self.store, self.dir, 1)
        with self.store.atomic():
            seed_demo_cast()
        return self

    def __exit__(self, *exc: object) -> None:
        self.store.close()

    def engine(self, push_batch: int = PUSH_BATCH) -> SyncEngine:
        credential = load_credential(self.dir)
        assert credential is not None
        client = OfficeClient(credential.url, credential.kiosk_id, credential.secret)
        # Batches of two: every push crosses several, the next read while one is at the
        # office, so a repair, renumbering or deferral meets a batch read ahead of it.
        return SyncEngine(self.store, self.rules, client, push_batch=push_batch)


def enrolled(office: RunningOffice, root: Path, rules: RuleBook, label: str) -> KioskBox:
    box = KioskBox(root, rules)
    with box:
        code = office.office.new_enrolment_code(label)
        enrol_kiosk(box.store, box.dir, box.signer, office.url, code, label)
    return box




def register(box: KioskBox, rules: RuleBook, name: str) -> tuple[IssuedCard, int]:
    """A customer registers at `box` (inside `with box`): their card, their local id."""
    issued = RegistrationService(box.store, rules, box.signer).register(
        RegistrationRequest.new(name, "en", True))
    summary = CardCheckService(box.store, rules).check_card(issued.token).summary
    assert summary is not None
    return issued, summary.producer_id
