#include "chimera/measure/record.hpp"

#include <array>

namespace chimera::measure {

namespace {

constexpr std::array<std::string_view, 19> kNames = {"none",
                                                     "connection_refused",
                                                     "dns",
                                                     "tls",
                                                     "connect_timeout",
                                                     "first_byte_timeout",
                                                     "idle_timeout",
                                                     "total_timeout",
                                                     "connection_reset",
                                                     "closed_mid_stream",
                                                     "aborted",
                                                     "interrupted",
                                                     "other",
                                                     "first_token_timeout",
                                                     "http_error",
                                                     "stream_error",
                                                     "engine_error",
                                                     "malformed_stream",
                                                     "incomplete_stream"};
static_assert(kNames.size() == static_cast<std::size_t>(Failure::incomplete_stream) + 1);

}  // namespace

std::string_view failure_name(Failure f) {
  return kNames[static_cast<std::size_t>(f)];
}

Failure failure_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Failure>(i);
  return Failure::other;
}

}  // namespace chimera::measure
