"""Fixtures: SoftHSM2 (Debian ``softhsm2``) as a real PKCS#11 module, with tokens initialised in a temporary
folder for this test session, and a demo office whose vending keys are in one of them.

If SoftHSM2 is missing the tests that use it FAIL (``scripts/dev.sh`` installs it; CI runs that).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.sts_office import DemoOffice

MODULE = "/usr/lib/softhsm/libsofthsm2.so"
PIN, SO_PIN = "7391-5520", "so-8842-1177"
TOKEN, OTHER_TOKEN = "sts-test", "sts-other"


@dataclass
class SoftHsm:
    folder: Path
    conf: Path
    module: str = MODULE
    token: str = TOKEN
    pin: str = PIN

    def config(self, token: str = TOKEN, pin: str = PIN):
        from sts_pos.store.pkcs11 import Pkcs11Config

        return Pkcs11Config(self.module, token, pin)

    def session(self, token: str = TOKEN):
        """A python-pkcs11 session without log-in (a PKCS#11 log-in is per program: the store's covers it)."""
        import pkcs11

        return pkcs11.lib(self.module).get_token(token_label=token).open(rw=True)

    def other_program(self, script: str, token: str = TOKEN, pin: str | None = PIN) -> dict:
        """Run ``script`` in another Python process holding the module and (unless None) the user PIN, as any
        program on the PC could: ``session`` is its logged-in session, ``out`` the dict it returns as JSON."""
        prelude = ("import json, pkcs11\nfrom pkcs11 import Attribute, Mechanism, ObjectClass, KeyType\n"
                   f"token = pkcs11.lib({self.module!r}).get_token(token_label={token!r})\n"
                   f"session = token.open(rw=True, user_pin={pin!r})\nout = {{}}\n")
        done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(script) + "\nprint(json.dumps(out))"],
                              capture_output=True, text=True, timeout=60, env=dict(os.environ))
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def softhsm(tmp_path_factory) -> SoftHsm:
    util = shutil.which("softhsm2-util")
    if util is None or not Path(MODULE).exists():
        pytest.fail("SoftHSM2 is not installed (apt install softhsm2; scripts/dev.sh does it)")
    folder = tmp_path_factory.mktemp("softhsm")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    before = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)  # read by the module when it is first loaded, here and in subprocesses
    for label in (TOKEN, OTHER_TOKEN):
        subprocess.run([util, "--init-token", "--free", "--label", label, "--pin", PIN, "--so-pin", SO_PIN],
                       check=True, capture_output=True, timeout=30)
    yield SoftHsm(folder, conf)
    if before is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = before


class HsmDemoOffice(DemoOffice):
    """The demo office with its keys in the SoftHSM2 token: ``passphrase`` is the token's user PIN."""

    @property
    def passphrase(self) -> str:
        return PIN

    def env(self, username: str | None = "cashier", **extra: str) -> dict[str, str]:
        env = super().env(username, **extra)
        env.pop("STS_POS_VAULT_PASSPHRASE", None)
        env.setdefault("STS_POS_HSM_PIN", PIN)
        return env


@pytest.fixture(scope="session")
def hsm_demo_template(softhsm, tmp_path_factory) -> HsmDemoOffice:
    from sts_pos.store.demo import create_demo

    path = tmp_path_factory.mktemp("hsm-demo-template") / "office.sqlite3"
    info = create_demo(path, days_of_sales=2, key_store=softhsm.config())
    return HsmDemoOffice(path, info)


@pytest.fixture
def hsm_office(hsm_demo_template: HsmDemoOffice, tmp_path: Path) -> HsmDemoOffice:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(hsm_demo_template.path, path)
    return HsmDemoOffice(path, hsm_demo_template.info)
