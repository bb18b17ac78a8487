#pragma once

// Frame-time statistics the scrolling benchmarks report (bench_thread, bench_form): one definition of the
// percentiles and of a stall, so their figures compare.

#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace territori::testing {

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

// Adds the frame count, median, p90, p99, max and frames over 50 ms (a stall a person notices) to `out`.
inline void addFrameStats(QJsonObject &out, const std::vector<double> &intervalsMs)
{
    out.insert("scroll_frames", int(intervalsMs.size()));
    out.insert("frame_median_ms", percentile(intervalsMs, 0.5));
    out.insert("frame_p90_ms", percentile(intervalsMs, 0.9));
    out.insert("frame_p99_ms", percentile(intervalsMs, 0.99));
    out.insert("frame_max_ms", intervalsMs.empty() ? 0.0 : *std::max_element(intervalsMs.begin(), intervalsMs.end()));
    out.insert("frames_over_50ms",
               int(std::count_if(intervalsMs.begin(), intervalsMs.end(), [](double ms) { return ms > 50; })));
}

} // namespace territori::testing
