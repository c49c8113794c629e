#pragma once
// The monotonic clock every timestamp of a run is taken from (steady_clock, nanoseconds), so
// that client stamps, server truth, telemetry samples and agent phases compare directly.
#include <cstdint>

namespace chimera {

std::int64_t mono_ns();

}  // namespace chimera
