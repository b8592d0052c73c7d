"""PPDs shaped like the drivers cafés install, written for these tests from the vendors'
published facts (page names, sizes, orientation, bleed, duplex options) — not copies:

- Evolis Primacy: an upright "Card" page with bleed (≈ 54.9 × 86.0 mm), standard `Duplex`.
- Evolis Zenius: the same card, one side only (no duplex option at all).
- Zebra ZC300: a landscape `CR80` of 241.5 × 153.6 pt, `DualSidePrinting` False/True.
- Magicard: an upright `1XCR80`, `UTDuplex` NONE/BOTH.
- HID Fargo DTC: a landscape `CR80`, a `PrintBothSides` Boolean.
- An office A4 printer with unprintable margins (no card size).
- Receipt printers: an 80 mm roll (72 mm printable) taking custom lengths, and a 58 mm one
  with fixed lengths only, and an Epson TM-like 80 mm one: fixed roll pages and its
  `TmtPaperReduction` option.

Every PPD runs the standard `pdftopdf` filter, so the device receives the PDF as it would be
printed (its page size and page count can be read back).
"""

from __future__ import annotations

from dataclasses import dataclass

MM = 72 / 25.4


@dataclass(frozen=True)
class Page:
    name: str
    text: str
    width: float                 # pt
    height: float
    margins: tuple[float, float, float, float] = (0, 0, 0, 0)   # left, bottom, right, top


@dataclass(frozen=True)
class Shape:
    key: str
    nickname: str
    pages: tuple[Page, ...]
    options: str = ""            # the PPD's own option blocks: duplex, paper saving
    colour: bool = True
    custom: tuple[float, float, float, float] | None = None      # min w, h, max w, h
    both_sides: bool = True      # what the kiosk should make of it

    @property
    def card(self) -> Page | None:
        cards = [p for p in self.pages if 53 <= min(p.width, p.height) / MM <= 57]
        return cards[0] if cards else None


def _pick_one(keyword: str, text: str, default: str, choices: list[tuple[str, str]],
              kind: str = "PickOne") -> str:
    lines = [f"*OpenUI *{keyword}/{text}: {kind}", f"*OrderDependency: 20 AnySetup *{keyword}",
             f"*Default{keyword}: {default}"]
    lines += [f'*{keyword} {choice}/{label}: ""' for choice, label in choices]
    lines.append(f"*CloseUI: *{keyword}")
    return "\n".join(lines) + "\n"


STANDARD_DUPLEX = _pick_one("Duplex", "2-Sided Printing", "None",
                          [("None", "Off"), ("DuplexNoTumble", "Long Edge"),
                           ("DuplexTumble", "Short Edge")])

SHAPES = {
    "evolis_primacy": Shape(
        "evolis_primacy", "Evolis Primacy (test shape)",
        (Page("Card", "CR80 Card", 155.6, 243.8),), STANDARD_DUPLEX),
    "evolis_zenius": Shape(
        "evolis_zenius", "Evolis Zenius (test shape, one side)",
        (Page("Card", "CR80 Card", 155.6, 243.8),), both_sides=False),
    "zebra_zc300": Shape(
        "zebra_zc300", "Zebra ZC300 (test shape)",
        (Page("CR80", "CR80", 241.5, 153.6),),
        _pick_one("DualSidePrinting", "Dual Side Printing", "False",
                [("False", "Off"), ("True", "On")])),
    "magicard": Shape(
        "magicard", "Magicard 300 (test shape)",
        (Page("1XCR80", "CR80 (portrait)", 153.6, 243.0),
         Page("1XCR79", "CR79", 148.3, 236.0)),
        _pick_one("UTDuplex", "Print on both sides", "NONE",
                [("NONE", "Front only"), ("BOTH", "Both sides")])),
    "fargo_dtc": Shape(
        "fargo_dtc", "HID Fargo DTC4500e (test shape)",
        (Page("CR80", "CR-80", 242.64, 153.36),),
        _pick_one("PrintBothSides", "Print Both Sides", "False",
                [("False", "False"), ("True", "True")], kind="Boolean")),
    "office_a4": Shape(
        "office_a4", "Office laser (test shape)",
        (Page("A4", "A4", 595.28, 841.89, (12, 12, 12, 12)),
         Page("Letter", "Letter", 612, 792, (12, 12, 12, 12))),
        STANDARD_DUPLEX, colour=False, both_sides=False),
    "receipt_80": Shape(
        "receipt_80", "Receipt printer 80 mm (test shape)",
        (Page("RP80x297", "Roll 80 x 297 mm", 226.77, 841.89, (9.92, 0, 9.92, 0)),),
        colour=False, custom=(72, 72, 226.77, 9000), both_sides=False),
    # Epson TM-series driver facts: fixed roll pages (80 × 297 mm, 80 × 3276 mm) and a
    # "Paper Reduction" option (Off / Top margin / Bottom margin / Both).
    "epson_tm_80": Shape(
        "epson_tm_80", "Receipt printer, Epson TM-like (test shape)",
        (Page("RP80x297", "Roll paper 80 x 297 mm", 226.77, 841.89, (8.5, 0, 8.5, 0)),
         Page("RP80x3276", "Roll paper 80 x 3276 mm", 226.77, 9286.3, (8.5, 0, 8.5, 0))),
        _pick_one("TmtPaperReduction", "Paper Reduction", "Off",
                [("Off", "None"), ("Top", "Top margin"), ("Bottom", "Bottom margin"),
                 ("Both", "Top & Bottom margins")]),
        colour=False, both_sides=False),
    "receipt_58": Shape(
        "receipt_58", "Receipt printer 58 mm (test shape)",
        (Page("RP58x100", "Roll 58 x 100 mm", 164.41, 283.46, (7, 0, 7, 0)),
         Page("RP58x200", "Roll 58 x 200 mm", 164.41, 566.93, (7, 0, 7, 0)),
         Page("RP58x297", "Roll 58 x 297 mm", 164.41, 841.89, (7, 0, 7, 0))),
        colour=False, both_sides=False),
}


