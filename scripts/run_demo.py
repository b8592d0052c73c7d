"""`make run`: the whole loop on one machine — a local office serving the producer website,
and the kiosk enrolled to it with its demo data.

    python scripts/run_demo.py --data-dir demo-data [kiosk options…]

1. starts `kiosk-server serve` on `DATA_DIR/office/office.sqlite3` (its log beside it) on
   `--port` (8780), or on a free port when that one is taken;
2. the first time: gives the office the demo cast, and enrols the kiosk with a one-time
   code (both through the same commands a café uses); every time: points the kiosk's
   credential and the website address its slips print at wherever the office now listens;
3. prints the website's address and runs the kiosk (`python -m kiosk --demo …`), which
   syncs in the background, so a card registered at the kiosk logs in a minute later;
4. when the kiosk quits: one last sync (nothing waits for the next start), then the office
   is stopped.

When the office cannot start, the kiosk still runs (it is offline-first) and says so.
Everything the demo writes stays in DATA_DIR: delete it to start afresh.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path

PYTHON = sys.executable
DEFAULT_PORT = 8780
START_TIMEOUT_S = 30.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Path("demo-data"))
    parser.add_argument("--host", default=os.environ.get("DEMO_OFFICE_HOST", "127.0.0.1"),
                        help="where the office listens (0.0.0.0: phones on this network too)")
    parser.add_argument("--port", type=int,
                        default=int(os.environ.get("DEMO_OFFICE_PORT", DEFAULT_PORT)))
    args, kiosk_args = parser.parse_known_args(argv)
    data_dir: Path = args.data_dir.expanduser().absolute()
    office_dir = data_dir / "office"
    office_dir.mkdir(parents=True, exist_ok=True)
    port = args.port if port_is_free(args.host, args.port) else free_port(args.host)
    with running_office(office_dir, args.host, port) as office_url:
        if office_url is not None:
            connect_kiosk(data_dir, office_dir, office_url)
            announce(office_url, args.host, port, office_dir)
        else:
            print(f"demo: the office did not start (see {office_dir / 'office.log'}); the "
                  "kiosk runs offline and syncs at the next start", file=sys.stderr)
        status = run_kiosk([PYTHON, "-m", "kiosk", "--data-dir", str(data_dir), "--demo",
                            *kiosk_args])
        if office_url is not None and (data_dir / "office.json").exists():
            kiosk_command(data_dir, "sync", "--once")
    return status


def run_kiosk(command: list[str]) -> int:
    """The kiosk until it quits; a SIGTERM or Ctrl-C to this launcher ends the kiosk
    gently first (its own shutdown closes the store), then the office."""
    def stop_requested(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(signal.Signals(signum).name)

    signal.signal(signal.SIGTERM, stop_requested)
    kiosk = subprocess.Popen(command)
    try:
        return kiosk.wait()
    except KeyboardInterrupt:
        stop(kiosk)
        return 130


# ---- the office --------------------------------------------------------------------------


@contextlib.contextmanager
def running_office(office_dir: Path, host: str, port: int) -> Iterator[str | None]:
    """`kiosk-server serve` in a child process for the duration; yields its URL once it
    answers /v1/health, or None when it did not come up."""
    log = (office_dir / "office.log").open("ab")
    process = subprocess.Popen(
        [PYTHON, "-m", "kiosk.server", "--database", str(office_dir / "office.sqlite3"),
         "serve", "--host", host, "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}"
    try:
        yield url if answers(url, process) else None
    finally:
        stop(process)
        log.close()


def answers(url: str, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/v1/health", timeout=2) as reply:
                if reply.status == 200:
                    return True
        except OSError:
            time.sleep(0.2)
    return False


def stop(process: subprocess.Popen[bytes] | subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)        # uvicorn finishes open requests
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def office_command(office_dir: Path, *args: str) -> str:
    return subprocess.run(
        [PYTHON, "-m", "kiosk.server", "--database", str(office_dir / "office.sqlite3"),
         *args], check=True, capture_output=True, text=True).stdout


# ---- the kiosk's side ------------------------------------------------------------------------


def connect_kiosk(data_dir: Path, office_dir: Path, office_url: str) -> None:
    """Enrol once; afterwards follow the office to whatever port it got this time."""
    if not office_command(office_dir, "cast", "list").strip():
        from kiosk.services.demo import DEMO_CAST

        for order, (cast_id, name_ja, name_en) in enumerate(DEMO_CAST):
            office_command(office_dir, "cast", "set", cast_id, name_ja, name_en,
                           "--order", str(order))
    credential = data_dir / "office.json"
    if credential.exists():
        held = json.loads(credential.read_text(encoding="utf-8"))
        if held.get("url") != office_url:
            from kiosk.db.office_credential import OfficeCredential, save_credential

            save_credential(data_dir, OfficeCredential(**{**held, "url": office_url}))
    else:
        code = office_command(office_dir, "enrolment-code", "demo kiosk").strip()
        kiosk_command(data_dir, "enrol", "--office", office_url, "--code", code,
                      "--label", "demo kiosk")
    from kiosk.settings import save_settings

    save_settings(data_dir, {"website_url": f"{office_url}/login"})


def kiosk_command(data_dir: Path, *args: str) -> None:
    done = subprocess.run([PYTHON, "-m", "kiosk", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True)
    if done.returncode != 0:
        print(f"demo: kiosk {' '.join(args[:1])}: {done.stderr.strip()}", file=sys.stderr)


def announce(office_url: str, host: str, port: int, office_dir: Path) -> None:
    print(f"Producer website (and the office the kiosk syncs with): {office_url}/", flush=True)
    print(f"Manager console: {office_url}/console/ — make its first owner with "
          f"{Path(PYTHON).parent / 'kiosk-server'} --database "
          f"{office_dir / 'office.sqlite3'} create-owner NAME", flush=True)
    if host in ("0.0.0.0", "::"):
        print(f"  from a phone on this network: http://{lan_address()}:{port}/", flush=True)
    print("  register at the kiosk, then log in there with the login ID and password the "
          "card screen shows (the kiosk syncs every 30 s)", flush=True)


# ---- ports --------------------------------------------------------------------------------


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)    # as uvicorn binds
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def lan_address() -> str:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))          # no packet is sent for UDP connect
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


if __name__ == "__main__":
    sys.exit(main())
