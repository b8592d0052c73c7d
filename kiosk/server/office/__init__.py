"""The office's use cases behind one facade, split by area: kiosks (enrolment, credentials,
event batches in order, what they could not apply), producers (daily logins, overdrawn cards,
quarantine), the producer website (sign-in and sessions; the ledger as a producer sees
it; their data under APPI), the manager console (staff accounts and their second factor,
the audit log), and the catalogue every kiosk pulls (cast, rules, rankings,
the change feed). Transactions and errors are shared (`base.py`).
"""

from __future__ import annotations

from kiosk.server.office.audit import AuditDesk
from kiosk.server.office.base import (
    EnrolmentConflict,
    EnrolmentRefused,
    KioskDisabled,
    RulesRefused,
    UnknownProducer,
    now_iso,
)
from kiosk.server.office.cast_photos import CastPhotoDesk
from kiosk.server.office.catalogue import CastRefused, Catalogue
from kiosk.server.office.event_batches import EventDesk, RefusedEvent
from kiosk.server.office.kiosks import KioskDesk, KioskInfo, ReportedRecord
from kiosk.server.office.privacy import PrivacyDesk
from kiosk.server.office.producer_search import ProducerSearch
from kiosk.server.office.producers import QuarantinedProducer
from kiosk.server.office.ranking_desk import RankingDesk
from kiosk.server.office.staff import StaffDesk
from kiosk.server.office.till_import import TillImportDesk
from kiosk.server.office.web_ledger import WebLedger
from kiosk.server.office.website import WebsiteDesk

__all__ = ["CastRefused", "EnrolmentConflict", "EnrolmentRefused", "KioskDisabled",
           "KioskInfo", "Office", "QuarantinedProducer", "RefusedEvent", "ReportedRecord",
           "RulesRefused", "UnknownProducer", "now_iso"]


class Office(KioskDesk, EventDesk, RankingDesk, WebLedger, WebsiteDesk, PrivacyDesk, StaffDesk,
             AuditDesk, ProducerSearch, TillImportDesk, CastPhotoDesk, Catalogue):
    """The office: every use case is one transaction (see `base.py`)."""
