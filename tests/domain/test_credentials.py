from __future__ import annotations

from kiosk.domain.credentials import (
    ARGON2_MEMORY_KIB,
    ARGON2_PARALLELISM,
    ARGON2_TIME_COST,
    LOGIN_ID_LENGTH,
    PASSWORD_LENGTH,
    generate_login_id,
    generate_password,
    group_for_reading,
    hash_password,
    issue_credentials,
    verify_password,
)

AMBIGUOUS = set("0O1lI5S2Z8Bo")


def test_generated_ids_and_passwords_avoid_look_alikes() -> None:
    for _ in range(300):
        login, password = generate_login_id(), generate_password()
        assert len(login) == LOGIN_ID_LENGTH and len(password) == PASSWORD_LENGTH
        assert not (set(login) | set(password)) & AMBIGUOUS
        assert any(c.isupper() for c in password) and any(c.isdigit() for c in password)


def test_generated_values_differ() -> None:
    assert len({generate_password() for _ in range(200)}) == 200


def test_argon2id_with_at_least_owasp_minimum() -> None:
    assert ARGON2_MEMORY_KIB >= 19 * 1024 and ARGON2_TIME_COST >= 2 and ARGON2_PARALLELISM == 1
    encoded = hash_password("secret")
    assert encoded.startswith("$argon2id$v=19$m=19456,t=2,p=1$")


def test_verify() -> None:
    creds = issue_credentials()
    assert verify_password(creds.password_hash, creds.password)
    assert not verify_password(creds.password_hash, creds.password + "x")
    assert not verify_password("not a hash", "x")
    assert creds.password not in creds.password_hash


def test_grouping_for_reading() -> None:
    assert group_for_reading("abcdefgh") == "abcd efgh"
    assert group_for_reading("ABCDEFGHJK", 5) == "ABCDE FGHJK"
