"""The café look: pink on white, rounded, large type, touch targets ≥ 64 px — every rule
built from the design tokens (`kiosk.ui.design_tokens`), in the café's palette or the
accessible mode's high-contrast one.

Every state is drawn: pressed, focused, checked (a ✓ in checkboxes, a filled chip or tile),
disabled (a grey fill with a dotted edge, its text still readable at 4.5 : 1). No rule uses
italics: Japanese, Chinese, Thai and Korean have none, and Qt would slant them synthetically.

Widgets opt into a style with a `role` property (`title`, `primary`, `key` …) rather than
object names, so screens stay free of styling code. Fonts are the bundled Noto Sans JP
subsets (see kiosk.ui.fonts), so a bare machine shows no tofu.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.paths import assets_dir
from kiosk.ui.design_tokens import (
    ACCESSIBLE_TEXT_FACTOR,
    CAFE,
    HIGH_CONTRAST,
    Palette,
    Radius,
    Space,
    Type,
)
from kiosk.ui.fonts import font_for
from kiosk.ui.scale import px, scale_for_screen, set_scale, touch

MIN_TOUCH = 64
CHECK_MARK = "check.png"           # assets/images: the ✓ drawn in a ticked checkbox (a PNG:
                                   # the frozen build carries no SVG plugin)

_mode: dict[str, float] = {"accessible": False, "text_factor": ACCESSIBLE_TEXT_FACTOR}


def palette() -> Palette:
    """The colour roles in use: the café's, or the high-contrast one (accessible mode)."""
    return HIGH_CONTRAST if _mode["accessible"] else CAFE


def accessible() -> bool:
    return bool(_mode["accessible"])


def text_factor() -> float:
    """How much larger text is now (1 outside the accessible mode)."""
    return _mode["text_factor"] if _mode["accessible"] else 1.0


def type_px(step: Type | int) -> int:
    """A type size on this screen (enlarged in the accessible mode)."""
    return px(step * text_factor())


