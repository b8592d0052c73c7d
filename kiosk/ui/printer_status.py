"""Can this CUPS queue take a card right now? A readiness staff can act on.

CUPS accepts jobs into a queue whose printer is paused, unplugged, switched off or out of
cards, and holds them: nothing comes out. So the queue is asked through libcups
(`cups_client.printer_attributes`): `printer-state`, `printer-is-accepting-jobs`,
`printer-state-message` and above all `printer-state-reasons`, the keywords drivers and
backends report (IPP / PWG 5100.x). They become one `PrinterState` plus CUPS's own words
(`detail`), and the supplies running low (`low`):

- `READY`: enabled and accepting; warnings (`media-low`, `marker-supply-low`) only in `low`.
- `NO_SUCH_PRINTER`: CUPS runs but has no queue by that name.
- `NO_CARD_SIZE`: (card printers) the driver offers no CR80 page in any orientation.
- `OUT_OF_CARDS`: `media-empty`, `media-needed`, `input-tray-missing`.
- `RIBBON_OUT`: `marker-supply-empty`, `toner-empty`, `marker-waste-full`.
- `COVER_OPEN`: `cover-open`, `door-open`, `interlock-open`.
- `CARD_JAM`: `media-jam`.
- `OFFLINE`: `offline-report`, `connecting-to-device`, `shutdown`, `timed-out`, or any other
  `*-error` reason.
- `PAUSED`: the queue is stopped (`cupsdisable`, or CUPS stopped it after a failed job).
- `NOT_ACCEPTING`: the queue rejects new jobs (`cupsreject`).
- `NO_PRINT_SERVICE`: CUPS is not running or does not answer: nothing can print.

When several apply, the first in the order above wins: a physical cause comes before the
paused queue it usually leads to (CUPS stops a queue whose printer ran out of cards), and
`detail` then also says "queue paused", so staff load cards and then resume.

Blocking (an IPP round trip): never call it on the UI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.services.print_queue import PrintFailureState

OUT_OF_CARDS_REASONS = ("media-empty", "media-needed", "input-tray-missing")
RIBBON_OUT_REASONS = ("marker-supply-empty", "toner-empty", "marker-waste-full")
COVER_OPEN_REASONS = ("cover-open", "door-open", "interlock-open")
CARD_JAM_REASONS = ("media-jam",)
OFFLINE_REASONS = ("offline", "connecting-to-device", "shutdown", "timed-out")
PAUSED_REASONS = ("paused", "moving-to-paused")
CARDS_LOW_REASONS = ("media-low",)
RIBBON_LOW_REASONS = ("marker-supply-low", "toner-low", "marker-waste-almost-full")
SEVERITY_SUFFIXES = ("-error", "-warning", "-report")
LOW_LEVEL_PERCENT = 10          # a marker at or under this is "running low"
IPP_PRINTER_STOPPED = 5


class PrinterState(enum.Enum):
    READY = "ready"
    NO_SUCH_PRINTER = "no_such_printer"
    NO_CARD_SIZE = "no_card_size"
    PAUSED = "paused"
    NOT_ACCEPTING = "not_accepting"
    OUT_OF_CARDS = "out_of_cards"
    RIBBON_OUT = "ribbon_out"
    COVER_OPEN = "cover_open"
    CARD_JAM = "card_jam"
    OFFLINE = "offline"
    NO_PRINT_SERVICE = "no_print_service"


class Supply(enum.Enum):
    CARDS = "cards"
    RIBBON = "ribbon"


@dataclass(frozen=True)
class Readiness:
    state: PrinterState
    detail: str = ""                  # CUPS's own words: reasons, state message, errors
    low: tuple[Supply, ...] = ()      # supplies running low (a warning; it still prints)

    @property
    def ready(self) -> bool:
        return self.state is PrinterState.READY

    @property
    def failure(self) -> PrintFailureState | None:
        """What a job sent to this printer now fails with. None: print it (the printer is
        ready; a reason CUPS gives that this kiosk does not know counts as ready, and the
        job itself then tells)."""
        if self.state is PrinterState.READY:
            return None
        return PrintFailureState[self.state.name]


def printer_state(failure: PrintFailureState) -> PrinterState | None:
    """The printer state a job failed with (None: the print itself failed)."""
    return PrinterState[failure.name] if failure.printer_not_ready else None


# ---- asking CUPS ------------------------------------------------------------------------------

def printer_readiness(name: str) -> Readiness:
    """Whether the CUPS queue `name` can take a job now. Blocks: call it off the UI thread."""
    from kiosk.ui.cups_client import CupsUnavailable, NoSuchQueue, printer_attributes

    try:
        attributes = printer_attributes(name)
    except NoSuchQueue:
        return Readiness(PrinterState.NO_SUCH_PRINTER, f"no CUPS queue named {name!r}")
    except CupsUnavailable as exc:
        return Readiness(PrinterState.NO_PRINT_SERVICE, str(exc))
    return readiness_from(attributes)


def card_printer_readiness(name: str) -> Readiness:
    """As `printer_readiness`, and the queue must offer a card page (a card printer)."""
    from kiosk.domain.print_media import find_card_media
    from kiosk.ui.cups_client import CupsUnavailable, NoSuchQueue, driver_offer

    readiness = printer_readiness(name)
    if readiness.state in (PrinterState.NO_SUCH_PRINTER, PrinterState.NO_PRINT_SERVICE):
        return readiness
    try:
        offer = driver_offer(name)
    except (NoSuchQueue, CupsUnavailable):
        return readiness
    if find_card_media(offer.sizes) is None:
        sizes = ", ".join(size.name for size in offer.sizes[:6]) or "none"
        return Readiness(PrinterState.NO_CARD_SIZE, f"the driver's page sizes: {sizes}",
                         readiness.low)
    return readiness


def readiness_from(attributes: Mapping[str, Any]) -> Readiness:
    """Readiness from a printer's IPP attributes (pure: the tests feed it dictionaries)."""
    reasons = [r for r in _listed(attributes.get("printer-state-reasons")) if r != "none"]
    message = str(attributes.get("printer-state-message") or "").strip()
    disabled = int(attributes.get("printer-state", 3)) == IPP_PRINTER_STOPPED
    accepting = bool(attributes.get("printer-is-accepting-jobs", True))
    low = _low_supplies(reasons, attributes)
    return _decide(disabled, message, not accepting, reasons, low)


