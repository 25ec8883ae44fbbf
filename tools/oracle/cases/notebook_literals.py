"""Arrays the Regularization notebook's test cases write out literally (8 decimals), copied verbatim.

Their W's and b's equal the seed-1 draws after X = randn(3, 5) to the printed digits; the Z's and
A's are a forward pass printed to 8 decimals. The fixtures use these literals, not recomputed
values, so a student's function sees exactly the notebook's inputs.
"""

import numpy as np

A3_COST = np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]])
"""A3 of compute_cost_with_regularization_test_case."""

_W1 = [[-1.09989127, -0.17242821, -0.87785842], [0.04221375, 0.58281521, -1.10061918]]
_B1 = [[1.14472371], [0.90159072]]
_W2 = [[0.50249434, 0.90085595], [-0.68372786, -0.12289023], [-0.93576943, -0.26788808]]
_B2 = [[0.53035547], [-0.69166075], [-0.39675353]]
_W3 = [[-0.6871727, -0.84520564, -0.67124613]]
_B3 = [[-0.0126646]]
_Z1 = [[-1.52855314, 3.32524635, 2.13994541, 2.60700654, -0.75942115],
       [-1.98043538, 4.1600994, 0.79051021, 1.46493512, -0.45506242]]

REGULARIZATION_CACHE = {
    "Z1": np.array(_Z1),
    "A1": np.array([[0., 3.32524635, 2.13994541, 2.60700654, 0.],
                    [0., 4.1600994, 0.79051021, 1.46493512, 0.]]),
    "W1": np.array(_W1),
    "b1": np.array(_B1),
    "Z2": np.array([[0.53035547, 5.94892323, 2.31780174, 3.16005701, 0.53035547],
                    [-0.69166075, -3.47645987, -2.25194702, -2.65416996, -0.69166075],
                    [-0.39675353, -4.62285846, -2.61101729, -3.22874921, -0.39675353]]),
    "A2": np.array([[0.53035547, 5.94892323, 2.31780174, 3.16005701, 0.53035547],
                    [0., 0., 0., 0., 0.],
                    [0., 0., 0., 0., 0.]]),
    "W2": np.array(_W2),
    "b2": np.array(_B2),
    "Z3": np.array([[-0.3771104, -4.10060224, -1.60539468, -2.18416951, -0.3771104]]),
    "A3": np.array([[0.40682402, 0.01629284, 0.16722898, 0.10118111, 0.40682402]]),
    "W3": np.array(_W3),
    "b3": np.array(_B3),
}
"""The 12-tuple cache of backward_propagation_with_regularization_test_case, keyed by name."""

DROPOUT_CACHE = {
    "Z1": np.array(_Z1),
    "D1": np.array([[1, 0, 1, 1, 1], [1, 1, 1, 1, 0]]),
    "A1": np.array([[0., 0., 4.27989081, 5.21401307, 0.],
                    [0., 8.32019881, 1.58102041, 2.92987024, 0.]]),
    "W1": np.array(_W1),
    "b1": np.array(_B1),
    "Z2": np.array([[0.53035547, 8.02565606, 4.10524802, 5.78975856, 0.53035547],
                    [-0.69166075, -1.71413186, -3.81223329, -4.61667916, -0.69166075],
                    [-0.39675353, -2.62563561, -4.82528105, -6.0607449, -0.39675353]]),
    "D2": np.array([[1, 0, 1, 0, 1], [0, 1, 0, 1, 1], [0, 0, 1, 0, 0]]),
    "A2": np.array([[1.06071093, 0., 8.21049603, 0., 1.06071093],
                    [0., 0., 0., 0., 0.],
                    [0., 0., 0., 0., 0.]]),
    "W2": np.array(_W2),
    "b2": np.array(_B2),
    "Z3": np.array([[-0.7415562, -0.0126646, -5.65469333, -0.0126646, -0.7415562]]),
    "A3": np.array([[0.32266394, 0.49683389, 0.00348883, 0.49683389, 0.32266394]]),
    "W3": np.array(_W3),
    "b3": np.array(_B3),
}
"""The 14-tuple cache of backward_propagation_with_dropout_test_case (D1, D2 as 0/1), keyed by name."""

LABELS = np.array([[1., 1., 0., 1., 0.]])
"""Y_assess of the Regularization notebook's test cases."""
