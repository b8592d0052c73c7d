"""Print jobs the kiosk left with CUPS when it last stopped, settled at start-up.

A card sent to CUPS just before the kiosk stopped (a power cut, an update) may have come
out, failed, or still be printing: each is recorded as it ended there, never printed again
(`print_worker.reconcile`). CUPS is asked only when the queue holds such jobs, so a kiosk
that left none does not load the printing code (libcups, Pillow, the PDF pages) at start.
"""

from __future__ import annotations

import logging

from kiosk.services.print_queue import PrintQueueService
from kiosk.ui.tasks import Scope, TaskRunner, printing_pool

log = logging.getLogger(__name__)


def reconcile_print_jobs(queue: PrintQueueService, tasks: TaskRunner) -> None:
    """Off the UI thread, on the printing thread (one CUPS conversation at a time)."""

    def work() -> int:
        if not queue.in_cups():
            return 0
        from kiosk.ui.print_worker import reconcile

        return reconcile(queue)

    tasks.run(work,
              lambda ended: log.info("%d print job(s) reconciled with CUPS", ended)
              if ended else None,
              lambda exc: log.warning("print jobs not reconciled: %s", exc),
              scope=Scope.KIOSK, pool=printing_pool())
