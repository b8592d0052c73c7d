"""One branding for the card on screen and the printed card: once Settings change the logo,
the next card a producer sees and the card that prints for it carry the same new logo."""

from __future__ import annotations

import io
import threading

from PIL import Image

from kiosk.cards.art import render_card_front, to_png
from kiosk.cards.branding import CardBranding
from kiosk.services.branding import CurrentBranding
from kiosk.services.bundle import KioskServices
from kiosk.services.registration import RegistrationRequest


def pixels(png: bytes) -> bytes:
    with Image.open(io.BytesIO(png)) as image:
        return image.convert("RGB").tobytes()


def logo_png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (120, 60), colour).save(out, format="PNG")
    return out.getvalue()


def test_after_an_update_the_issued_and_the_printed_card_have_the_same_new_logo(
        kiosk_services: KioskServices) -> None:
    services = kiosk_services                           # as the app builds them
    before = services.issuer.issue(RegistrationRequest.new("ミク", "ja", True))
    logo = logo_png((200, 30, 90))
    new = CardBranding("カフェ☆ミライ", logo, "https://mirai.example.cafe/login")
    services.branding.update(new)                       # staff saved Settings
    after = services.issuer.issue(RegistrationRequest.new("Ann", "en", True))
    jobs = {job.nickname: job.job_id for job in services.print_queue.jobs()}
    printed = services.print_queue.start(jobs["Ann"], "Cards")       # what the printer draws
    assert printed.branding == new
    assert pixels(to_png(render_card_front(printed.face()))) == pixels(after.card_png)
    assert pixels(after.card_png) != pixels(to_png(render_card_front(
        CardBranding("カフェ☆ミライ").face(printed.nickname, printed.producer_number,
                                       printed.rank, printed.token))))  # the logo shows
    # A card issued before the change prints with what the café has now, as "save as
    # PDF" draws it.
    assert services.print_queue.card_for(jobs["ミク"]).branding == new
    assert pixels(before.card_png) != pixels(to_png(render_card_front(
        services.print_queue.card_for(jobs["ミク"]).face())))


def test_an_update_on_another_thread_is_what_the_next_reader_gets() -> None:
    branding = CurrentBranding()
    assert branding.current() == CardBranding()
    newer = CardBranding("Café Two", logo_png((0, 90, 200)), "https://two.example")
    writer = threading.Thread(target=branding.update, args=(newer,))
    writer.start()
    writer.join()
    assert branding.current() is newer
