"""The part check on features made to order: which NG photos serve as references, where the anomaly
threshold lands, what a class without NG photos gets, and that a saved check judges alike."""
import numpy as np
import pytest

from hoam_core.evaluation import partcheck
from hoam_core.evaluation.fitness import line_fields, said_ok, verdict

D, PLACES, C = 32, 16, 8
rng = np.random.default_rng(0)


def unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v, axis=-1, keepdims=True)


CENTRE = unit(rng.standard_normal(D))
ELSEWHERE = unit(rng.standard_normal(D))  # what another part looks like


def good_photos(n: int, noise: float = 0.05):
    """Global features near CENTRE; patch features near 0 with a small spread."""
    g = unit(CENTRE + noise * rng.standard_normal((n, D)))
    p = 0.1 * rng.standard_normal((n, PLACES, C)).astype(np.float32)
    return g.astype(np.float32), p


def ng_photos(globals_: np.ndarray, blemish: float = 0.0):
    """NG photos with the given upright global features (their four turns alike), patches of good photos
    with one place moved by ``blemish``."""
    n = len(globals_)
    p = 0.1 * rng.standard_normal((n, PLACES, C)).astype(np.float32)
    p[:, 3] += blemish
    return np.repeat(globals_[:, None], 4, 1).astype(np.float32), p


def names(prefix: str, n: int) -> list[str]:
    return [f"{prefix}{i}.jpg" for i in range(n)]


def build(good, ng, **kw):
    (gg, gp), (ngg, ngp) = good, ng
    return partcheck.build(gg, gp, names("ok", len(gg)), ngg, ngp, names("ng", len(ngg)),
                           kw.get("rule", "max_far"), 0.001, 0.01, kw.get("parts"), kw.get("cls", ""))


def parts_of(**classes) -> partcheck.Parts:
    """The run's other parts: per class, global features of its good photos (each in four turns, alike here)."""
    rows = [(g, f"{cls}{i}.jpg", cls) for cls, gg in classes.items() for i, g in enumerate(gg) for _ in range(4)]
    return partcheck.Parts(np.stack([g for g, _, _ in rows]), np.array([n for _, n, _ in rows], dtype=object),
                           np.array([c for _, _, c in rows], dtype=object))


