"""Website credentials: login ID, initial password, and the argon2id hash the store keeps.

Both are generated here and shown to the customer once (screen and printed slip), so a
customer copying them from a slip, often onto a phone, never has to guess a character:

- **One case only (lowercase).** Mixed case made c/C, k/K, p/P, u/U, w/W, x/X, y/Y a coin
  toss on a slip, and a phone keyboard's Shift a trap. Lowercase is what phones type first.
- **No look-alikes**: none of 0 o (O), 1 l i (I), 2 z (Z), 5 s (S), 8 b (B, and 6's
  twin), g q (9's twins), v (u, y; "vv" reads as w). What is left: `acdefhjkmnprtuwxy` and
  the digits `34679`.
- **Long enough to stay as strong**: a password is 15 of these 22 symbols (~67 bits, more
  than the ~55 bits of the old 10 mixed-case characters), shown as three groups of five;
  a login ID is 8, shown as two groups of four.
- Credentials issued before this alphabet (mixed case, 10 characters) keep working: the
  check compares the typed text, only cleaned of what `typed_credential` removes.

Typing them back, a person copies what they see: the group gaps, maybe hyphens, and on a
Japanese phone full-width letters from the IME. `typed_credential` folds those away (NFKC,
then drops spaces and dashes), so `kq7m xtar`, `kq7m-xtar`, `ｋｑ７ｍｘｔａｒ` all mean
`kq7mxtar`. Nothing else is loosened: no generated password contains a space, a dash or a
full-width letter, so for every password this system issues the cleaned text *is* the
exact password, and a wrong one is still wrong. (A producer-chosen password, if the website
ever offers one, must be stored as the hash of its cleaned form for the same to hold.)

Hashing: argon2id with m = 19 MiB, t = 2, p = 1 — exactly OWASP's minimum recommendation.
We do not go higher because the hash runs on the kiosk's two cores inside the
"confirm → card on screen" budget (≤ 150 ms), and the office re-hashes nothing: it stores
this hash for the website.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

UNAMBIGUOUS_ALPHABET = "acdefhjkmnprtuwxy34679"
LOGIN_ALPHABET = UNAMBIGUOUS_ALPHABET
PASSWORD_ALPHABET = UNAMBIGUOUS_ALPHABET
LOGIN_ID_LENGTH = 8
PASSWORD_LENGTH = 15
LOGIN_GROUP = 4
PASSWORD_GROUP = 5
# Between groups on screen and slip: an em space, twice a space's width, so the gap reads
# as a gap and not as a character to copy (a "-" or "·" would be typed along).
GROUP_GAP = "\u2003"

# What a person may type between groups: any space (thin, no-break, ideographic), an
# invisible format character pasted along, any dash or hyphen, and the long-vowel mark
# a Japanese IME makes of "-" in kana mode (and the minus sign, which is not a dash).
_TYPED_SEPARATORS = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Pd"})
_TYPED_DASHES = frozenset("ー−")

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
    """A random initial password, e.g. `t7kfa3hmwd4ecyn` (no class rules: they only take
    entropy away, and the length carries the strength)."""
    return "".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(PASSWORD_LENGTH))


def typed_credential(text: str) -> str:
    """What a person typed, as the credential it stands for: full-width and other
    compatibility forms folded (NFKC), group spaces, hyphens and dashes dropped."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(c for c in folded if c not in _TYPED_DASHES
                   and unicodedata.category(c) not in _TYPED_SEPARATORS)


def typed_login_id(text: str) -> str:
    """A typed login ID as stored: cleaned like any credential, and lowercase (every login
    ID is; a phone capitalises the first letter of a field on its own)."""
    return typed_credential(text).lower()


def hash_password(password: str) -> str:
    """argon2id hash in PHC string form (parameters and salt travel with it)."""
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """True when `password` matches exactly; a malformed hash counts as no match, never a
    crash. For what a person typed, use `verify_typed_password`."""
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def verify_typed_password(password_hash: str, typed: str) -> bool:
    """True when the typed text, cleaned as `typed_credential` says, is the password."""
    return verify_password(password_hash, typed_credential(typed))


def issue_credentials() -> InitialCredentials:
    """Fresh login ID and password plus the hash to store (the slow part: ~tens of ms)."""
    password = generate_password()
    return InitialCredentials(generate_login_id(), password, hash_password(password))


def group_for_reading(text: str, size: int = LOGIN_GROUP) -> str:
    """`kq7mxtar` → `kq7m\u2003xtar`: easier to copy; every login check ignores the gap."""
    return GROUP_GAP.join(text[i : i + size] for i in range(0, len(text), size))
