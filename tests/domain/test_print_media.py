"""Reading what a driver offers: the card page however it is described, the option that
prints both sides whatever it is called, the paper-saving option of receipt drivers, and the
page a slip goes on. Shapes beyond the vendors the CUPS tests model."""

from __future__ import annotations

import pytest

from kiosk.domain.print_media import (
    DriverOption,
    MediaSize,
    find_card_media,
    find_duplex,
    find_paper_saving,
    slip_page,
)

MM = 72 / 25.4
A4 = MediaSize("A4", 595.28, 841.89, (18, 18, 577.28, 823.89))
LETTER = MediaSize("Letter", 612, 792)


@pytest.mark.parametrize("card", [
    MediaSize("CR80", 242.65, 153.07),                   # exact, landscape
    MediaSize("Card", 155.6, 243.8),                     # upright with bleed
    MediaSize("CR80", 241.5, 153.6),                     # rounded points
    MediaSize("1XCR80", 153.0, 243.0),                   # upright, a third name
    MediaSize("w154h243", 154, 243),                     # an IPP-style name
    MediaSize("Custom.CR79", 86.5 * MM, 55.0 * MM),      # bleed both ways
])
def test_the_card_page_is_found_whatever_its_orientation_name_and_bleed(
        card: MediaSize) -> None:
    assert find_card_media([A4, LETTER, card]) is card


def test_the_exact_card_wins_over_its_bleed_variant_and_paper_is_no_card() -> None:
    exact = MediaSize("CR80", 242.65, 153.07)
    bleed = MediaSize("CR80Bleed", 247.0, 156.5)
    assert find_card_media([bleed, exact]) is exact
    assert find_card_media([A4, LETTER, MediaSize("CR79", 238.1, 147.4),
                            MediaSize("Postcard", 283.46, 419.53)]) is None


def option(keyword: str, *choices: str, text: str = "") -> DriverOption:
    return DriverOption(keyword, tuple((c, c) for c in choices), choices[0], text)


@pytest.mark.parametrize(("given", "both", "one"), [
    (option("Duplex", "None", "DuplexNoTumble", "DuplexTumble"), "DuplexNoTumble", "None"),
    (option("DualSidePrinting", "False", "True"), "True", "False"),
    (option("UTDuplex", "NONE", "BOTH"), "BOTH", "NONE"),
    (option("PrintBothSides", "False", "True"), "True", "False"),
    (option("GDuplexMode", "Off", "On", text="Two-sided"), "On", "Off"),
    (option("Side", "Front", "Both", text="Print side"), "Both", "Front"),
    (option("PrintMode", "OneSided", "TwoSided"), "TwoSided", "OneSided"),
])
def test_the_both_sides_option_is_found_whatever_it_is_called(
        given: DriverOption, both: str, one: str) -> None:
    found = find_duplex([option("Resolution", "300dpi"), given])
    assert found is not None and (found.keyword, found.both, found.one) == \
        (given.keyword, both, one)


def test_a_driver_without_a_both_sides_option_has_none() -> None:
    assert find_duplex([option("Resolution", "300dpi", "600dpi"),
                        option("Ribbon", "YMCKO", "K")]) is None


@pytest.mark.parametrize(("given", "choice"), [
    (option("TmtPaperReduction", "Off", "Top", "Bottom", "Both"), "Both"),
    (option("BlankSkip", "Off", "On"), "On"),
    (option("PaperSaving", "Disabled", "BottomMargin"), "BottomMargin"),
])
def test_the_paper_saving_option_trims_the_end(given: DriverOption, choice: str) -> None:
    assert find_paper_saving([option("Cutter", "Cut"), given]) == (given.keyword, choice)


def test_no_paper_saving_option_is_none() -> None:
    assert find_paper_saving([option("Cutter", "Cut", "NoCut")]) is None


ROLL = MediaSize("RP80x297", 80 * MM, 297 * MM, (8.5, 0, 80 * MM - 8.5, 297 * MM))


def test_a_slip_on_a_custom_roll_is_cut_to_its_length() -> None:
    page = slip_page("receipt", [ROLL], 1.5, (72, 72, 80 * MM, 9000))
    assert page is not None and page.custom
    printable = 80 * MM - 17
    assert page.media.height_pt == pytest.approx(printable * 1.5)
    assert page.media.imageable is not None and page.media.imageable[0] == 8.5


def test_a_slip_on_a_58mm_roll_and_on_letter_paper() -> None:
    roll58 = [MediaSize("RP58x100", 58 * MM, 100 * MM), MediaSize("RP58x200", 58 * MM,
                                                                  200 * MM)]
    page = slip_page("receipt", roll58, 1.5, None)
    assert page is not None and page.media.name == "RP58x100"
    page = slip_page("a4", [LETTER], 1.5, None)
    assert page is not None and page.media is LETTER
    assert slip_page("receipt", [A4], 1.5, None) is None     # no roll here
