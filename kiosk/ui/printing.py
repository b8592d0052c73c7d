"""Printing producer cards through Qt's QPrinter: the machine's CUPS queues, or a PDF file.

A card page is CR80 (85.6 × 54 mm) with zero margins. When the printer's own driver offers
a card size, that size is chosen (so CUPS selects the card medium, and its filters fit the
page to it exactly); otherwise an exact custom size is asked for. The back is printed on a
second page with long-edge duplex where the printer can. Failures a person can act on are
raised as `PrintFailure` with a reason; the caller keeps the job queued.

Qt side only (QPrinter lives in kiosk/ui, as the architecture says); call it off the UI
thread (`run_in_background`), because the spooling can take a moment.
"""

from __future__ import annotations

import enum
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

CARD_MM = (85.6, 54.0)
SIZE_TOLERANCE_MM = 0.5        # a driver's "CR80" may be 85.7 × 54.0 after rounding to points


class PrintProblem(enum.Enum):
    NO_SUCH_PRINTER = "no_such_printer"
    NOT_READY = "not_ready"            # the printer refused or failed the job
    BAD_IMAGE = "bad_image"


class PrintFailure(RuntimeError):
    def __init__(self, problem: PrintProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


def printer_names() -> list[str]:
    """The print queues of this machine (CUPS), default first."""
    default = QPrinterInfo.defaultPrinterName()
    names = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    return sorted(names, key=lambda name: (name != default, name))


def resolve_printer(configured: str) -> str:
    """The chosen print queue, else the machine's default ("" when there is none). Asks
    CUPS: call it off the UI thread."""
    return configured or QPrinterInfo.defaultPrinterName()


def card_page_size(info: QPrinterInfo | None = None) -> QPageSize:
    """The printer's own card size when it has one, else an exact CR80."""
    if info is not None:
        for size in info.supportedPageSizes():
            mm = size.size(QPageSize.Unit.Millimeter)
            if abs(mm.width() - CARD_MM[0]) <= SIZE_TOLERANCE_MM and \
                    abs(mm.height() - CARD_MM[1]) <= SIZE_TOLERANCE_MM:
                return size
    return QPageSize(QSizeF(*CARD_MM), QPageSize.Unit.Millimeter, "CR80",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def print_card(printer_name: str, front_png: bytes, back_png: bytes | None = None,
               title: str = "Producer card") -> None:
    """Send one card (front, and back when given) to a print queue."""
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise PrintFailure(PrintProblem.NO_SUCH_PRINTER, printer_name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    duplex = QPrinter.DuplexMode.DuplexLongSide in info.supportedDuplexModes()
    # A one-sided printer would put the back on a second blank card: front only there.
    _paint(printer, card_page_size(info), front_png, back_png if duplex else None, title,
           duplex=duplex)


def save_card_pdf(path: Path, front_png: bytes, back_png: bytes | None = None,
                  title: str = "Producer card") -> None:
    """"Save as PDF": always there, whatever printers the machine has."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _paint(printer, card_page_size(), front_png, back_png, title, duplex=False)


SLIP_PAPER_MM = {"receipt": (80.0, None), "a4": (210.0, 297.0), "label": (62.0, 100.0),
                 "card": CARD_MM}


def slip_page_size(paper: str, image: QImage, info: QPrinterInfo | None = None) -> QPageSize:
    """The page for a credentials slip: the driver's own size of that width when it has one
    (a receipt roll: the shortest that holds the whole slip), else an exact size (a roll
    as long as the slip; A4, a label or a card are their own sizes)."""
    width, height = SLIP_PAPER_MM.get(paper, SLIP_PAPER_MM["receipt"])
    needed = height or width * image.height() / max(1, image.width())
    if info is not None:
        fitting = sorted((size for size in info.supportedPageSizes()
                          if abs(size.size(QPageSize.Unit.Millimeter).width() - width)
                          <= SIZE_TOLERANCE_MM),
                         key=lambda size: size.size(QPageSize.Unit.Millimeter).height())
        long_enough = [size for size in fitting
                       if size.size(QPageSize.Unit.Millimeter).height() >= needed - 0.5]
        if long_enough or fitting:
            return (long_enough or fitting[::-1])[0]
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    return QPageSize(QSizeF(width, needed), QPageSize.Unit.Millimeter, f"slip {paper}",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def print_slip(printer_name: str, slip_png: bytes, paper: str = "receipt",
               title: str = "Producer login") -> None:
    """The credentials slip to a receipt, A4, label or card printer, scaled to fit."""
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise PrintFailure(PrintProblem.NO_SUCH_PRINTER, printer_name)
    image = _image(slip_png)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    if not printer.setPageLayout(QPageLayout(slip_page_size(paper, image, info),
                                             QPageLayout.Orientation.Portrait,
                                             QMarginsF(0, 0, 0, 0))):
        raise PrintFailure(PrintProblem.NOT_READY, "the printer refused the slip page size")
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailure(PrintProblem.NOT_READY, "the print job could not be started")
    try:
        page = QRectF(painter.viewport())
        scale = min(page.width() / image.width(), page.height() / image.height())
        painter.drawImage(QRectF(page.x(), page.y(), image.width() * scale,
                                 image.height() * scale), image)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailure(PrintProblem.NOT_READY, "the printer reported an error")


def _paint(printer: QPrinter, size: QPageSize, front_png: bytes, back_png: bytes | None,
           title: str, duplex: bool) -> None:
    pages = [_image(front_png)] + ([_image(back_png)] if back_png is not None else [])
    printer.setDocName(title)
    printer.setFullPage(True)
    if not printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait,
                                             QMarginsF(0, 0, 0, 0))):
        raise PrintFailure(PrintProblem.NOT_READY, "the printer refused the card page size")
    if duplex and len(pages) > 1:
        printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailure(PrintProblem.NOT_READY, "the print job could not be started")
    try:
        for index, image in enumerate(pages):
            if index and not printer.newPage():
                raise PrintFailure(PrintProblem.NOT_READY, "no second page for the back")
            target = QRectF(painter.viewport())
            painter.setWindow(painter.viewport())
            painter.drawImage(target, image)
    finally:
        painter.end()
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrintFailure(PrintProblem.NOT_READY, "the printer reported an error")


def _image(png: bytes) -> QImage:
    image = QImage.fromData(png)              # the format is read from the data
    if image.isNull():
        raise PrintFailure(PrintProblem.BAD_IMAGE, "the card image could not be read")
    return image
