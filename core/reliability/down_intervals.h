#pragma once

// When something is down during a simulated year: sorted, disjoint, non-touching [start, end)
// intervals in hours. The availability Monte Carlo combines them like a reliability block diagram:
// series = union, redundant = intersection, k-out-of-n = count, buffer = delay.

#include <vector>

namespace hectare::reliability {

struct Interval
{
    double start;
    double end;
};

using Intervals = std::vector<Interval>;

// A unit failing (+1) or coming back (−1), for kOutOfN().
struct DownEvent
{
    double time;
    int delta;
};

// Total hours down.
double totalHours(const Intervals &down);

// out = a ∪ b (down while either is down). `out` must be neither `a` nor `b`.
void unite(const Intervals &a, const Intervals &b, Intervals &out);

// acc = acc ∪ b, using `scratch`.
void uniteInto(Intervals &acc, const Intervals &b, Intervals &scratch);

// out = a ∩ b (down while both are down). `out` must be neither `a` nor `b`.
void intersect(const Intervals &a, const Intervals &b, Intervals &out);

// A group of n units that needs k up: out = when more than n − k of `units` are down at once.
// `events` is scratch. k > n: down all of [0, horizon).
void kOutOfN(const Intervals *const *units, int n, int k, double horizon, std::vector<DownEvent> &events,
             Intervals &out);

// A buffer of `hours` bridges every spell shorter than it and shortens the others by it:
// [s, e) becomes [s + hours, e) when e − s > hours. In place.
void delay(Intervals &down, double hours);

} // namespace hectare::reliability