def test_coreset_keeps_every_cluster_and_all_rows_under_its_budget():
    clusters = np.concatenate([rng.standard_normal((500, C)) * 0.01 + 10 * k for k in range(5)]).astype(np.float32)
    picked = partcheck.coreset(clusters, budget=5)
    assert sorted(set(int(i) // 500 for i in picked)) == [0, 1, 2, 3, 4]
    assert list(partcheck.coreset(clusters[:7], budget=10)) == list(range(7))


def test_coreset_picks_each_next_row_farthest_from_those_picked():
    """Greedy k-centre: rows on a line at spacings that no projection reorders (1, 10, 100, ... apart), so the
    order of the picks is known: after the first, each is the row farthest from all picked before it."""
    line = np.zeros((6, C), np.float32)
    line[:, 0] = [0, 1, 11, 111, 1111, 11111]
    picked = [int(i) for i in partcheck.coreset(np.tile(line, (50, 1)), budget=6)]
    assert len(set(picked)) == 6 and sorted(i % 6 for i in picked) == list(range(6))
    for n in range(2, 6):
        done = line[[i % 6 for i in picked[:n]]]
        gaps = np.abs(line[:, None, 0] - done[None, :, 0]).min(1)
        assert gaps[picked[n] % 6] == gaps.max()


def test_anomaly_is_the_worst_place_distance_to_the_nearest_bank_patch():
    bank = np.eye(C, dtype=np.float32)
    query = np.stack([bank[2], 5 * bank[0]])
    assert partcheck.anomaly(bank[:3], bank) == pytest.approx(0.0, abs=1e-3)
    assert partcheck.anomaly(query, bank) == pytest.approx(4.0, abs=1e-3)  # 5 e0 lies 4 from e0


@pytest.mark.parametrize("blemish", [0.0, 3.0])
def test_anomaly_equals_matching_every_patch_against_the_whole_bank(blemish):
    """The bounded search finds the same worst place as the brute-force one, with the bank in coreset order
    (its first rows a spread probe) and in any order, for good-looking photos and for one with a blemish."""
    flat = rng.standard_normal((3000, C)).astype(np.float32)
    for bank in (flat[partcheck.coreset(flat, budget=600)], flat[:600]):
        for _ in range(5):
            patches = rng.standard_normal((300, C)).astype(np.float32)
            patches[rng.integers(300)] += blemish
            brute = np.sqrt(((patches[:, None] - bank[None]) ** 2).sum(-1).min(1).max())
            assert partcheck.anomaly(patches, bank) == pytest.approx(brute, rel=1e-4)
    # the probe misleads: most places lie near bank rows past the probe (high bounds, distance ~0); the worst
    # place lies 5 from the probe and farther from the rest, so its bound ranks it after all the others
    e = np.eye(C, dtype=np.float32)
    bank = np.concatenate([0.01 * rng.standard_normal((partcheck.PROBE, C)),
                           10 * e[0] + 0.01 * rng.standard_normal((500, C))])
    patches = np.concatenate([10 * e[0] + 0.01 * rng.standard_normal((300, C)), 5 * e[1:2]]).astype(np.float32)
    assert partcheck.anomaly(patches, bank.astype(np.float32)) == pytest.approx(5.0, abs=0.05)


def test_a_wrong_part_is_caught_by_likeness_and_the_anomaly_is_then_not_used():
    good = good_photos(20)
    wrong = ng_photos(unit(ELSEWHERE + 0.05 * rng.standard_normal((6, D))))
    check = build(good, wrong)
    s = check.summary
    assert s["ng_references"] == 6 and s["ng_caught_by_likeness"] == 6 and s["ng_passed"] == 0
    assert s["good_flagged"] == 0 and not s["anomaly_used"] and np.isinf(check.threshold)
    another_wrong = unit(ELSEWHERE + 0.05 * rng.standard_normal(D)).astype(np.float32)
    ng, like, _ = check.judge(another_wrong, good[1][0])
    assert ng and like > 0
    ng, like, _ = check.judge(good_photos(1)[0][0], good[1][0] + 0.5)  # a good part of another day: drifted
    assert not ng and like < 0


def test_another_classs_part_is_a_wrong_part_though_no_ng_photo_shows_it_and_the_same_part_elsewhere_is_not():
    good = good_photos(20)
    look = unit(0.5 * CENTRE + unit(rng.standard_normal(D)))  # nearer A's part than the NG photos' kind
    resistor = unit(look + 0.05 * rng.standard_normal((8, D))).astype(np.float32)
    same_part = np.concatenate([good_photos(8)[0], good_photos(2, noise=0.3)[0]])  # the same part, 2 atypical
    parts = parts_of(A=good[0], B=resistor, C=same_part)
    wrong = ng_photos(unit(ELSEWHERE + 0.05 * rng.standard_normal((6, D))))  # the engineer's NG: another kind
    check, without = build(good, wrong, parts=parts, cls="A"), build(good, wrong)
    assert check.summary["other_part_references"] == 4 * len(resistor), "B's rows only: not A's own, not C's"
    sims = good[0] @ good[0].T
    np.fill_diagonal(sims, -np.inf)
    atypical = (parts.features[parts.cls == "C"] @ good[0].T).max(1) < sims.max(1).min()
    assert atypical.sum() == 8, "C's two atypical photos (four turns each) are unlike A's alone, yet not used"
    b_part = unit(resistor[0] + 0.02 * rng.standard_normal(D)).astype(np.float32)
    assert check.judge(b_part, good[1][0])[0] and check.likeness(b_part) > 0 and check.resembles(b_part) == "B"
    assert check.resembles(wrong[0][0, 0]) == "", "nearest an NG photo of its own: no other class named"
    assert without.likeness(b_part) < 0, "without the other parts, B's part looks nearer to A's good photos"
    assert check.likeness(resistor[3], leave_out="B3.jpg") > 0, "left out, B's other photos still catch it"
    assert check.summary["good_flagged"] == 0
    assert not check.judge(good_photos(1)[0][0], good[1][0])[0]


def test_the_anomaly_is_calibrated_on_the_ng_photos_the_engineers_own_references_miss():
    """NG photos that the other parts catch still set the anomaly's threshold: it is the one the class gets
    without other parts."""
    good = good_photos(20)
    look = unit(0.5 * CENTRE + unit(rng.standard_normal(D)))
    turned_part = unit(look + 0.02 * rng.standard_normal((1, D))).astype(np.float32)
    faint = ng_photos(turned_part, blemish=1.0)  # a part turned in the spot: like another spot's part turned
    parts = parts_of(A=good[0], B=unit(look + 0.02 * rng.standard_normal((6, D))).astype(np.float32))
    check, without = build(good, faint, parts=parts, cls="A"), build(good, faint)
    assert check.summary["ng_caught_by_likeness"] == 1 and without.summary["ng_caught_by_likeness"] == 0
    assert check.summary["anomaly_used"] and check.threshold == pytest.approx(without.threshold)


def test_ng_photos_that_look_like_good_parts_are_left_to_the_anomaly_with_its_threshold_between():
    good = good_photos(20)
    subtle = ng_photos(good_photos(4, noise=0.02)[0], blemish=2.0)  # a good-looking part with one bad place
    check = build(good, subtle)
    s = check.summary
    assert s["ng_references"] == 0, "an NG photo that looks like a good part must not pull good parts to NG"
    assert s["anomaly_used"] and s["ng_passed"] == 0 and s["good_flagged"] == 0
    assert s["good_anomaly_max"] < check.threshold < s["ng_anomaly_min"]
    blemished = good[1][0].copy()
    blemished[7] += 2.0
    assert check.judge(good[0][0], blemished)[0] and not check.judge(good[0][0], good[1][0])[0]


def test_a_good_photo_unlike_all_others_is_named_and_bars_no_reference():
    gg, gp = good_photos(20)
    gg[0] = unit(ELSEWHERE + 0.3 * CENTRE)  # a missing part filed among the good photos
    missing = ng_photos(unit(ELSEWHERE + 0.3 * CENTRE + 0.05 * rng.standard_normal((5, D))))
    check = build((gg, gp), missing)
    assert check.summary["unlike_good_photos"] == ["ok0.jpg"]
    assert check.summary["ng_references"] == 5
    assert check.likeness(gg[0], leave_out="ok0.jpg") > 0, "the odd good photo itself looks like the NG photos"


def test_without_ng_photos_only_the_anomaly_judges_at_the_highest_good_score():
    good = good_photos(12)
    check = build(good, ng_photos(np.empty((0, D), np.float32)))
    assert check.summary["ng_photos"] == 0 and check.summary["anomaly_used"]
    assert check.threshold == pytest.approx(check.summary["good_anomaly_max"])
    assert check.likeness(good[0][0]) == float("-inf")


def test_a_photo_of_the_input_is_judged_with_itself_left_out():
    good = good_photos(10)
    check = build(good, ng_photos(unit(ELSEWHERE + 0.05 * rng.standard_normal((3, D)))))
    alone = check.anomaly(good[1][4])
    assert alone == pytest.approx(0.0, abs=1e-3), "its own patches are in the bank"
    assert check.anomaly(good[1][4], leave_out="ok4.jpg") > 0.5


def test_a_saved_check_judges_as_the_one_that_was_calibrated(tmp_path):
    good, other = good_photos(15), unit(ELSEWHERE + 0.05 * rng.standard_normal((5, D))).astype(np.float32)
    parts = parts_of(A_R1_top=good[0], A_C2_top=other)
    checks = {"A_R1_top": build(good, ng_photos(good_photos(3)[0], blemish=2.0), parts=parts, cls="A_R1_top"),
              "A_C2_top": build((other, good[1][:5]), ng_photos(good_photos(3)[0]), parts=parts, cls="A_C2_top")}
    saved = partcheck.save(tmp_path / "checks.npz", checks)
    loaded = partcheck.load(tmp_path / "checks.npz", saved)
    assert saved["A_C2_top"]["threshold"] is None and saved["A_R1_top"]["threshold"] > 0
    assert saved["A_R1_top"]["other_part_references"] == 20 and loaded["A_R1_top"].parts is loaded["A_C2_top"].parts
    queries = good_photos(4)
    queries = (np.concatenate([queries[0], other[:2]]), np.concatenate([queries[1], good[1][:2]]))
    for cls in checks:
        for g, p in zip(*queries):
            assert loaded[cls].judge(g, p) == pytest.approx(checks[cls].judge(g, p), abs=1e-5)
        assert loaded[cls].summary == checks[cls].summary


def test_the_line_verdict_passes_the_axis_twin_only_where_the_class_looks_the_same_turned_180():
    assert said_ok("Up", "Up", False) and not said_ok("Down", "Up", False) and said_ok("Down", "Up", True)
    assert not said_ok("Left", "Up", True) and not said_ok("NG", "Up", True)
    assert line_fields("Down", "Up", "Up", True) == {"line_truth": "OK", "line_verdict": "OK", "line_correct": 1}
    assert line_fields("NG", "Up", "Up", False) == {"line_truth": "NG", "line_verdict": "OK", "line_correct": 0}


def test_a_class_that_misses_a_target_is_named_with_what_to_add():
    def row(cls, truth, said, true_label="Up", predicted="Up"):
        return {"class": cls, "line_truth": truth, "line_verdict": said, "true_label": true_label,
                "predicted_label": predicted}

    rows = [row("A", "OK", "OK")] * 20 + [row("A", "NG", "NG")] * 30 + \
           [row("B", "OK", "OK")] * 19 + [row("B", "OK", "NG", "Up", "NG")] + [row("B", "NG", "OK", "NG", "Up")] + \
           [row("B", "NG", "NG")] * 29
    fit = verdict(rows, max_far=0.001, max_frr=0.01, ng_photos={"A": 5})
    assert not fit["fit_for_line"] and list(fit["failing_classes"]) == ["B"]
    assert fit["failing_classes"]["B"]["add"] == ["ng_photos", "good_photos"]
    assert fit["classes_without_ng_photos"] == ["B"]
    assert fit["overall"]["false_accepts"] == 1 and fit["overall"]["false_rejects"] == 1
    clean = verdict([r for r in rows if r["class"] == "A"], 0.001, 0.01, {"A": 5})
    assert clean["fit_for_line"] and clean["failing_classes"] == {}
    # a chip taken for itself turned 180 degrees: perhaps a part to mark "looks the same turned 180"
    turned = [row("C", "OK", "OK")] * 10 + [row("C", "OK", "NG", "Up", "Down")] * 2 + \
             [row("C", "NG", "OK", "Down", "Up")] + [row("C", "NG", "NG", "Left", "Left")] * 20
    assert verdict(turned, 0.001, 0.01, {"C": 3})["failing_classes"]["C"]["add"] == \
        ["ng_photos", "good_photos", "mark_symmetric"]