def ppd(shape: Shape) -> str:
    """The PPD text of `shape`."""
    default = shape.pages[0]
    head = f'''*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "{shape.key[:8].upper()}.PPD"
*Manufacturer: "Producer Kiosk tests"
*Product: "({shape.nickname})"
*ModelName: "{shape.nickname}"
*ShortNickName: "{shape.nickname[:31]}"
*NickName: "{shape.nickname}"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: {"True" if shape.colour else "False"}
*DefaultColorSpace: {"RGB" if shape.colour else "Gray"}
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsVersion: 2.4
*cupsFilter2: "application/pdf application/vnd.cups-pdf 0 pdftopdf"
'''
    parts = [head]
    for keyword in ("PageSize", "PageRegion"):
        parts.append(f"*OpenUI *{keyword}/Media Size: PickOne\n"
                     f"*OrderDependency: 10 AnySetup *{keyword}\n"
                     f"*Default{keyword}: {default.name}\n")
        parts += [f'*{keyword} {p.name}/{p.text}: "<</PageSize[{p.width} {p.height}]>>'
                  f'setpagedevice"\n' for p in shape.pages]
        parts.append(f"*CloseUI: *{keyword}\n")
    parts.append(f"*DefaultImageableArea: {default.name}\n")
    for p in shape.pages:
        left, bottom, right, top = p.margins
        parts.append(f'*ImageableArea {p.name}/{p.text}: "{left} {bottom} '
                     f'{p.width - right:.2f} {p.height - top:.2f}"\n')
    parts.append(f"*DefaultPaperDimension: {default.name}\n")
    parts += [f'*PaperDimension {p.name}/{p.text}: "{p.width} {p.height}"\n'
              for p in shape.pages]
    if shape.custom is not None:
        low_w, low_h, high_w, high_h = shape.custom
        parts.append('*CustomPageSize True: "pop pop pop <</PageSize[5 -2 roll]'
                     '/ImagingBBox null>>setpagedevice"\n'
                     f'*ParamCustomPageSize Width: 1 points {low_w} {high_w}\n'
                     f'*ParamCustomPageSize Height: 2 points {low_h} {high_h}\n'
                     '*ParamCustomPageSize WidthOffset: 3 points 0 0\n'
                     '*ParamCustomPageSize HeightOffset: 4 points 0 0\n'
                     '*ParamCustomPageSize Orientation: 5 int 0 0\n'
                     '*MaxMediaWidth: "%s"\n*MaxMediaHeight: "%s"\n' % (high_w, high_h))
    parts.append(shape.options)
    return "".join(parts)


# The device: a CUPS backend behaving like a real printer, told how by its URI and a state
# file the test writes (so one queue can go offline and come back).
BACKEND = r'''#!/usr/bin/python3
"""A test printer device: kiosktest:/NAME?out=DIR&state=FILE&seconds=N"""
import os, shutil, sys, time, urllib.parse

if len(sys.argv) == 1:
    print('direct kiosktest "Producer Kiosk" "Producer Kiosk test device"')
    sys.exit(0)
uri = urllib.parse.urlparse(os.environ.get("DEVICE_URI", ""))
query = dict(urllib.parse.parse_qsl(uri.query))
out, state_path = query["out"], query["state"]
seconds = float(query.get("seconds", "0"))


def state():
    try:
        with open(state_path) as handle:
            return handle.read().strip() or "online"
    except OSError:
        return "online"


def say(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


source = open(sys.argv[6], "rb") if len(sys.argv) > 6 else sys.stdin.buffer
data = source.read()
# Like a USB backend with its printer switched off: wait, saying so, until it is back.
while state() == "offline":
    say("STATE: +offline-report")
    say("INFO: Waiting for printer to become available.")
    time.sleep(0.5)
say("STATE: -offline-report")
current = state()
if current == "empty":
    say("STATE: +media-empty-error")
    say("ERROR: Out of cards")
    sys.exit(4)                          # CUPS_BACKEND_STOP: the queue stops, the job waits
if current == "ribbon":
    say("STATE: +marker-supply-empty-error")
    say("ERROR: Ribbon used up")
    sys.exit(4)
target_path = os.path.join(out, "job-%s.pdf" % sys.argv[1])
if current == "fail":
    with open(target_path, "wb") as target:
        target.write(data[: len(data) // 2])  # half a job, then the device fails
    say("ERROR: Printer error 0x0042")
    sys.exit(1)                          # CUPS_BACKEND_FAILED: error policy (stop-printer)
if current == "cancel":
    say("ERROR: The printer rejected the card")
    sys.exit(5)                          # CUPS_BACKEND_CANCEL: the job is cancelled
for _page in range(2):
    time.sleep(seconds / 2)              # a slow printer: seconds per card
with open(target_path, "wb") as target:
    target.write(data)
with open(target_path[:-4] + ".options", "w") as target:
    target.write(sys.argv[5] if len(sys.argv) > 5 else "")    # the job's options, as sent
sys.exit(0)
'''
