"""What a producer website must withstand, in a real browser: wrong passwords that say
nothing about which IDs exist and lock out, forms without their CSRF token, the same push
form sent twice, more points than held, and a deleted account's open session."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from kiosk.domain.rules import RuleBook
from tests.sync.conftest import KioskBox, RunningOffice
from tests.web.conftest import register_and_sync, sign_in


def alert(page: Page) -> str:
    return page.locator(".alert").inner_text()


def test_wrong_password_and_unknown_id_read_alike_then_lock(page: Page, kiosk: KioskBox,
                                                            rules: RuleBook) -> None:
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer, password="wrong password")
    wrong = alert(page)
    page.fill("#login_id", "zzzz zzzz")
    page.fill("#password", "wrong password")
    page.click("form[action='/login'] button[type=submit]")
    assert alert(page) == wrong                        # no user enumeration
    for _ in range(2):
        sign_in(page, producer, password="wrong again")
    assert alert(page) != wrong                        # the ID is locked now
    sign_in(page, producer)                            # even the right password waits
    expect(page.locator(".card-name")).to_have_count(0)


def test_a_form_without_its_token_is_refused(page: Page, kiosk: KioskBox,
                                             rules: RuleBook) -> None:
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer)
    answer = page.request.post("/settings/ranking", form={"visible": "on"})
    assert answer.status == 403
    answer = page.request.post("/settings/ranking", form={"visible": "on", "csrf": "forged"})
    assert answer.status == 403


def test_the_same_push_sent_twice_pushes_once_and_never_overdraws(
        page: Page, office: RunningOffice, kiosk: KioskBox, rules: RuleBook) -> None:
    office.office.set_cast_member("aoi", "葵", "Aoi")
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer)                            # +1 daily point: 1 push point
    csrf = page.locator("input[name=csrf]").first.get_attribute("value")
    form = {"csrf": csrf or "", "form_id": "form-one", "cast": "aoi", "points": "1",
            "step": "confirm"}
    assert page.request.post("/push", form=form).status == 200
    assert page.request.post("/push", form=form).status == 200     # the same form again
    again = page.request.post("/push", form={**form, "form_id": "form-two"})
    assert again.status == 409                         # a second form: no points left
    for amount in ("-5", "0", "999999999999", "abc"):
        refused = page.request.post("/push", form={**form, "form_id": f"f{amount}",
                                                   "points": amount})
        assert refused.status in (400, 409)
    view = office.office.producer_view(producer.number)
    assert view.push_points == 0 and view.month_votes == rules.ranks[0].weight


def test_html_in_a_nickname_is_shown_as_text(page: Page, office: RunningOffice,
                                             kiosk: KioskBox, rules: RuleBook) -> None:
    """Kiosks refuse "<" in a nickname, but the office may hold one from an older kiosk."""
    from kiosk.server.models import OfficeProducer
    producer = register_and_sync(kiosk, rules, "Ann", "en")
    nickname = "<b>Ann</b><script>alert(1)</script>"
    with office.office.reading():
        OfficeProducer.update(nickname=nickname).where(
            OfficeProducer.number == producer.number).execute()
    sign_in(page, producer)
    expect(page.locator(".card-name")).to_have_text(nickname)
    assert page.locator(".card-name b, .card-name script").count() == 0


def test_a_deleted_account_ends_its_session_and_login(page: Page, office: RunningOffice,
                                                      kiosk: KioskBox,
                                                      rules: RuleBook) -> None:
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer)
    other = page.context.browser.new_context(base_url=page.url.split("/", 3)[0] + "//"  # type: ignore[union-attr]
                                             + page.url.split("/", 3)[2])
    tab = other.new_page()
    sign_in(tab, producer)
    expect(tab.locator(".card-name")).to_be_visible()
    page.goto("/my-data")
    page.check("input[name=understood]")
    from kiosk.domain.credentials import group_for_reading
    page.fill("#delete-password", group_for_reading(producer.issued.password))
    page.click("form[action='/my-data/delete'] button[type=submit]")
    tab.goto("/")                                      # the other device's session is gone
    assert tab.url.endswith("/login")
    other.close()
    sign_in(page, producer)
    expect(page.locator(".alert")).to_be_visible()
    with office.office.reading():
        from kiosk.server.models import OfficeCard
        assert all(c.revoked_at for c in OfficeCard.select().where(
            OfficeCard.producer_number == producer.number))


def test_lockout_grows_and_says_how_long(page: Page, kiosk: KioskBox, office: RunningOffice,
                                         rules: RuleBook) -> None:
    """The kiosk's delays: three slips are free, then each wrong try locks twice as long
    (30 s, 60 s, …); the page says 429 and how many minutes, the office counts each try."""
    producer = register_and_sync(kiosk, rules)
    statuses = []
    for _ in range(3):
        answer = page.request.post("/login", form={
            "csrf": login_token(page), "login_id": producer.issued.login_id,
            "password": "wrong password"})
        statuses.append(answer.status)
    assert statuses == [401, 401, 429]
    first = office.office.website_wait(producer.issued.login_id, "127.0.0.1")
    assert 0 < first <= 31
    from kiosk.server.models import LoginThrottle
    with office.office.reading():              # let the lock run out, as time would
        LoginThrottle.update(locked_until=None).execute()
    answer = page.request.post("/login", form={
        "csrf": login_token(page), "login_id": producer.issued.login_id,
        "password": "wrong password"})
    assert answer.status == 429
    assert 31 < office.office.website_wait(producer.issued.login_id, "127.0.0.1") <= 61


def login_token(page: Page) -> str:
    page.goto("/login")
    return page.locator("form[action='/login'] input[name=csrf]").get_attribute("value") or ""


def test_a_token_from_an_earlier_session_is_stale(page: Page, kiosk: KioskBox,
                                                  rules: RuleBook) -> None:
    """Signing out and in again rotates the session and its CSRF token: a form kept from
    before (another tab left open) is refused, and changes nothing."""
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer)
    old = page.locator("input[name=csrf]").first.get_attribute("value") or ""
    page.locator("form[action='/logout'] button").first.click()
    sign_in(page, producer)
    assert page.request.post("/settings/ranking", form={"visible": "on",
                                                        "csrf": old}).status == 403
    page.goto("/settings")
    assert not page.locator("input[name=visible]").is_checked()


def test_sql_text_is_only_text(page: Page, office: RunningOffice, kiosk: KioskBox,
                               rules: RuleBook) -> None:
    """SQL in the login form is a wrong login like any other; in a nickname (from a kiosk)
    it is shown as written; the producers' table is untouched."""
    from kiosk.server.models import OfficeProducer
    producer = register_and_sync(kiosk, rules, "Bobby", "en")
    nickname = "Robert'); DROP TABLE office_producer;--"     # (kiosks refuse ";")
    with office.office.reading():
        OfficeProducer.update(nickname=nickname).where(
            OfficeProducer.number == producer.number).execute()
    for typed in ("' OR '1'='1", "x' UNION SELECT password_hash FROM office_producer --"):
        answer = page.request.post("/login", form={"csrf": login_token(page),
                                                   "login_id": typed, "password": typed})
        assert answer.status == 401
    sign_in(page, producer)
    expect(page.locator(".card-name")).to_have_text(nickname)
    assert office.office.producer_view(producer.number).push_points == 1


