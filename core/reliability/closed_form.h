#pragma once

// Steady-state availability of independent repairable units, the oracles the Monte Carlo is tested
// against (see docs/availability-model.md).

#include <span>

namespace hectare::reliability {

// A = MTBF / (MTBF + MTTR).
double unitAvailability(double mtbfHours, double mttrHours);

// Series: up while every element is up, A = Π Aᵢ.
double seriesAvailability(std::span<const double> availabilities);

// Parallel, each element carrying the whole load: down while all are down, U = Π Uᵢ.
double parallelAvailability(std::span<const double> availabilities);

// k-out-of-n identical units: A = Σ_{i=k..n} C(n,i) Aⁱ (1−A)ⁿ⁻ⁱ. 1 for k ≤ 0, 0 for k > n.
double kOutOfNAvailability(int k, int n, double unitAvailability);

// Hours a year down: (1 − A) × 8,760.
double downtimeHoursPerYear(double availability);

} // namespace hectare::reliability
