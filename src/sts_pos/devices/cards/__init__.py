"""IC customer cards over PC/SC: the card format, SLE4442 and ISO 7816-4 media, the card simulator.

Modules: ``format`` (card image v1, MAC, two-phase write plan), ``media`` (``CardMedium`` drivers),
``pcsc`` (pyscard: readers, connection, monitoring), ``service`` (what the GUI and CLI call),
``meter_side`` (a virtual meter loading a card), ``simulator`` (virtual card for vpcd), ``pcscd``
(a private pcscd for the simulator and the tests), ``errors``. See ``docs/card-format.md``.
Importing this package does not import pyscard.
"""
