#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "chimera/analysis/grounding.hpp"
#include "chimera/cli/cli.hpp"
#include "chimera/cli/support.hpp"
#include "chimera/core/json_writer.hpp"

namespace chimera::cli {
namespace {
namespace fs = std::filesystem;

// Files below dir (relative, '/'-separated) with exactly the report's bytes: the report itself
// when it lies inside DIR, and its copies.
std::vector<std::string> copies_of(const std::string& text, const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec),
       end;
       !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->file_size(ec) != text.size()) continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes == text) out.push_back(it->path().lexically_relative(dir).generic_string());
  }
  return out;
}

struct VerifyArgs {
  std::string report, dir, layout = "all", output;
  Format format = Format::text;
  std::vector<std::string> exclude;
  double fail_under = -1;
};

struct Evidence {
  std::vector<analysis::Observation> data;
  std::vector<std::string> left_out;
};

void write_json(std::ostream& os, const VerifyArgs& a, const analysis::GroundingResult& g,
                const Evidence& sink) {
  JsonWriter w(os);
  w.begin_object();
  w.key("schema_version").value(1);
  w.key("report").value(a.report);
  w.key("data").value(a.dir);
  w.key("data_values").value(static_cast<std::uint64_t>(sink.data.size()));
  w.key("left_out").begin_array();
  for (const auto& f : sink.left_out) w.value(f);
  w.end_array();
  w.key("supported").value(g.supported());
  w.key("verified_share").value(g.verified_share());
  w.key("skipped").value(static_cast<std::uint64_t>(g.skipped));
  w.key("numbers").begin_array();
  for (const auto& n : g.numbers) {
    w.begin_object();
    w.key("line").value(static_cast<std::uint64_t>(n.claim.line));
    w.key("text").value(n.claim.text);
    w.key("label").value(n.claim.label);
    w.key("unit").value(n.claim.unit);
    w.key("verdict").value(analysis::mark_name(n.mark));
    if (n.mark == analysis::Mark::bound) w.key("holds").value(n.holds);
    w.key("note").value(n.note);
    if (n.evidence) {
      w.key("evidence").begin_object();
      w.key("file").value(n.evidence->file);
      w.key("locator").value(n.evidence->locator);
      w.key("metric").value(n.evidence->metric);
      w.key("statistic").value(n.evidence->statistic);
      w.key("value").value(n.evidence->value);
      w.key("unit").value(n.evidence->unit);
      w.end_object();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  w.flush();
  os << "\n";
}

void write_text(std::ostream& os, const VerifyArgs& a, const analysis::GroundingResult& g,
                const Evidence& sink) {
  for (const auto& n : g.numbers) {
    os << fmt::format("line {:>4}  {:<22} {:<11}  {}\n", n.claim.line, n.claim.text,
                      analysis::mark_name(n.mark), n.note);
  }
  std::size_t holds = 0;
  for (const auto& n : g.numbers) holds += n.holds ? 1 : 0;
  using analysis::Mark;
  os << fmt::format(
      "\nscore: supported by the data {} ({} verified, {} derived, {} of {} bounds hold); {} "
      "mismatch, {} mislabelled, {} not found; {} skipped (dates, times, versions, section and "
      "list numbers, identifiers, interval levels)\ndata: {} values below {}{}\n",
      analysis::share_text(g.supported(), g.numbers.size()), g.count(Mark::verified),
      g.count(Mark::derived), holds, g.count(Mark::bound), g.count(Mark::mismatch),
      g.count(Mark::mislabelled), g.count(Mark::not_found), g.skipped, sink.data.size(), a.dir,
      sink.left_out.empty() ? std::string()
                            : fmt::format("; left out as the report, a copy of it or --exclude: {}",
                                          fmt::join(sink.left_out, ", ")));
}

int run_verify(const VerifyArgs& a) {
  if (auto st = check_output_path(a.output, "-o"); !st) return report_error(st.error());
  std::error_code kind_ec;
  if (!fs::is_regular_file(a.report, kind_ec))
    return report_error({ErrorCode::input, "the report '" + a.report + "' is not a file",
                         "REPORT is the Markdown or text report; DIR comes after it"});
  std::ifstream in(a.report, std::ios::binary);
  if (!in)
    return report_error(
        {ErrorCode::input, "cannot read the report '" + a.report + "'", "check the REPORT path"});
  std::stringstream text;
  text << in.rdbuf();
  // A binary file (a GGUF, a database, an image) holds no sentences to check: NUL bytes say so.
  if (text.view().substr(0, 65536).find('\0') != std::string_view::npos)
    return report_error({ErrorCode::input, "the report '" + a.report + "' is a binary file",
                         "give the Markdown or text report the numbers appear in"});
  std::error_code ec;
  if (!fs::is_directory(a.dir, ec))
    return report_error({ErrorCode::input, "'" + a.dir + "' is not a folder",
                         "DIR is the folder of the data the report was written from"});
  Evidence sink;
  auto data = analysis::read_evidence(
      a.dir, a.layout == "chimera" ? ingest::Layout::chimera : ingest::Layout::all,
      copies_of(text.str(), a.dir), a.exclude, &sink.left_out);
  if (!data) return report_error(data.error());
  sink.data = std::move(data.value());
  const auto g = analysis::check_grounding(text.str(), sink.data);
  std::ostringstream out;
  if (a.format == Format::json) {
    write_json(out, a, g, sink);
  } else {
    write_text(out, a, g, sink);
  }
  if (auto st = write_output(a.output, out.str()); !st) return report_error(st.error());
  const auto share = g.supported();
  if (a.fail_under >= 0 && share && *share * 100 < a.fail_under) return kExitFailure;
  return kExitOk;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto a = std::make_shared<VerifyArgs>();
  CLI::App* cmd = app.add_subcommand(
      "verify",
      "Check every number in a report against the data it was written from, on metric identity:\n"
      "verified (the same metric, statistic and context hold the value), derived (a mean, sum,\n"
      "ratio, % difference or interval bound of that quantity: the formula is shown), bound (a\n"
      "threshold, checked), mismatch (that quantity has another value: a stale report), "
      "mislabelled\n(the value is another metric or statistic of the same context) or not "
      "found.");
  cmd->add_option("REPORT", a->report, "Markdown or text report")->required();
  cmd->add_option("DIR", a->dir, "Folder of the benchmark artifacts the report is about")
      ->required();
  cmd->add_option("--layout", a->layout, "How to read DIR, as for ingest")
      ->check(CLI::IsMember({"all", "chimera"}))
      ->capture_default_str();
  cmd->add_option("--exclude", a->exclude,
                  "Files of DIR that are not evidence (glob on the path relative to DIR, e.g.\n"
                  "'reports/*.md'); repeatable. The report and its copies are always left out");
  add_format_option(cmd, a->format, {Format::text, Format::json},
                    "text: a line per number and a score; json: a record per number with its\n"
                    "verdict, evidence and line");
  add_output_option(cmd, a->output, "Write to this file instead of stdout");
  cmd->add_option("--fail-under", a->fail_under,
                  "Exit 1 when under this percentage of the numbers is supported by the data\n"
                  "(verified, derived or a bound that holds); never when there is no number");
  cmd->callback([a, &exit_code] { exit_code = run_verify(*a); });
}

}  // namespace chimera::cli
