"""Opening a kiosk, the same way for the app, the CLI, the self-test and the benchmarks:
the rules in force, the store with this kiosk's identity, the services over it, the sync.

Cheap to import: the app reads the rules with it before the first paint, so the store,
the services and the sync client load inside the functions that open them (after it).
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.db.errors import StoreError, StoreProblem
from kiosk.domain.rules import RuleBook, RulesError, parse_rules
from kiosk.paths import demo_dir_problem
from kiosk.settings import KioskSettings, read_cafe_logo

if TYPE_CHECKING:
    from kiosk.db.identity import KioskSigner
    from kiosk.db.store import Store
    from kiosk.services.bundle import KioskServices
    from kiosk.services.demo import DemoSeed
    from kiosk.sync.health import PrinterCheck
    from kiosk.sync.runner import SyncRunner, SyncStatus

log = logging.getLogger("kiosk")


# ---- the rules -----------------------------------------------------------------------------

def load_rules(path: Path) -> RuleBook:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read the rules file: {exc}") from exc
    return parse_rules(text, source=str(path))


def newest_rules(bundled: RuleBook, store_path: Path) -> RuleBook:
    """The office's published rules if they are newer than the bundled file."""
    from kiosk.db.office_rules import published_rules_text

    text = published_rules_text(store_path)
    if text is None:
        return bundled
    try:
        published = parse_rules(text, source="rules published by the office")
    except RulesError as exc:
        log.error("ignoring the office's rules: %s", exc)
        return bundled
    return published if published.version > bundled.version else bundled


# ---- the store and the services -------------------------------------------------------------

def open_store(settings: KioskSettings, rules: RuleBook) -> tuple[Store, KioskSigner]:
    """The store and this kiosk's identity (its key and row made on first start)."""
    from kiosk.db.identity import ensure_identity
    from kiosk.db.store import Store

    store = Store(settings.store_path, rules).open()
    try:
        return store, ensure_identity(store, settings.data_dir, settings.kiosk_number)
    except OSError as exc:
        store.close()
        raise StoreError(_problem_for(exc), f"{settings.data_dir}: {exc}") from exc


def open_kiosk(settings: KioskSettings, rules: RuleBook,
               on_demo: Callable[[DemoSeed], None] | None = None,
               ) -> tuple[Store, KioskServices]:
    """The store and the services on top of it; identity and demo data on first start.
    `on_demo` hears what the demo seeding found (the app prints the demo's staff PIN)."""
    from kiosk.services.bundle import build_services
    from kiosk.services.demo import seed_demo
    from kiosk.services.print_queue import PrintQueueService

    if settings.demo_data:
        problem = demo_dir_problem(settings.data_dir)
        if problem is not None:              # the app refuses earlier; this is the backstop
            raise StoreError(StoreProblem.UNAVAILABLE, problem)
    store, signer = open_store(settings, rules)
    if settings.demo_data:
        seed = seed_demo(store, rules, signer)
        if seed.producers_added:
            log.info("added %d demo producers", seed.producers_added)
        if on_demo is not None:
            on_demo(seed)
    interrupted = PrintQueueService(store, rules).recover()
    if interrupted:
        log.warning("%d card print job(s) were interrupted; they wait to print again",
                    interrupted)
    return store, build_services(store, rules, signer, settings.cafe_name,
                                 settings.website_url, settings.receipt_pattern,
                                 settings.max_purchase_yen, read_cafe_logo(settings))


def _problem_for(exc: OSError) -> StoreProblem:
    if isinstance(exc, PermissionError):
        return StoreProblem.READ_ONLY
    return StoreProblem.FULL if exc.errno == errno.ENOSPC else StoreProblem.UNAVAILABLE


def data_dir_message(data_dir: Path, exc: StoreError) -> str:
    return f"kiosk: cannot use the data dir {data_dir}: {exc}"


# ---- the office ------------------------------------------------------------------------------

def start_sync(settings: KioskSettings, rules: RuleBook, store: Store,
               on_status: Callable[[SyncStatus], None],
               printer: PrinterCheck | None = None) -> list[SyncRunner]:
    """The background sync, if this kiosk is enrolled at an office (else nothing).
    `on_status` is called on the sync thread after every pass."""
    from kiosk.db.office_credential import load_credential

    credential = load_credential(settings.data_dir)
    if credential is None:
        log.info("not enrolled at an office: working offline only")
        return []
    # The sync's code and its wire types (pydantic, ~8 MB) only in a kiosk that syncs.
    from kiosk.sync.client import OfficeClient
    from kiosk.sync.engine import SyncEngine
    from kiosk.sync.health import HealthReporter
    from kiosk.sync.runner import SyncRunner

    client = OfficeClient(credential.url, credential.kiosk_id, credential.secret)
    engine = SyncEngine(store, rules, client, HealthReporter(store, printer))
    runner = SyncRunner(store, engine, on_status=on_status, office_url=credential.url)
    runner.start()
    log.info("syncing with the office at %s", credential.url)
    return [runner]
