#include <ctime>

#include "chimera/ingest/pipeline.hpp"

namespace chimera::ingest {

std::string format_utc(std::int64_t seconds) {
  const std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S UTC", &tm);
  return buf;
}

std::string IngestSummary::data_summary() const {
  static constexpr const char* kTitles[] = {"CSV", "JSON", "MARKDOWN"};
  std::string s = "Total files analyzed: " + std::to_string(reference_total()) + "\n\n";
  for (std::size_t t = 0; t < 3; ++t) {
    if (counts[t] == 0) continue;
    s += std::string(kTitles[t]) + " Files (" + std::to_string(counts[t]) + ")\n";
    for (const auto& p : first_paths[t]) s += "  - " + p + "\n";
    if (counts[t] > first_paths[t].size()) {
      s += "  ... and " + std::to_string(counts[t] - first_paths[t].size()) + " more\n";
    }
    s += "  Latest modified: " + format_utc(latest_mtime[t]) + "\n\n";
  }
  return s;
}

}  // namespace chimera::ingest
