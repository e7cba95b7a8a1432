#pragma once

// Timing for the benchmarks: medians of repeated runs (a stray slow run on a busy machine moves a
// median little), wall and CPU time, and the peak memory of the process.
#include <QElapsedTimer>
#include <QtGlobal>

#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace hectare::bench {

// Wall time, and the CPU time of the process (all its threads), which other processes on a busy
// machine disturb much less than the wall time.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

inline double processCpuMs()
{
#if defined(Q_OS_UNIX)
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
#else
    return 0;
#endif
}

inline double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// The median wall and CPU times of `runs` runs of `work`, in milliseconds.
inline Timing medianTiming(int runs, const std::function<void()> &work)
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = processCpuMs();
        timer.start();
        work();
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(processCpuMs() - cpuStart);
    }
    return {median(wall), median(cpu)};
}

// The median wall time of `runs` runs of `work`, in milliseconds.
inline double medianMs(int runs, const std::function<void()> &work)
{
    return medianTiming(runs, work).wallMs;
}

inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;   // Linux reports kilobytes
}

} // namespace hectare::bench
