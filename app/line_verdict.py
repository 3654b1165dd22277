"""What a run's ``summary_report.json`` says about the line, in words: the verdict (fit for the line or not),
the headline, and the summary table of the Results tab (the line first, then each class, then the input).

The figures are the decision rule's on the validation photos (:mod:`hoam_core.evaluation.fitness`):
photos the line must reject (NG photos and parts turned the wrong way) that the check passed, and good
parts it flagged, each with the highest rate still in line with so few photos (95 % confidence).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from .messages import left_out_reason
from .names import photos_to_add

translate = QCoreApplication.translate  # lupdate finds translate(context, text)
GOOD, BAD = QColor("#1b5e20"), QColor("#b71c1c")  # text colours: meets the target, misses it


def percent(rate: float) -> str:
    """A rate as a percentage, with a second decimal only where one is needed (0.05%)."""
    return f"{rate:.2%}" if 0 < rate < 0.001 else f"{rate:.1%}"


def line_rates(report: dict) -> dict | None:
    """The overall figures of the decision rule on val (counts included), or None without a report."""
    return report.get("fitness", {}).get("overall")


def fit_for_line(report: dict) -> bool | None:
    """The report's verdict; None without a report."""
    return report.get("fit_for_line")


def _targets(report: dict) -> dict[str, str]:
    targets = report["fitness"]["targets"]
    return {"far": percent(targets["max_far"]), "frr": percent(targets["max_frr"])}


def verdict_text(report: dict) -> str:
    """The line verdict in a sentence or two; "" for a report that gives none."""
    fit = fit_for_line(report)
    if fit is None:
        return ""
    if fit:
        return translate("verdict", "Fit for the line: on the validation photos the check stays within both targets "
                                    "(at most {far} of the photos to reject passed, at most {frr} of good parts "
                                    "flagged).").format(**_targets(report))
    return translate("verdict", "Trained, but NOT fit for the line: %n class(es) miss the targets (at most {far} of "
                                "the photos to reject passed, at most {frr} of good parts flagged). Add the photos "
                                "the table names and train again.", None,
                     len(report["fitness"].get("failing_classes", {}))).format(**_targets(report))


def headline(report: dict) -> str:
    """What the check would have done on the validation photos, and what so few photos can vouch for."""
    r = line_rates(report)
    if r is None:
        return ""
    said = translate("verdict", "On the {images} validation photos the check would have passed {passed} of {bad} "
                                "photos the line must reject and flagged {flagged} of {good} good parts.").format(
        images=r["images"], passed=r["false_accepts"], bad=r["non_matching"], flagged=r["false_rejects"],
        good=r["matching"])
    if "false_accept_upper_95" in r:
        said += " " + translate("verdict", "With this many photos, at 95% confidence, at most {passed} of the photos "
                                           "to reject would pass and {flagged} of good parts be flagged; more photos "
                                           "narrow this.").format(passed=percent(r["false_accept_upper_95"]),
                                                                  flagged=percent(r["false_reject_upper_95"]))
    return said


def _count(n: int, of: int, rate: float, bound: float | None) -> str:
    said = translate("verdict", "{n} of {of} ({rate})").format(n=n, of=of, rate=percent(rate))
    if bound is None:
        return said
    return said + "\n" + translate("verdict", "at most {bound} at 95%").format(bound=percent(bound))


def _item(parent, what: str, value: str = "", tip: str = "", colour: QColor | None = None) -> QTreeWidgetItem:
    """A row of the table; its tooltip says the whole value (a narrow pane cuts it) and ``tip``."""
    item = QTreeWidgetItem(parent, [what, value])
    item.setToolTip(0, tip or what)
    item.setToolTip(1, "\n".join(filter(None, [value, tip])))
    if colour is not None:
        item.setForeground(1, QBrush(colour))
    return item


def _section(tree: QTreeWidget, title: str) -> QTreeWidgetItem:
    item = QTreeWidgetItem(tree, [title])
    font = QFont(item.font(0))
    font.setBold(True)
    item.setFont(0, font)
    item.setFirstColumnSpanned(True)
    item.setExpanded(True)
    return item


def _rates(parent, r: dict, targets: dict) -> None:
    """Passed and flagged of ``r`` (fitness rates), red where they miss ``targets``."""
    def colour(rate: float, limit: float | None) -> QColor | None:
        return BAD if limit is not None and rate > limit else None

    _item(parent, translate("verdict", "Photos to reject that passed"),
          _count(r["false_accepts"], r["non_matching"], r["false_accept_rate"], r.get("false_accept_upper_95")),
          translate("verdict", "False accepts: NG photos and parts turned the wrong way that the check said OK"),
          colour(r["false_accept_rate"], targets.get("max_far")))
    _item(parent, translate("verdict", "Good parts flagged"),
          _count(r["false_rejects"], r["matching"], r["false_reject_rate"], r.get("false_reject_upper_95")),
          translate("verdict", "False rejects: good parts in their orientation that the check said NG"),
          colour(r["false_reject_rate"], targets.get("max_frr")))


