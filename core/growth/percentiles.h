#pragma once

#include <vector>

namespace hectare {

// Percentiles by nearest rank: the q-percentile of n values is the ⌈q·n⌉-th smallest (at least
// the first). Exact and order-free: the same values in any order give the same answer.
int nearestRank(double q, int n);

// The q-percentile of `values` (reordered in the process); NaN when there are none.
double percentileOf(std::vector<double> &values, double q);

// For `cells` cells each holding one value per run, stored run after run (value of cell c in
// run r at [r × cells + c]): the percentiles qs of every cell, [q][cell]. `threads` share the
// cells; the answer does not depend on how many there are.
std::vector<std::vector<double>> cellPercentiles(const std::vector<double> &values, int runs, std::size_t cells,
                                                 const std::vector<double> &qs, int threads);

} // namespace hectare
