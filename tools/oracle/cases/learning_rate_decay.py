"""Cases of update_lr and schedule_lr_decay, including both sides of interval boundaries."""

from dlgrader_oracle.fixture import Case, fl, integer
from dlgrader_oracle.learning_rate_decay import schedule_lr_decay, update_lr

EXERCISE = "learning_rate_decay"

# (learning_rate0, epoch_num, decay_rate, visibility, description, provenance)
UPDATE_CASES = (
    (0.5, 2, 1.0, "public", "the notebook's decay after 2 epochs", "notebook: update_lr test cell"),
    (0.3, 7, 0.6, "public", "a decay rate other than 1 after 7 epochs", "oracle: literal"),
    (0.1, 0, 1.0, "hidden", "epoch 0: no decay yet", "oracle: literal"),
    (0.01, 10, 0.3, "hidden", "a fractional decay rate after 10 epochs", "oracle: literal"),
    (0.2, 1000, 0.005, "hidden", "a small decay rate after 1000 epochs", "oracle: literal"),
    (1.0, 3, 2.5, "hidden", "a decay rate above 1", "oracle: literal"),
)

# (learning_rate0, epoch_num, decay_rate, time_interval, visibility, description, provenance)
SCHEDULE_CASES = (
    (0.5, 100, 1.0, 100, "public", "the notebook's schedule at the end of the first interval",
     "notebook: schedule_lr_decay test cell"),
    (0.3, 1000, 0.25, 100, "public", "the notebook's schedule after ten intervals",
     "notebook: schedule_lr_decay test cell (second example)"),
    (0.4, 1750, 0.65, 300, "public",
     "epoch 1750 of interval 300: 5.83 intervals, not a whole number, and a decay rate other than 1",
     "oracle: literal"),
    (0.1, 999, 1.0, 1000, "hidden", "epoch 999 of interval 1000: still the first interval",
     "oracle: literal"),
    (0.1, 1000, 1.0, 1000, "hidden", "epoch 1000 of interval 1000: the first decay",
     "oracle: literal"),
    (0.1, 1999, 1.0, 1000, "hidden", "epoch 1999: one decay only", "oracle: literal"),
    (0.1, 2000, 1.0, 1000, "hidden", "epoch 2000: the second decay", "oracle: literal"),
    (0.2, 0, 0.5, 300, "hidden", "epoch 0: no decay", "oracle: literal"),
    (0.2, 650, 0.5, 300, "hidden", "epoch 650 of interval 300: two whole intervals",
     "oracle: literal"),
    (0.05, 4321, 0.3, 1000, "hidden", "the default interval of 1000 after 4321 epochs",
     "oracle: literal"),
)


def cases() -> list[Case]:
    """update_lr cases, then schedule_lr_decay cases."""
    out = []
    for learning_rate0, epoch_num, decay_rate, visibility, description, provenance in UPDATE_CASES:
        out.append(Case(
            id=f"update_lr[learning_rate0={learning_rate0!r},epoch_num={epoch_num},"
               f"decay_rate={decay_rate!r}]",
            function="update_lr", description=description, visibility=visibility,
            provenance=provenance,
            inputs={"learning_rate0": fl(learning_rate0), "epoch_num": integer(epoch_num),
                    "decay_rate": fl(decay_rate)},
            expected={"learning_rate": fl(update_lr(learning_rate0, epoch_num, decay_rate))}))
    for (learning_rate0, epoch_num, decay_rate, time_interval, visibility, description,
         provenance) in SCHEDULE_CASES:
        out.append(Case(
            id=f"schedule_lr_decay[learning_rate0={learning_rate0!r},epoch_num={epoch_num},"
               f"decay_rate={decay_rate!r},time_interval={time_interval}]",
            function="schedule_lr_decay", description=description, visibility=visibility,
            provenance=provenance,
            inputs={"learning_rate0": fl(learning_rate0), "epoch_num": integer(epoch_num),
                    "decay_rate": fl(decay_rate), "time_interval": integer(time_interval)},
            expected={"learning_rate": fl(schedule_lr_decay(learning_rate0, epoch_num, decay_rate,
                                                             time_interval))}))
    return out
