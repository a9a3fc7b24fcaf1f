"""The key vault: vending keys stored only encrypted, unlocked into memory by the vault passphrase.

* Key encryption key = scrypt(passphrase, salt, n=2**15, r=8, p=1, 32 bytes) (RFC 7914, stdlib
  ``hashlib.scrypt``); the salt and a check blob (AES-GCM of a fixed text) are office settings.
* Each vending key is AES-256-GCM (NIST SP 800-38D, pycryptodome) under that key, with a fresh 12-byte
  nonce and the supply group's SGC and KRN as associated data (a blob copied to another row fails).
  Stored as ``nonce || ciphertext || tag``.
* Unlocking keeps only the derived key, in this process's memory; nothing is written. Keys never appear
  in ``repr``, messages, logs or exports.

The vault is one of the office's two key stores, behind the key source boundary that the vending services see
(``vending.issuing.KeySource``); the other is :mod:`sts_pos.store.pkcs11`, the keys in a secure module.
:func:`open_key_store` picks one from the office settings. A key store has ``kind``, ``credential`` (the
environment variable and prompt of its secret), ``configured``, ``unlocked``, ``unlock(secret)``, ``lock()``,
``seal_key(key, sgc, krn)`` (the record the database keeps), ``open_key(record, sgc, krn)`` (the vending key:
its bytes here, a handle that derives inside the module there) and ``audit_key()``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from Crypto.Cipher import AES

from sts_pos.errors import UserFacingError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1
_CHECK_TEXT = b"sts-pos key vault v1"


class VaultError(UserFacingError):
    pass


class VaultLocked(VaultError):
    def __init__(self) -> None:
        super().__init__("The key vault is locked. A supervisor must unlock it with the vault passphrase "
                         "(or set STS_POS_VAULT_PASSPHRASE for the command line).")


class WrongPassphrase(VaultError):
    def __init__(self) -> None:
        super().__init__("That is not the vault passphrase. Check it and try again.")


def derive_kek(passphrase: str, salt: bytes, n: int = SCRYPT_N) -> bytes:
    if not passphrase:
        raise WrongPassphrase()
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P,
                          maxmem=128 * 1024 * 1024, dklen=32)


def seal(kek: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = secrets.token_bytes(12)
    cipher = AES.new(kek, AES.MODE_GCM, nonce=nonce)
    cipher.update(aad)
    ciphertext, tag = cipher.encrypt_and_digest(plaintext)
    return nonce + ciphertext + tag


def open_sealed(kek: bytes, blob: bytes, aad: bytes) -> bytes:
    nonce, body, tag = blob[:12], blob[12:-16], blob[-16:]
    cipher = AES.new(kek, AES.MODE_GCM, nonce=nonce)
    cipher.update(aad)
    try:
        return cipher.decrypt_and_verify(body, tag)
    except ValueError:
        raise VaultError("A stored vending key cannot be decrypted (wrong vault or damaged record). "
                         "An administrator must enter the key again.") from None


def key_aad(sgc: str, krn: int) -> bytes:
    return f"sts-pos vending key|{sgc}|{krn}".encode()


def new_vault_settings(passphrase: str, n: int = SCRYPT_N) -> dict[str, str]:
    """Settings rows (hex text) for a new vault protected by ``passphrase``."""
    if len(passphrase) < 8:
        raise VaultError("The vault passphrase must have at least 8 characters.")
    salt = secrets.token_bytes(16)
    kek = derive_kek(passphrase, salt, n)
    return {"vault_salt": salt.hex(), "vault_n": str(n), "vault_check": seal(kek, _CHECK_TEXT, b"check").hex()}


class KeyVault:
    """The unlocked (or locked) vault of one open office. Holds only the derived key, in memory."""

    kind = "vault"
    credential = ("STS_POS_VAULT_PASSPHRASE", "Vault passphrase: ")

    def __init__(self, salt_hex: str | None, check_hex: str | None, n: int = SCRYPT_N) -> None:
        self._salt = bytes.fromhex(salt_hex) if salt_hex else None
        self._check = bytes.fromhex(check_hex) if check_hex else None
        self._n = n
        self._kek: bytes | None = None

    def __repr__(self) -> str:
        return f"KeyVault(unlocked={self.unlocked})"

    @property
    def configured(self) -> bool:
        return self._salt is not None

    @property
    def unlocked(self) -> bool:
        return self._kek is not None

    def unlock(self, passphrase: str) -> None:
        if not self.configured:
            raise VaultError("This office has no key vault yet; an administrator must create it.")
        kek = derive_kek(passphrase, self._salt, self._n)
        try:
            open_sealed(kek, self._check, b"check")
        except VaultError:
            raise WrongPassphrase() from None
        self._kek = kek

    def audit_key(self) -> bytes | None:
        """The key that seals audit entries (store.tamper), derived from the vault's key; None while locked."""
        if self._kek is None:
            return None
        return hmac.new(self._kek, b"sts-pos audit seal v1", hashlib.sha256).digest()

    def lock(self) -> None:
        self._kek = None

    def kept(self, record: bytes) -> str:
        """Where a stored vending key is kept, in words (the CLI and the GUI say it after key entry)."""
        return "encrypted in this office's key vault"

    def seal_key(self, vending_key: bytes, sgc: str, krn: int) -> bytes:
        if self._kek is None:
            raise VaultLocked()
        return seal(self._kek, vending_key, key_aad(sgc, krn))

    def open_key(self, blob: bytes, sgc: str, krn: int) -> bytes:
        if self._kek is None:
            raise VaultLocked()
        return open_sealed(self._kek, bytes(blob), key_aad(sgc, krn))


def open_key_store(setting):  # type: ignore[no-untyped-def]
    """The office's key store from its settings (``setting(key, default)``): the vault, or the secure module
    when ``key_store`` is ``pkcs11``."""
    if setting("key_store") == "pkcs11":
        from sts_pos.store.pkcs11 import Pkcs11KeyStore

        return Pkcs11KeyStore.from_settings(setting)
    return KeyVault(setting("vault_salt"), setting("vault_check"), int(setting("vault_n", "32768")))
