"""The notebooks' experiments in plain numpy: datasets, the three models and their trainings.

Unlike ``dlgrader_oracle`` (machine-independent primitives for the fixtures), this package computes
exactly as the notebooks do, with numpy's own products and sums: the point is to reproduce the
notebooks' printed results and to time numpy against the Swift trainings.
"""
