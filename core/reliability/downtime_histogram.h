#pragma once

// Years counted by their downtime in logarithmic bins, for percentiles and the downtime histogram.
// Integer counts add up the same whatever the order, so the figures do not depend on the threads.
// Years without downtime are counted apart. Bin 0 holds (0, 0.001 h); bin i ≥ 1 holds
// [0.001 × 10^((i−1)/40), 0.001 × 10^(i/40)) hours; the last bins reach past a year.

#include <QtGlobal>

#include <vector>

namespace hectare::reliability {

inline constexpr int kDowntimeBinsPerDecade = 40;
inline constexpr double kDowntimeSmallestHours = 1e-3;
inline constexpr int kDowntimeBins = 1 + 7 * kDowntimeBinsPerDecade;   // to 10,000 h

int downtimeBin(double hours);                // hours > 0
double downtimeBinLowerHours(int bin);
double downtimeBinUpperHours(int bin);

// The q-quantile (0 < q < 1) of a year's downtime, interpolated within its bin (±3 %).
double downtimePercentile(const std::vector<qint64> &bins, qint64 yearsWithout, qint64 years, double q);

} // namespace hectare::reliability
