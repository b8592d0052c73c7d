"""The design system, checked from the style sheet itself: every colour pair it draws, in
both palettes, reads at WCAG 2.2 levels (text ≥ 4.5 : 1, control edges ≥ 3 : 1), no rule
slants text, and the states people look for are drawn (a ✓ in a ticked box, ⇧ on a
pressed Shift)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from kiosk.ui import theme
from kiosk.ui.colour import CONTROL_CONTRAST, TEXT_CONTRAST, contrast, relative_luminance
from kiosk.ui.design_tokens import CAFE, HIGH_CONTRAST, Palette

HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
CONTROLS = ("QPushButton", "QLineEdit", "QCheckBox::indicator", "QProgressBar")


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """selector → declarations, one entry per comma-separated selector."""
    parsed: dict[str, dict[str, str]] = {}
    for block in sheet.split("}"):
        if "{" not in block:
            continue
        selectors, body = block.split("{", 1)
        decls = {}
        for decl in body.split(";"):
            if ":" in decl:
                key, value = decl.split(":", 1)
                decls[key.strip()] = " ".join(value.split())
        for selector in selectors.split(","):
            parsed.setdefault(" ".join(selector.split()), {}).update(decls)
    return parsed


def effective(parsed: dict[str, dict[str, str]], selector: str) -> dict[str, str]:
    """A selector's declarations over its role's base rule and its widget type's rule."""
    base = selector.split(":")[0] if "::" not in selector else selector.split(":")[0] + \
        "::" + selector.split("::")[1].split(":")[0]
    widget = base.split("[")[0]
    merged: dict[str, str] = {}
    for source in (widget, base, selector):
        merged.update(parsed.get(source, {}))
    return merged


def border_colour(decls: dict[str, str]) -> str | None:
    for key in ("border-color", "border"):
        found = HEX.search(decls.get(key, ""))
        if found and "none" not in decls.get("border", ""):
            return found.group(0)
    return None


def fill(decls: dict[str, str]) -> str | None:
    found = HEX.fullmatch(decls.get("background", "").strip())
    return found.group(0) if found else None


def pairs(palette: Palette) -> Iterator[tuple[str, str, str, float]]:
    """(what, one colour, the other, the ratio it needs) for every pair the sheet draws."""
    theme._mode["accessible"] = palette is HIGH_CONTRAST
    try:
        parsed = rules(theme.style_sheet())
    finally:
        theme._mode["accessible"] = False
    grounds = (palette.backdrop_top, palette.backdrop_bottom, palette.surface)
    for selector in parsed:
        decls = effective(parsed, selector)
        own = fill(decls)
        text = HEX.fullmatch(decls.get("color", "").strip())
        if text:
            for ground in ([own] if own else grounds):
                yield f"{selector} text", text.group(0), ground, TEXT_CONTRAST
        if selector.startswith(CONTROLS) and selector not in CONTROLS:   # a role's look
            edge = border_colour(decls)
            for ground in grounds:
                # A control is seen by its edge, or by a fill that stands out on its own.
                seen = max(contrast(edge, ground) if edge else 1.0,
                           contrast(own, ground) if own else 1.0)
                yield f"{selector} edge on {ground}", f"{seen:.2f}", "", CONTROL_CONTRAST


@pytest.mark.parametrize("palette", [CAFE, HIGH_CONTRAST], ids=["cafe", "high-contrast"])
def test_every_colour_pair_in_the_style_sheet_reads(palette: Palette) -> None:
    failures = []
    checked = 0
    for what, one, other, needed in pairs(palette):
        ratio = float(one) if not other else contrast(one, other)
        checked += 1
        if ratio < needed:
            failures.append(f"{what}: {one} on {other or '-'} = {ratio:.2f} < {needed}")
    assert checked > 60
    assert failures == []


def test_the_high_contrast_palette_is_stronger_everywhere() -> None:
    assert contrast(HIGH_CONTRAST.ink, HIGH_CONTRAST.surface) >= 15
    assert contrast(HIGH_CONTRAST.on_brand, HIGH_CONTRAST.brand) > \
        contrast(CAFE.on_brand, CAFE.brand)
    assert relative_luminance(HIGH_CONTRAST.outline) < relative_luminance(CAFE.outline)


def test_no_rule_and_no_screen_slants_text() -> None:
    assert "italic" not in theme.style_sheet().lower()
    assert "oblique" not in theme.style_sheet().lower()
    ui = Path(theme.__file__).parent
    slanted = [str(path) for path in ui.rglob("*.py")
               if re.search(r"<i>|<em>|setItalic\(True\)", path.read_text())]
    assert slanted == []


def centre_colour(widget: QWidget, x: int, y: int) -> tuple[int, int, int]:
    image = widget.grab().toImage()
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue()


def test_a_ticked_box_shows_a_tick(qtbot: QtBot, themed_app: object) -> None:
    box = QCheckBox("同意します")
    qtbot.addWidget(box)
    box.show()
    box.setChecked(True)
    qtbot.wait(20)
    image = box.grab().toImage()
    side = theme.px(56)                           # the indicator, at the box's left
    middle = image.height() // 2
    colours = {image.pixelColor(x, middle).name() for x in range(4, side - 4)}
    assert "#ffffff" in colours                   # the white ✓ crosses the middle row
    assert any(name.startswith("#c8") for name in colours)   # on the brand fill


def test_shift_on_still_shows_its_arrow(qtbot: QtBot, themed_app: object) -> None:
    from kiosk.ui.widgets.keyboard import OnScreenKeyboard

    keyboard = OnScreenKeyboard()
    qtbot.addWidget(keyboard)
    keyboard.resize(1000, 600)
    keyboard.show()
    keyboard.set_mode("latin")
    shift = keyboard.button("⇧")
    qtbot.mouseClick(shift, Qt.MouseButton.LeftButton)
    assert shift.isChecked()
    qtbot.wait(20)
    image = shift.grab().toImage()
    inks = [image.pixelColor(x, y) for x in range(image.width() // 4, 3 * image.width() // 4)
            for y in range(image.height() // 4, 3 * image.height() // 4)]
    light = [ink for ink in inks if min(ink.red(), ink.green(), ink.blue()) > 200]
    assert len(light) > 20                         # a white ⇧ on the filled key
    assert [ink.name() for ink in inks].count(CAFE.brand.lower()) > len(inks) // 2
