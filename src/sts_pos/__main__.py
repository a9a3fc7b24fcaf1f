"""``python -m sts_pos``: the ``sts-pos`` command line."""

from sts_pos.cli import main

raise SystemExit(main())
