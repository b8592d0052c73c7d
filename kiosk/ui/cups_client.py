"""The CUPS side of printing, through libcups (pycups): what a queue's driver offers, sending a
PDF, following the job to its end, and the printer's state with its reasons.

"Printed" means the job *completed* in CUPS — not that CUPS accepted it: a queue whose device
is unplugged, switched off or out of cards accepts jobs and holds them. So a job is followed
(`wait_for_job`) until it is completed, or stopped / aborted / canceled / held (each with
the printer's reasons), or still pending after the wait (shown as such, checked again later).

The driver's offer comes from its PPD where there is one (the vendors' card drivers all have
one: page sizes with their printable areas, custom sizes, vendor duplex options) and from the
printer's IPP attributes otherwise (driverless queues: `media-supported`, `sides-supported`).

Every call blocks on an IPP round trip: call them off the UI thread. A connection is opened
per call (pycups connections are not shared between threads). `CUPS_SERVER` is honoured, as
by every CUPS client.
"""

from __future__ import annotations

import contextlib
import enum
import os
import re
import tempfile
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cups

from kiosk.domain.print_media import DriverOption, DuplexSetting, MediaSize, find_duplex

MM_PER_PT = 25.4 / 72
_PWG_SIZE = re.compile(r"_(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(mm|in)$")
PRINTER_ATTRIBUTES = ["printer-state", "printer-state-reasons", "printer-state-message",
                      "printer-is-accepting-jobs", "marker-names", "marker-levels",
                      "marker-types", "printer-type"]
JOB_ATTRIBUTES = ["job-state", "job-state-reasons", "job-printer-state-message",
                  "job-printer-state-reasons"]


class CupsUnavailable(RuntimeError):
    """CUPS could not be asked (not running, not installed, no answer)."""


class NoSuchQueue(LookupError):
    """CUPS runs but has no queue of that name."""


def _connect() -> Any:
    # libcups remembers the server per thread; read CUPS_SERVER afresh each time, as a new
    # CUPS client would ("" means: the environment, else the machine's client.conf).
    cups.setServer(os.environ.get("CUPS_SERVER", ""))
    try:
        return cups.Connection()
    except RuntimeError as exc:                       # "failed to connect to server"
        raise CupsUnavailable(f"the print service (CUPS) is not running: {exc}") from exc


