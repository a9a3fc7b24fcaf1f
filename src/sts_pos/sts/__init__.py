"""The STS token engine (IEC 62055-41): pure Python, stdlib plus pycryptodome only.

No Qt, no SQLite, no device library and no I/O here; a test proves it. Layout, one concern a module:

=====================  ========================================================================
``errors``             ``StsError`` and its precise subclasses (each a ``UserFacingError``)
``meter_number``       Luhn check digit, 11/13-digit DRN, IIN + DRN -> 18-digit PAN (``MeterNumber``)
``tid``                token identifier: minutes since a base date (``BaseDate``), 24-bit range, key expiry
``amount``             16-bit exponent/mantissa fields (transfer amount, power limits), floor/ceil helpers
``crc``                CRC-16 of the data block (CRC-16/MODBUS, STS byte order)
``ciphers``            EA07 STA, EA09 DES, EA11 MISTY1 behind one ``BlockCipher`` interface
``keys``               ``KeyParameters``, ``DecoderKey``; decoder key generation DKGA02 and DKGA04
``tokens``             frozen dataclasses, one per token class/subclass
``codec``              data block <-> 66-bit number <-> 20-digit token number; ``encode``/``decode``
``kct``                key change token sets (2 sections for 64-bit keys, 4 for 128-bit keys)
``meter``              ``VirtualMeter``: a meter that accepts tokens as real ones do, with result codes
``vectors``            runner for ``sts-pos-vectors/1`` compliance vector files
=====================  ========================================================================

Units: class-0 amounts are integers in tenths of the unit (0.1 kWh for electricity); power limits are
whole watts. Token numbers are 20-digit strings. Keys are ``bytes`` in natural byte order and never
appear in ``repr``, messages or logs.
"""
