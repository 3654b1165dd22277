"""HOAM Trainer core: the headless pipeline from AOI photo folders to an evaluated model.

Nothing below this package imports Qt; the GUI (``app/``) and the command line
(``hoam_core.cli``) drive the same functions.
"""

__version__ = "0.1.0"