def style_sheet() -> str:
    """The theme at the current scale and mode, every rule built from the tokens."""
    c, t, s = palette(), type_px, px
    check = (assets_dir() / "images" / CHECK_MARK).as_posix()
    return f"""
QWidget {{ color: {c.ink}; font-size: {t(Type.BODY)}px; }}
QMainWindow, QStackedWidget, QWidget[role="screen"] {{
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 {c.backdrop_top},
                                stop:1 {c.backdrop_bottom});
}}
QLabel {{ background: transparent; }}
QLabel[role="hero"] {{ font-size: {t(Type.DISPLAY)}px; font-weight: bold; color: {c.brand}; }}
QLabel[role="title"] {{ font-size: {t(Type.TITLE)}px; font-weight: bold; color: {c.ink}; }}
QLabel[role="subtitle"] {{ font-size: {t(Type.LEAD)}px; color: {c.ink_muted}; }}
QLabel[role="body"] {{ font-size: {t(Type.BODY)}px; }}
QLabel[role="hint"] {{ font-size: {t(Type.HEADLINE)}px; color: {c.brand}; font-weight: bold; }}
QLabel[role="error"] {{ font-size: {t(Type.BODY)}px; color: {c.danger}; font-weight: bold; }}
QLabel[role="secret"] {{
    font-size: {t(Type.NUMERAL)}px; font-weight: bold; color: {c.ink}; background: {c.surface};
    border: 3px solid {c.outline}; border-radius: {s(Radius.SMALL)}px;
    padding: {s(Space.XS)}px {s(Space.L)}px;
}}
QLabel[role="field"] {{ font-size: {t(Type.LABEL)}px; color: {c.ink_muted}; }}
QLabel[role="status"] {{ font-size: {t(Type.CAPTION)}px; color: {c.ink_muted}; }}
QLabel[role="success"] {{ font-size: {t(Type.BODY)}px; color: {c.success}; font-weight: bold; }}
QLabel[role="tag"] {{
    font-size: {t(Type.CAPTION)}px; font-weight: bold; color: {c.on_notice};
    background: {c.notice_fill}; border-radius: {s(Space.XS)}px; padding: 0px {s(Space.XS)}px;
}}
QLabel[role="staff-badge"] {{
    font-size: {t(Type.CAPTION)}px; font-weight: bold; color: {c.on_staff};
    background: {c.staff_fill}; border-radius: {s(Radius.SMALL)}px;
    padding: {s(Space.XS)}px {s(Space.M)}px;
}}
QLabel[role="pin-dots"] {{ font-size: {t(Type.PIN)}px; color: {c.ink}; min-height: {s(96)}px; }}
QLabel[role="row"] {{
    font-size: {t(Type.LABEL)}px; background: {c.surface}; border: 2px solid {c.divider};
    border-radius: {s(Radius.SMALL)}px; padding: {s(Space.S)}px {s(Space.M)}px;
}}
QLabel[role="board-title"] {{ font-size: {t(Type.HEADLINE)}px; font-weight: bold;
    color: {c.brand}; }}
QLabel[role="board-place"] {{ font-size: {t(Type.KEY)}px; font-weight: bold; color: {c.brand}; }}
QLabel[role="board-name"] {{ font-size: {t(Type.LEAD)}px; font-weight: bold; }}
QLabel[role="board-votes"] {{ font-size: {t(Type.BODY)}px; color: {c.ink_muted}; }}
QLabel[role="warning"] {{
    font-size: {t(Type.BODY)}px; font-weight: bold; color: {c.on_warning};
    background: {c.warning_fill}; border-radius: {s(Space.M)}px;
    padding: {s(Space.M)}px {s(Space.L)}px;
}}
QLineEdit[role="name"] {{
    font-size: {t(Type.NUMERAL)}px; padding: {s(Space.S)}px {s(Space.L)}px;
    border: 4px solid {c.outline}; border-radius: {s(Space.L)}px; background: {c.surface};
    min-height: {s(96)}px; color: {c.ink};
}}
QLineEdit[role="name"]:focus {{ border-color: {c.brand}; }}
QPushButton {{
    min-height: {touch(MIN_TOUCH)}px; min-width: {touch(MIN_TOUCH)}px;
    border-radius: {s(Radius.MEDIUM)}px; font-size: {t(Type.LEAD)}px; font-weight: bold;
    padding: {s(Space.XS)}px {s(Space.L)}px;
}}
QPushButton[role="primary"], QPushButton[role="action"] {{
    background: {c.brand}; color: {c.on_brand}; border: 4px solid {c.brand};
    min-height: {s(96)}px; font-size: {t(Type.HEADLINE)}px; border-radius: {s(52)}px;
    padding: {s(Space.XS)}px {s(Space.XXXL)}px;
}}
QPushButton[role="action"] {{ min-height: {s(88)}px; font-size: {t(Type.LEAD)}px;
    border-radius: {s(Space.XXL)}px; padding: {s(Space.XS)}px {s(Space.L)}px; }}
QPushButton[role="primary"]:pressed, QPushButton[role="action"]:pressed,
QPushButton[role="primary"]:focus, QPushButton[role="action"]:focus {{
    background: {c.brand_pressed}; border-color: {c.brand_pressed};
}}
QPushButton[role="secondary"] {{
    background: {c.surface}; color: {c.brand}; border: 4px solid {c.brand};
    min-height: {s(96)}px; border-radius: {s(Space.XXL)}px;
    padding: {s(Space.XS)}px {s(40)}px;
}}
QPushButton[role="secondary"]:pressed {{ background: {c.brand_soft}; color: {c.on_brand_soft}; }}
QPushButton[role="secondary"]:focus {{ border-color: {c.focus}; }}
QPushButton[role="language"] {{
    background: {c.surface}; color: {c.ink}; border: 4px solid {c.outline};
    min-height: {s(120)}px; font-size: {t(44)}px; border-radius: {s(Radius.LARGE)}px;
    min-width: {s(240)}px;
}}
QPushButton[role="tile"] {{
    background: {c.surface}; color: {c.ink}; border: 4px solid {c.outline};
    min-height: {s(132)}px; font-size: {t(30)}px; border-radius: {s(Radius.LARGE)}px;
    padding: {s(Space.XS)}px {s(Space.M)}px;
}}
QPushButton[role="language"]:checked, QPushButton[role="tile"]:checked {{
    border-color: {c.brand}; background: {c.brand_soft}; color: {c.on_brand_soft};
}}
QPushButton[role="language"]:pressed, QPushButton[role="tile"]:pressed {{
    background: {c.brand_soft};
}}
QPushButton[role="key"] {{
    background: {c.surface}; color: {c.ink}; border: 2px solid {c.outline};
    border-radius: {s(14)}px; font-size: {t(Type.KEY)}px; font-weight: normal; padding: 0px;
}}
QPushButton[role="key"]:pressed {{ background: {c.brand_soft}; color: {c.on_brand_soft}; }}
QPushButton[role="modkey"] {{
    background: {c.brand_soft}; color: {c.on_brand_soft}; border: 2px solid {c.outline};
    border-radius: {s(14)}px; font-size: {t(30)}px; padding: 0px;
}}
QPushButton[role="modkey"]:pressed, QPushButton[role="modkey"]:checked {{
    background: {c.brand}; color: {c.on_brand}; border-color: {c.brand};
}}
QPushButton[role="chip"] {{
    background: {c.surface}; color: {c.on_brand_soft}; border: 2px solid {c.outline};
    border-radius: {s(36)}px; font-size: {t(Type.BODY)}px; min-width: {s(150)}px;
    min-height: {s(72)}px; padding: 0px {s(Space.L)}px;
}}
QPushButton[role="chip"]:checked {{ background: {c.brand}; color: {c.on_brand};
    border-color: {c.brand}; }}
QPushButton:disabled, QPushButton[role="primary"]:disabled, QPushButton[role="action"]:disabled,
QPushButton[role="secondary"]:disabled, QPushButton[role="tile"]:disabled,
QPushButton[role="chip"]:disabled, QPushButton[role="key"]:disabled,
QPushButton[role="modkey"]:disabled, QPushButton[role="language"]:disabled {{
    background: {c.disabled_fill}; color: {c.disabled_ink};
    border-color: {c.disabled_outline}; border-style: dotted;
}}
QCheckBox {{ font-size: {t(34)}px; font-weight: bold; spacing: {s(Space.L)}px; }}
QLabel[role="check-text"] {{ font-size: {t(34)}px; font-weight: bold; color: {c.ink}; }}
QCheckBox::indicator {{ width: {s(56)}px; height: {s(56)}px; border: 4px solid {c.outline};
    border-radius: {s(Radius.SMALL)}px; background: {c.surface}; }}
QCheckBox::indicator:checked {{ background: {c.brand}; border-color: {c.brand};
    image: url({check}); }}
QCheckBox::indicator:pressed {{ background: {c.brand_soft}; }}
QCheckBox:focus {{ color: {c.ink}; }}
QProgressBar {{ border: 2px solid {c.outline}; border-radius: {s(14)}px;
    background: {c.surface}; }}
QProgressBar::chunk {{ background: {c.brand}; border-radius: {s(Radius.SMALL)}px; }}
QScrollArea {{ background: {c.surface}; border: 2px solid {c.divider};
    border-radius: {s(Radius.MEDIUM)}px; }}
QScrollArea > QWidget > QWidget {{ background: {c.surface}; }}
QScrollBar:vertical {{ width: {s(Space.L)}px; background: transparent; }}
QScrollBar::handle:vertical {{
    background: {c.outline}; border-radius: {s(Radius.SMALL)}px; min-height: {s(80)}px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
"""


def install_theme(app: QApplication, language: str = "ja",
                  screen: tuple[int, int] | None = None,
                  accessible: bool | None = None,
                  text_factor: float | None = None) -> None:
    """Apply the style sheet and the bundled fonts to the whole application, scaled for a
    `screen` of (width, height) pixels when given (before any widget is built), in the
    accessible mode (larger type, high contrast) when `accessible` says so, its type
    `text_factor` times the usual (default `ACCESSIBLE_TEXT_FACTOR`)."""
    if screen is not None:
        set_scale(scale_for_screen(*screen))
    if accessible is not None:
        _mode["accessible"] = accessible
    if text_factor is not None:
        _mode["text_factor"] = text_factor
    app.setFont(font_for(language))
    app.setStyleSheet(style_sheet())


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` a theme role and re-polish it so the change shows at once."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
