#include "closed_form.h"

#include "reliability_network.h"

#include <cmath>

namespace hectare::reliability {

double unitAvailability(double mtbfHours, double mttrHours) { return mtbfHours / (mtbfHours + mttrHours); }

double seriesAvailability(std::span<const double> availabilities)
{
    double a = 1;
    for (double ai : availabilities)
        a *= ai;
    return a;
}

double parallelAvailability(std::span<const double> availabilities)
{
    double u = 1;
    for (double ai : availabilities)
        u *= 1 - ai;
    return 1 - u;
}

double kOutOfNAvailability(int k, int n, double a)
{
    if (k <= 0)
        return 1;
    if (k > n)
        return 0;
    double sum = 0;
    double binomial = 1;   // C(n, i), built up from C(n, 0)
    for (int i = 0; i <= n; ++i) {
        if (i >= k)
            sum += binomial * std::pow(a, i) * std::pow(1 - a, n - i);
        binomial = binomial * (n - i) / (i + 1);
    }
    return sum;
}

double downtimeHoursPerYear(double availability) { return (1 - availability) * kHoursPerYear; }

} // namespace hectare::reliability
