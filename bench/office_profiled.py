"""Run the office (`python -m kiosk.server …`) under cProfile, every thread included.

    python -m bench.office_profiled OUT.prof --database PATH serve --port P

cProfile alone sees only the main thread: uvicorn's event loop (HTTP, request bodies, JSON,
pydantic validation of the batch and of the answer). FastAPI runs the office's synchronous
endpoints (`Office.accept`, `Office.changes`, authentication) in worker threads, so each new
thread gets its own profiler too. Stop the server with SIGINT: uvicorn shuts down cleanly
and the merged statistics are written to OUT.prof (read them with `pstats`).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import threading
from types import FrameType
from typing import Any


def main() -> int:
    out, argv = sys.argv[1], sys.argv[2:]
    profiles: list[cProfile.Profile] = []
    lock = threading.Lock()

    def start_in_thread(frame: FrameType, event: str, arg: Any) -> None:
        sys.setprofile(None)
        profile = cProfile.Profile()
        with lock:
            profiles.append(profile)
        profile.enable()

    threading.setprofile(start_in_thread)
    from kiosk.server.__main__ import main as office_main

    main_profile = cProfile.Profile()
    main_profile.enable()
    code = 0
    try:
        code = office_main(argv)
    except KeyboardInterrupt:      # uvicorn re-raises the SIGINT it shut down on
        pass
    finally:
        main_profile.disable()
        threading.setprofile(None)
        stats = pstats.Stats(main_profile)
        with lock:
            for profile in profiles:
                try:
                    stats.add(profile)
                except (TypeError, ValueError):   # a thread that never ran profiled code
                    continue
        stats.dump_stats(out)
    return code


if __name__ == "__main__":
    sys.exit(main())
