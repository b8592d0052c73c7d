"""A private CUPS for printing tests: its own cupsd in a temp dir, a card-printer queue.

The queue's PPD offers the CR80 card size (85.6 × 54 mm = 242.65 × 153.07 pt) and A4, with
duplex, and runs the standard `pdftopdf` filter from cups-filters, which fits each page onto
the selected medium as a real PDF-driven card printer's filter chain does. Its device is a
file, so the test reads exactly what the printer would have been sent. The machine's own
CUPS, if any, is never touched: clients find this one through `CUPS_SERVER`.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.support.printer_shapes import BACKEND, SHAPES, ppd

CR80_POINTS = (242.65, 153.07)

PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "PKCARD.PPD"
*Manufacturer: "Producer Kiosk"
*Product: "(Test Card Printer)"
*ModelName: "Producer Kiosk Test Card Printer"
*ShortNickName: "Test Card Printer"
*NickName: "Producer Kiosk Test Card Printer (CR80 to file)"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsFilter2: "application/pdf application/vnd.cups-pdf 0 pdftopdf"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: CR80
*PageSize CR80/CR80 Card 85.6x54mm: "<</PageSize[242.65 153.07]>>setpagedevice"
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageSize X80MMY297MM/Receipt roll 80x297mm: "<</PageSize[226.77 841.89]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: CR80
*PageRegion CR80/CR80 Card 85.6x54mm: "<</PageSize[242.65 153.07]>>setpagedevice"
*PageRegion A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageRegion X80MMY297MM/Receipt roll 80x297mm: "<</PageSize[226.77 841.89]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: CR80
*ImageableArea CR80/CR80 Card 85.6x54mm: "0 0 242.65 153.07"
*ImageableArea A4/A4: "0 0 595 842"
*ImageableArea X80MMY297MM/Receipt roll 80x297mm: "0 0 226.77 841.89"
*DefaultPaperDimension: CR80
*PaperDimension CR80/CR80 Card 85.6x54mm: "242.65 153.07"
*PaperDimension A4/A4: "595 842"
*PaperDimension X80MMY297MM/Receipt roll 80x297mm: "226.77 841.89"
*OpenUI *Duplex/2-Sided: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*CloseUI: *Duplex
"""

CUPSD_CONF = """Listen {socket}
LogLevel info
WebInterface No
Browsing No
<Location />
  Order allow,deny
  Allow all
</Location>
<Location /admin>
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order allow,deny
    Allow all
  </Limit>
</Policy>
"""

FILES_CONF = """ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin {root}/serverbin
DataDir /usr/share/cups
FileDevice Yes
User lp
Group lp
SystemGroup root
"""


TOOLS = ("cupsd", "lpadmin", "lpstat", "lp", "cupsenable", "cupsdisable", "cupsaccept",
         "cupsreject")


def cups_available() -> bool:
    return all(shutil.which(tool) for tool in TOOLS) and \
        Path("/usr/lib/cups/filter/pdftopdf").exists()


