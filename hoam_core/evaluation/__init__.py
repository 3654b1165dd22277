"""Evaluation of a trained model, golden samples, calibrated thresholds, export and prediction.

``evaluate.evaluate_run`` is the pipeline's "evaluate" stage; ``labelled.evaluate_folder``
and ``predict.predict`` back the ``hoam-trainer evaluate`` and ``predict`` commands.
"""
