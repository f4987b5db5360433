"""Shared step of the word-cluster learners (events and framing): positive PMI of a
word-by-context count matrix."""

from __future__ import annotations

import numpy as np
from scipy import sparse


def positive_pmi(counts: sparse.spmatrix) -> sparse.csr_matrix:
    """Positive pointwise mutual information of a word-by-context count matrix, with the
    context probabilities smoothed to the power 0.75 (Levy, Goldberg and Dagan 2015);
    duplicates are summed first."""
    m = sparse.csr_matrix(counts)
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    coo = m.tocoo()
    pmi = np.log((coo.data / total) / ((row_sum[coo.row] / total) * col_p[coo.col]))
    keep = pmi > 0
    return sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape)