class CupsServer:
    """`start()`, then `add_card_printer(name)` (returns the file it prints into); a queue
    can be paused, made to reject jobs, or given printer-state-reasons as a driver would."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="kiosk-cups-"))
        self.socket = self.root / "cups.sock"
        self._process: subprocess.Popen[bytes] | None = None
        for part in ("spool", "cache", "state", "tmp", "log", "out"):
            (self.root / part).mkdir()
        os.chmod(self.root, 0o755)
        for part in ("tmp", "log", "out"):
            os.chmod(self.root / part, 0o777)      # the filters run as `lp`

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def _server_bin(self) -> None:
        """The system's CUPS programs, plus a backend of our own (`kiosktest`) that behaves
        like a real device (tests/support/printer_shapes.py)."""
        serverbin = self.root / "serverbin"
        serverbin.mkdir()
        for part in Path("/usr/lib/cups").iterdir():
            if part.name != "backend":
                (serverbin / part.name).symlink_to(part)
        backends = serverbin / "backend"
        backends.mkdir()
        system = Path("/usr/lib/cups/backend")
        for backend in (system.iterdir() if system.is_dir() else ()):
            (backends / backend.name).symlink_to(backend)
        ours = backends / "kiosktest"
        ours.write_text(BACKEND)
        ours.chmod(0o755)
        for path in (self.root, serverbin, backends):
            path.chmod(0o755)

    def start(self) -> CupsServer:
        self._server_bin()
        (self.root / "cupsd.conf").write_text(CUPSD_CONF.format(socket=self.socket))
        (self.root / "cups-files.conf").write_text(FILES_CONF.format(root=self.root))
        (self.root / "card.ppd").write_text(PPD)
        self._process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(self.root / "cupsd.conf"),
             "-s", str(self.root / "cups-files.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while subprocess.run(["lpstat", "-r"], env=self.env, capture_output=True,
                             text=True).stdout.strip() != "scheduler is running":
            if time.monotonic() > deadline or self._process.poll() is not None:
                raise RuntimeError(f"cupsd did not start: {self.log()}")
            time.sleep(0.1)
        return self

    def add_card_printer(self, name: str) -> Path:
        """A CR80 card printer queue printing into a file; returns that file's path. Its
        driver also offers A4 and an 80 mm receipt roll (for the credentials slip)."""
        out = self.root / "out" / f"{name}.pdf"
        out.touch()
        os.chmod(out, 0o666)
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", f"file://{out}",
                        "-P", str(self.root / "card.ppd")],
                       env=self.env, check=True, capture_output=True)
        return out

    def add_shaped_printer(self, name: str, shape: str, seconds: float = 0) -> Device:
        """A queue with a vendor-shaped driver (`printer_shapes.SHAPES[shape]`) on a device
        that can be switched offline, emptied, broken (`Device.set`)."""
        device = Device(self.root / "out" / name, self.root / "out" / f"{name}.state")
        device.out.mkdir()
        device.out.chmod(0o777)
        device.set("online")
        device.state.chmod(0o666)
        driver = self.root / f"{name}.ppd"
        driver.write_text(ppd(SHAPES[shape]))
        uri = f"kiosktest:/{name}?out={device.out}&state={device.state}&seconds={seconds}"
        subprocess.run(["lpadmin", "-p", name, "-E", "-v", uri, "-P", str(driver)],
                       env=self.env, check=True, capture_output=True)
        return device

    def pause(self, name: str, reason: str = "") -> None:
        """`cupsdisable`: the queue keeps accepting jobs but prints nothing."""
        self._admin("cupsdisable", *(["-r", reason] if reason else []), name)

    def resume(self, name: str) -> None:
        self._admin("cupsenable", name)

    def reject(self, name: str, reason: str = "") -> None:
        """`cupsreject`: new jobs are refused."""
        self._admin("cupsreject", *(["-r", reason] if reason else []), name)

    def accept(self, name: str) -> None:
        self._admin("cupsaccept", name)

    def set_reasons(self, name: str, *reasons: str) -> None:
        """Set printer-state-reasons as a backend would report them (e.g.
        `media-empty-error`); no reasons clears them. They stay until changed: the file
        device never reports any of its own."""
        self._admin("lpadmin", "-p", name, "-o",
                    f"printer-state-reasons={','.join(reasons) or 'none'}")

    def _admin(self, *argv: str) -> None:
        subprocess.run(argv, env=self.env, check=True, capture_output=True)

    def jobs(self, which: str = "completed", queue: str = "") -> list[str]:
        """Job ids (`QUEUE-N`) in state `which` ("completed", "not-completed", "all"),
        of every queue or of `queue`."""
        listing = subprocess.run(["lpstat", "-W", which, "-o", *([queue] if queue else [])],
                                 env=self.env, capture_output=True, text=True).stdout
        return [line.split()[0] for line in listing.splitlines() if line.strip()]

    def printed(self, queue: str) -> int:
        """How many jobs the queue's device was sent, by CUPS's page log ("total" lines)."""
        path = self.root / "log" / "page_log"
        lines = path.read_text(errors="replace").splitlines() if path.exists() else []
        return sum(1 for line in lines if line.startswith(f"{queue} ") and " total " in line)

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
        shutil.rmtree(self.root, ignore_errors=True)


class Device:
    """A test printer's device: the PDFs it received (one per job), and its state."""

    def __init__(self, out: Path, state: Path) -> None:
        self.out = out
        self.state = state

    def set(self, state: str) -> None:
        """"online", "offline" (a switched-off printer: jobs wait), "empty" (out of cards),
        "ribbon" (ribbon used up), "fail" (fails mid-job), "cancel" (rejects the card)."""
        self.state.write_text(state)

    def received(self) -> list[Path]:
        return sorted(self.out.glob("job-*.pdf"), key=lambda p: int(p.stem.split("-")[1]))


_shared: CupsServer | None = None


def shared_cups_server() -> CupsServer:
    """One private cupsd for the whole test process, stopped at exit.

    libcups remembers, per thread, the server it first talked to (`CUPS_SERVER` is read once),
    so Qt's printing would never reach a second cupsd started later in the same process:
    every test module uses this one and names its own queues.
    """
    global _shared
    if _shared is None:
        _shared = CupsServer().start()
        atexit.register(_shared.stop)
    return _shared
