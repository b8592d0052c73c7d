"""The words of the "How it works" guide, with every figure taken from the live rules.

Texts are literals inside `self.tr(…)` (so lupdate finds them); figures are
filled in afterwards, formatted for the current language by QLocale. Counts use `%n`, so
each language gets its own plural forms ("1 drink" / "2 drinks").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, QTime

from kiosk.domain.rules import RuleBook
from kiosk.ui.formatting import current_language, fill, number, yen


@dataclass(frozen=True)
class ExplainerPage:
    kind: str                  # which picture to draw
    title: str
    paragraphs: tuple[str, ...]


def rank_name(rules: RuleBook, index: int) -> str:
    return rules.ranks[index].name_for(current_language())


class ExplainerTexts(QObject):
    """Owns the texts, so lupdate sees `self.tr` calls (it reads plurals only there)."""

    def pages(self, rules: RuleBook) -> list[ExplainerPage]:
        stay = rules.stay
        day_end = QLocale().toString(QTime(rules.day_ends_at_hour, 0),
                                     QLocale.FormatType.ShortFormat)
        example_rank = rules.ranks[min(4, len(rules.ranks) - 1)]
        example_points = 5
        # Plain names for the %n counts: lupdate skips a plural call whose count is `a.b`.
        per_login = rules.push_points_per_daily_login
        per_visit = rules.push_points_per_visit
        honoured = rules.ranking_honoured_top
        drinks = stay.first_hour_min_drinks
        orders = stay.extension_min_orders
        notice = stay.leave_notice_minutes
        show_every = stay.stage_show_every_minutes
        return [
            ExplainerPage("producer", self.tr("You are a producer"), (
                self.tr("The cast of this café dream of becoming idols. As a "
                          "producer, you help decide who gets the next big chance."),
                self.tr("Spend time with us, collect points, and push your "
                          "favourite cast member up the monthly ranking."),
            )),
            ExplainerPage("card", self.tr("Your card and website login"), (
                fill(self.tr("On your first visit you get a producer card for "
                               "%1, paid at the till. Show its QR code at the kiosk on every "
                               "visit."), yen(rules.card_issue_fee_yen)),
                self.tr("You also get a login ID and password for the café's "
                          "website, printed on your slip."),
                self.tr("Log in to the website and get %n push point(s) each "
                          "day.", "", per_login),
            )),
            ExplainerPage("ladder", self.tr("PV points and your rank"), (
                fill(self.tr("Every %1 you spend at the till earns 1 PV."),
                     yen(rules.yen_per_pv)),
                fill(self.tr("PV are never spent and never go down: all the PV "
                               "you have ever earned decide your rank, from %1 up to %2. Your "
                               "card changes colour with your rank."),
                     rank_name(rules, 0), rank_name(rules, len(rules.ranks) - 1)),
            )),
            ExplainerPage("push", self.tr("Push points and pushing"), (
                fill(self.tr("Each visit earns %n push point(s), once per "
                               "business day (a day ends at %1).", "", per_visit), day_end),
                self.tr("Spend push points to push your favourite cast "
                          "members. Each push point is multiplied by your rank's multiplier."),
                fill(self.tr("Example: with multiplier %1, %2 push points give %3 "
                               "votes."), number(example_rank.weight), number(example_points),
                     number(example_rank.weight * example_points)),
            )),
            ExplainerPage("ranking", self.tr("The monthly ranking"), (
                self.tr("Votes for each cast member are counted per calendar "
                          "month, in Japan time. The cast member with the most votes wins the "
                          "month."),
                self.tr("The top %n are honoured with solo stages and the cover "
                          "of a CD. There is a yearly ranking too.", "", honoured),
            )),
            ExplainerPage("stay", self.tr("Your stay"), (
                fill(self.tr("The first %1 minutes cost %2 (table charge) with "
                               "at least %n drink(s).", "", drinks),
                     number(stay.first_hour_minutes), yen(stay.first_hour_charge_yen)),
                fill(self.tr("Each further %1 minutes cost %2 with at least %n "
                               "order(s).", "", orders),
                     number(stay.extension_minutes), yen(stay.extension_charge_yen)),
                self.tr("Please tell a cast member %n minute(s) before you "
                          "leave.", "", notice),
                self.tr("A stage show starts every %n minute(s).", "",
                          show_every),
            )),
        ]


_texts: ExplainerTexts | None = None


def explainer_pages(rules: RuleBook) -> list[ExplainerPage]:
    """The guide's pages in the current language, with the live rules' figures."""
    global _texts
    if _texts is None:
        _texts = ExplainerTexts()
    return _texts.pages(rules)
