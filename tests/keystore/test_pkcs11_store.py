"""The PKCS#11 key store on SoftHSM2: decoder keys made through the module equal pycryptodome's / hashlib's,
the keys cannot be read out of the module (CKA_VALUE, attribute changes, wrapping), the database keeps only a
label and a check value, and every way the module can fail is told in words."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from pathlib import Path

import pkcs11
import pytest
from Crypto.Cipher import DES
from pkcs11 import Attribute, Mechanism, ObjectClass

from sts_pos.store import pkcs11 as store
from sts_pos.sts.keys import KeyParameters, derive_decoder_key
from sts_pos.sts.meter_number import make_meter_number, parse_meter_number
from tests.keystore.conftest import MODULE, OTHER_TOKEN, PIN, TOKEN

METER = parse_meter_number("600727000000000009")
VK02 = bytes.fromhex("abababababababab")
VK04 = bytes.fromhex("abababababababab949494949494949401234567")


@pytest.fixture
def keys(softhsm):
    """An unlocked store of its own (a fresh office key) on the test token."""
    settings = store.new_store_settings(softhsm.config())
    key_store = store.Pkcs11KeyStore(MODULE, TOKEN, settings["pkcs11_office_key"])
    key_store.unlock(PIN)
    yield key_store
    key_store.lock()


def fresh_sgc() -> str:
    return f"{secrets.randbelow(900000) + 100000}"


def test_single_key_des3_in_the_module_is_single_des(softhsm):
    """SoftHSM2 refuses CKM_DES_ECB under OpenSSL 3; DES3 with the key three times gives the DES result."""
    with softhsm.session() as session:
        key = session.create_object({Attribute.CLASS: ObjectClass.SECRET_KEY, Attribute.KEY_TYPE: pkcs11.KeyType.DES3,
                                     Attribute.VALUE: bytes.fromhex("abababababababab") * 3, Attribute.ENCRYPT: True,
                                     Attribute.TOKEN: False, Attribute.PRIVATE: False})
        for block in ("0123456789abcdef", "0000000000000000", "2151356011ffffff"):
            out = key.encrypt(bytes.fromhex(block), mechanism=Mechanism.DES3_ECB)
            assert out == DES.new(VK02, DES.MODE_ECB).encrypt(bytes.fromhex(block))
        assert key.encrypt(bytes.fromhex("0123456789abcdef"), mechanism=Mechanism.DES3_ECB).hex() == "6ac1578e11144c08"


def test_hmac_with_the_key_padded_to_32_bytes_is_the_same_mac(softhsm):
    with softhsm.session() as session:
        key = session.create_object({Attribute.CLASS: ObjectClass.SECRET_KEY,
                                     Attribute.KEY_TYPE: pkcs11.KeyType.GENERIC_SECRET, Attribute.VALUE: VK04 + bytes(12),
                                     Attribute.SIGN: True, Attribute.TOKEN: False, Attribute.PRIVATE: False})
        for message in (b"", b"sts", bytes(range(49))):
            assert key.sign(message, mechanism=Mechanism.SHA256_HMAC) == hmac.new(VK04, message, hashlib.sha256).digest()


@pytest.mark.parametrize("params,vk,expected", [
    (KeyParameters("123456", 1, 1, key_type=2), VK02, "e653341f9d5bf36f"),  # the IEC 62055-41 worked example
    (KeyParameters("123457", 1, 1, key_type=2, dkga="04", ea="11"), VK04, "f94b6ed353c3bfdb113e2d3a7ea3c41d"),
    (KeyParameters("123457", 1, 1, key_type=2, dkga="04", ea="07"), VK04, "aa4baa8749c10d27"),
])
def test_decoder_keys_made_through_the_module_are_the_worked_examples(keys, params, vk, expected):
    record = keys.seal_key(vk, params.sgc, params.krn)
    handle = keys.open_key(record, params.sgc, params.krn)
    assert isinstance(handle, store.ModuleKey) and "ab" not in repr(handle)
    assert derive_decoder_key(handle, METER, params).key.hex() == expected
    assert derive_decoder_key(handle, METER, params) == derive_decoder_key(vk, METER, params)


def test_random_keys_and_meters_agree_with_pycryptodome_and_hashlib(keys):
    for dkga, size in (("02", 8), ("04", 20)):
        vk = secrets.token_bytes(size)
        sgc = fresh_sgc()
        handle = keys.open_key(keys.seal_key(vk, sgc, 3), sgc, 3)
        for n in range(5):
            meter = make_meter_number("01", f"{secrets.randbelow(10 ** 8):08d}") if n % 2 else METER
            params = KeyParameters(sgc, n, 3, key_type=n % 4, dkga=dkga, ea="11" if dkga == "04" and n % 2 else "07")
            assert derive_decoder_key(handle, meter, params) == derive_decoder_key(vk, meter, params)


def test_the_database_record_is_a_label_and_a_check_value(keys):
    sgc = fresh_sgc()
    for krn, vk in ((1, VK02), (2, VK04)):
        record = keys.seal_key(vk, sgc, krn)
        assert record.startswith(b"pkcs11:") and vk not in record and vk.hex().encode() not in record.lower()
        data = json.loads(record[len(b"pkcs11:"):])
        dkga = "02" if len(vk) == 8 else "04"
        assert data == {"label": f"STS VK SGC{sgc} KRN{krn} DKGA{dkga}", "kcv": store.software_kcv(vk, dkga),
                        "dkga": dkga}
    assert store.software_kcv(VK02, "02") == DES.new(VK02, DES.MODE_ECB).encrypt(bytes(8))[:3].hex()


READ_ATTEMPTS = """
for label in LABELS:
    key = session.get_key(label=label)
    seen = out[label] = {"sensitive": key[Attribute.SENSITIVE], "extractable": key[Attribute.EXTRACTABLE],
                         "private": key[Attribute.PRIVATE]}
    try:
        seen["value"] = key[Attribute.VALUE].hex()
    except pkcs11.PKCS11Error as exc:
        seen["value"] = type(exc).__name__
    for name, attribute, value in (("set_unsensitive", Attribute.SENSITIVE, False),
                                   ("set_extractable", Attribute.EXTRACTABLE, True)):
        try:
            key[attribute] = value
            seen[name] = "changed"
        except pkcs11.PKCS11Error as exc:
            seen[name] = type(exc).__name__
    wrapper = session.generate_key(KeyType.AES, 256, template={Attribute.TOKEN: False})
    try:
        seen["wrapped"] = wrapper.wrap_key(key, mechanism=Mechanism.AES_KEY_WRAP_PAD).hex()
    except pkcs11.PKCS11Error as exc:
        seen["wrapped"] = type(exc).__name__
    try:
        copy = key.copy({Attribute.SENSITIVE: False, Attribute.EXTRACTABLE: True, Attribute.TOKEN: False})
        seen["copy"] = copy[Attribute.VALUE].hex()
    except pkcs11.PKCS11Error as exc:
        seen["copy"] = type(exc).__name__
    seen["sensitive_after"] = key[Attribute.SENSITIVE]
