"""The PKCS#11 key store: the office's vending keys in a secure module (an HSM, a smart-card HSM, a USB security
key; SoftHSM2 in the tests), used through python-pkcs11.

It lives in ``store/`` beside :mod:`sts_pos.store.vault` because it is the other implementation of the same
thing, the office's key store: the composition root (``store.office.Office``) picks one of the two from the office
settings and hands it to the vending services as their key source. It is not a device the cashier works
(``devices/`` holds printers, card readers, meters and modems, each used per sale); a module is opened once,
at the start of the day, with the token's user PIN, like the vault with its passphrase.

Settings rows: ``key_store`` = ``pkcs11``, ``pkcs11_module`` (path of the module's library; the environment
variable ``STS_POS_PKCS11_MODULE`` overrides it on a PC where it is elsewhere), ``pkcs11_token`` (the token's
label) and ``pkcs11_office_key`` (the label of the office key below). The user PIN is never stored:
``STS_POS_HSM_PIN`` or a prompt gives it to the command line, a supervisor types it in the program.

Objects in the token, all ``CKA_TOKEN`` and ``CKA_PRIVATE`` (nothing is even listed before the PIN):

* the office key: 32 random bytes generated inside the token (``CKK_GENERIC_SECRET``, sensitive, never
  extractable, sign only). HMAC-SHA-256 by the module under it gives the key that seals the audit log's entries
  (``store.tamper``) and the key that seals the office's other secrets (the IC card secret) in the database.
* a DKGA04 vending key, labelled ``STS VK SGC123456 KRN1 DKGA04``: the 20 bytes followed by 12 zero bytes
  (SoftHSM2 refuses HMAC keys under 32 bytes with ``CKR_KEY_SIZE_RANGE``; HMAC pads a short key with zeros anyway,
  so the MAC is the same), sensitive, never extractable, sign only. The module makes the decoder key
  (``CKM_SHA256_HMAC`` over the DKGA04 message, truncated); it exists only in memory for the tokens being made,
  and nobody, with or without the PIN, can read the vending key out of the module.
* a DKGA02 vending key, labelled ``STS VK SGC123456 KRN1 DKGA02``: a DES3 key holding the 8 bytes three times
  (single-key DES3 is single DES; SoftHSM2 lists ``CKM_DES_ECB`` but refuses it under OpenSSL 3). DKGA02 is
  ``DK = DES_VK(X) xor X xor VK``: its last step xors in the vending key itself, which no standard PKCS#11
  mechanism can do inside a module, and which cannot be avoided (whoever holds DK and ``DES_VK(X)`` holds VK).
  So a DKGA02 key is kept private (off the disk and the database, behind the PIN) but not sensitive: sts-pos
  reads it for each derivation and forgets it. A PIN holder can read it with the module's own tools; only a
  certified STS module (STS600-8-6), whose firmware makes the whole token, avoids that. DKGA04 keys have no
  such gap.

The database keeps, in ``supply_groups.vending_key_enc``, only ``pkcs11:{"label": ..., "kcv": ..., "dkga": ...}``.
The check value (KCV) is the first 3 bytes of ``DES_VK(00..00)`` (DKGA02) or of ``HMAC-SHA-256(VK, 00..00)``
over 8 zero bytes (DKGA04). At key entry it is computed by the module and by pycryptodome / the standard
library from the typed key, and the key is refused when they differ (a module whose DES3 or HMAC is not the
one DKGA02/DKGA04 need); at the first use after each unlock the module's key is checked against it again (a
different key under the same label is refused). Another office on the same token that enters the same key
under the same label shares the object; a different key under that label is refused.

PKCS#11 calls are serialised in this process (python-pkcs11 initialises the module without locking
callbacks), and one logged-in session per module and token is shared by the process's stores (the GUI opens
one office per thread; a PKCS#11 login is per application): a second store unlocking it must give the same PIN.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from Crypto.Cipher import DES

from sts_pos.errors import UserFacingError
from sts_pos.store.vault import VaultError, VaultLocked, WrongPassphrase, key_aad, open_sealed, seal

PIN_ENV = "STS_POS_HSM_PIN"
MODULE_ENV = "STS_POS_PKCS11_MODULE"
RECORD_PREFIX = b"pkcs11:"
SEALED_PREFIX = b"sealed:"
KCV_BYTES = 3
SOFTHSM2_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
_HMAC_KEY_BYTES = 32  # SoftHSM2's least CKM_SHA256_HMAC key length
_SGC = re.compile(r"\d{6}")


class Pkcs11Error(VaultError):
    """A key store problem, in words (module, token, PIN, key)."""


class ModuleNotFound(Pkcs11Error):
    pass


class TokenAbsent(Pkcs11Error):
    pass


class WrongPin(WrongPassphrase):
    def __init__(self, message: str) -> None:
        UserFacingError.__init__(self, message)


class PinLocked(Pkcs11Error):
    pass


class KeyMissing(Pkcs11Error):
    pass


class ModuleLocked(VaultLocked):
    def __init__(self, token: str) -> None:
        UserFacingError.__init__(self, f"The vending keys are in the secure module (token '{token}'), which is "
                                       f"locked. A supervisor must unlock it with the token's user PIN (or set "
                                       f"{PIN_ENV} for the command line).")


@dataclass(frozen=True)
class Pkcs11Config:
    """Where an office's keys go: the module's library, the token's label and its user PIN (never stored)."""

    module: str
    token: str
    pin: str = field(repr=False)


