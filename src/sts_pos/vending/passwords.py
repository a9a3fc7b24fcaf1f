"""Password hashes (scrypt, RFC 7914, stdlib) and the lockout rule.

Stored form: ``scrypt$N$r$p$salt_hex$hash_hex``; verification is constant-time. After
``MAX_FAILED_LOGINS`` wrong passwords in a row the user is locked for ``LOCKOUT_MINUTES`` (a supervisor
or admin can unlock sooner).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 15
_N, _R, _P = 2 ** 14, 8, 1


def hash_password(password: str, n: int = _N) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=_R, p=_P, dklen=32)
    return f"scrypt${n}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                               p=int(p), dklen=len(digest) // 2)
    return hmac.compare_digest(candidate.hex(), digest)


def new_password(length: int = 12) -> str:
    """A random password a human can type (no look-alike characters)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789"
    return "".join(secrets.choice(alphabet) for _ in range(length))