"""


def test_a_dkga04_key_and_the_office_key_cannot_be_read_out_of_the_module(keys, softhsm):
    """Another program with the module and the PIN reads CKA_VALUE and is refused; it cannot make the keys
    readable, wrap them under a key of its own, or copy them into a readable object either."""
    sgc = fresh_sgc()
    keys.seal_key(VK04, sgc, 1)
    labels = [store.key_label(sgc, 1, "04"), keys.office_key]
    seen = softhsm.other_program(f"LABELS = {labels!r}\n" + READ_ATTEMPTS)
    for label in labels:
        got = seen[label]
        assert got["sensitive"] and not got["extractable"] and got["private"]
        assert got["value"] == "AttributeSensitive"
        assert got["set_unsensitive"] != "changed" and got["set_extractable"] != "changed" and got["sensitive_after"]
        assert got["wrapped"] == "KeyUnextractable" and got["copy"] in ("AttributeReadOnly", "ActionProhibited",
                                                                          "TemplateInconsistent", "PKCS11Error")
        assert VK04.hex() not in json.dumps(got)


def test_a_dkga02_key_is_private_but_readable_with_the_pin_as_documented(keys, softhsm):
    """DKGA02's last step xors in the vending key itself, which no PKCS#11 mechanism does inside a module: the
    key is kept in the token (behind the PIN, off the disk) and marked for what it is, not sensitive."""
    sgc = fresh_sgc()
    keys.seal_key(VK02, sgc, 1)
    label = store.key_label(sgc, 1, "02")
    seen = softhsm.other_program(f"k = session.get_key(label={label!r})\nout['value'] = k[Attribute.VALUE].hex()\n"
                                 "out['private'] = k[Attribute.PRIVATE]; out['sensitive'] = k[Attribute.SENSITIVE]")
    assert seen == {"value": (VK02 * 3).hex(), "private": True, "sensitive": False}
    hidden = softhsm.other_program(f"out['found'] = len(list(session.get_objects({{Attribute.LABEL: {label!r}}})))",
                                   pin=None)
    assert hidden == {"found": 0}  # without the PIN private objects are not even listed


def test_the_same_key_twice_is_one_object_and_another_key_under_its_label_is_refused(keys, softhsm):
    sgc = fresh_sgc()
    first = keys.seal_key(VK04, sgc, 1)
    assert keys.seal_key(VK04, sgc, 1) == first
    with pytest.raises(store.Pkcs11Error, match="already holds a different key labelled"):
        keys.seal_key(bytes(20), sgc, 1)
    label = store.key_label(sgc, 1, "04")
    count = softhsm.other_program(f"out['n'] = len(list(session.get_objects({{Attribute.LABEL: {label!r}}})))")
    assert count == {"n": 1}


def test_a_missing_or_replaced_key_is_told_in_words(keys, softhsm):
    sgc = fresh_sgc()
    record = keys.seal_key(VK02, sgc, 4)
    label = store.key_label(sgc, 4, "02")
    keys.lock()
    softhsm.other_program(f"session.get_key(label={label!r}).destroy()")
    keys.unlock(PIN)
    with pytest.raises(store.KeyMissing, match=f"holds no vending key for supply group {sgc} key revision 4"):
        keys.open_key(record, sgc, 4)
    softhsm.other_program(  # someone puts another key under that label
        "session.create_object({Attribute.CLASS: ObjectClass.SECRET_KEY, Attribute.KEY_TYPE: KeyType.DES3, "
        "Attribute.VALUE: bytes.fromhex('0102030405060708') * 3, Attribute.ENCRYPT: True, Attribute.TOKEN: True, "
        f"Attribute.PRIVATE: True, Attribute.LABEL: {label!r}}})")
    with pytest.raises(store.Pkcs11Error, match="is not the key this office entered"):
        keys.open_key(record, sgc, 4)


def test_a_locked_store_and_a_vault_record_are_refused(keys):
    record = keys.seal_key(VK02, "123456", 1)
    keys.lock()
    assert keys.audit_key() is None
    with pytest.raises(store.ModuleLocked, match="user PIN"):
        keys.open_key(record, "123456", 1)
    with pytest.raises(store.ModuleLocked):
        keys.seal_key(VK02, "123456", 1)
    keys.unlock(PIN)
    with pytest.raises(store.Pkcs11Error, match="stored by a key vault"):
        keys.open_key(secrets.token_bytes(40), "123456", 1)


def test_other_secrets_are_sealed_under_a_key_the_module_makes(keys, softhsm):
    secret = secrets.token_bytes(32)
    sealed = keys.seal_key(secret, "card00", 0)
    assert sealed.startswith(b"sealed:") and secret not in sealed
    audit = keys.audit_key()
    keys.lock()
    again = store.Pkcs11KeyStore(MODULE, TOKEN, keys.office_key)
    again.unlock(PIN)
    try:
        assert again.open_key(sealed, "card00", 0) == secret
        assert again.audit_key() == audit and len(audit) == 32
        with pytest.raises(store.VaultError):
            again.open_key(sealed, "card01", 0)  # sealed with its name as associated data
    finally:
        again.lock()
    elsewhere = store.new_store_settings(softhsm.config())["pkcs11_office_key"]
    other = store.Pkcs11KeyStore(MODULE, TOKEN, elsewhere)
    other.unlock(PIN)
    try:
        assert other.audit_key() != audit
        with pytest.raises(store.VaultError):
            other.open_key(sealed, "card00", 0)
    finally:
        other.lock()


def test_module_token_and_pin_errors_are_told_in_words(softhsm, tmp_path):
    with pytest.raises(store.ModuleNotFound, match="was not found"):
        store.check_config(store.Pkcs11Config(str(tmp_path / "libnone.so"), TOKEN, PIN))
    not_a_module = tmp_path / "libfake.so"
    not_a_module.write_bytes(b"not a shared object")
    with pytest.raises(store.ModuleNotFound, match="cannot be loaded as a PKCS#11 module"):
        store.check_config(store.Pkcs11Config(str(not_a_module), TOKEN, PIN))
    with pytest.raises(store.TokenAbsent, match=rf"No token labelled 'absent'.*tokens present: '{OTHER_TOKEN}', '{TOKEN}'"):
        store.check_config(softhsm.config(token="absent"))
    with pytest.raises(store.WrongPin, match=f"not the user PIN of token '{OTHER_TOKEN}'; the token reports") as wrong:
        store.check_config(softhsm.config(token=OTHER_TOKEN, pin="0000-1111"))
    assert isinstance(wrong.value, store.WrongPassphrase)  # counted and audited as a wrong vault passphrase
    store.check_config(softhsm.config(token=OTHER_TOKEN))  # the right PIN still opens it


def test_pin_state_reads_the_token_flags():
    flags = pkcs11.TokenFlag
    assert "locked" in store.pin_state(flags.USER_PIN_LOCKED)
    assert "one more try" in store.pin_state(flags.USER_PIN_FINAL_TRY | flags.USER_PIN_COUNT_LOW)
    assert "few tries are left" in store.pin_state(flags.USER_PIN_COUNT_LOW)
    assert "no failed tries" in store.pin_state(flags.LOGIN_REQUIRED)


def test_stores_of_one_process_share_the_login_and_a_wrong_pin_is_still_refused(keys):
    second = store.Pkcs11KeyStore(MODULE, TOKEN, keys.office_key)
    with pytest.raises(store.WrongPin):
        second.unlock("9999-0000")
    second.unlock(PIN)
    second.lock()
    assert keys.unlocked and keys.audit_key()  # the first store's session lives on


def test_an_office_on_another_token_is_refused(keys):
    elsewhere = store.Pkcs11KeyStore(MODULE, OTHER_TOKEN, keys.office_key)
    with pytest.raises(store.KeyMissing, match="not the token this office was created with"):
        elsewhere.unlock(PIN)
    assert not elsewhere.unlocked


def test_without_python_pkcs11_the_store_says_what_to_install(monkeypatch):
    import builtins

    real = builtins.__import__

    def no_pkcs11(name, *args, **kwargs):
        if name == "pkcs11":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pkcs11)
    with pytest.raises(store.Pkcs11Error, match="needs the python-pkcs11 package"):
        store.load_module(MODULE)


def test_the_module_file_is_where_the_settings_say_unless_the_pc_says_otherwise(monkeypatch):
    monkeypatch.setenv(store.MODULE_ENV, "/opt/vendor/libvendor.so")
    assert store.Pkcs11KeyStore("/usr/lib/x.so", TOKEN, None).module == "/opt/vendor/libvendor.so"
    monkeypatch.delenv(store.MODULE_ENV)
    assert store.Pkcs11KeyStore("/usr/lib/x.so", TOKEN, None).module == "/usr/lib/x.so"
    assert Path(MODULE).name == "libsofthsm2.so"


def test_unlocking_an_open_store_again_still_checks_the_pin(keys):
    with pytest.raises(store.WrongPin):
        keys.unlock("1111-2222")
    keys.unlock(PIN)
    assert keys.unlocked
