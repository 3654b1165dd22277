"""The desktop app (``hoam-trainer-gui``): PySide6 views over :mod:`hoam_core`, which does all the work.

The window (``main_window``) has a tab per step: ``new_run_view``, ``progress_view`` and ``curves``,
``results_view`` (with ``line_verdict`` and ``plots_view``) and ``golden_view`` (both a ``run_page``),
``try_view`` and ``history_view``; the ``orientation_dialog`` asks the engineer, ``settings_dialog`` keeps
passwords in the OS keyring, ``guide`` is the Help. The pipeline and everything that loads torch run in
child processes (``worker``, ``processes``, ``tasks``), so the window never freezes. ``messages``,
``names`` and ``i18n`` say the core's messages and names in the user's language.
"""