def key_label(sgc: str, krn: int, dkga: str) -> str:
    return f"STS VK SGC{sgc} KRN{krn} DKGA{dkga}"


def software_kcv(vending_key: bytes, dkga: str) -> str:
    """The check value computed here from the typed key (pycryptodome DES, the standard library's HMAC)."""
    if dkga == "02":
        return DES.new(bytes(vending_key), DES.MODE_ECB).encrypt(bytes(8))[:KCV_BYTES].hex()
    return hmac.new(bytes(vending_key), bytes(8), hashlib.sha256).digest()[:KCV_BYTES].hex()


def _dkga_of(vending_key: bytes) -> str:
    return {8: "02", 20: "04"}[len(vending_key)]


# ---- the module, once per process ---------------------------------------------------------------------------
_lock = threading.RLock()  # one PKCS#11 call at a time in this process


def _pkcs11():  # type: ignore[no-untyped-def]
    try:
        import pkcs11
    except ImportError:
        raise Pkcs11Error("The PKCS#11 key store needs the python-pkcs11 package, which is not installed. "
                          "Install sts-pos's requirements (pip install -r requirements.txt).") from None
    return pkcs11


def load_module(path: str):  # type: ignore[no-untyped-def]
    """The module's library, loaded and initialised (refused in words when it is missing or not a module)."""
    pkcs11 = _pkcs11()
    if not path:
        raise ModuleNotFound("No PKCS#11 module is set for this office: give its library with --pkcs11-module "
                             f"PATH (SoftHSM2: {SOFTHSM2_MODULE}).")
    if not os.path.isfile(path):
        raise ModuleNotFound(f"The PKCS#11 module {path} was not found. Install the module's software (the "
                             f"vendor's driver; SoftHSM2: apt install softhsm2, {SOFTHSM2_MODULE}) or give its "
                             f"path with --pkcs11-module or {MODULE_ENV}.")
    with _lock:
        try:
            return pkcs11.lib(path)
        except pkcs11.PKCS11Error as exc:
            raise ModuleNotFound(f"{path} cannot be loaded as a PKCS#11 module: {exc or type(exc).__name__}. "
                                 "Give the path of the module's library (a .so or .dll file).") from None


def find_token(lib, label: str):  # type: ignore[no-untyped-def]
    pkcs11 = _pkcs11()
    with _lock:
        try:
            return lib.get_token(token_label=label)
        except pkcs11.NoSuchToken:
            present = sorted({t.label for t in _present_tokens(lib)})
            listed = ", ".join(f"'{p}'" for p in present) if present else "none"
            raise TokenAbsent(f"No token labelled '{label}' is present in the PKCS#11 module {lib.so} (tokens "
                              f"present: {listed}). Insert or connect the token, or check its label.") from None
        except pkcs11.MultipleTokensReturned:
            raise TokenAbsent(f"More than one token is labelled '{label}' in {lib.so}; give each token its own "
                              "label.") from None


def _present_tokens(lib) -> list:  # type: ignore[no-untyped-def]
    out = []
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except Exception:  # noqa: BLE001 - a slot that cannot describe its token is left out of the list
            continue
        if token.label and (token.flags & _pkcs11().TokenFlag.TOKEN_INITIALIZED):
            out.append(token)
    return out


