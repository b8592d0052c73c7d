"""The office's use cases behind one facade, split by area: kiosks (enrolment, credentials,
event batches, what they could not apply), producers (the website's logins, daily logins,
overdrawn cards, quarantine), and the catalogue every kiosk pulls (cast, rules, rankings,
the change feed). Transactions and errors are shared (`base.py`).
"""

from __future__ import annotations

from kiosk.server.office.base import (
    EnrolmentConflict,
    EnrolmentRefused,
    KioskDisabled,
    RulesRefused,
    UnknownProducer,
    now_iso,
)
from kiosk.server.office.catalogue import CastRefused, Catalogue
from kiosk.server.office.kiosks import KioskDesk, KioskInfo, RefusedEvent, ReportedRecord
from kiosk.server.office.producers import ProducerDesk, QuarantinedProducer

__all__ = ["CastRefused", "EnrolmentConflict", "EnrolmentRefused", "KioskDisabled",
           "KioskInfo", "Office", "QuarantinedProducer", "RefusedEvent", "ReportedRecord",
           "RulesRefused", "UnknownProducer", "now_iso"]


class Office(KioskDesk, ProducerDesk, Catalogue):
    """The office: every use case is one transaction (see `base.py`)."""
