"""Website credentials: login ID, initial password, and the argon2id hash the store keeps.

Both are generated here and shown to the customer once (screen and printed slip), so they
use an alphabet without look-alike characters (0/O/o, 1/l/I, 5/S, 2/Z, 8/B): a customer
copying from a slip never has to guess.

Hashing: argon2id with m = 19 MiB, t = 2, p = 1 — exactly OWASP's minimum recommendation.
We do not go higher because the hash runs on the kiosk's two cores inside the
"confirm → card on screen" budget (≤ 150 ms), and the office re-hashes nothing: it stores
this hash for the website. The password itself is 10 random characters from a 49-symbol
alphabet (~56 bits), far beyond what offline guessing against these parameters can reach.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

LOGIN_ALPHABET = "abcdefghjkmnpqrstuvwxyz34679"
PASSWORD_ALPHABET = "ACDEFGHJKLMNPQRTUVWXYabcdefghjkmnpqrstuvwxyz34679"
LOGIN_ID_LENGTH = 8
PASSWORD_LENGTH = 10

ARGON2_MEMORY_KIB = 19 * 1024
ARGON2_TIME_COST = 2
ARGON2_PARALLELISM = 1

_HASHER = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


@dataclass(frozen=True)
class InitialCredentials:
    """What the customer sees once; only `password_hash` is ever stored."""

    login_id: str
    password: str
    password_hash: str


def generate_login_id() -> str:
    """A lowercase login ID, e.g. `kq7mxtar`; uniqueness is enforced by the store."""
    return "".join(secrets.choice(LOGIN_ALPHABET) for _ in range(LOGIN_ID_LENGTH))


def generate_password() -> str:
    """A random initial password with at least one letter of each case and one digit."""
    while True:
        password = "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))
        if (any(c.isupper() for c in password) and any(c.islower() for c in password)
                and any(c.isdigit() for c in password)):
            return password


def hash_password(password: str) -> str:
    """argon2id hash in PHC string form (parameters and salt travel with it)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches; a malformed hash counts as no match, never a crash."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def issue_credentials() -> InitialCredentials:
    """Fresh login ID and password plus the hash to store (the slow part: ~tens of ms)."""
    password = generate_password()
    return InitialCredentials(generate_login_id(), password, hash_password(password))


def group_for_reading(text: str, size: int = 4) -> str:
    """`kq7mxtar` → `kq7m xtar`: easier to copy; the website ignores the space."""
    return " ".join(text[i : i + size] for i in range(0, len(text), size))
