#pragma once

#include "shared/Model.h"

#include <QtGlobal>

#include <functional>

class QXYSeries;

namespace wither::desktop {

/// Turns bucketed usage into a step line (flat across each bucket), the honest shape for counts per bucket.
class StepSeries {
public:
    static void fill(const UsageSeries& usage, QXYSeries* series,
                     const std::function<double(const UsagePoint&)>& value);
    /// Length of one bucket in milliseconds.
    static qint64 bucketMillis(UsageBucket bucket);
};

} // namespace wither::desktop
