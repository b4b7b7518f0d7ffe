"""`simloss_tune.loss_from_export`: the `loss` key of an export's config.json picks SimLoss or
the soft-label loss; `SimLoss.from_export` refuses a soft-label export in one line."""

from __future__ import annotations

import json

import pytest
import torch

from simloss_tune import SimLoss, SoftLabelLoss, loss_from_export, soft_label_cross_entropy
from simloss_tune.cli import main
from simloss_tune.matrices import class_order, uniform_similarity
from tests.studyfactory import make_study
from tests.test_export import DIGITS, _ordinal_runs
from tests.test_loss import C, batch, write_export

NAMES = [f"c{i}" for i in range(C)]


def export_folder(tmp_path, matrix, **keys):
    """An export folder as `simloss-tune export` writes it, with extra config keys."""
    config = write_export(tmp_path, matrix, NAMES)
    config.update(keys)
    (tmp_path / "config.json").write_text(json.dumps(config))
    return tmp_path


def test_without_a_loss_key_an_export_is_simloss(tmp_path):
    """Exports written before variants have no `loss`: both readers give the same SimLoss."""
    folder = export_folder(tmp_path, class_order(C, 0.4))
    assert "loss" not in json.loads((folder / "config.json").read_text())
    loss = loss_from_export(folder)
    assert type(loss) is SimLoss and torch.equal(loss.similarity, class_order(C, 0.4))
    assert repr(loss) == repr(SimLoss.from_export(folder)) == \
        "SimLoss(C=6, source='export utkface r=0.4')"


def test_a_simloss_export_with_a_variant(tmp_path):
    folder = export_folder(tmp_path, class_order(C, 0.4), loss="simloss", variant="simloss")
    for loss in (loss_from_export(folder / "config.json"), SimLoss.from_export(folder)):
        assert type(loss) is SimLoss
        assert loss.source == "export utkface r=0.4"  # the study's own: as without variants


def test_a_soft_label_export_gives_the_soft_label_loss(tmp_path):
    matrix = uniform_similarity(C, 0.4)
    folder = export_folder(tmp_path, matrix, loss="soft_labels", variant="smoothing")
    loss = loss_from_export(str(folder), reduction="sum", ignore_index=2)
    assert type(loss) is SoftLabelLoss and torch.equal(loss.similarity, matrix)
    assert repr(loss) == ("SoftLabelLoss(C=6, source='export utkface r=0.4 variant=smoothing', "
                          "reduction='sum', ignore_index=2)")
    logits, target = batch(dtype=torch.float32)
    torch.testing.assert_close(loss(logits, target), soft_label_cross_entropy(
        logits, target, matrix, ignore_index=2, reduction="sum"))


def test_simloss_from_export_refuses_a_soft_label_export_in_one_line(tmp_path):
    folder = export_folder(tmp_path, class_order(C, 0.4), loss="soft_labels", variant="sord")
    with pytest.raises(ValueError, match="loss_from_export") as error:
        SimLoss.from_export(folder)
    message = str(error.value)
    assert "\n" not in message and "'soft_labels'" in message and "config.json" in message


def test_an_unknown_loss_is_named_with_the_allowed_ones(tmp_path):
    folder = export_folder(tmp_path, class_order(C, 0.4), loss="focal")
    for read in (loss_from_export, SimLoss.from_export):
        with pytest.raises(ValueError) as error:
            read(folder)
        message = str(error.value)
        assert "\n" not in message
        assert "'focal'" in message and "'simloss'" in message and "'soft_labels'" in message


def test_a_soft_label_export_is_checked_like_a_simloss_one(tmp_path):
    folder = export_folder(tmp_path, class_order(C, 0.4), loss="soft_labels",
                           matrix_sha256="0" * 64)
    with pytest.raises(ValueError, match="sha256"):
        loss_from_export(folder)
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(ValueError, match="must be a JSON object"):
        loss_from_export(tmp_path / "list.json")
    with pytest.raises(FileNotFoundError, match="export config not found"):
        loss_from_export(tmp_path / "nowhere")


def test_an_export_written_by_the_export_command(tmp_path, capsys):
    """`simloss-tune export` on a stored study: its config loads through loss_from_export, and
    the same folder with `loss = "soft_labels"` (what export writes for such a variant) gives
    the soft-label loss on the very matrix the study chose."""
    url = f"sqlite:///{tmp_path / 'studies.db'}"
    make_study(url, "ord", task="digits", runs=_ordinal_runs(), objectives=["mae"],
               class_names=DIGITS, derived=False, bookkeeping=False)
    assert main(["export", "--storage", url, "--study", "ord", "--out",
                 str(tmp_path / "out")]) == 0
    capsys.readouterr()
    folder = tmp_path / "out" / "mae"
    loss = loss_from_export(folder)
    assert type(loss) is SimLoss and torch.equal(loss.similarity, class_order(10, 0.5))
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps(dict(config, loss="soft_labels",
                                                        variant="sord")))
    soft = loss_from_export(folder)
    assert type(soft) is SoftLabelLoss and torch.equal(soft.similarity, class_order(10, 0.5))
    with pytest.raises(ValueError, match="loss_from_export"):
        SimLoss.from_export(folder)


def test_loss_from_export_is_defined_beside_simloss_from_export(tmp_path):
    """Issue 24: `loss_from_export` lives in loss.py (reachable as `simloss_tune.loss`'s and the
    package's), and both readers still load the same export."""
    import simloss_tune.loss

    assert simloss_tune.loss.loss_from_export is loss_from_export
    assert loss_from_export.__module__ == "simloss_tune.loss"
    assert "loss_from_export" in simloss_tune.loss.__all__
    folder = export_folder(tmp_path, class_order(C, 0.5))
    logits, target = batch(seed=24)
    torch.testing.assert_close(loss_from_export(folder)(logits, target),
                               SimLoss.from_export(folder)(logits, target), rtol=0, atol=0)
