"""Networks and losses: HOAM/HOAMV2 embedding models and their metric-learning losses.

Plain ``nn.Module``s that know nothing about training (the LightningModule holds them).
"""
from hoam_core.models.hoam import ModelSpec, WeightsError, build_model, load_legacy_state_dict
from hoam_core.models.losses import LossSpec, build_loss, margin_in_degrees

__all__ = ["LossSpec", "ModelSpec", "WeightsError", "build_loss", "build_model", "load_legacy_state_dict",
           "margin_in_degrees"]