def _call(action: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        return action(*args, **kwargs)
    except cups.IPPError as exc:
        status, message = exc.args if len(exc.args) == 2 else (0, str(exc))
        if status == cups.IPP_NOT_FOUND:
            raise NoSuchQueue(message) from exc
        raise CupsUnavailable(f"CUPS refused: {message} ({status:#x})") from exc
    except (RuntimeError, cups.HTTPError) as exc:
        raise CupsUnavailable(f"CUPS did not answer: {exc}") from exc


# ---- queues -------------------------------------------------------------------------------

def queue_names() -> list[str]:
    """The machine's print queues, its default first ([] when CUPS cannot be asked)."""
    try:
        connection = _connect()
        names = list(_call(connection.getPrinters))
        default = _call(connection.getDefault)
    except CupsUnavailable:
        return []
    return sorted(names, key=lambda name: (name != default, name))


def default_queue() -> str:
    try:
        return str(_call(_connect().getDefault) or "")
    except CupsUnavailable:
        return ""


# ---- what the driver offers ---------------------------------------------------------------

@dataclass(frozen=True)
class DriverOffer:
    """A queue's page sizes, options and colour, as its driver describes them."""

    sizes: tuple[MediaSize, ...]
    options: tuple[DriverOption, ...] = ()
    custom_range: tuple[float, float, float, float] | None = None   # min w, h, max w, h (pt)
    colour: bool = True
    from_ppd: bool = True
    sides: tuple[str, ...] = ()          # IPP `sides-supported` (driverless queues)

    @property
    def duplex(self) -> DuplexSetting | None:
        if self.from_ppd:
            return find_duplex(self.options)
        if "two-sided-long-edge" in self.sides:
            return DuplexSetting("sides", "two-sided-long-edge", "one-sided")
        return None

    def page_option(self, media: MediaSize) -> dict[str, str]:
        """The job option that selects `media`."""
        return {"PageSize": media.name} if self.from_ppd else {"media": media.name}


def driver_offer(queue: str) -> DriverOffer:
    """What `queue`'s driver offers. Raises NoSuchQueue / CupsUnavailable."""
    connection = _connect()
    attributes = _call(connection.getPrinterAttributes, queue,
                       requested_attributes=["media-supported", "sides-supported",
                                             "color-supported"])
    try:
        ppd_path = connection.getPPD(queue)
    except (cups.IPPError, RuntimeError):
        ppd_path = None
    if ppd_path:
        try:
            return offer_from_ppd(ppd_path)
        finally:
            os.unlink(ppd_path)
    return offer_from_ipp(attributes)


def offer_from_ppd(path: str) -> DriverOffer:
    ppd = cups.PPD(path)
    text = Path(path).read_text(encoding="latin-1", errors="replace")
    # libcups keeps the page dimensions to itself (pycups does not expose them): read them
    # from the PPD's own lines, exactly as the driver wrote them.
    dimensions = {name: _numbers(value, 2) for name, value in _PAPER_DIMENSION.findall(text)}
    areas = {name: _numbers(value, 4) for name, value in _IMAGEABLE_AREA.findall(text)}
    sizes = []
    page_size = ppd.findOption("PageSize")
    for choice in (page_size.choices if page_size is not None else []):
        name = choice["choice"]
        size = dimensions.get(name)
        if name == "Custom" or size is None:
            continue
        area = areas.get(name)
        sizes.append(MediaSize(name, size[0], size[1],
                               (area[0], area[1], area[2], area[3]) if area else None))
    options = [DriverOption(option.keyword,
                            tuple((c["choice"], c["text"]) for c in option.choices),
                            option.defchoice, option.text)
               for group in ppd.optionGroups for option in _all_options(group)]
    colour = ppd.findAttr("ColorDevice")
    return DriverOffer(tuple(sizes), tuple(options), _custom_range(text),
                       colour is None or colour.value.strip().lower() == "true")


_PAPER_DIMENSION = re.compile(r'^\*PaperDimension\s+([^/:\s]+)[^:]*:\s*"([^"]*)"', re.MULTILINE)
_IMAGEABLE_AREA = re.compile(r'^\*ImageableArea\s+([^/:\s]+)[^:]*:\s*"([^"]*)"', re.MULTILINE)
_CUSTOM_PARAM = re.compile(r'^\*ParamCustomPageSize\s+(Width|Height):\s*\d+\s+\w+\s+'
                           r'([\d.]+)\s+([\d.]+)', re.MULTILINE)


def _numbers(value: str, count: int) -> tuple[float, ...]:
    parts = value.split()[:count]
    return tuple(float(part) for part in parts) if len(parts) == count else ()


def _all_options(group: Any) -> Iterable[Any]:
    yield from group.options
    for sub in group.subgroups:
        yield from _all_options(sub)


def _custom_range(text: str) -> tuple[float, float, float, float] | None:
    """The custom page sizes a PPD accepts (`*CustomPageSize True` with its width and height
    parameters: min w, min h, max w, max h in points), or None."""
    if not re.search(r"^\*CustomPageSize\s+True", text, re.MULTILINE):
        return None
    limits = {name: (float(low), float(high)) for name, low, high in _CUSTOM_PARAM.findall(text)}
    if len(limits) < 2:
        return None
    return (limits["Width"][0], limits["Height"][0], limits["Width"][1], limits["Height"][1])


def offer_from_ipp(attributes: Mapping[str, Any]) -> DriverOffer:
    """A driverless queue: sizes from the PWG media names (`iso_a4_210x297mm`,
    `custom_cr80_85.6x54mm`, `om_card_54x86mm` …), both sides from `sides-supported`."""
    media = attributes.get("media-supported", [])
    sizes = []
    for name in [media] if isinstance(media, str) else media:
        match = _PWG_SIZE.search(name)
        if match is None:
            continue
        unit = 72.0 if match.group(3) == "in" else 1 / MM_PER_PT
        sizes.append(MediaSize(name, float(match.group(1)) * unit,
                               float(match.group(2)) * unit))
    sides = attributes.get("sides-supported", [])
    return DriverOffer(tuple(sizes), from_ppd=False,
                       sides=tuple([sides] if isinstance(sides, str) else sides),
                       colour=bool(attributes.get("color-supported", True)))


# ---- jobs ---------------------------------------------------------------------------------

class JobState(enum.IntEnum):
    PENDING = 3
    HELD = 4
    PROCESSING = 5
    STOPPED = 6
    CANCELED = 7
    ABORTED = 8
    COMPLETED = 9

    @property
    def ended(self) -> bool:
        return self >= JobState.CANCELED


@dataclass(frozen=True)
class JobOutcome:
    job_id: int
    state: JobState
    reasons: tuple[str, ...] = ()          # the job's and the printer's reasons
    message: str = ""                      # the printer's own words about it
    printer: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def printed(self) -> bool:
        return self.state is JobState.COMPLETED

    @property
    def failed(self) -> bool:
        """Ended without printing, or stopped / held where nothing will come out by itself."""
        return self.state in (JobState.STOPPED, JobState.HELD, JobState.CANCELED,
                              JobState.ABORTED)


def submit_pdf(queue: str, pdf: bytes, title: str, options: Mapping[str, str]) -> int:
    """Send a PDF to `queue`; returns the CUPS job id."""
    connection = _connect()
    with tempfile.NamedTemporaryFile(suffix=".pdf") as spool:
        spool.write(pdf)
        spool.flush()
        return int(_call(connection.printFile, queue, spool.name, title, dict(options)))


def job_outcome(queue: str, job_id: int) -> JobOutcome:
    connection = _connect()
    job = _call(connection.getJobAttributes, job_id, requested_attributes=JOB_ATTRIBUTES)
    state = JobState(int(job.get("job-state", JobState.PENDING)))
    reasons = list(_listed(job.get("job-state-reasons")))
    printer: Mapping[str, Any] = {}
    if state is not JobState.COMPLETED:                 # why it has not printed (yet)
        try:
            printer = _call(connection.getPrinterAttributes, queue,
                            requested_attributes=PRINTER_ATTRIBUTES)
        except (NoSuchQueue, CupsUnavailable):
            printer = {}
        reasons += [r for r in _listed(printer.get("printer-state-reasons")) if r != "none"]
    message = str(job.get("job-printer-state-message") or printer.get("printer-state-message")
                  or "")
    return JobOutcome(job_id, state, tuple(dict.fromkeys(r for r in reasons if r != "none")),
                      message, printer)


def wait_for_job(queue: str, job_id: int, timeout_s: float, poll_s: float = 0.25
                 ) -> JobOutcome:
    """Follow a job until it ends, stops, is held, or `timeout_s` passes (then its state as
    it is: pending or processing — "still printing")."""
    deadline = time.monotonic() + timeout_s
    while True:
        outcome = job_outcome(queue, job_id)
        if outcome.state.ended or outcome.failed or time.monotonic() >= deadline:
            return outcome
        time.sleep(poll_s)


def cancel_job(job_id: int) -> None:
    """Cancel a job if CUPS still has it (quietly: it may have ended meanwhile)."""
    with contextlib.suppress(NoSuchQueue, CupsUnavailable):
        _call(_connect().cancelJob, job_id)


def printer_attributes(queue: str) -> Mapping[str, Any]:
    """The printer's state, reasons, message, acceptance and supplies (raises NoSuchQueue /
    CupsUnavailable)."""
    return dict(_call(_connect().getPrinterAttributes, queue,
                      requested_attributes=PRINTER_ATTRIBUTES))


def _listed(value: Any) -> Iterable[str]:
    if value is None:
        return ()
    return [value] if isinstance(value, str) else [str(v) for v in value]
