"""The main screens; each is a :class:`~sts_pos.gui.screens.base.Screen` listed in ``SCREENS`` in nav order."""
