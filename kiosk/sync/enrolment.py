"""Enrolling this kiosk at the office with a one-time code from the office's admin.

The kiosk sends its public signing key (so every kiosk can verify its cards) and receives
its credential and its kiosk number (the prefix of the producer numbers it issues).
"""

from __future__ import annotations

import base64
from pathlib import Path

from kiosk.db.identity import KioskSigner
from kiosk.db.models import KioskIdentity, Producer
from kiosk.db.office_credential import OfficeCredential, save_credential
from kiosk.db.store import Store, store_errors
from kiosk.domain.tokens import raw_public_key
from kiosk.sync.client import OfficeClient
from kiosk.sync.protocol import EnrolRequest


class EnrolmentError(RuntimeError):
    pass


def enrol_kiosk(store: Store, data_dir: Path, signer: KioskSigner, office_url: str,
                code: str, label: str) -> OfficeCredential:
    with store_errors():
        if Producer.select().where(Producer.kiosk_number == signer.kiosk_number).exists():
            raise EnrolmentError("enrol before issuing cards: producer numbers carry the "
                                 "kiosk number the office assigns")
    public = base64.b64encode(raw_public_key(signer.signing_key)).decode()
    answer = OfficeClient(office_url).enrol(EnrolRequest(code=code, public_key=public,
                                                         label=label))
    credential = OfficeCredential(url=office_url, kiosk_id=answer.kiosk_id,
                                  secret=answer.secret, kiosk_number=answer.kiosk_number)
    save_credential(data_dir, credential)
    with store_errors(), store.atomic():
        KioskIdentity.update(kiosk_number=answer.kiosk_number).execute()
    return credential
