"""Child process for the crash tests: registers producers until it is killed with SIGKILL.

`pause` mode stops inside the registration transaction (producer and card written, ledger
row not yet) and says so, so the parent can kill it at exactly the worst moment.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from kiosk.db.identity import ensure_identity
from kiosk.db.store import Store
from kiosk.domain.rules import parse_rules
from kiosk.paths import rules_path
from kiosk.services import registration as registration_module
from kiosk.services.registration import RegistrationRequest, RegistrationService


def main() -> None:
    data_dir, mode, complete_first = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    rules = parse_rules(rules_path().read_text(encoding="utf-8"))
    store = Store(data_dir / "kiosk.sqlite3", rules).open()
    signer = ensure_identity(store, data_dir, 1)
    service = RegistrationService(store, rules, signer)
    for i in range(complete_first):
        service.register(RegistrationRequest.new(f"Done{i}", "en", True))
    print("READY", flush=True)
    if mode == "pause":
        real_append = registration_module.append_entry

        def append_then_hang(**kwargs: object) -> object:
            print("IN-TRANSACTION", flush=True)
            time.sleep(60)
            return real_append(**kwargs)  # type: ignore[arg-type]

        registration_module.append_entry = append_then_hang  # type: ignore[assignment]
    i = 0
    while True:
        service.register(RegistrationRequest.new(f"Loop{i}", "en", True))
        i += 1


if __name__ == "__main__":
    main()