def pin_state(flags: int) -> str:
    """What the token's flags say of its user PIN's remaining tries (PKCS#11 gives no exact count)."""
    tf = _pkcs11().TokenFlag
    if flags & tf.USER_PIN_LOCKED:
        return "the token has locked its user PIN"
    if flags & tf.USER_PIN_FINAL_TRY:
        return "the token allows one more try: one more wrong PIN locks it"
    if flags & tf.USER_PIN_COUNT_LOW:
        return "the token reports that few tries are left before it locks the PIN"
    return "the token reports no failed tries left to count"


class _Connection:
    """One logged-in session to a token, shared by this process's stores of that token."""

    def __init__(self, session, pin: str) -> None:  # type: ignore[no-untyped-def]
        self.session = session
        self._salt = secrets.token_bytes(16)
        self._check = hashlib.sha256(self._salt + pin.encode()).digest()
        self.users = 0

    def same_pin(self, pin: str) -> bool:
        return hmac.compare_digest(self._check, hashlib.sha256(self._salt + pin.encode()).digest())


_connections: dict[tuple[str, str], _Connection] = {}


def _login(module: str, token_label: str, pin: str) -> _Connection:
    pkcs11 = _pkcs11()
    lib = load_module(module)
    with _lock:
        conn = _connections.get((module, token_label))
        if conn is not None:
            if not conn.same_pin(pin):
                raise WrongPin(f"That is not the user PIN of token '{token_label}'. Check it and try again.")
            conn.users += 1
            return conn
        token = find_token(lib, token_label)
        if not pin:
            raise WrongPin(f"Type the user PIN of token '{token_label}'.")
        try:
            session = token.open(user_pin=pin, rw=True)
        except pkcs11.PinIncorrect:
            state = pin_state(find_token(lib, token_label).flags)
            raise WrongPin(f"That is not the user PIN of token '{token_label}'; {state}. Check it and try "
                           "again.") from None
        except pkcs11.PinLocked:
            raise PinLocked(f"The user PIN of token '{token_label}' is locked after too many wrong tries. The "
                            "token's security officer must unlock it (or set a new PIN) with the module's "
                            "tools.") from None
        except (pkcs11.PinInvalid, pkcs11.PinLenRange):
            raise WrongPin(f"That PIN cannot be a user PIN of token '{token_label}' (wrong length or "
                           "characters). Check it and try again.") from None
        except pkcs11.UserPinNotInitialized:
            raise Pkcs11Error(f"Token '{token_label}' has no user PIN yet: its security officer must set one "
                              "(softhsm2-util --init-token, or the vendor's tool).") from None
        except pkcs11.TokenNotPresent:
            raise TokenAbsent(f"Token '{token_label}' was removed. Insert it and try again.") from None
        except pkcs11.PKCS11Error as exc:
            raise Pkcs11Error(f"Token '{token_label}' refused the log-in ({type(exc).__name__}).") from None
        conn = _Connection(session, pin)
        conn.users = 1
        _connections[(module, token_label)] = conn
        return conn


def _release(module: str, token_label: str, conn: _Connection) -> None:
    with _lock:
        conn.users -= 1
        if conn.users <= 0 and _connections.get((module, token_label)) is conn:
            del _connections[(module, token_label)]
            try:
                conn.session.close()
            except Exception:  # noqa: BLE001 - a token already gone; the session is dropped either way
                pass


def _private(label: str, extra: dict) -> dict:
    a = _pkcs11().Attribute
    template = {a.TOKEN: True, a.PRIVATE: True, a.LABEL: label, a.MODIFIABLE: False, a.ENCRYPT: False,
                a.DECRYPT: False, a.SIGN: False, a.VERIFY: False, a.WRAP: False, a.UNWRAP: False,
                a.DERIVE: False}
    template.update(extra)
    return template


def check_config(config: Pkcs11Config) -> None:
    """Refuse, in words, a module, token or PIN that cannot be used (before anything is created)."""
    _release(config.module, config.token, _login(config.module, config.token, config.pin))