def test_a_session_left_open_is_no_way_to_guess_the_password(page: Page, kiosk: KioskBox,
                                                               rules: RuleBook) -> None:
    """Changing the password or deleting the account asks for the current one; misses
    count with the sign-in's delays, then even the right password waits — and nothing
    changed or was deleted meanwhile."""
    producer = register_and_sync(kiosk, rules)
    sign_in(page, producer)
    for attempt in range(3):
        page.goto("/settings")
        page.fill("#current", f"wrong guess {attempt}")
        page.fill("#new", "a brand new password")
        page.fill("#again", "a brand new password")
        page.click("form[action='/settings/password'] button[type=submit]")
    expect(page.locator(".alert")).to_contain_text("しばらくしてから")
    page.goto("/my-data")
    page.check("input[name=understood]")
    from kiosk.domain.credentials import group_for_reading
    page.fill("#delete-password", group_for_reading(producer.issued.password))
    page.click("form[action='/my-data/delete'] button[type=submit]")
    expect(page.locator(".alert")).to_contain_text("しばらくしてから")
    page.goto("/")
    expect(page.locator(".card-name")).to_be_visible()        # still there, still signed in


def test_signing_in_again_and_again_keeps_ten_sessions(office: RunningOffice, kiosk: KioskBox,
                                                       rules: RuleBook) -> None:
    """A script signing in in a loop cannot grow the sessions table: the newest ten stay,
    the oldest end."""
    from kiosk.server.office.website import SESSIONS_KEPT, SignedIn
    producer = register_and_sync(kiosk, rules)
    tokens = []
    for _ in range(SESSIONS_KEPT + 2):
        signed_in = office.office.website_sign_in(producer.issued.login_id,
                                                  producer.issued.password, "192.0.2.7")
        assert isinstance(signed_in, SignedIn)
        tokens.append(signed_in.token)
    assert office.office.website_sessions(producer.number) == SESSIONS_KEPT
    assert office.office.website_session(tokens[0]) is None
    assert office.office.website_session(tokens[-1]) is not None
