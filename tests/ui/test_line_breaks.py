"""Every catalogue string, laid out by Qt's own line breaker at several widths in its
language's font: no line begins inside a café word (プロデューサー, パスワード, 密码,
โปรดิวเซอร์ …) or inside a short phrase, the marks draw nothing, and labels hand back what
they were given."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from kiosk.paths import assets_dir
from kiosk.ui.fonts import font_for
from kiosk.ui.line_breaks import BREAK_HERE, KEEP_WHOLE, NO_BREAK_SPACE, WORD_JOINER, phrased

WIDTHS = (180, 260, 420, 700)
LANGUAGES = ("ja", "zh_CN", "zh_TW", "th", "ko")


def translations(language: str) -> list[str]:
    root = ET.parse(Path(assets_dir()) / "i18n" / f"kiosk_{language}.ts").getroot()
    texts = []
    for message in root.iter("message"):
        node = message.find("translation")
        if node is None:
            continue
        forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
        texts += [form for form in forms if form and "<" not in form]
    return texts


def line_starts(text: str, language: str, width: float) -> list[int]:
    """Where Qt starts each wrapped line, as offsets into the text without the marks."""
    layout = QTextLayout(text, font_for(language))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    invisible = {WORD_JOINER, BREAK_HERE}
    return [sum(1 for ch in text[:start] if ch not in invisible) for start in starts]


def cut_words(plain: str, starts: list[int]) -> list[str]:
    cut = []
    for word in KEEP_WHOLE:
        at = plain.find(word)
        while at != -1:
            cut += [word for start in starts if at < start < at + len(word)]
            at = plain.find(word, at + 1)
    return cut


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_catalogue_line_breaks_inside_a_word(qapp: object, language: str) -> None:
    problems = []
    for text in translations(language):
        plain = text.replace(NO_BREAK_SPACE, " ")
        for width in WIDTHS:
            starts = line_starts(phrased(text, language), language, width)
            for word in cut_words(plain, starts):
                problems.append(f"{word!r} cut at {width}px in {text!r}")
    assert problems == []


@pytest.mark.parametrize(("language", "text", "words"), [
    ("ja", "ログインIDとパスワードを今すぐメモしてください。プロデューサーカードは準備完了です。",
     ("パスワード", "プロデューサー", "準備完了")),
    ("zh_CN", "请立即记下您的登录名和密码，制作人卡已准备好。", ("密码", "制作人")),
    ("th", "ชื่อโปรดิวเซอร์จะพิมพ์บนบัตร ใช้คาตากานะหรือตัวอักษรละติน", ("โปรดิวเซอร์", "บัตร")),
])
def test_the_words_reported_cut_stay_whole_at_every_width(
        qapp: object, language: str, text: str, words: tuple[str, ...]) -> None:
    for width in range(120, 900, 20):
        starts = line_starts(phrased(text, language), language, width)
        assert cut_words(text, starts) == [], width
        assert len(starts) == 1 or starts[-1] < len(text) - 1          # no lone last glyph


def test_the_marks_draw_nothing(qapp: object) -> None:
    for language, text in (("ja", "プロデューサーカードのパスワード"),
                           ("ko", "비밀번호 용지가 인쇄되지 않음"),
                           ("zh_TW", "請立即記下您的密碼")):
        metrics = QFontMetricsF(font_for(language))
        marked = phrased(text, language)
        assert marked != text
        assert metrics.horizontalAdvance(marked) == pytest.approx(
            metrics.horizontalAdvance(text), rel=0.02)


def test_a_label_gives_back_its_text(qtbot: QtBot, themed_app: object) -> None:
    from kiosk.ui.widgets.basic import label

    widget = label("body")
    qtbot.addWidget(widget)
    widget.setText("パスワードを今すぐメモしてください。")
    assert widget.text() == "パスワードを今すぐメモしてください。"
    assert WORD_JOINER in super(type(widget), widget).text()
    widget.clear()                          # a reset screen hands back nothing, not a secret
    assert widget.text() == "" and super(type(widget), widget).text() == ""