def _decide(disabled: bool, message: str, rejecting: bool, reasons: list[str],
            low: tuple[Supply, ...]) -> Readiness:
    physical = [(PrinterState.OUT_OF_CARDS, OUT_OF_CARDS_REASONS),
                (PrinterState.RIBBON_OUT, RIBBON_OUT_REASONS),
                (PrinterState.COVER_OPEN, COVER_OPEN_REASONS),
                (PrinterState.CARD_JAM, CARD_JAM_REASONS)]
    claimed: set[str] = set()
    found: list[tuple[PrinterState, list[str]]] = []
    for state, keywords in physical:
        matching = [r for r in reasons if _base(r) in keywords]
        claimed.update(matching)
        if matching:
            found.append((state, matching))
    offline = [r for r in reasons if r not in claimed and
               (_base(r) in OFFLINE_REASONS or r.endswith("-error"))]
    paused = disabled or any(_base(r) in PAUSED_REASONS for r in reasons)

    def detail(*parts: str) -> str:
        return "; ".join(part for part in parts if part)

    also = detail("queue paused" if paused else "", "not accepting jobs" if rejecting else "")
    if found:
        state, matching = found[0]
        return Readiness(state, detail(" ".join(matching), message, also), low)
    if offline:
        return Readiness(PrinterState.OFFLINE, detail(" ".join(offline), message, also), low)
    if paused:
        return Readiness(PrinterState.PAUSED,
                         detail(message or "paused", "not accepting jobs" if rejecting else ""),
                         low)
    if rejecting:
        return Readiness(PrinterState.NOT_ACCEPTING, message or "rejecting jobs", low)
    noted = [r for r in reasons if _base(r) not in PAUSED_REASONS]
    return Readiness(PrinterState.READY, detail(" ".join(noted), message), low)


def _low_supplies(reasons: list[str], attributes: Mapping[str, Any]) -> tuple[Supply, ...]:
    low: list[Supply] = []
    if any(_base(r) in CARDS_LOW_REASONS for r in reasons):
        low.append(Supply.CARDS)
    levels = [int(level) for level in _listed(attributes.get("marker-levels"))
              if str(level).lstrip("-").isdigit()]
    if any(_base(r) in RIBBON_LOW_REASONS for r in reasons) or \
            any(0 <= level <= LOW_LEVEL_PERCENT for level in levels):
        low.append(Supply.RIBBON)
    return tuple(low)


def _listed(value: Any) -> Iterable[Any]:
    if value is None:
        return ()
    return [value] if isinstance(value, (str, int)) else list(value)


def _base(reason: str) -> str:
    for suffix in SEVERITY_SUFFIXES:
        if reason.endswith(suffix):
            return reason.removesuffix(suffix)
    return reason
