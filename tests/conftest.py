"""Shared fixtures: a real rules file, a real SQLite store in a temp dir, real keys.

The test configuration itself sets QT_QPA_PLATFORM=offscreen, so screens render without a
display, and compiles the translation catalogues if `make` has not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.cards.branding import CardBranding
from kiosk.db.identity import KioskSigner, ensure_identity
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook, parse_rules
from kiosk.paths import assets_dir, rules_path
from kiosk.services.branding import CurrentBranding
from kiosk.services.bundle import KioskServices, build_services
from kiosk.services.card_issue import CardIssuer
from kiosk.services.registration import RegistrationService
from tests.support.browser import browser  # noqa: F401 (one browser for the whole run)

# Tests never assert wall-clock times: Hypothesis's per-example deadline (200 ms) would,
# and examples that fsync a file fail it on a loaded CI machine.
hypothesis_settings.register_profile("kiosk", deadline=None)
hypothesis_settings.load_profile("kiosk")

ROOT = Path(__file__).resolve().parent.parent
BRANDING = CardBranding("IDOL CAFÉ", None, "https://producer.example.cafe/login")


def pytest_sessionstart(session: pytest.Session) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (assets_dir() / "i18n").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def artifacts_dir(*parts: str) -> Path:
    """Where tests leave PNGs for people to look at (kept by CI as artifacts)."""
    base = Path(os.environ.get("KIOSK_TEST_ARTIFACTS", ROOT / "test-artifacts"))
    path = base.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def rules() -> RuleBook:
    return parse_rules(rules_path().read_text(encoding="utf-8"))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def store(data_dir: Path, rules: RuleBook) -> Iterator[Store]:
    opened = Store(data_dir / "kiosk.sqlite3", rules).open()
    yield opened
    opened.close()


@pytest.fixture
def signer(store: Store, data_dir: Path) -> KioskSigner:
    return ensure_identity(store, data_dir, kiosk_number=7)


@pytest.fixture
def registration(store: Store, rules: RuleBook, signer: KioskSigner) -> RegistrationService:
    return RegistrationService(store, rules, signer)


@pytest.fixture
def issuer(registration: RegistrationService) -> CardIssuer:
    return CardIssuer(registration, CurrentBranding(BRANDING))


@pytest.fixture
def kiosk_services(store: Store, rules: RuleBook, signer: KioskSigner) -> KioskServices:
    """Every service over the test store, as the app builds them."""
    from kiosk.services.demo import seed_demo_cast

    with store.atomic():
        seed_demo_cast()
    return build_services(store, rules, signer, "IDOL CAFÉ", "https://example.cafe")
