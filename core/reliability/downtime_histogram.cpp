#include "downtime_histogram.h"

#include <algorithm>
#include <cmath>

namespace hectare::reliability {

int downtimeBin(double hours)
{
    if (hours < kDowntimeSmallestHours)
        return 0;
    const int bin = 1 + int(std::floor(std::log10(hours / kDowntimeSmallestHours) * kDowntimeBinsPerDecade));
    return std::clamp(bin, 1, kDowntimeBins - 1);
}

double downtimeBinLowerHours(int bin)
{
    return bin <= 0 ? 0 : kDowntimeSmallestHours * std::pow(10.0, double(bin - 1) / kDowntimeBinsPerDecade);
}

double downtimeBinUpperHours(int bin)
{
    return kDowntimeSmallestHours * std::pow(10.0, double(bin) / kDowntimeBinsPerDecade);
}

double downtimePercentile(const std::vector<qint64> &bins, qint64 yearsWithout, qint64 years, double q)
{
    const double rank = q * double(years);   // the smallest downtime that rank years do not exceed
    if (years <= 0 || double(yearsWithout) >= rank)
        return 0;
    double below = double(yearsWithout);
    for (int bin = 0; bin < int(bins.size()); ++bin) {
        const double count = double(bins[std::size_t(bin)]);
        if (count > 0 && below + count >= rank) {
            const double f = (rank - below) / count;
            const double lower = downtimeBinLowerHours(bin);
            const double upper = downtimeBinUpperHours(bin);
            return bin == 0 ? f * upper : lower * std::pow(upper / lower, f);
        }
        below += count;
    }
    return downtimeBinUpperHours(int(bins.size()) - 1);
}

} // namespace hectare::reliability
