#include "down_intervals.h"

#include <algorithm>

namespace hectare::reliability {

double totalHours(const Intervals &down)
{
    double sum = 0;
    for (const Interval &i : down)
        sum += i.end - i.start;
    return sum;
}

namespace {

// Appends [start, end) to a list built in start order, merging it with the last one if they touch.
void append(Intervals &out, double start, double end)
{
    if (!out.empty() && start <= out.back().end) {
        out.back().end = std::max(out.back().end, end);
        return;
    }
    out.push_back({start, end});
}

} // namespace

void unite(const Intervals &a, const Intervals &b, Intervals &out)
{
    out.clear();
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        const Interval &next = (j == b.size() || (i < a.size() && a[i].start <= b[j].start)) ? a[i++] : b[j++];
        append(out, next.start, next.end);
    }
}

void uniteInto(Intervals &acc, const Intervals &b, Intervals &scratch)
{
    if (b.empty())
        return;
    if (acc.empty()) {
        acc = b;
        return;
    }
    unite(acc, b, scratch);
    acc.swap(scratch);
}

void intersect(const Intervals &a, const Intervals &b, Intervals &out)
{
    out.clear();
    std::size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        const double start = std::max(a[i].start, b[j].start);
        const double end = std::min(a[i].end, b[j].end);
        if (start < end)
            out.push_back({start, end});
        if (a[i].end < b[j].end)
            ++i;
        else
            ++j;
    }
}

void kOutOfN(const Intervals *const *units, int n, int k, double horizon, std::vector<DownEvent> &events,
             Intervals &out)
{
    out.clear();
    if (k > n) {
        out.push_back({0, horizon});
        return;
    }
    const int tolerated = n - k;   // units that may be down at once
    int failing = 0;
    const Intervals *only = nullptr;
    for (int u = 0; u < n; ++u)
        if (!units[u]->empty()) {
            ++failing;
            only = units[u];
        }
    if (failing <= tolerated)   // the common case: not enough units ever fail
        return;
    if (failing == 1) {   // then tolerated is 0
        out = *only;
        return;
    }
    // Sweep over starts (+1) and ends (−1); an end sorts before a start at the same time, so that
    // a unit coming back as another fails keeps the count.
    events.clear();
    for (int u = 0; u < n; ++u)
        for (const Interval &i : *units[u]) {
            events.push_back({i.start, 1});
            events.push_back({i.end, -1});
        }
    std::sort(events.begin(), events.end(), [](const DownEvent &x, const DownEvent &y) {
        return x.time < y.time || (x.time == y.time && x.delta < y.delta);
    });
    int down = 0;
    double since = 0;
    for (const DownEvent &e : events) {
        const int before = down;
        down += e.delta;
        if (before <= tolerated && down > tolerated)
            since = e.time;
        else if (before > tolerated && down <= tolerated && e.time > since)
            append(out, since, e.time);
    }
}

void delay(Intervals &down, double hours)
{
    if (hours <= 0)
        return;
    std::size_t kept = 0;
    for (const Interval &i : down)
        if (i.end - i.start > hours)
            down[kept++] = {i.start + hours, i.end};
    down.resize(kept);
}

} // namespace hectare::reliability
