"""Is the model fit for the line? The decision rule's verdicts on the validation photos against the targets.

A photo's line truth is OK when it shows its class's part in the class's orientation (on the axis of
it for a class marked "looks the same turned 180 degrees"), NG otherwise (turned, or an NG photo); the
rule says OK when its label is that orientation. False accepts: NG photos said OK (the costly error:
a wrong part on a board); false rejects: good parts said NG. The model is fit for the line when, on
val, false accepts are at most ``max_far`` and false rejects at most ``max_frr``, overall and in every
class. Each class that misses says what to add (NG photos, good photos), and, where most of its
mistakes take the part for itself turned 180 degrees, that it may be a part to mark so.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

from hoam_core.data.orientation import ORIENTATIONS, turned
from hoam_core.evaluation.threshold import rate_upper_bound
from hoam_core.events import Reporter, coded

AXIS_TWIN = {"Up": "Down", "Down": "Up", "Left": "Right", "Right": "Left"}


def said_ok(label: str, expected: str, symmetric_180: bool) -> bool:
    """Whether ``label`` passes a photo of a class that expects ``expected``."""
    return label == expected or (symmetric_180 and label == AXIS_TWIN.get(expected))


def rates(rows: Iterable[dict]) -> dict:
    """False-accept and false-reject rates of rows with ``line_truth`` and ``line_verdict`` (OK/NG), and what
    so few photos can vouch for (the highest rates still in line with them, 95 % confidence)."""
    judged = [r for r in rows if r.get("line_truth")]
    bad = [r for r in judged if r["line_truth"] == "NG"]
    good = [r for r in judged if r["line_truth"] == "OK"]
    passed, flagged = sum(r["line_verdict"] == "OK" for r in bad), sum(r["line_verdict"] == "NG" for r in good)
    return {"images": len(judged), "matching": len(good), "non_matching": len(bad),
            "false_accepts": passed, "false_rejects": flagged,
            "false_accept_rate": passed / max(len(bad), 1), "false_reject_rate": flagged / max(len(good), 1),
            "false_accept_upper_95": rate_upper_bound(passed, len(bad)),
            "false_reject_upper_95": rate_upper_bound(flagged, len(good))}


def verdict(rows: list[dict], max_far: float, max_frr: float, ng_photos: dict[str, int]) -> dict:
    """The fitness verdict of the val ``rows`` (each with ``class``, ``line_truth``, ``line_verdict``).

    ``ng_photos``: the input's NG photos per class. Returns ``fit_for_line``, the overall and per-class
    rates, and per class that misses a target: which, and what to add."""
    by_class: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("line_truth"):
            by_class[r["class"]].append(r)
    per_class = {cls: rates(rs) for cls, rs in sorted(by_class.items())}
    failing = {}
    for cls, r in per_class.items():
        misses = []
        if r["false_accept_rate"] > max_far:
            misses.append("false_accepts")
        if r["false_reject_rate"] > max_frr:
            misses.append("false_rejects")
        if misses:
            add = (["ng_photos"] if "false_accepts" in misses else []) + \
                  (["good_photos"] if "false_rejects" in misses else [])
            if _mostly_half_turns(by_class[cls]):
                add.append("mark_symmetric")
            failing[cls] = {"misses": misses, "add": add, **r}
    overall = rates(rows)
    fit = not failing and overall["false_accept_rate"] <= max_far and overall["false_reject_rate"] <= max_frr
    return {"fit_for_line": bool(fit), "targets": {"max_far": max_far, "max_frr": max_frr}, "overall": overall,
            "classes": per_class, "failing_classes": failing,
            "classes_without_ng_photos": sorted(c for c in per_class if not ng_photos.get(c))}


def _mostly_half_turns(rows: list[dict]) -> bool:
    """Whether most of the wrong verdicts of a class's rows are its part taken for itself turned 180 degrees
    (a part that may look the same so: the engineer can say so in the orientation dialog)."""
    wrong = [r for r in rows if r["line_truth"] != r["line_verdict"]]
    half = [r for r in wrong if r["true_label"] in ORIENTATIONS and r["predicted_label"] == turned(r["true_label"], 2)]
    return bool(wrong) and 2 * len(half) >= len(wrong)


def line_fields(true_label: str, label: str, expected: str, symmetric_180: bool) -> dict:
    """The line columns of a result row: line_truth, line_verdict, line_correct."""
    truth = "OK" if said_ok(true_label, expected, symmetric_180) else "NG"
    said = "OK" if said_ok(label, expected, symmetric_180) else "NG"
    return {"line_truth": truth, "line_verdict": said, "line_correct": int(truth == said)}


def say(fit: dict, reporter: Reporter, stage: str) -> None:
    """The verdict in words: per class that misses its targets what to add, then fit or not."""
    for cls, f in fit["failing_classes"].items():
        photos = [p for p in ("ng_photos", "good_photos") if p in f["add"]]
        values = {"cls": cls, "passed": f["false_accepts"], "non_matching": f["non_matching"],
                  "flagged": f["false_rejects"], "matching": f["matching"], "add": ",".join(photos),
                  "add_text": " and ".join({"ng_photos": "NG photos", "good_photos": "good photos"}[a] for a in photos)}
        if "mark_symmetric" in f["add"]:
            said = coded("Class {cls} misses the targets on the validation photos: {passed} of {non_matching} "
                         "photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, "
                         "then train again; most of its mistakes take the part for itself turned 180 degrees: if it "
                         "looks the same turned so, say so in the orientation dialog", code="class_not_fit_turned",
                         **values)
        else:
            said = coded("Class {cls} misses the targets on the validation photos: {passed} of {non_matching} "
                         "photos to reject passed, {flagged} of {matching} good parts flagged. Add {add_text} of it, "
                         "then train again", code="class_not_fit", **values)
        reporter.message(said, level="warning", stage=stage)
    t, o = fit["targets"], fit["overall"]
    if fit["fit_for_line"]:
        reporter.message("Fit for the line: on the validation photos false accepts {far:.2%} (target at most "
                         "{max_far:.2%}), false rejects {frr:.2%} (target at most {max_frr:.2%})", stage=stage,
                         code="fit_for_line",
                         far=o["false_accept_rate"], frr=o["false_reject_rate"], max_far=t["max_far"],
                         max_frr=t["max_frr"])
    else:
        reporter.message("Trained, but NOT fit for the line: on the validation photos false accepts {far:.2%} "
                         "(target at most {max_far:.2%}), false rejects {frr:.2%} (target at most "
                         "{max_frr:.2%}); classes that miss: {classes}", level="warning", stage=stage,
                         code="not_fit_for_line", far=o["false_accept_rate"], frr=o["false_reject_rate"],
                         max_far=t["max_far"], max_frr=t["max_frr"],
                         classes=", ".join(fit["failing_classes"]) or "none")
