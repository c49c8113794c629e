#include "chimera/agent/util.hpp"

#include <ctime>
#include <fstream>

namespace chimera::agent {

std::string today_utc() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  ::gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

Status write_text_file(const std::filesystem::path& p, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(p.parent_path(), ec);
  const std::filesystem::path tmp = p.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out)
      return Error{ErrorCode::io, "cannot write '" + p.string() + "'",
                   "check free space and --out"};
  }
  std::filesystem::rename(tmp, p, ec);
  if (ec) return Error{ErrorCode::io, "cannot write '" + p.string() + "': " + ec.message(), ""};
  return ok_status();
}

std::optional<double> call_mean(const AgentRun& r,
                                std::optional<double> stats::RequestMetrics::*m) {
  double sum = 0;
  int n = 0;
  for (const auto* c : {&r.analysis, &r.report}) {
    if (c->metrics.*m) sum += *(c->metrics.*m), ++n;
  }
  if (n == 0) return std::nullopt;
  return sum / n;
}

}  // namespace chimera::agent
