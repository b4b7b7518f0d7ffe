"""Image packs: a pack loads as its folder does (split, labels, report), pixels within
JPEG's loss; bad packs are refused with one line; studies and `train` accept a pack."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import torch

from simloss_tune.cli import main
from simloss_tune.tasks import get_task
from simloss_tune.tasks.pack import MANIFEST, open_pack, write_pack
from tests.fixtures import make_afad, make_utkface

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def utk(tmp_path):
    return make_utkface(tmp_path / "src", n=30, over_90=2, malformed=2, corrupt=1)


def _load(data_dir, tmp_path, **kw):
    return get_task("utkface").load(data_dir, cache_dir=tmp_path / "cache", **kw)


def test_pack_loads_like_its_folder(utk, tmp_path):
    out = tmp_path / "utk.zip"
    info = write_pack(get_task("utkface"), utk, out, quality=90)
    assert info["images"] == 30 and len(info["corrupt"]) == 1 and out.stat().st_size > 0
    folder, packed = _load(utk, tmp_path), _load(out, tmp_path)
    for split in ("train", "val", "test"):
        a, b = getattr(folder, split), getattr(packed, split)
        assert torch.equal(a.labels, b.labels)          # same split, same order
        assert a.images.shape == b.images.shape
        diff = (a.images.float() - b.images.float()).abs().mean()
        assert 0 < diff < 4  # re-encoded: close, not equal
    for key in ("files", "usable", "skipped_malformed", "excluded_age", "skipped_corrupt",
                "split_sizes"):
        assert folder.info[key] == packed.info[key], key
    assert packed.info["pack"] == {"size": 60, "quality": 90, "source": "UTKFace"}
    assert torch.allclose(folder.mean, packed.mean, atol=2)
    again = _load(out, tmp_path)                         # second load: the decode cache
    assert again.info["cache"] == "hit" and torch.equal(again.train.images,
                                                        packed.train.images)


def test_pack_is_deterministic_and_unzips_to_a_folder_the_task_reads(tmp_path):
    utk = make_utkface(tmp_path / "src", n=30, over_90=1, malformed=1)
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    write_pack(get_task("utkface"), utk, a, quality=75)
    write_pack(get_task("utkface"), utk, b, quality=75)
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist()
                   if i.filename != MANIFEST)
        z.extractall(tmp_path / "unzipped")
    (tmp_path / "unzipped" / MANIFEST).unlink()
    unzipped, packed = _load(tmp_path / "unzipped", tmp_path), _load(a, tmp_path)
    assert torch.equal(unzipped.test.labels, packed.test.labels)
    assert torch.equal(unzipped.test.images, packed.test.images)  # same JPEG bytes


def test_pack_of_afad_with_subfolders(tmp_path):
    root = make_afad(tmp_path, ages=range(15, 76, 12), per_folder=2)
    out = tmp_path / "afad.zip"
    write_pack(get_task("afad"), root, out)
    a = get_task("afad").load(root, cache_dir=tmp_path / "c")
    b = get_task("afad").load(out, cache_dir=tmp_path / "c")
    assert torch.equal(a.train.labels, b.train.labels)


def _zip(path: Path, manifest) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        if manifest is not None:
            z.writestr(MANIFEST, json.dumps(manifest))
        z.writestr("1_0_0_2017.jpg.chip.jpg", b"x")
    return path


@pytest.mark.parametrize("manifest, message", [
    (None, "without simloss-pack.json"),
    ({"format": 7, "task": "utkface", "items": [["a", 1]]}, "format 7"),
    ({"format": 1, "task": "afad", "items": [["a", 20]]}, "a pack of task 'afad'"),
    ({"format": 1, "task": "utkface", "items": []}, "no valid 'items'"),
    ({"format": 1, "task": "utkface", "items": [["a", 120]]}, "outside utkface's 1..90"),
])
def test_bad_packs_are_refused(tmp_path, manifest, message):
    with pytest.raises(ValueError, match=message):
        get_task("utkface").load(_zip(tmp_path / "p.zip", manifest), cache_dir=tmp_path)


def test_missing_and_damaged_members_count_as_undecodable(utk, tmp_path):
    out = tmp_path / "utk.zip"
    write_pack(get_task("utkface"), utk, out)
    pack = open_pack(out, "utkface")
    assert pack.images.open("no-such-name") is None
    assert pack.images.stamp("no-such-name") == "missing"
    with zipfile.ZipFile(out) as z:  # flip a byte inside the first image's data
        info = next(i for i in z.infolist() if i.filename != MANIFEST)
        offset = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + 100
    data = bytearray(out.read_bytes())
    data[offset] ^= 0xFF
    out.write_bytes(bytes(data))
    loaded = _load(out, tmp_path)
    assert loaded.info["skipped_corrupt"] == 2  # the damaged one + the corrupt source file
    assert info.filename in loaded.info["corrupt"]


@pytest.mark.parametrize("kw, message", [({"quality": 0}, "quality"),
                                         ({"quality": 100}, "quality"),
                                         ({"size": 4}, "size")])
def test_write_pack_rejects_bad_options(utk, tmp_path, kw, message):
    with pytest.raises(ValueError, match=message):
        write_pack(get_task("utkface"), utk, tmp_path / "p.zip", **kw)
    assert not (tmp_path / "p.zip").exists()


def test_write_pack_refuses_tasks_without_a_folder_scan(tmp_path):
    with pytest.raises(ValueError, match="no folder scan"):
        write_pack(get_task("digits"), tmp_path, tmp_path / "p.zip")


def test_make_pack_script(utk, tmp_path):
    out = tmp_path / "p.zip"
    done = subprocess.run([sys.executable, str(REPO / "bench" / "make_pack.py"), "--data-dir",
                           str(utk), "--out", str(out), "--quality", "80"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "30 images (1 undecodable left out)" in done.stdout and out.is_file()
    bad = subprocess.run([sys.executable, str(REPO / "bench" / "make_pack.py"), "--data-dir",
                          str(tmp_path / "nope"), "--out", str(tmp_path / "q.zip")],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "not found" in bad.stderr
    assert not (tmp_path / "q.zip").exists()


def test_train_command_reads_a_pack(utk, tmp_path, monkeypatch):
    out = tmp_path / "utk.zip"
    write_pack(get_task("utkface"), utk, out)
    monkeypatch.setenv("SIMLOSS_CACHE_DIR", str(tmp_path / "cache"))
    result = tmp_path / "r.json"
    code = main(["train", "--task", "utkface", "--data-dir", str(out), "--value", "0.5",
                 "--max-epochs", "1", "--batch-size", "8", "--device", "cpu",
                 "--json", str(result)])
    assert code == 0
    doc = json.loads(result.read_text())
    assert doc["epochs"] == 1 and doc["error"] is None
