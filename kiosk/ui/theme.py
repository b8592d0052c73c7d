"""The café look: bright pink on white, rounded, large type, touch targets ≥ 64 px.

Widgets opt into a style with a `role` property (`title`, `primary`, `key` …) rather than
object names, so screens stay free of styling code. Fonts are the bundled Noto Sans JP
subsets (see kiosk.ui.fonts), so a bare machine shows no tofu.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.fonts import font_for
from kiosk.ui.scale import px, scale_for_screen, set_scale, touch

PINK = "#E83E8C"
PINK_DARK = "#C2185B"
PINK_SOFT = "#FFE3EF"
INK = "#2D1B33"
MUTED = "#7A6680"
MIN_TOUCH = 64

def style_sheet() -> str:
    """The theme at the current scale (`kiosk.ui.scale`)."""
    return f"""
QWidget {{ color: {INK}; font-size: {px(28)}px; }}
QMainWindow, QStackedWidget, QWidget[role="screen"] {{
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #FFFFFF, stop:1 {PINK_SOFT});
}}
QLabel {{ background: transparent; }}
QLabel[role="hero"] {{ font-size: {px(84)}px; font-weight: bold; color: {PINK}; }}
QLabel[role="title"] {{ font-size: {px(52)}px; font-weight: bold; color: {INK}; }}
QLabel[role="subtitle"] {{ font-size: {px(32)}px; color: {MUTED}; }}
QLabel[role="body"] {{ font-size: {px(28)}px; }}
QLabel[role="hint"] {{ font-size: {px(40)}px; color: {PINK}; font-weight: bold; }}
QLabel[role="error"] {{ font-size: {px(28)}px; color: #B00020; font-weight: bold; }}
QLabel[role="secret"] {{
    font-size: {px(56)}px; font-weight: bold; color: {INK}; background: white;
    border: 3px dashed {PINK}; border-radius: {px(16)}px; padding: {px(8)}px {px(24)}px;
}}
QLabel[role="field"] {{ font-size: {px(26)}px; color: {MUTED}; }}
QLabel[role="status"] {{ font-size: {px(20)}px; color: {MUTED}; }}
QLabel[role="success"] {{ font-size: {px(28)}px; color: #1B5E20; font-weight: bold; }}
QLabel[role="staff-badge"] {{
    font-size: {px(22)}px; font-weight: bold; color: white; background: {INK};
    border-radius: {px(12)}px; padding: {px(6)}px {px(16)}px;
}}
QLabel[role="pin-dots"] {{ font-size: {px(72)}px; color: {INK}; min-height: {px(96)}px; }}
QLabel[role="row"] {{
    font-size: {px(24)}px; background: white; border: 2px solid #F0C5D8; border-radius: {px(14)}px;
    padding: {px(10)}px {px(16)}px;
}}
QLabel[role="board-title"] {{ font-size: {px(40)}px; font-weight: bold; color: {PINK}; }}
QLabel[role="board-place"] {{ font-size: {px(36)}px; font-weight: bold; color: {PINK}; }}
QLabel[role="board-name"] {{ font-size: {px(34)}px; font-weight: bold; }}
QLabel[role="board-votes"] {{ font-size: {px(30)}px; color: {MUTED}; }}
QLabel[role="warning"] {{
    font-size: {px(28)}px; font-weight: bold; color: #7A3E00; background: #FFF1C9;
    border-radius: {px(16)}px; padding: {px(16)}px {px(24)}px;
}}
QLineEdit[role="name"] {{
    font-size: {px(56)}px; padding: {px(12)}px {px(24)}px; border: 4px solid {PINK};
    border-radius: {px(24)}px; background: white; min-height: {px(96)}px;
}}
QPushButton {{
    min-height: {touch(MIN_TOUCH)}px; min-width: {touch(MIN_TOUCH)}px; border-radius: {px(20)}px;
    font-size: {px(32)}px; font-weight: bold; padding: {px(8)}px {px(28)}px;
}}
QPushButton[role="primary"] {{
    background: {PINK}; color: white; border: none; min-height: {px(104)}px; font-size: {px(40)}px;
    border-radius: {px(52)}px; padding: {px(8)}px {px(56)}px;
}}
QPushButton[role="primary"]:pressed {{ background: {PINK_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #E9C3D4; color: #FFFFFF; }}
QPushButton[role="secondary"] {{
    background: white; color: {PINK}; border: 4px solid {PINK}; min-height: {px(96)}px;
    border-radius: {px(48)}px; padding: {px(8)}px {px(40)}px;
}}
QPushButton[role="secondary"]:pressed {{ background: {PINK_SOFT}; }}
QPushButton[role="language"] {{
    background: white; color: {INK}; border: 4px solid #F3B6CF; min-height: {px(120)}px;
    font-size: {px(44)}px; border-radius: {px(28)}px; min-width: {px(240)}px;
}}
QPushButton[role="language"]:checked {{ border-color: {PINK}; background: {PINK_SOFT}; }}
QPushButton[role="tile"] {{
    background: white; color: {INK}; border: 4px solid #F3B6CF; min-height: {px(132)}px;
    font-size: {px(30)}px; border-radius: {px(28)}px; padding: {px(8)}px {px(16)}px;
}}
QPushButton[role="tile"]:checked {{ border-color: {PINK}; background: {PINK_SOFT}; }}
QPushButton[role="action"] {{
    background: {PINK}; color: white; border: none; min-height: {px(96)}px; font-size: {px(32)}px;
    border-radius: {px(48)}px; padding: {px(8)}px {px(24)}px;
}}
QPushButton[role="action"]:pressed {{ background: {PINK_DARK}; }}
QPushButton[role="action"]:disabled {{ background: #E9C3D4; color: #FFFFFF; }}
QPushButton[role="key"] {{
    background: white; color: {INK}; border: 2px solid #F0C5D8; border-radius: {px(14)}px;
    font-size: {px(36)}px; font-weight: normal; padding: 0px;
}}
QPushButton[role="key"]:pressed {{ background: {PINK_SOFT}; }}
QPushButton[role="modkey"] {{
    background: #FFF0F6; color: {PINK_DARK}; border: 2px solid #F0A5C5; border-radius: {px(14)}px;
    font-size: {px(30)}px; padding: 0px;
}}
QPushButton[role="modkey"]:pressed, QPushButton[role="modkey"]:checked {{
    background: {PINK}; color: white;
}}
QPushButton[role="chip"] {{
    background: white; color: {PINK_DARK}; border: 2px solid #F0A5C5; border-radius: {px(36)}px;
    font-size: {px(28)}px; min-width: {px(150)}px; min-height: {px(72)}px; padding: 0px {px(24)}px;
}}
QPushButton[role="chip"]:checked {{ background: {PINK}; color: white; border-color: {PINK}; }}
QCheckBox {{ font-size: {px(34)}px; font-weight: bold; spacing: {px(20)}px; }}
QCheckBox::indicator {{ width: {px(56)}px; height: {px(56)}px; border: 4px solid {PINK};
    border-radius: {px(12)}px; background: white; }}
QCheckBox::indicator:checked {{ background: {PINK}; }}
QProgressBar {{ border: 2px solid #F3B6CF; border-radius: {px(14)}px; background: white; }}
QProgressBar::chunk {{ background: {PINK}; border-radius: {px(12)}px; }}
QScrollArea {{ background: white; border: 2px solid #F0C5D8; border-radius: {px(20)}px; }}
QScrollArea > QWidget > QWidget {{ background: white; }}
QScrollBar:vertical {{ width: {px(24)}px; background: transparent; }}
QScrollBar::handle:vertical {{
    background: #F3B6CF; border-radius: {px(12)}px; min-height: {px(80)}px;
}}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
"""

def install_theme(app: QApplication, language: str = "ja",
                  screen: tuple[int, int] | None = None) -> None:
    """Apply the style sheet and the bundled fonts to the whole application, scaled for a
    `screen` of (width, height) pixels when given (before any widget is built)."""
    if screen is not None:
        set_scale(scale_for_screen(*screen))
    app.setFont(font_for(language))
    app.setStyleSheet(style_sheet())


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` a theme role and re-polish it so the change shows at once."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
