"""Can this CUPS queue take a card right now? A readiness staff can act on.

`QPrinterInfo.state()` only says idle / active / aborted / error, and a paused queue still
accepts jobs (they simply wait in CUPS, and nothing comes out). So the queue is asked with
the CUPS client itself: `lpstat -r -l -p NAME -a NAME` (one call, `LANG=C` so the text can be
parsed, `CUPS_SERVER` from the environment as every CUPS client does, ~2 s timeout). Its
answer becomes one `PrinterState` plus the CUPS text behind it (`detail`):

- `READY`: enabled and accepting; warnings (e.g. `media-low-warning`) only in `detail`.
- `NO_SUCH_PRINTER`: CUPS runs but has no queue by that name.
- `OUT_OF_CARDS`: a `media-empty`, `media-needed` or `input-tray-missing` reason.
- `OFFLINE`: `offline-report`, `connecting-to-device`, `shutdown`, or any other `*-error`.
- `PAUSED`: the queue is stopped (`cupsdisable`, or CUPS stopped it after a failed job).
- `NOT_ACCEPTING`: the queue rejects new jobs (`cupsreject`).
- `UNKNOWN`: the question could not be answered (no `lpstat`, CUPS not running, no answer
  in time, output not understood).

When several apply, the first in the order above wins: a physical cause comes before the
paused queue it usually leads to (CUPS stops a queue whose printer ran out of cards), and
`detail` then also says "queue paused", so staff load cards and then resume.

Blocking (a process and an IPC round trip, up to the timeout): never call it on the UI
thread; run it off it with `run_in_background`, as `print_worker.print_next` is.

A job the printer was not ready for fails with `Readiness.failure` (the job's recorded
`PrintFailureState`, of the same name) and the `detail`; screens translate by state.
"""

from __future__ import annotations

import enum
import os
import shutil
import subprocess
from dataclasses import dataclass

from kiosk.services.print_queue import PrintFailureState

TIMEOUT_S = 2.0
OUT_OF_CARDS_REASONS = ("media-empty", "media-needed", "input-tray-missing")
OFFLINE_REASONS = ("offline", "connecting-to-device", "shutdown")
PAUSED_REASONS = ("paused", "moving-to-paused")
SEVERITY_SUFFIXES = ("-error", "-warning", "-report")


class PrinterState(enum.Enum):
    READY = "ready"
    NO_SUCH_PRINTER = "no_such_printer"
    PAUSED = "paused"
    NOT_ACCEPTING = "not_accepting"
    OUT_OF_CARDS = "out_of_cards"
    OFFLINE = "offline"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Readiness:
    state: PrinterState
    detail: str = ""              # CUPS's own words: reasons, state message, lpstat error

    @property
    def ready(self) -> bool:
        return self.state is PrinterState.READY

    @property
    def failure(self) -> PrintFailureState | None:
        """What a job sent to this printer now fails with. None: print it (the printer is
        ready, or its state cannot be found out and the print itself will tell)."""
        if self.state in (PrinterState.READY, PrinterState.UNKNOWN):
            return None
        return PrintFailureState[self.state.name]


def printer_state(failure: PrintFailureState) -> PrinterState | None:
    """The printer state a job failed with (None: the print itself failed)."""
    return PrinterState[failure.name] if failure.printer_not_ready else None


# ---- asking CUPS -----------------------------------------------------------------------------


def printer_readiness(name: str, timeout_s: float = TIMEOUT_S) -> Readiness:
    """Whether the CUPS queue `name` can take a card now. Blocks: call it off the UI thread."""
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        return Readiness(PrinterState.UNKNOWN, "lpstat is not installed (package cups-client)")
    try:
        done = subprocess.run([lpstat, "-r", "-l", "-p", name, "-a", name],
                              env={**os.environ, "LANG": "C", "LC_ALL": "C"},
                              capture_output=True, text=True, errors="replace",
                              timeout=timeout_s, check=False)
    except subprocess.TimeoutExpired:
        return Readiness(PrinterState.UNKNOWN, f"CUPS did not answer within {timeout_s:g} s")
    except OSError as exc:
        return Readiness(PrinterState.UNKNOWN, f"lpstat could not run: {exc}")
    return parse_lpstat(name, done.returncode, done.stdout, done.stderr)


