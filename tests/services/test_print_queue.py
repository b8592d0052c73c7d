"""The card print queue: every issued card waits; print, fail with a reason, retry,
reprint, cancel; a crash mid-print puts the job back; replaced cards are not printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.db.identity import KioskSigner
from kiosk.db.store import Store
from kiosk.domain.rules import RuleBook
from kiosk.services.card_reissue import CardReissueService, ReplaceReason
from kiosk.services.print_queue import (
    JobState,
    PrintFailureState,
    PrintQueueService,
    QueueAction,
    QueueRefused,
)
from kiosk.services.registration import RegistrationRequest
from tests.services.conftest import Services


@pytest.fixture
def queue(store: Store, rules: RuleBook, services: Services) -> PrintQueueService:
    return PrintQueueService(store, rules, services.clock)


def test_every_issued_card_waits_then_prints(services: Services,
                                             queue: PrintQueueService) -> None:
    issued = services.registration.register(RegistrationRequest.new("ミク", "ja", True))
    [job] = queue.jobs()
    assert (job.state, job.nickname, job.generation) == (JobState.WAITING, "ミク", 1)
    assert queue.next_waiting() == job.job_id
    card = queue.start(job.job_id, "CardPrinter")
    assert (card.token, card.producer_number) == (issued.token, issued.producer_number)
    assert queue.next_waiting() is None
    queue.finished(job.job_id)
    assert queue.jobs()[0].state is JobState.PRINTED and queue.jobs()[0].attempts == 1


def test_a_failed_print_keeps_its_reason_and_can_be_retried(services: Services,
                                                            queue: PrintQueueService) -> None:
    services.registration.register(RegistrationRequest.new("Ann", "en", True))
    job = queue.next_waiting()
    assert job is not None
    queue.start(job, "CardPrinter")
    queue.failed(job, PrintFailureState.OUT_OF_CARDS, "media-empty-error")
    failed = queue.jobs()[0]
    assert (failed.state, failed.failure, failed.detail) == (
        JobState.FAILED, PrintFailureState.OUT_OF_CARDS, "media-empty-error")
    queue.retry(job)
    assert queue.next_waiting() == job
    assert (queue.jobs()[0].failure, queue.jobs()[0].detail) == (None, "")
    queue.start(job, "CardPrinter")
    queue.finished(job)
    assert queue.jobs()[0].attempts == 2
    again = queue.reprint(job)
    assert again != job and queue.next_waiting() == again
    queue.cancel(again)
    assert queue.jobs((JobState.CANCELLED,))[0].job_id == again
    with pytest.raises(QueueRefused):
        queue.cancel(job)                                # printed: nothing to cancel


def test_each_job_offers_exactly_what_the_queue_allows(services: Services,
                                                       queue: PrintQueueService) -> None:
    for name in ("Ann", "Bob", "Cho", "Dee", "Eve"):
        services.registration.register(RegistrationRequest.new(name, "en", True))
    waiting, printing, printed, failed, cancelled = sorted(j.job_id for j in queue.jobs())
    for job in (printing, printed, failed):
        queue.start(job, "CardPrinter")
    queue.finished(printed)
    queue.failed(failed, PrintFailureState.OUT_OF_CARDS)
    queue.cancel(cancelled)
    run = {QueueAction.RETRY: queue.retry, QueueAction.CANCEL: queue.cancel,
           QueueAction.REPRINT: queue.reprint}
    offered = {job.job_id: job.actions for job in queue.jobs()}
    assert offered == {waiting: (QueueAction.CANCEL,), printing: (),
                       printed: (QueueAction.REPRINT,),
                       failed: (QueueAction.RETRY, QueueAction.CANCEL),
                       cancelled: (QueueAction.REPRINT,)}
    for job, actions in offered.items():
        for action in set(QueueAction) - set(actions):
            with pytest.raises(QueueRefused):
                run[action](job)
        for action in actions:                  # in the order the row shows them
            run[action](job)


def test_a_crash_while_printing_puts_the_job_back(services: Services,
                                                  queue: PrintQueueService) -> None:
    services.registration.register(RegistrationRequest.new("Ann", "en", True))
    job = queue.next_waiting()
    assert job is not None
    queue.start(job, "CardPrinter")
    assert queue.recover() == 1                            # what the app does at start-up
    assert queue.next_waiting() == job
    again = queue.jobs()[0]
    assert (again.failure, again.detail) == (None, "interrupted; printing again")


def test_a_replaced_card_is_not_printed_but_its_successor_is(
        services: Services, queue: PrintQueueService, store: Store, rules: RuleBook,
        signer: KioskSigner) -> None:
    issued = services.registration.register(RegistrationRequest.new("Ann", "en", True))
    found = services.cards.check_card(issued.token).summary
    assert found is not None
    new = CardReissueService(store, rules, signer, services.clock).reissue(
        found.producer_id, ReplaceReason.LOST)
    first, second = sorted(queue.jobs(), key=lambda job: job.job_id)
    assert first.state is JobState.CANCELLED and "newer card" in first.detail
    assert queue.next_waiting() == second.job_id           # nothing holds up the new card
    with pytest.raises(QueueRefused, match="cancelled"):
        queue.start(first.job_id, "CardPrinter")
    with pytest.raises(QueueRefused, match="newer card"):
        queue.reprint(first.job_id)                          # nor can it be queued again
    assert queue.start(second.job_id, "CardPrinter").token == new.token


def test_the_app_puts_interrupted_jobs_back_when_it_opens_the_store(
        tmp_path: Path, rules: RuleBook) -> None:
    from kiosk.bootstrap import open_kiosk
    from kiosk.settings import load_settings

    settings = load_settings(tmp_path)
    store, services = open_kiosk(settings, rules)
    try:
        services.issuer.issue(RegistrationRequest.new("Ann", "en", True))
        queue = PrintQueueService(store, rules)
        job = queue.next_waiting()
        assert job is not None
        queue.start(job, "CardPrinter")                   # then the power goes
    finally:
        store.close()
    store, _ = open_kiosk(settings, rules)
    try:
        assert PrintQueueService(store, rules).next_waiting() == job
    finally:
        store.close()