def new_store_settings(config: Pkcs11Config) -> dict[str, str]:
    """First-run set-up: check the module, token and PIN, and generate the office key inside the token.
    Returns the settings rows (no secret among them)."""
    pkcs11 = _pkcs11()
    conn = _login(config.module, config.token, config.pin)
    try:
        label = f"sts-pos office {secrets.token_hex(8)}"
        a = pkcs11.Attribute
        with _lock:
            try:
                conn.session.generate_key(pkcs11.KeyType.GENERIC_SECRET, _HMAC_KEY_BYTES * 8, label=label,
                                          store=True, template=_private(
                                              label, {a.SENSITIVE: True, a.EXTRACTABLE: False, a.SIGN: True}))
            except pkcs11.PKCS11Error as exc:
                raise Pkcs11Error(f"Token '{config.token}' cannot hold the office key ({type(exc).__name__}): "
                                  "it must keep private secret keys and make HMAC-SHA-256.") from None
    finally:
        _release(config.module, config.token, conn)
    return {"key_store": "pkcs11", "pkcs11_module": config.module, "pkcs11_token": config.token,
            "pkcs11_office_key": label}


@dataclass(frozen=True, repr=False, eq=False)
class ModuleKey:
    """A vending key held by the module: derives decoder keys there (``sts.keys.derive_decoder_key`` calls
    :meth:`derive_decoder_key` on it). Never holds the key's bytes."""

    store: Pkcs11KeyStore
    label: str
    dkga: str

    def __repr__(self) -> str:
        return f"ModuleKey({self.label!r})"

    def derive_decoder_key(self, meter, params):  # type: ignore[no-untyped-def]
        from sts_pos.sts.errors import InvalidKeyParameters
        from sts_pos.sts.keys import DecoderKey, derive_decoder_key, dkga04_message

        if params.dkga != self.dkga:
            raise InvalidKeyParameters(f"The key in the module is a DKGA{self.dkga} vending key, not DKGA{params.dkga}.")
        if self.dkga == "04":
            digest = self.store._sign(self.label, dkga04_message(meter, params))
            return DecoderKey(digest[: params.key_bits // 8], params.ea)
        return derive_decoder_key(self.store._read_des(self.label), meter, params)


class Pkcs11KeyStore:
    """The key store of an office whose keys are in a PKCS#11 token (same duties as ``vault.KeyVault``)."""

    kind = "pkcs11"
    credential = (PIN_ENV, "Token user PIN: ")

    def __init__(self, module: str, token: str, office_key: str | None) -> None:
        self.module = os.environ.get(MODULE_ENV) or module
        self.token = token
        self.office_key = office_key
        self._conn: _Connection | None = None
        self._checked: dict[str, Any] = {}  # label -> the module's key object, checked against its KCV
        self._audit_key: bytes | None = None
        self._seal_key: bytes | None = None

    @classmethod
    def from_settings(cls, setting) -> Pkcs11KeyStore:  # type: ignore[no-untyped-def]
        return cls(setting("pkcs11_module") or "", setting("pkcs11_token") or "", setting("pkcs11_office_key"))

    def __repr__(self) -> str:
        return f"Pkcs11KeyStore(token={self.token!r}, unlocked={self.unlocked})"

    @property
    def configured(self) -> bool:
        return bool(self.token and self.office_key)

    @property
    def unlocked(self) -> bool:
        return self._conn is not None

    @property
    def description(self) -> str:
        return f"token '{self.token}' in {self.module}"

    def unlock(self, pin: str) -> None:
        if self._conn is not None:  # already open: the PIN is still checked (as the vault checks its passphrase)
            if not self._conn.same_pin(pin):
                raise WrongPin(f"That is not the user PIN of token '{self.token}'. Check it and try again.")
            return
        conn = _login(self.module, self.token, pin)
        self._conn = conn
        try:
            self._office_object()
        except BaseException:
            self.lock()
            raise

    def lock(self) -> None:
        conn, self._conn = self._conn, None
        self._checked.clear()
        self._audit_key = self._seal_key = None
        if conn is not None:
            _release(self.module, self.token, conn)

    # ---- the session's objects ----------------------------------------------------------------------------
    def _session(self):  # type: ignore[no-untyped-def]
        if self._conn is None:
            raise ModuleLocked(self.token)
        return self._conn.session

    def _call(self, what: str, fn):  # type: ignore[no-untyped-def]
        """Run one PKCS#11 operation; a token that went away is reported in words and the store locked."""
        pkcs11 = _pkcs11()
        with _lock:
            try:
                return fn(self._session())
            except (pkcs11.TokenNotPresent, pkcs11.DeviceRemoved, pkcs11.SessionClosed,
                    pkcs11.SessionHandleInvalid, pkcs11.DeviceError, pkcs11.UserNotLoggedIn) as exc:
                self.lock()
                raise Pkcs11Error(f"The secure module stopped answering while {what} ({type(exc).__name__}): "
                                  f"check that token '{self.token}' is connected, then unlock it again.") from None

    def _find(self, label: str):  # type: ignore[no-untyped-def]
        pkcs11 = _pkcs11()

        def find(session):  # type: ignore[no-untyped-def]
            found = list(session.get_objects({pkcs11.Attribute.CLASS: pkcs11.ObjectClass.SECRET_KEY,
                                              pkcs11.Attribute.LABEL: label}))
            if len(found) > 1:
                raise Pkcs11Error(f"Token '{self.token}' holds {len(found)} keys labelled '{label}'; remove the "
                                  "extra ones with the module's tools.")
            return found[0] if found else None

        return self._call(f"looking for '{label}'", find)

    def _office_object(self):  # type: ignore[no-untyped-def]
        obj = self._checked.get(self.office_key or "")
        if obj is None:
            obj = self._find(self.office_key) if self.office_key else None
            if obj is None:
                raise KeyMissing(f"Token '{self.token}' does not hold this office's key ('{self.office_key}'): it "
                                 "is not the token this office was created with. Connect that token.")
            self._checked[self.office_key] = obj
        return obj

    def _office_mac(self, label: bytes) -> bytes:
        pkcs11 = _pkcs11()
        obj = self._office_object()
        return self._call("sealing", lambda _s: obj.sign(label, mechanism=pkcs11.Mechanism.SHA256_HMAC))

    def audit_key(self) -> bytes | None:
        """The key that seals audit entries (``store.tamper``), made by the module; None while locked."""
        if self._conn is None:
            return None
        if self._audit_key is None:
            self._audit_key = self._office_mac(b"sts-pos audit seal v1")
        return self._audit_key

    def _secret_key(self) -> bytes:
        if self._seal_key is None:
            self._seal_key = self._office_mac(b"sts-pos secret seal v1")
        return self._seal_key

    def _vending_object(self, label: str, kcv: str, sgc: str, krn: int):  # type: ignore[no-untyped-def]
        obj = self._checked.get(label)
        if obj is not None:
            return obj
        obj = self._find(label)
        if obj is None:
            raise KeyMissing(f"Token '{self.token}' holds no vending key for supply group {sgc} key revision {krn} "
                             f"('{label}'). Connect the token that holds it, or an administrator enters the key "
                             "again (sts-pos supply-groups add).")
        found = self._module_kcv(obj, label)
        if not hmac.compare_digest(found, kcv):
            raise Pkcs11Error(f"The key '{label}' in token '{self.token}' is not the key this office entered "
                              f"(check value {found.upper()}, expected {kcv.upper()}). Connect the right token.")
        self._checked[label] = obj
        return obj

    def _module_kcv(self, obj, label: str) -> str:  # type: ignore[no-untyped-def]
        pkcs11 = _pkcs11()
        if label.endswith("DKGA02"):
            out = self._call("checking a key", lambda _s: obj.encrypt(bytes(8), mechanism=pkcs11.Mechanism.DES3_ECB))
        else:
            out = self._call("checking a key", lambda _s: obj.sign(bytes(8), mechanism=pkcs11.Mechanism.SHA256_HMAC))
        return bytes(out)[:KCV_BYTES].hex()

    def _sign(self, label: str, message: bytes) -> bytes:
        pkcs11 = _pkcs11()
        obj = self._checked.get(label)
        if obj is None:
            obj = self._find(label)
        if obj is None:
            raise KeyMissing(f"Token '{self.token}' no longer holds the vending key '{label}'.")
        return bytes(self._call("making a decoder key",
                                lambda _s: obj.sign(message, mechanism=pkcs11.Mechanism.SHA256_HMAC)))

    def _read_des(self, label: str) -> bytes:
        pkcs11 = _pkcs11()
        obj = self._checked.get(label)
        if obj is None:
            obj = self._find(label)
        if obj is None:
            raise KeyMissing(f"Token '{self.token}' no longer holds the vending key '{label}'.")
        return bytes(self._call("making a decoder key", lambda _s: obj[pkcs11.Attribute.VALUE]))[:8]

    # ---- the key source boundary ------------------------------------------------------------------------
    def seal_key(self, vending_key: bytes, sgc: str, krn: int) -> bytes:
        """Put a vending key into the token (DKGA by its length: 8 bytes DKGA02, 20 bytes DKGA04) and return
        the record the database keeps (its label and check value). Any other secret (the IC card secret) is
        sealed, AES-GCM, under a key the module makes from the office key."""
        if self._conn is None:
            raise ModuleLocked(self.token)
        if len(vending_key) not in (8, 20) or not _SGC.fullmatch(str(sgc)):
            return SEALED_PREFIX + seal(self._secret_key(), bytes(vending_key), key_aad(sgc, krn))
        dkga = _dkga_of(vending_key)
        label = key_label(sgc, krn, dkga)
        kcv = software_kcv(vending_key, dkga)
        obj = self._find(label)
        created = obj is None
        if created:
            obj = self._create(label, bytes(vending_key), dkga)
        found = self._module_kcv(obj, label)
        if not hmac.compare_digest(found, kcv):
            if created:
                self._call("removing a refused key", lambda _s: obj.destroy())
                raise Pkcs11Error(f"Token '{self.token}' computes check value {found.upper()} for this key where "
                                  f"DKGA{dkga} gives {kcv.upper()}: its {'DES' if dkga == '02' else 'HMAC-SHA-256'} "
                                  "is not the one STS needs. The key was not stored.")
            raise Pkcs11Error(f"Token '{self.token}' already holds a different key labelled '{label}' (check value "
                              f"{found.upper()}, this key's is {kcv.upper()}). Remove it with the module's tools "
                              "or use another token; nothing was stored.")
        self._checked[label] = obj
        return RECORD_PREFIX + json.dumps({"label": label, "kcv": kcv, "dkga": dkga}).encode()

    def _create(self, label: str, vending_key: bytes, dkga: str):  # type: ignore[no-untyped-def]
        pkcs11 = _pkcs11()
        a, kt = pkcs11.Attribute, pkcs11.KeyType
        if dkga == "04":
            template = _private(label, {a.CLASS: pkcs11.ObjectClass.SECRET_KEY, a.KEY_TYPE: kt.GENERIC_SECRET,
                                          a.VALUE: vending_key + bytes(_HMAC_KEY_BYTES - len(vending_key)),
                                          a.SENSITIVE: True, a.EXTRACTABLE: False, a.SIGN: True})
        else:  # readable by the PIN holder: DKGA02's last step needs the key's bytes (module docstring)
            template = _private(label, {a.CLASS: pkcs11.ObjectClass.SECRET_KEY, a.KEY_TYPE: kt.DES3,
                                          a.VALUE: vending_key * 3, a.SENSITIVE: False, a.EXTRACTABLE: True,
                                          a.ENCRYPT: True})
        try:
            obj = self._call("storing a key", lambda s: s.create_object(template))
        except pkcs11.PKCS11Error as exc:
            raise Pkcs11Error(f"Token '{self.token}' refused to store the DKGA{dkga} vending key "
                              f"({type(exc).__name__}): it must hold "
                              f"{'HMAC-SHA-256 secret keys' if dkga == '04' else 'DES3 keys'}.") from None
        return obj

    def kept(self, record: bytes) -> str:
        """Where a stored vending key is kept, in words: the token, the key's label and its check value."""
        record = bytes(record)
        if not record.startswith(RECORD_PREFIX):
            return f"sealed under token '{self.token}'"
        data = json.loads(record[len(RECORD_PREFIX):])
        return f"in the secure module (token '{self.token}') as '{data['label']}', check value {data['kcv']}"

    def open_key(self, record: bytes, sgc: str, krn: int):  # type: ignore[no-untyped-def]
        """A stored record back: a :class:`ModuleKey` for a vending key (checked against its KCV at its first
        use after each unlock), the bytes of a sealed secret."""
        if self._conn is None:
            raise ModuleLocked(self.token)
        record = bytes(record)
        if record.startswith(SEALED_PREFIX):
            return open_sealed(self._secret_key(), record[len(SEALED_PREFIX):], key_aad(sgc, krn))
        if not record.startswith(RECORD_PREFIX):
            raise Pkcs11Error(f"The vending key of supply group {sgc} key revision {krn} was stored by a key vault, "
                              "not in this office's secure module. An administrator must enter the key again.")
        data = json.loads(record[len(RECORD_PREFIX):])
        if data.get("label") != key_label(sgc, krn, data.get("dkga")):
            raise Pkcs11Error(f"The key record of supply group {sgc} key revision {krn} names another key "
                              f"('{data.get('label')}'); an administrator must enter the key again.")
        self._vending_object(data["label"], data["kcv"], sgc, krn)
        return ModuleKey(self, data["label"], data["dkga"])