def parse_lpstat(name: str, returncode: int, stdout: str, stderr: str) -> Readiness:
    """Readiness from the output of `lpstat -r -l -p NAME -a NAME` (LANG=C)."""
    lines = stdout.splitlines()
    error = " ".join(stderr.split())
    if "scheduler is not running" in lines:
        return Readiness(PrinterState.UNKNOWN, "the print service (CUPS) is not running")
    if returncode != 0:
        if "invalid destination" in error.lower() or "unknown destination" in error.lower():
            return Readiness(PrinterState.NO_SUCH_PRINTER, f"no CUPS queue named {name!r}")
        return Readiness(PrinterState.UNKNOWN, error or f"lpstat failed ({returncode})")
    printer = _section(lines, f"printer {name} ")
    acceptance = _section(lines, f"{name} accepting ", f"{name} not accepting ")
    if not printer or not acceptance:
        return Readiness(PrinterState.UNKNOWN, f"lpstat said nothing about {name!r}")
    disabled = " disabled since " in printer[0]
    message = _message(printer)
    rejecting = acceptance[0].startswith(f"{name} not accepting ")
    reject_reason = _message(acceptance)
    reasons = _alerts(printer)
    return _decide(disabled, message, rejecting, reject_reason, reasons)


def _decide(disabled: bool, message: str, rejecting: bool, reject_reason: str,
            reasons: list[str]) -> Readiness:
    out = [r for r in reasons if _base(r) in OUT_OF_CARDS_REASONS]
    offline = [r for r in reasons if r not in out and
               (_base(r) in OFFLINE_REASONS or r.endswith("-error"))]
    paused = disabled or any(_base(r) in PAUSED_REASONS for r in reasons)
    noted = [r for r in reasons if r not in out and r not in offline
             and _base(r) not in PAUSED_REASONS]

    def detail(*parts: str) -> str:
        return "; ".join(part for part in parts if part)

    also = detail("queue paused" if paused else "",
                  "not accepting jobs" if rejecting else "")
    if out:
        return Readiness(PrinterState.OUT_OF_CARDS, detail(" ".join(out), message, also))
    if offline:
        return Readiness(PrinterState.OFFLINE, detail(" ".join(offline), message, also))
    if paused:
        return Readiness(PrinterState.PAUSED,
                         detail(message or "paused", "not accepting jobs" if rejecting else ""))
    if rejecting:
        return Readiness(PrinterState.NOT_ACCEPTING, reject_reason or "rejecting jobs")
    return Readiness(PrinterState.READY, detail(" ".join(noted), message))


def _section(lines: list[str], *heads: str) -> list[str]:
    """The line starting with one of `heads` and the indented lines under it."""
    for index, line in enumerate(lines):
        if line.startswith(heads):
            rest = lines[index + 1:]
            end = next((i for i, text in enumerate(rest) if not text[:1].isspace()), len(rest))
            return [line, *rest[:end]]
    return []


def _message(section: list[str]) -> str:
    """lpstat prints the state message (or reject reason) on the first indented line."""
    if len(section) < 2:
        return ""
    text = section[1].strip()
    if text.startswith(("Alerts:", "Form mounted:", "Description:")) or \
            text == "reason unknown":
        return ""
    return text


def _alerts(section: list[str]) -> list[str]:
    """The printer-state-reasons keywords (`Alerts:` in the long listing)."""
    for line in section[1:]:
        text = line.strip()
        if text.startswith("Alerts:"):
            return [r for r in text.removeprefix("Alerts:").split() if r != "none"]
    return []


def _base(reason: str) -> str:
    for suffix in SEVERITY_SUFFIXES:
        if reason.endswith(suffix):
            return reason.removesuffix(suffix)
    return reason
