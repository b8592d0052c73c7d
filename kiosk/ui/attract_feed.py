"""What the attract screen shows from outside itself: the café's name and logo from the
settings, and sample cards drawn in the café's branding.

The cards are Pillow renders (tens of milliseconds each), so they come from the task
runner's pool after the store opens, never before the first paint, and are kept for the
next start (`kept_sample_cards`); a change of name or logo in staff Settings redraws them
and the masthead.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.settings import KioskSettings, read_cafe_logo
from kiosk.ui.tasks import Scope, TaskRunner

if TYPE_CHECKING:
    from kiosk.domain.rules import RuleBook
    from kiosk.services.bundle import KioskServices
    from kiosk.ui.screens.attract import AttractScreen

log = logging.getLogger(__name__)


def cafe_logo(settings: KioskSettings) -> bytes | None:
    """The café's logo; a file that cannot be read is logged and left out (settings
    validate it at start; the attract screen must show regardless)."""
    try:
        return read_cafe_logo(settings)
    except OSError as exc:
        log.warning("café logo not shown: %s", exc)
        return None


def draw_sample_cards(attract: AttractScreen, settings: KioskSettings,
                      services: KioskServices, rules: RuleBook, tasks: TaskRunner) -> None:
    """The fan's cards in the café's current branding, off the UI thread (kept ones when
    nothing that shapes them changed since they were drawn)."""
    from kiosk.ui.kept_sample_cards import sample_cards

    branding, ranks = services.branding.current(), list(rules.ranks)
    cache = settings.data_dir / "cache"
    tasks.run(lambda: sample_cards(cache, branding, ranks), attract.set_cards,
              lambda exc: log.error("sample cards not drawn", exc_info=exc),
              scope=Scope.KIOSK)


def rebrand(attract: AttractScreen, settings: KioskSettings, services: KioskServices,
            rules: RuleBook, tasks: TaskRunner) -> None:
    """Staff saved Settings: the masthead and the cards follow a new name or logo."""
    attract.set_brand(settings.cafe_name, cafe_logo(settings))
    draw_sample_cards(attract, settings, services, rules, tasks)
