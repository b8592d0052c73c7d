"""Every use case the kiosk screens call, built once over one open store, and the café's
card branding they draw cards with (`branding`: staff mode updates it when Settings are
saved, and the next card drawn or printed has it)."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.cards.branding import CardBranding
from kiosk.db.identity import KioskSigner
from kiosk.db.store import Store
from kiosk.domain.receipts import DEFAULT_MAX_YEN, DEFAULT_RECEIPT_PATTERN
from kiosk.domain.rules import RuleBook
from kiosk.services.branding import CurrentBranding
from kiosk.services.card_check import CardCheckService
from kiosk.services.card_issue import CardIssuer
from kiosk.services.card_reissue import CardReissueService
from kiosk.services.password_reset import PasswordResetService
from kiosk.services.print_queue import PrintQueueService
from kiosk.services.purchases import PurchaseService
from kiosk.services.pushes import PushService
from kiosk.services.ranking_view import RankingService
from kiosk.services.registration import RegistrationService
from kiosk.services.staff import StaffService
from kiosk.services.visits import VisitService


@dataclass(frozen=True)
class KioskServices:
    issuer: CardIssuer
    cards: CardCheckService
    visits: VisitService
    pushes: PushService
    ranking: RankingService
    reissue: CardReissueService
    purchases: PurchaseService
    staff: StaffService
    print_queue: PrintQueueService
    passwords: PasswordResetService
    branding: CurrentBranding


def build_services(store: Store, rules: RuleBook, signer: KioskSigner, cafe_name: str,
                   website: str, receipt_pattern: str = DEFAULT_RECEIPT_PATTERN,
                   max_yen: int = DEFAULT_MAX_YEN, logo: bytes | None = None) -> KioskServices:
    registration = RegistrationService(store, rules, signer)
    branding = CurrentBranding(CardBranding(cafe_name, logo, website))
    return KioskServices(
        issuer=CardIssuer(registration, branding),
        cards=CardCheckService(store, rules),
        visits=VisitService(store, rules, signer),
        pushes=PushService(store, rules, signer),
        ranking=RankingService(store, rules),
        reissue=CardReissueService(store, rules, signer),
        purchases=PurchaseService(store, rules, signer).configure(receipt_pattern, max_yen),
        staff=StaffService(store),
        print_queue=PrintQueueService(store, rules, branding=branding),
        passwords=PasswordResetService(store, rules, signer).configure(website),
        branding=branding,
    )