def fill_summary(tree: QTreeWidget, report: dict) -> None:
    """The Results tab's summary table: the line's verdict, each class, the input."""
    tree.clear()
    fit, r = fit_for_line(report), line_rates(report)
    targets = report.get("fitness", {}).get("targets", {})
    line = _section(tree, translate("verdict", "The line's verdict on the validation photos"))
    if fit is not None:
        _item(line, translate("verdict", "Verdict"),
              translate("verdict", "fit for the line") if fit else translate("verdict", "NOT fit for the line"),
              colour=GOOD if fit else BAD)
    if r is not None:
        _rates(line, r, targets)
        said_ok = r["matching"] - r["false_rejects"] + r["false_accepts"]
        _item(line, translate("verdict", "The check said"),
              translate("verdict", "OK {ok}, NG {ng}").format(ok=said_ok, ng=r["images"] - said_ok),
              translate("verdict", "Of the {n} validation photos").format(n=r["images"]))
    if fit is not None:
        _item(line, translate("verdict", "Targets"),
              translate("verdict", "at most {far} passed, {frr} flagged").format(**_targets(report)))
    accuracy = report.get("decision_on_val", {}).get("label_accuracy")
    if accuracy is not None:
        _item(line, translate("verdict", "Labels right"), percent(accuracy),
              translate("verdict", "Validation photos whose label (Up, Down, Left, Right or NG) the check gives right"))
    _classes(tree, report)
    _input(tree, report)


def _class_status(cls: str, fitness: dict) -> tuple[str, QColor | None]:
    """What a class's row says: whether it meets the targets; if not, what photos to add."""
    failing = fitness.get("failing_classes", {})
    if cls in failing:
        add = failing[cls]["add"]
        said = [translate("verdict", "misses the targets"),
                translate("verdict", "add {photos}").format(photos=photos_to_add(add))]
        return "\n".join(said), BAD
    if cls in fitness.get("classes", {}):
        return translate("verdict", "meets the targets"), GOOD
    return translate("verdict", "no validation photos"), None


def _classes(tree: QTreeWidget, report: dict) -> None:
    """A row per class (those that miss the targets first, open), its rates and its part check."""
    fitness, checks = report.get("fitness", {}), report.get("part_check", {})
    classes, failing = fitness.get("classes", {}), fitness.get("failing_classes", {})
    without_ng = set(fitness.get("classes_without_ng_photos", []))
    names = sorted(set(classes) | set(checks), key=lambda c: (c not in failing, c))
    if not names:
        return
    section = _section(tree, translate("verdict", "Classes: {n}, missing the targets: {failing}").format(
        n=len(names), failing=len(failing)))
    if without_ng:
        listed = _item(section, translate("verdict", "Classes without NG photos"),
                       translate("verdict", "{n}: add NG photos of them").format(n=len(without_ng)), colour=BAD)
        for cls in sorted(without_ng):
            _item(listed, cls)
    for cls in names:
        status, colour = _class_status(cls, fitness)
        item = _item(section, cls, status, colour=colour)
        item.setExpanded(cls in failing)
        if cls in classes:
            _rates(item, classes[cls], fitness.get("targets", {}))
        if "mark_symmetric" in failing.get(cls, {}).get("add", []):
            _item(item, translate("verdict", "Its mistakes"), translate("verdict", "mostly the part turned 180°"),
                  translate("verdict", "If the part looks the same turned 180°, say so in the orientation dialog and "
                                       "train again"), BAD)
        check = checks.get(cls)
        if check is None:
            _item(item, translate("verdict", "Part check"),
                  translate("verdict", "none: fewer than 2 good photos, checked for orientation only"), colour=BAD)
            continue
        _item(item, translate("verdict", "Photos for the part check"),
              translate("verdict", "{good} good, {ng} NG").format(good=check["good_photos"], ng=check["ng_photos"]))
        if cls in without_ng or not check["ng_photos"]:
            _item(item, translate("verdict", "No NG photos"), translate("verdict", "add NG photos"),
                  translate("verdict", "A wrong or missing part is caught only when it looks unlike every good "
                                       "photo, which this run could not test"), BAD)
        if check.get("ng_passed"):
            _item(item, translate("verdict", "NG photos the part check passes"),
                  translate("verdict", "{n} of {of}").format(n=check["ng_passed"], of=check["ng_photos"]), colour=BAD)
        odd = check.get("unlike_good_photos", [])
        if odd:
            looks = _item(item, translate("verdict", "Good photos unlike the others"),
                          translate("verdict", "%n, worth a look", None, len(odd)),
                          translate("verdict", "Often a wrong or missing part filed as good"))
            for name in odd:
                _item(looks, name)


def _input(tree: QTreeWidget, report: dict) -> None:
    section = _section(tree, translate("verdict", "Input"))
    images = report.get("images", {})
    if images:
        _item(section, translate("verdict", "Images for training / validation"),
              f"{images.get('train', 0)} / {images.get('val', 0)}",
              translate("verdict", "Each photo in every orientation it was turned to"))
    left_out = report.get("left_out")
    if left_out is not None:
        reasons: dict[str, int] = {}
        for f in left_out:
            reasons[f["reason"]] = reasons.get(f["reason"], 0) + 1
        _item(section, translate("verdict", "Files left out"), str(len(left_out)),
              ", ".join(f"{n} {left_out_reason(reason)}" for reason, n in reasons.items()))
    model = report.get("model", {})
    if model.get("backbone"):
        _item(section, translate("verdict", "Model"),
              translate("verdict", "{architecture} on {backbone}, {size} px").format(
                  architecture=model.get("architecture", ""), backbone=model["backbone"],
                  size=model.get("image_size", "")))
