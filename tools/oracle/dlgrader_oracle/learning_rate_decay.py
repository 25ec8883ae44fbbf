"""Optimization methods: learning-rate decay, continuous and scheduled."""

import math


def update_lr(learning_rate0: float, epoch_num: int, decay_rate: float) -> float:
    """learning_rate0 / (1 + decay_rate·epoch_num)."""
    return learning_rate0 / (1 + decay_rate * epoch_num)


def schedule_lr_decay(learning_rate0: float, epoch_num: int, decay_rate: float,
                      time_interval: int = 1000) -> float:
    """learning_rate0 / (1 + decay_rate·⌊epoch_num / time_interval⌋): decays once per interval."""
    return learning_rate0 / (1 + decay_rate * math.floor(epoch_num / time_interval))
