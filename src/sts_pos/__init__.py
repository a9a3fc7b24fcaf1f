"""sts-pos: a stand-alone point of sale for prepaid electricity (STS tokens and IC customer cards).

The version below is the only place the version number is written; the CLI (``--version``), the About
box and the installer bundle name all read it from here.
"""

__version__ = "0.1.0"
