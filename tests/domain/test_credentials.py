from __future__ import annotations

import math

from kiosk.domain.credentials import (
    ARGON2_MEMORY_KIB,
    ARGON2_PARALLELISM,
    ARGON2_TIME_COST,
    GROUP_GAP,
    LOGIN_ID_LENGTH,
    PASSWORD_ALPHABET,
    PASSWORD_GROUP,
    PASSWORD_LENGTH,
    generate_login_id,
    generate_password,
    group_for_reading,
    hash_password,
    issue_credentials,
    typed_credential,
    typed_login_id,
    verify_password,
    verify_typed_password,
)

# One of each look-alike set goes (0 O o, 1 l I i, 2 Z z, 5 S s, 8 B b, 6 b, 9 g q, v u y):
# the digits 6 and 9 and the letters u and y stay, their twins are never generated.
NEVER_GENERATED = set("0Oo" "1lIi" "2Zz" "5Ss" "8Bb" "gq" "vV")
FULL_WIDTH = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in
                            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"})


def test_generated_ids_and_passwords_avoid_look_alikes_and_case() -> None:
    for _ in range(300):
        login, password = generate_login_id(), generate_password()
        assert len(login) == LOGIN_ID_LENGTH and len(password) == PASSWORD_LENGTH
        assert not (set(login) | set(password)) & NEVER_GENERATED
        assert login == login.lower() and password == password.lower()
    assert not set(PASSWORD_ALPHABET) & NEVER_GENERATED


def test_new_passwords_are_at_least_as_strong_as_the_old_ones() -> None:
    old_bits = 10 * math.log2(49)                    # 10 mixed-case of 49 symbols
    assert PASSWORD_LENGTH * math.log2(len(set(PASSWORD_ALPHABET))) > old_bits


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


def test_grouping_for_reading_uses_a_gap_that_is_not_a_character() -> None:
    assert group_for_reading("abcdefgh") == f"abcd{GROUP_GAP}efgh"
    assert group_for_reading("acdefhjkmnprtuw", PASSWORD_GROUP) == \
        f"acdef{GROUP_GAP}hjkmn{GROUP_GAP}prtuw"
    assert GROUP_GAP.isspace()
    assert typed_credential(group_for_reading("acdefhjkmnprtuw", PASSWORD_GROUP)) == \
        "acdefhjkmnprtuw"


def test_a_password_typed_as_shown_without_gaps_or_full_width_is_accepted() -> None:
    creds = issue_credentials()
    shown = group_for_reading(creds.password, PASSWORD_GROUP)
    groups = shown.split(GROUP_GAP)
    for typed in (creds.password, shown, " ".join(groups), "-".join(groups),
                  "\u2009".join(groups), "\u3000".join(groups), f"  {creds.password}\n",
                  creds.password.translate(FULL_WIDTH),
                  "\u3000".join(g.translate(FULL_WIDTH) for g in groups),
                  "ー".join(groups), "－".join(g.translate(FULL_WIDTH) for g in groups)):
        assert verify_typed_password(creds.password_hash, typed), repr(typed)


def test_a_wrong_password_is_still_refused_however_it_is_typed() -> None:
    creds = issue_credentials()
    wrong = creds.password[:-1] + ("a" if creds.password[-1] != "a" else "c")
    for typed in (wrong, group_for_reading(wrong, PASSWORD_GROUP), wrong.translate(FULL_WIDTH),
                  creds.password[:-1], creds.password + "a", creds.password.upper(),
                  "", " ", "-"):
        assert not verify_typed_password(creds.password_hash, typed), repr(typed)


def test_old_mixed_case_passwords_keep_working_exactly() -> None:
    old = "3wfuTV6Hzf"                           # issued before the one-case alphabet
    stored = hash_password(old)
    assert verify_typed_password(stored, old)
    assert verify_typed_password(stored, "3wfuT V6Hzf")            # as the old screens showed
    assert verify_typed_password(stored, old.translate(FULL_WIDTH))
    assert not verify_typed_password(stored, old.lower())
    assert not verify_typed_password(stored, old.swapcase())


def test_typed_login_ids_are_cleaned_and_lowercased() -> None:
    for typed in ("kq7mxtar", "kq7m xtar", "kq7m-xtar", "Kq7m xtar", "ｋｑ７ｍ　ｘｔａｒ",
                  f"kq7m{GROUP_GAP}xtar", "KQ7M\u2009XTAR", "kq7m\u200bxtar"):
        assert typed_login_id(typed) == "kq7mxtar", repr(typed)
    assert typed_login_id("kq7m xtaa") != "kq7mxtar"
