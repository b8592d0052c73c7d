"""The café look: bright pink on white, rounded, large type, touch targets ≥ 64 px.

Widgets opt into a style with a `role` property (`title`, `primary`, `key` …) rather than
object names, so screens stay free of styling code. Fonts are the bundled Noto Sans JP
subsets (see kiosk.ui.fonts), so a bare machine shows no tofu.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from kiosk.ui.fonts import font_for

PINK = "#E83E8C"
PINK_DARK = "#C2185B"
PINK_SOFT = "#FFE3EF"
INK = "#2D1B33"
MUTED = "#7A6680"
MIN_TOUCH = 64

STYLE_SHEET = f"""
QWidget {{ color: {INK}; font-size: 28px; }}
QMainWindow, QStackedWidget, QWidget[role="screen"] {{
    background: qlineargradient(x1:0, y1:0, x2:0, y2:1, stop:0 #FFFFFF, stop:1 {PINK_SOFT});
}}
QLabel {{ background: transparent; }}
QLabel[role="hero"] {{ font-size: 84px; font-weight: bold; color: {PINK}; }}
QLabel[role="title"] {{ font-size: 52px; font-weight: bold; color: {INK}; }}
QLabel[role="subtitle"] {{ font-size: 32px; color: {MUTED}; }}
QLabel[role="body"] {{ font-size: 28px; }}
QLabel[role="hint"] {{ font-size: 40px; color: {PINK}; font-weight: bold; }}
QLabel[role="error"] {{ font-size: 28px; color: #B00020; font-weight: bold; }}
QLabel[role="secret"] {{
    font-size: 56px; font-weight: bold; color: {INK}; background: white;
    border: 3px dashed {PINK}; border-radius: 16px; padding: 8px 24px;
}}
QLabel[role="field"] {{ font-size: 26px; color: {MUTED}; }}
QLabel[role="status"] {{ font-size: 20px; color: {MUTED}; }}
QLabel[role="success"] {{ font-size: 28px; color: #1B5E20; font-weight: bold; }}
QLabel[role="staff-badge"] {{
    font-size: 22px; font-weight: bold; color: white; background: {INK};
    border-radius: 12px; padding: 6px 16px;
}}
QLabel[role="pin-dots"] {{ font-size: 72px; color: {INK}; min-height: 96px; }}
QLabel[role="row"] {{
    font-size: 24px; background: white; border: 2px solid #F0C5D8; border-radius: 14px;
    padding: 10px 16px;
}}
QLabel[role="board-title"] {{ font-size: 40px; font-weight: bold; color: {PINK}; }}
QLabel[role="board-place"] {{ font-size: 36px; font-weight: bold; color: {PINK}; }}
QLabel[role="board-name"] {{ font-size: 34px; font-weight: bold; }}
QLabel[role="board-votes"] {{ font-size: 30px; color: {MUTED}; }}
QLabel[role="warning"] {{
    font-size: 28px; font-weight: bold; color: #7A3E00; background: #FFF1C9;
    border-radius: 16px; padding: 16px 24px;
}}
QLineEdit[role="name"] {{
    font-size: 56px; padding: 12px 24px; border: 4px solid {PINK}; border-radius: 24px;
    background: white; min-height: 96px;
}}
QPushButton {{
    min-height: {MIN_TOUCH}px; min-width: {MIN_TOUCH}px; border-radius: 20px;
    font-size: 32px; font-weight: bold; padding: 8px 28px;
}}
QPushButton[role="primary"] {{
    background: {PINK}; color: white; border: none; min-height: 104px; font-size: 40px;
    border-radius: 52px; padding: 8px 56px;
}}
QPushButton[role="primary"]:pressed {{ background: {PINK_DARK}; }}
QPushButton[role="primary"]:disabled {{ background: #E9C3D4; color: #FFFFFF; }}
QPushButton[role="secondary"] {{
    background: white; color: {PINK}; border: 4px solid {PINK}; min-height: 96px;
    border-radius: 48px; padding: 8px 40px;
}}
QPushButton[role="secondary"]:pressed {{ background: {PINK_SOFT}; }}
QPushButton[role="language"] {{
    background: white; color: {INK}; border: 4px solid #F3B6CF; min-height: 120px;
    font-size: 44px; border-radius: 28px; min-width: 240px;
}}
QPushButton[role="language"]:checked {{ border-color: {PINK}; background: {PINK_SOFT}; }}
QPushButton[role="tile"] {{
    background: white; color: {INK}; border: 4px solid #F3B6CF; min-height: 132px;
    font-size: 30px; border-radius: 28px; padding: 8px 16px;
}}
QPushButton[role="tile"]:checked {{ border-color: {PINK}; background: {PINK_SOFT}; }}
QPushButton[role="action"] {{
    background: {PINK}; color: white; border: none; min-height: 96px; font-size: 32px;
    border-radius: 48px; padding: 8px 24px;
}}
QPushButton[role="action"]:pressed {{ background: {PINK_DARK}; }}
QPushButton[role="action"]:disabled {{ background: #E9C3D4; color: #FFFFFF; }}
QPushButton[role="key"] {{
    background: white; color: {INK}; border: 2px solid #F0C5D8; border-radius: 14px;
    font-size: 36px; font-weight: normal; padding: 0px;
}}
QPushButton[role="key"]:pressed {{ background: {PINK_SOFT}; }}
QPushButton[role="modkey"] {{
    background: #FFF0F6; color: {PINK_DARK}; border: 2px solid #F0A5C5; border-radius: 14px;
    font-size: 30px; padding: 0px;
}}
QPushButton[role="modkey"]:pressed, QPushButton[role="modkey"]:checked {{
    background: {PINK}; color: white;
}}
QPushButton[role="chip"] {{
    background: white; color: {PINK_DARK}; border: 2px solid #F0A5C5; border-radius: 36px;
    font-size: 28px; min-width: 150px; min-height: 72px; padding: 0px 24px;
}}
QPushButton[role="chip"]:checked {{ background: {PINK}; color: white; border-color: {PINK}; }}
QCheckBox {{ font-size: 34px; font-weight: bold; spacing: 20px; }}
QCheckBox::indicator {{ width: 56px; height: 56px; border: 4px solid {PINK};
    border-radius: 12px; background: white; }}
QCheckBox::indicator:checked {{ background: {PINK}; }}
QProgressBar {{ border: 2px solid #F3B6CF; border-radius: 14px; background: white; }}
QProgressBar::chunk {{ background: {PINK}; border-radius: 12px; }}
QScrollArea {{ background: white; border: 2px solid #F0C5D8; border-radius: 20px; }}
QScrollArea > QWidget > QWidget {{ background: white; }}
QScrollBar:vertical {{ width: 24px; background: transparent; }}
QScrollBar::handle:vertical {{ background: #F3B6CF; border-radius: 12px; min-height: 80px; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0px; }}
"""

def install_theme(app: QApplication, language: str = "ja") -> None:
    """Apply the style sheet and the bundled fonts to the whole application."""
    app.setFont(font_for(language))
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget: QWidget, role: str) -> None:
    """Give `widget` a theme role and re-polish it so the change shows at once."""
    widget.setProperty("role", role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
