#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "box_table.hpp"
#include "chimera/core/markdown_table.hpp"
#include "chimera/core/numeric.hpp"
#include "chimera/core/text.hpp"
#include "chimera/ingest/harvest.hpp"
#include "chimera/metrics/classify.hpp"
#include "chimera/metrics/gloss.hpp"
#include "chimera_report.hpp"
#include "go_bench.hpp"
#include "gpu_names.hpp"
#include "json_formats.hpp"
#include "kv_lines.hpp"
#include "llama_timings.hpp"
#include "llmperf_console.hpp"
#include "markdown_context.hpp"
#include "mlperf_summary.hpp"
#include "mlx_generate.hpp"
#include "nvidia_smi.hpp"
#include "ollama_verbose.hpp"
#include "row_builder.hpp"
#include "sql_inserts.hpp"
#include "table_row.hpp"
#include "trtllm_bench.hpp"
#include "vegeta_report.hpp"
#include "vllm_console.hpp"
#include "vllm_engine_stats.hpp"

namespace chimera::ingest {
namespace {

using markdown::is_delimiter_row;

using text::is_fence_line;

// First-column headers that mean "each row names a metric" (| Metric | Value |).
bool is_label_header(std::string_view h) {
  static constexpr std::array<std::string_view, 21> kLabels = {
      "metric",      "metrics",    "measure", "parameter", "name",     "key",         "item",
      "field",       "statistic",  "stat",    "benchmark", "test",     "metric name", "measurement",
      "metric_name", "parameters", "setting", "settings",  "property", "variable",    "variables"};
  // ("指标", "Métrica": by its English words.)
  const std::string european = metrics::european_gloss(h);
  const std::string low =
      text::to_lower(text::trim(european.empty() ? metrics::in_english(h) : european));
  for (const auto l : kLabels) {
    if (low == l) return true;
  }
  return false;
}

// The second column of a two-column table of named values: "| Component | Specification |",
// "| Component | Detail |".
bool names_values(std::string_view h) {
  return h == "value" || h == "values" || h == "specification" || h == "spec" || h == "specs" ||
         h == "detail" || h == "details";
}

// "δ (compile − ollama)", "A - B": a label written as a difference of two things.
bool written_as_difference(std::string_view label) {
  for (const std::string_view w : {"\xE2\x88\x92", " - ", "\xCE\xB4", "\xCE\x94"}) {
    if (label.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// "Jain's index exceeds 0.997": prose naming Jain's fairness index (runs on every prose line:
// memchr for the apostrophe first).
bool names_jain(std::string_view t) {
  for (auto q = t.find('\''); q != std::string_view::npos; q = t.find('\'', q + 1)) {
    if (q >= 4 && q + 1 < t.size() && (t[q + 1] == 's' || t[q + 1] == 'S') &&
        text::iequals(t.substr(q - 4, 4), "jain"))
      return true;
  }
  return false;
}

// "J", "J at N=8", "J (N=4)": a header that is the letter J alone, before any qualifier.
bool bare_j(std::string_view h) {
  return h == "J" || h.substr(0, 2) == "J " || h.substr(0, 2) == "J(";
}

// Runs on every line of prose: no copy beyond the result, none when nothing is marked.
// "[Llama-3-8B](https://hf.co/...)": a link's text, its target dropped.
std::string without_links(std::string_view s) {
  std::string out;
  std::size_t at = 0;
  while (true) {
    const auto open = s.find('[', at);
    const auto mid = open == std::string_view::npos ? open : s.find("](", open);
    const auto close = mid == std::string_view::npos ? mid : s.find(')', mid);
    // (Brackets inside the text are its own when they pair: "[SAMD[EAGLE2]](url)".)
    const auto balanced = [&] {
      int depth = 0;
      for (std::size_t i = open + 1; i < mid; ++i) {
        depth += s[i] == '[' ? 1 : s[i] == ']' ? -1 : 0;
        if (depth < 0) return false;
      }
      return depth == 0;
    };
    if (close == std::string_view::npos || (s.find(']', open) != mid && !balanced())) {
      out.append(s.substr(at));
      return out;
    }
    out.append(s.substr(at, open - at));
    out.append(s.substr(open + 1, mid - open - 1));
    at = close + 1;
  }
}

// "Q4\\_K\\_M" as written in Markdown: "Q4_K_M".
std::string without_escapes(std::string_view l) {
  std::string out;
  out.reserve(l.size());
  for (std::size_t i = 0; i < l.size(); ++i) {
    if (l[i] == '\\' && i + 1 < l.size() &&
        std::string_view("_-.()[]#+!~<>{}").find(l[i + 1]) != std::string_view::npos)
      continue;
    out += l[i];
  }
  return out;
}

// A footnote's marker a cell may hold, "<sup>1</sup>", goes whole ("RTX 4090<sup>1</sup>" is
// "RTX 4090"); other markup stays as written.
std::string without_footnote_marks(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto open = s.find("<sup>", i);
    const auto close = open == std::string_view::npos ? open : s.find("</sup>", open);
    if (close == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, open - i));
    i = close + 6;
  }
  return out;
}

std::string strip_emphasis(std::string_view s) {
  std::string unlinked;
  if (s.find("](") != std::string_view::npos) {
    unlinked = without_links(s);
    s = unlinked;
  }
  std::string unmarked;
  if (s.find("<sup>") != std::string_view::npos) {
    unmarked = without_footnote_marks(s);
    s = unmarked;
  }
  const auto mark = [](char c) { return c == '*' || c == '`'; };
  if (std::none_of(s.begin(), s.end(), mark)) return std::string(text::trim(s));
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    // (A '*' between spaces multiplies: "3090 24GB * 2" is two cards.)
    const bool times =
        s[i] == '*' && i > 0 && i + 1 < s.size() && s[i - 1] == ' ' && s[i + 1] == ' ';
    if (!mark(s[i]) || times) out += s[i];
  }
  return std::string(text::trim(out));
}

// LLM families: a model's name starts with one ("Llama3.1", "qwen2.5-7b", "Qwen 2.5 7B").
constexpr std::string_view kFamilies[] = {
    "llama",    "gemma",     "qwen",     "mistral",   "mixtral",   "phi",       "gpt",
    "deepseek", "falcon",    "vicuna",   "smollm",    "granite",   "starcoder", "olmo",
    "yi-",      "command-r", "gpt-oss",  "minimax",   "nemotron",  "kimi",      "glm",
    "internlm", "exaone",    "devstral", "magistral", "ministral", "hunyuan",   "seed-oss"};

class MarkdownHarvester {
 public:
  // text_mode: a console log or note (.txt, .log): no headings counted, no fences.
  MarkdownHarvester(FileResult& r, bool text_mode) : r_(r), text_mode_(text_mode) {}
  void read_plain_console() { plain_console_ = true; }
  // The headings the current line stands under ("Windows / デフォルト"), "" before any.
  std::string_view section() const { return section_; }
  std::size_t section_changes() const { return section_changes_; }

  void line(std::string_view l, std::size_t number) {
    if ((in_fence_ || text_mode_ || wrap_width_ > 0 || !wrap_pending_.empty()) && !unwrapping_ &&
        unwrap(l, number))
      return;
    // A block quote's lines ("> - Model: Qwen3-0.6B (BF16)", "> | a | b |"): their content, as
    // CommonMark reads it (lists, tables and fences inside included). (A fence opened outside
    // one keeps its lines as written.)
    // (A line fed again, its escapes or no-break spaces replaced, keeps its quote's mark.)
    if (line_depth_ == 0) quoted_line_ = false;
    const DepthGuard depth(line_depth_);
    if (!text_mode_ && (!in_fence_ || quoted_fence_) && !l.empty() && l.front() == '>') {
      while (!l.empty() && l.front() == '>') {
        l.remove_prefix(1);
        if (!l.empty() && l.front() == ' ') l.remove_prefix(1);
      }
      quoted_line_ = true;
    }
    // "########## optis F ###########" over a pasted run: a banner of more '#' than a heading
    // has, closed by them too, names the run after it as a heading would (GFM reads no heading).
    if (!in_fence_ && !text_mode_ && l.size() > 7 && l[0] == '#' && l[6] == '#' &&
        l.find_first_not_of('#') >= 7) {
      if (std::string banner = banner_heading(l); !banner.empty()) {
        line(banner, number);
        return;
      }
    }
    // "#### optis F+ C  ######": a heading's closing '#'s are no part of it (CommonMark).
    if (!in_fence_ && !text_mode_ && l.size() > 3 && l.back() == '#' && is_atx_heading(l)) {
      std::string_view h = l;
      while (!h.empty() && h.back() == '#') h.remove_suffix(1);
      if (!h.empty() && (h.back() == ' ' || h.back() == '\t')) {
        line(std::string(text::trim(h)), number);
        return;
      }
    }
    // Console output pasted through a web page pads with no-break spaces (U+00A0) where the
    // terminal had spaces ("total duration:\xC2\xA0\xC2\xA0 18.03s"): spaces again.
    if ((in_fence_ || text_mode_) && l.find("\xC2\xA0") != std::string_view::npos) {
      std::string spaced(l);
      for (auto at = spaced.find("\xC2\xA0"); at != std::string::npos;
           at = spaced.find("\xC2\xA0", at))
        spaced.replace(at, 2, " ");
      line(spaced, number);
      return;
    }
    // CommonMark's backslash escapes outside code ("Q4\\_K\\_M", "model\\_name"): the character
    // itself. (Not "\\|", a pipe inside a table cell, nor "\\*" and "\\`", read as marks.)
    if (!in_fence_ && !text_mode_ && l.find('\\') != std::string_view::npos) {
      const std::string plain = without_escapes(l);
      if (plain.size() != l.size()) {
        line(plain, number);
        return;
      }
    }
    // A fence indented under a list item ("- You will see the following results" then
    // "    ```bash"): its lines lose the fence's own indentation, as CommonMark says, so console
    // output pasted there reads as it printed.
    for (std::size_t k = 0; in_fence_ && k < fence_indent_ && !l.empty() && l.front() == ' '; ++k)
      l.remove_prefix(1);
    // (A log's lines, a table's rows: a Markdown note's prose holds no escape to look for.)
    escapes_in_line_ = (text_mode_ || (!l.empty() && l.front() == '|')) &&
                       l.find('\x1b') != std::string_view::npos;
    if (text_mode_ && escapes_in_line_) {
      // A captured terminal: drop the escape sequences (spinners, cursor moves) around the text.
      const std::string clean = strip_terminal_escapes(l);
      box_or_text_line(clean, number);
      return;
    }
    box_or_text_line(l, number);
  }

  void close_unclosed_fence_at(std::size_t line) { unclosed_fence_close_ = line; }

  void finish() {
    end_wrapped_block();
    box_.finish(box_emit());
    finish_text();
    optimum_report();
    bullet_figures();
    copies_of_a_tools_block();
    late_device_fill();
    models_of_summaries();
    cpu_columns_ran_on_the_cpu();
  }

 private:
  // A console captured at a fixed width (a pod's log, a CI job's): every line cut at W columns
  // and padded to it, so a table's lines run over several. A rule of '=' that fills the width
  // and goes on at the start of the next line says how many lines each of the table's takes;
  // the lines after it are joined back in groups of that many, up to the first line not W long.
  // Returns true when the line was held or joined (the joined line is fed on with the number of
  // its first part, its padding dropped).
  bool unwrap(std::string_view l, std::size_t number) {
    if (wrap_width_ == 0) {
      if (!wrap_pending_.empty()) {
        std::string rule = std::move(wrap_pending_);
        wrap_pending_.clear();
        const auto end = l.find_first_not_of('=');
        const std::size_t run = end == std::string_view::npos ? l.size() : end;
        if (run > 0 && l.size() == rule.size() &&
            (end == std::string_view::npos ||
             l.find_first_not_of(' ', end) == std::string_view::npos)) {
          wrap_width_ = rule.size();
          wrap_parts_ = 2;
          feed(std::string(rule.size() + run, '='), wrap_pending_number_);
          return true;
        }
        feed(rule, wrap_pending_number_);  // a rule of its own: fed as it was
      }
      if (l.size() >= 60 && l.front() == '=' &&
          l.find_first_not_of('=') == std::string_view::npos) {
        wrap_pending_ = std::string(l);
        wrap_pending_number_ = number;
        return true;
      }
      return false;
    }
    if (l.size() != wrap_width_) {  // the captured block ended
      end_wrapped_block();
      return false;
    }
    if (wrap_line_.empty()) wrap_line_number_ = number;
    wrap_line_ += l;
    if (wrap_line_.size() >= wrap_parts_ * wrap_width_) {
      while (!wrap_line_.empty() && wrap_line_.back() == ' ') wrap_line_.pop_back();
      std::string joined = std::move(wrap_line_);
      wrap_line_.clear();
      feed(joined, wrap_line_number_);
    }
    return true;
  }

  void end_wrapped_block() {
    if (!wrap_pending_.empty()) {
      std::string rule = std::move(wrap_pending_);
      wrap_pending_.clear();
      feed(rule, wrap_pending_number_);
    }
    if (!wrap_line_.empty()) {
      std::string rest = std::move(wrap_line_);
      wrap_line_.clear();
      feed(rest, wrap_line_number_);
    }
    wrap_width_ = wrap_parts_ = 0;
  }

  // A line the unwrapping gives back, read as any other.
  void feed(const std::string& l, std::size_t number) {
    unwrapping_ = true;
    const std::size_t before = r_.rows.size();
    line(l, number);
    unwrapping_ = false;
    // A joined line's figures keep the line each was printed on: its offset over the width.
    if (wrap_width_ == 0) return;
    std::size_t from = 0;
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.line != number || row.raw.empty()) continue;
      const auto at = l.find(row.raw, from);
      if (at == std::string::npos) continue;
      row.line = number + at / wrap_width_;
      from = at;  // (a figure and its spread share a cell: the next search starts there)
    }
  }

  // A console table drawn with box characters is read as the pipe table it stands for.
  detail::BoxTable::Emit box_emit() {
    return [this](std::string_view pipe_line, std::size_t n) {
      box_row_ = true;
      text_line(pipe_line, n);
      box_row_ = false;
    };
  }

  void box_or_text_line(std::string_view l, std::size_t number) {
    // (Runs for every line: a box table needs a UTF-8 lead byte of its block.)
    if ((box_.active() || l.find('\xE2') != std::string_view::npos) &&
        box_.feed(l, number, box_emit()))
      return;
    // (Adjacency counted in lines read, not in the file's numbers: a line joined back from a
    // console's wrapped parts spans several.)
    if (const auto header = grouped_.feed(l, ++lines_read_); !header.empty()) {
      // GuideLLM 0.5 on repeats a header inside one box for the table's second half ("Output
      // Tokens" under "Input Tokens"): the rows below it are its own table's.
      if (active_) end_table();
      const auto emit = box_emit();  // the header its rows stand for, then the delimiter row
      emit(header, number - 1);
      emit(l, number);
      return;
    }
    if ((in_fence_ || text_mode_) && !active_ && spaced_.width == 0 &&
        statistic_run_line(l, number))
      return;
    if ((in_fence_ || text_mode_) && !active_ && l.find('=') != std::string_view::npos &&
        test_list_line(l, number))
      return;
    if ((in_fence_ || text_mode_) && (!active_ || spaced_.width > 0) && aligned_columns(l, number))
      return;
    // llama-bench's rows pasted without their header: the header they stand under.
    if ((in_fence_ || text_mode_) && !active_ && headerless_bench_row(l)) {
      const auto emit = box_emit();
      emit("| model | size | params | backend | ngl | test | t/s |", number);
      emit("| --- | ---: | ---: | --- | --: | ---: | ---: |", number);
      text_line(l, number);
      return;
    }
    // ... and cut down to some of its columns, its outer bars dropped ("qwen2 1B Q4_K - Medium |
    // CUDA | 99 |  tg32 |      503.86 ± 15.57"): each cell's column told by what it holds.
    if ((in_fence_ || text_mode_) && !active_)
      if (const std::string header = header_of_a_cut_bench_row(l); !header.empty()) {
        const auto emit = box_emit();
        emit(header, number);
        std::string delimiter = "|";
        for (std::size_t c = 0, n = markdown::split_row(header).size(); c < n; ++c)
          delimiter += " --- |";
        emit(delimiter, number);
        emit("| " + std::string(text::trim(l)) + " |", number);  // (the next rows read as its)
        return;
      }
    text_line(l, number);
  }

  // "| llama 7B Q4_0 | 3.56 GiB | 6.74 B | SYCL | 99 | pp512 | 705.09 ± 7.19 |": a row of
  // llama-bench's default table (model, size, params, backend, ngl, test, t/s) by its cells.
  // The header of such a cut row: "model" first, then "backend", "ngl", "test" and "t/s" as the
  // cells show them (a compute backend's name, a whole number, a test's id, a rate ± its spread
  // last); "" for any other line.
  static std::string header_of_a_cut_bench_row(std::string_view l) {
    // (Runs for every line of a fence or log: a bar first, rare, then the rest.)
    if (l.find('|') == std::string_view::npos) return {};
    const std::string_view t = text::trim(l);
    if (t.size() < 20 || t.front() == '|' || t.back() == '|' ||
        t.find("\xC2\xB1") == std::string_view::npos || t.find(" | ") == std::string_view::npos)
      return {};
    const auto cells = markdown::split_row("| " + std::string(t) + " |");
    if (cells.size() < 3 || cells.size() > 8) return {};
    std::string header = "| model |";
    bool test = false;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      const std::string_view v = text::trim(cells[c]);
      const auto figure = numeric::parse_cell(v);
      if (c + 1 == cells.size()) {
        const auto pm = v.find("\xC2\xB1");
        if (pm == std::string_view::npos || !numeric::parse_cell(text::trim(v.substr(0, pm))))
          return {};
        header += " t/s |";
      } else if (!detail::bench_test_id(v).empty()) {
        test = true;
        header += " test |";
      } else if (figure && figure->suffix.empty()) {
        // (llama-bench prints its threads there for the CPU backend, its GPU layers otherwise.)
        const bool cpu = std::any_of(cells.begin(), cells.end(), [](const std::string& x) {
          return text::iequals(text::trim(x), "cpu") || text::iequals(text::trim(x), "blas");
        });
        header += cpu ? " threads |" : " ngl |";
      } else if (text::iequals(v, "cuda") || text::iequals(v, "vulkan") ||
                 text::iequals(v, "metal") || text::iequals(v, "rocm") ||
                 text::iequals(v, "sycl") || text::iequals(v, "cpu")) {
        header += " backend |";
      } else {
        return {};
      }
    }
    return test ? header : std::string();
  }

  static bool headerless_bench_row(std::string_view l) {
    const std::string_view t = text::trim(l);
    if (t.size() < 30 || t.front() != '|' || t.back() != '|' ||
        t.find("\xC2\xB1") == std::string_view::npos)
      return false;
    const auto cells = markdown::split_row(t);
    if (cells.size() != 7) return false;
    const auto size = numeric::parse_cell(cells[1]);
    const auto ngl = numeric::parse_cell(cells[4]);
    const std::string_view params = text::trim(cells[2]);  // "6.74 B", "596.05 M"
    const bool counted = params.size() > 2 && (params.back() == 'B' || params.back() == 'M') &&
                         numeric::parse_cell(text::trim(params.substr(0, params.size() - 1)));
    return size && (text::iequals(size->suffix, "gib") || text::iequals(size->suffix, "mib")) &&
           counted && ngl && ngl->suffix.empty() &&
           !detail::bench_test_id(text::trim(cells[5])).empty();
  }

  // The aside a cell's figure had ("(Llama 3B)", "@ c=64"), as its note quotes it; "" for none.
  static std::string_view aside_in(const std::string& note) {
    if (note.rfind(detail::kAsideNote, 0) != 0) return {};
    const auto end = note.find('\'', detail::kAsideNote.size());
    return std::string_view(note).substr(detail::kAsideNote.size(),
                                         end - detail::kAsideNote.size());
  }

  // A cell that starts with a figure: "95.4t/s", "505t", "196ms (c:698)", "-0.5".
  static bool leads_with_figure(std::string_view v) {
    return !v.empty() && (std::isdigit(static_cast<unsigned char>(v[0])) ||
                          (v.size() > 1 && (v[0] == '-' || v[0] == '.') &&
                           std::isdigit(static_cast<unsigned char>(v[1]))));
  }

  // "278t 253.4s": two figures that filled their columns, one space apart; split (from the
  // right) until the row has `want` cells, where such pairs allow.
  static void split_pressed_figures(std::vector<std::string_view>& cells, std::size_t want) {
    const auto leads = leads_with_figure;
    for (std::size_t i = cells.size(); i-- > 0 && cells.size() < want;) {
      const std::string_view v = cells[i];
      const auto space = v.find(' ');
      if (space == std::string_view::npos || v.find(' ', space + 1) != std::string_view::npos ||
          !leads(v) || !leads(v.substr(space + 1)))
        continue;
      cells[i] = v.substr(0, space);
      cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(i) + 1, v.substr(space + 1));
    }
  }

  // Cells of a line whose columns are aligned with runs of two spaces or more ("SYCL FP32
  // 180.77       14.39"): one space stays inside a cell.
  static std::vector<std::string_view> aligned_cells(std::string_view l) {
    std::vector<std::string_view> cells;
    std::size_t at = 0;
    while (at < l.size()) {
      while (at < l.size() && (l[at] == ' ' || l[at] == '\t')) ++at;
      std::size_t end = at;
      while (end < l.size() && l[end] != '\t' &&
             !(l[end] == ' ' && end + 1 < l.size() && (l[end + 1] == ' ' || l[end + 1] == '\t')))
        ++end;
      if (end > at) cells.push_back(text::trim(l.substr(at, end - at)));
      at = end;
    }
    return cells;
  }

  // A line of only rule characters: '-', '=', '+', ':', spaces and box-drawing lines (U+2500-
  // U+257F).
  static bool is_rule_line(std::string_view t) {
    bool drawn = false;
    for (std::size_t i = 0; i < t.size(); ++i) {
      const auto c = static_cast<unsigned char>(t[i]);
      if (c == '-' || c == '=' || c == '+' || c == ':' || c == ' ') {
        drawn = drawn || c != ' ';
        continue;
      }
      if (c == 0xE2 && i + 2 < t.size() &&
          (static_cast<unsigned char>(t[i + 1]) == 0x94 ||
           static_cast<unsigned char>(t[i + 1]) == 0x95) &&
          (static_cast<unsigned char>(t[i + 2]) & 0xC0) == 0x80) {
        i += 2;
        drawn = true;
        continue;
      }
      return false;
    }
    return drawn;
  }

  // A script's summary lines of figures, each after its label or statistic, the unit last:
  // "TTFT  mean 206.92  p50 231.31  p95 368.93  p99 374.02 ms" (a quantity, then its statistics)
  // and "req/s 14.71   output 941.23 tok/s   wall 4351.74 ms" (labels and their figures). Every
  // word must fit the shape, two figures at least. Whether the line was read.
  bool statistic_run_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    // (Runs for every line of a log or fence: most have no run of spaces.)
    if (t.size() < 12 || t.size() > 240 || t.find("  ") == std::string_view::npos ||
        !std::isalpha(static_cast<unsigned char>(t.front())))
      return false;
    std::vector<std::string_view> w;
    for (std::size_t at = 0; at < t.size();) {
      while (at < t.size() && (t[at] == ' ' || t[at] == '\t')) ++at;
      std::size_t end = at;
      while (end < t.size() && t[end] != ' ' && t[end] != '\t') ++end;
      if (end > at) w.push_back(t.substr(at, end - at));
      at = end;
    }
    const auto number_at = [&](std::size_t k) {
      return k < w.size() && std::isdigit(static_cast<unsigned char>(w[k].front())) &&
             numeric::parse_cell(w[k]).has_value() && numeric::parse_cell(w[k])->suffix.empty();
    };
    const auto unit_at = [&](std::size_t k) {
      return k < w.size() && !number_at(k) && metrics::parse_unit(w[k]).has_value();
    };
    static constexpr std::string_view kStats[] = {"mean", "avg", "median", "p50", "p90",
                                                  "p95",  "p99", "min",    "max", "std"};
    const auto stat_at = [&](std::size_t k) {
      return k < w.size() && std::find(std::begin(kStats), std::end(kStats),
                                       text::to_lower(w[k])) != std::end(kStats);
    };
    struct Figure {
      std::string name, stat;
      std::string_view value;
      std::string unit;  // (a copy: a label that is its own unit, "req/s", is moved with it)
    };
    std::vector<Figure> figures;
    if (!number_at(0) && !stat_at(0) && stat_at(1)) {
      // A quantity, then pairs of a statistic and its figure, the unit after the last.
      std::size_t k = 1;
      while (stat_at(k) && number_at(k + 1)) {
        figures.push_back({std::string(w[0]), text::to_lower(w[k]), w[k + 1], {}});
        k += 2;
      }
      std::string_view unit;
      if (unit_at(k)) unit = w[k++];
      if (k != w.size() || figures.size() < 2) return false;
      for (auto& f : figures) f.unit = std::string(unit);
    } else {
      // Labels, each with its figure and perhaps its unit ("req/s" a label that is one).
      std::size_t k = 0;
      while (k < w.size() && !number_at(k) && !stat_at(k) && number_at(k + 1)) {
        Figure f{std::string(w[k]), {}, w[k + 1], {}};
        k += 2;
        if (unit_at(k))
          f.unit = w[k++];
        else if (metrics::parse_unit(f.name))
          f.unit = f.name;
        figures.push_back(std::move(f));
      }
      if (k != w.size() || figures.size() < 2) return false;
      // (Each a measurement by its label or unit: not "step 3 of 10".)
      for (const auto& f : figures)
        if (!detail::classify_cached(f.name, f.unit).metric) return false;
    }
    const std::size_t before = r_.rows.size();
    for (const auto& f : figures) {
      const auto v = numeric::parse_cell(f.value);
      const std::string name = f.stat.empty() ? f.name : f.name + " " + f.stat;
      MetricRow& row = detail::add_number_row(r_.rows, name, f.value, v->value);
      if (!f.unit.empty()) detail::set_unit(row, f.unit);
      if (!f.stat.empty())
        row.statistic = f.stat == "avg" ? "mean" : f.stat == "p50" ? "median" : f.stat;
      else if (row.statistic.empty())
        row.statistic = "value";
      row.locator = "line[" + std::to_string(number) + "]." + name;
      row.line = number;
      // (The load its heading names: "### Server (`local-0.5b-http-concurrency-16`)".)
      if (row.context.concurrency.empty() && row.context.rate.empty())
        row.context.concurrency = heading_concurrency();
      detail::renormalize(row);
    }
    label_line_rows(before);
    return true;
  }

  // A table a program printed with its columns aligned by spaces, in a log or a fence of console
  // text ("Backend        pp512 t/s   tg128 t/s   t/TFLOP"; "CPU   25.05   11.59   52.74"): a
  // header of three names or more, one of them a measurement, then rows of as many cells that
  // hold figures. Read as the pipe table it stands for. Whether the line was taken.
  bool aligned_columns(std::string_view l, std::size_t number) {
    std::string_view t = text::trim(l);
    // (Runs for every line of a log or fence: most have no run of spaces between words.)
    if (spaced_.width == 0 && spaced_.header.empty() && t.find("  ") == std::string_view::npos &&
        t.find('\t') == std::string_view::npos)
      return false;
    // "Model Load (s)        17.30 |     49.85": columns aligned by spaces, a bar between some of
    // them (a script's comparison, "Metric   TinyGrad |   PyTorch" over it): read as spaces.
    const bool piped = spaced_bars(t);
    if (piped) t = spaced_.unbarred;
    if (t.empty() || t.size() > 400 || t.front() == '|' || t.find('|') != std::string_view::npos)
      return spaced_.width = 0, spaced_.header.clear(), false;
    auto cells = aligned_cells(t);
    const std::size_t want = spaced_.width > 0 ? spaced_.width : spaced_.width_pending;
    if ((spaced_.width > 0 || !spaced_.header.empty()) && cells.size() < want)
      split_pressed_figures(cells, want);
    // "                     gen tok/s   9.22   9.68": a row indented past its first column, blank
    // under it (the label above it holds).
    if ((spaced_.width > 0 || !spaced_.header.empty()) && cells.size() + 1 == want &&
        !cells.empty() && spaced_.second_column > 0 &&
        l.find_first_not_of(' ') + 2 >= spaced_.second_column && !leads_with_figure(cells[0]) &&
        !numeric::parse_cell(cells[0]))
      cells.insert(cells.begin(), std::string_view());
    const auto leads = leads_with_figure;
    // (A figure with its unit glued on or an aside counts.)
    const auto figures = [&] {
      std::size_t n = 0;
      for (std::size_t c = 1; c < cells.size(); ++c)
        n += leads(cells[c]) || numeric::parse_cell(cells[c]) ? 1 : 0;
      return n > 0 && 2 * n >= cells.size() - 1;
    };
    const auto pipe = [](const std::vector<std::string_view>& row) {
      std::string out = "|";
      for (const auto c : row) out.append(" ").append(c).append(" |");
      return out;
    };
    if (spaced_.width > 0) {  // an open table
      if (cells.size() == spaced_.width && figures()) {
        box_emit()(pipe(cells), number);
        return true;
      }
      spaced_.width = 0;
      return false;
    }
    // "-------  ---------" (tabulate's simple format), "────────" under a console's header: a
    // rule between the header and its first row.
    if (!spaced_.header.empty() && !spaced_.ruled && is_rule_line(t)) {
      spaced_.ruled = true;
      return true;
    }
    // pandas' index name alone on the line under its header ("model" under "ttft_s  tok_s"):
    // the name of the first column.
    if (!spaced_.names.empty() && !spaced_.header.empty() && cells.size() == 1 &&
        !leads(cells[0]) && !numeric::parse_cell(cells[0]) && index_name(cells[0])) {
      std::vector<std::string_view> row{cells[0]};
      for (const auto& n : spaced_.names) row.emplace_back(n);
      spaced_.header = pipe(row);
      spaced_.width_pending = row.size();
      spaced_.names.clear();
      return true;
    }
    if (!spaced_.names.empty() && !spaced_.header.empty() &&
        cells.size() == spaced_.width_pending + 1) {  // pandas' first row, its index first
      // (A RangeIndex, "0", "1", ...: the rows' positions, no figures; a named one labels them.)
      const bool positions = cells[0].find_first_not_of("0123456789") == std::string_view::npos;
      std::vector<std::string_view> row{positions ? std::string_view("index") : std::string_view()};
      for (const auto& n : spaced_.names) row.emplace_back(n);
      spaced_.header = pipe(row);
      spaced_.width_pending = row.size();
    }
    spaced_.names.clear();
    if (!spaced_.header.empty()) {  // the line after a header: its first row, or nothing
      const std::string header = std::move(spaced_.header);
      spaced_.header.clear();
      if (cells.size() == spaced_.width_pending && figures()) {
        const auto emit = box_emit();
        emit(header, spaced_.header_line);
        std::string delimiter = "|";
        for (std::size_t c = 0; c < cells.size(); ++c) delimiter += "---|";
        emit(delimiter, spaced_.header_line);
        emit(pipe(cells), number);
        spaced_.width = cells.size();
        return true;
      }
    }
    // A header: names only, one of them a measurement or a test ("pp512 t/s", "MBW %").
    // (pandas prints a DataFrame's header over an unnamed index: "          ttft_s  tok_s", the
    // first column blank, so one name or two do.)
    const bool unnamed_index =
        l.size() > t.size() + 1 && l.starts_with("  ") && !cells.empty() && cells.size() < 16;
    // pandas' pivot table: "data_type      FP8" (its columns' name, then their labels) over its
    // index's name alone ("gpu_info"), then rows of a label and figures.
    if (!unnamed_index && cells.size() >= 2 && cells.size() <= 16 && snake_name(cells[0]) &&
        std::none_of(cells.begin(), cells.end(),
                     [&](std::string_view c) { return numeric::parse_cell(c) || leads(c); })) {
      spaced_.names.assign(cells.begin() + 1, cells.end());
      spaced_.header = pipe(cells);
      spaced_.width_pending = cells.size();
      spaced_.header_line = number;
      return false;
    }
    if ((cells.size() < 3 && !unnamed_index) || cells.size() > 16) return false;
    bool measured = false;
    std::size_t statistics = 0;  // "Test  Metric  Median  P95  Mean  Min/Max": columns of them
    for (std::size_t c = 0; c < cells.size(); ++c) {
      if (numeric::parse_cell(cells[c]) || cells[c].size() > 40 || leads(cells[c])) return false;
      if (c == 0) continue;
      const auto& cls = detail::classify_cached(cells[c]);
      measured =
          measured ||
          (cls.role == metrics::Role::metric &&  // a unit or an LLM's measurement: not ps's "TIME"
           (!cls.unit.empty() || (cls.metric && cls.metric->id != "duration" &&
                                  cls.metric->kind != units::Kind::other)));
      if (cls.role == metrics::Role::metric && !cls.metric && cls.stat_only &&
          !cls.statistic.empty() && cls.statistic != "count")
        ++statistics;
    }
    // (With a first column naming what each row is, "Metric", "Test": not wrk's per-thread
    // "Thread Stats" nor pytest-benchmark's "Name (time in us)", whose rows need their own
    // reading.)
    measured = measured || (statistics >= 3 &&
                            (is_label_header(cells[0]) ||
                             names_the_test_first({std::string(cells[0]), std::string(cells[1]),
                                                   std::string(cells[2])})));
    // (Which it is, the rows say: one more cell than the header's for pandas' index.)
    if (measured && unnamed_index) spaced_.names.assign(cells.begin(), cells.end());
    if (cells.size() < 3 && spaced_.names.empty()) return false;
    // ... or, with its bars, a first column of the quantities' names ("Metric   TinyGrad |
    // PyTorch"): a transposed table of figures per set-up.
    if (measured || (piped && is_label_header(cells[0]))) {
      spaced_.ruled = false;
      spaced_.header = pipe(cells);
      spaced_.width_pending = cells.size();
      spaced_.header_line = number;
      const auto second = cells.size() > 1 ? l.find(cells[1]) : std::string_view::npos;
      spaced_.second_column = second == std::string_view::npos ? 0 : second;
    }
    return false;
  }

  // "model", "gpu_info", "Model Name": an index's name as pandas prints it (letters, digits,
  // underscores and spaces; not a fence's "```").
  static bool index_name(std::string_view w) {
    return !w.empty() && w.size() <= 40 && std::isalpha(static_cast<unsigned char>(w[0])) &&
           std::all_of(w.begin(), w.end(), [](char c) {
             return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == ' ';
           });
  }

  // "data_type", "gpu_info": a pandas name (lower case, an underscore between words).
  static bool snake_name(std::string_view w) {
    return w.size() >= 3 && w.size() <= 32 && w.find('_') != std::string_view::npos &&
           std::all_of(w.begin(), w.end(), [](char c) {
             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
           });
  }

  // A line of space-aligned columns with bars between some ("17.30 |     49.85"), every bar with
  // spaces on both sides and none at an end: spaced_.unbarred holds it with spaces for bars.
  // (Some columns apart by spaces alone: a table of bars only, "size | rows | model", is a pipe
  // table without its outer bars, no console's.)
  bool spaced_bars(std::string_view t) {
    if (t.size() < 5 || t.front() == '|' || t.back() == '|') return false;
    auto bar = t.find('|');
    if (bar == std::string_view::npos) return false;
    std::size_t bars = 0;
    for (; bar != std::string_view::npos; bar = t.find('|', bar + 1), ++bars)
      if (t[bar - 1] != ' ' || t[bar + 1] != ' ') return false;
    spaced_.unbarred.assign(t);
    for (char& c : spaced_.unbarred)
      if (c == '|') c = ' ';
    return aligned_cells(spaced_.unbarred).size() > bars + 1;
  }

  // ESC [ parameters final-byte (CSI), ESC ] ... BEL (OSC) and two-byte ESC sequences.
  static std::string strip_terminal_escapes(std::string_view l) {
    std::string out;
    for (std::size_t i = 0; i < l.size(); ++i) {
      if (l[i] != '\x1b') {
        out += l[i];
        continue;
      }
      if (i + 1 < l.size() && l[i + 1] == '[') {
        const std::size_t start = i + 2;
        i = start;
        while (i < l.size() && !(l[i] >= 0x40 && l[i] <= 0x7e)) ++i;
        // Back to column 1 ("ESC[1G") or erase the line ("ESC[2K"): what was drawn before is
        // overwritten, as a spinner is.
        const std::string_view params = l.substr(start, i - start);
        if (i < l.size() &&
            ((l[i] == 'G' && (params.empty() || params == "1")) || (l[i] == 'K' && params == "2")))
          out.clear();
      } else if (i + 1 < l.size() && l[i + 1] == ']') {
        while (i < l.size() && l[i] != '\a') ++i;
      } else {
        ++i;
      }
    }
    return out;
  }

 public:
  // A script's banner before each run's lines, "==> qwen3-06b / Q3_K_L [file]" (as tail and
  // harnesses print them): the model, and the weights' precision after a slash, of the figure
  // lines below it, until the next banner.
  void run_banner(std::string_view l) {
    std::string_view t = text::trim(l);
    if (!t.starts_with("==> ")) return;
    t.remove_prefix(4);
    if (t.ends_with("<==")) t.remove_suffix(3);
    if (const auto open = t.rfind(" ["); open != std::string_view::npos && t.back() == ']')
      t = t.substr(0, open);
    t = text::trim(t);
    const auto slash = t.find(" / ");
    const std::string_view model = text::trim(t.substr(0, slash));
    const std::string quant = slash == std::string_view::npos
                                  ? std::string()
                                  : detail::quantization_in(text::trim(t.substr(slash + 3)));
    banner_model_.clear();
    banner_quant_.clear();
    if (model.empty() || model.size() > 80 || model.find(' ') != std::string_view::npos ||
        (!looks_like_llm(std::string(model)) && quant.empty()))
      return;
    banner_model_ = std::string(model);
    banner_quant_ = quant.empty() ? detail::quantization_in(model) : quant;
  }

  // "=== (1) TTFT DISTRIBUTION (short prompt, 20 gen tokens, 30 requests) ===": a console's
  // section title between rules of '='. The quantity it names (its number and asides left out)
  // is that of the figures below that name only their statistic ("P50_S=0.202"); a title naming
  // one model ("=== ... PERF ANGLES: qwen3.6-35b (max_ctx=65536) ===") names theirs.
  void equals_title(std::string_view l) {
    std::string_view t = text::trim(l);
    if (t.size() < 8 || !t.ends_with("==")) return;
    while (!t.empty() && t.front() == '=') t.remove_prefix(1);
    while (!t.empty() && t.back() == '=') t.remove_suffix(1);
    t = text::trim(t);
    title_metric_ = nullptr;
    // "=== Hardware Detection Summary ===": the lines below say what the machine has.
    machine_title_ = names_a_machine_list(t);
    if (t.empty() || t.size() > 160) return;
    std::string name;
    int depth = 0;
    for (const char ch : t) {
      if (ch == '(' || ch == '[') {
        ++depth;
      } else if (ch == ')' || ch == ']') {
        depth = std::max(0, depth - 1);
      } else if (depth == 0) {
        name += ch;
      }
    }
    const auto& cls = detail::classify_cached(text::trim(name));
    if (cls.metric && cls.role == metrics::Role::metric) title_metric_ = cls.metric;
    // "=== MNN LLM Qwen2-0.5B Benchmark ===" opening a log: the engine of its figures.
    if (document_.backend.empty() && r_.rows.empty() && engines_named(name) <= 1)
      document_.backend = detail::serving_engine_in(name);
    std::string model;
    for (std::string_view rest = name; !rest.empty();) {
      const auto space = rest.find(' ');
      std::string w(rest.substr(0, space));
      rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
      while (!w.empty() && (w.back() == ':' || w.back() == ',')) w.pop_back();
      if (w.size() < 4 || !looks_like_llm(w)) continue;
      if (!model.empty() && model != w) return;  // two models: whose is unsaid
      model = w;
    }
    if (!model.empty()) title_model_ = std::move(model);
  }

  void quantity_of_title(MetricRow& row) const {
    if (!title_metric_ || row.role != metrics::Role::metric) return;
    const auto& cls = detail::classify_cached(row.name);
    if (!(cls.stat_unit_only || names_a_state_only(row.name, cls)) ||
        !metrics::unit_fits(*title_metric_, row.unit, row.statistic))
      return;
    detail::set_metric(row, title_metric_->id);
    detail::add_note(row, "the quantity the title above names");
  }

  // "COLD_S", "WARM_MS": a time in a state (a cold start, a warm cache) and its unit, no quantity.
  static bool names_a_state_only(std::string_view name, const metrics::Classification& cls) {
    if (!cls.metric || cls.metric->id != "duration" || cls.unit.empty()) return false;
    const auto words = detail::words_of(text::to_lower(name));
    if (words.size() != 2) return false;
    const std::string& state = words[0];
    return state == "cold" || state == "warm" || state == "hot" || state == "cached" ||
           state == "uncached" || state == "first";
  }

  // The emoji and bullets before a line's first letter or digit ("⚡ Time to First Token:").
  static std::size_t leading_marks(std::string_view t) {
    std::size_t start = 0;
    // (Not a CJK letter's bytes: "吞吐量: 193.4 tok/s" starts with its label.)
    while (start < t.size() && !std::isalnum(static_cast<unsigned char>(t[start])) &&
           !metrics::has_cjk(t.substr(start, 3)))
      ++start;
    return start;
  }

  // "============" / "📊 SkipLLaMA Benchmark Results" / "============": the run the lines below
  // report, its name (without "Benchmark Results") the configuration label of their figures.
  bool framed_title(std::string_view t, std::size_t number) {
    const bool rule = t.size() >= 10 && t.find_first_not_of('=') == std::string_view::npos;
    if (rule) {
      if (framed_line_ + 1 == number && rule_line_ + 2 == number)
        block_label_ = framed_;  // (none after a part's title: the run above has ended)
      rule_line_ = number;
      return true;
    }
    if (rule_line_ + 1 != number || rule_line_ == 0) return false;
    const std::size_t start = leading_marks(t);  // emoji before the title
    std::string title(text::trim(t.substr(start)));
    for (const std::string_view tail : {" Benchmark Results", " Benchmark Result", " Results"}) {
      if (title.size() > tail.size() &&
          text::iequals(std::string_view(title).substr(title.size() - tail.size()), tail)) {
        title.resize(title.size() - tail.size());
        break;
      }
    }
    // (Not "Performance Comparison", "Summary", trtllm-bench's "= WORLD + RUNTIME INFORMATION",
    // "STATE CHECK: PRE-FLIGHT @ 14:28:06": a part of the report or a step of the script, no run.)
    const bool part = t.front() == '=' || title.find(':') != std::string::npos ||  // "STARTING:"
                      names_a_part(title);
    framed_ = title.size() <= 40 && !part ? title : std::string();
    framed_line_ = number;
    return false;
  }

  // "⚡ Time to First Token:" over "   P50: 0.626s", "   Mean: 0.716s": a script's block of one
  // quantity's statistics, each line named by the label above it. True when the line was one.
  bool statistics_under_label(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    const bool indented = !l.empty() && (l[0] == ' ' || l[0] == '\t');
    if (indented && !stat_label_.empty() && stat_label_line_ + 1 == number) {
      const auto colon = t.find(':');
      if (colon == std::string_view::npos || colon == 0 || colon > 12) return false;
      const std::string_view stat = text::trim(t.substr(0, colon));
      if (!metrics::parse_statistic(stat)) return false;
      const std::size_t before = r_.rows.size();
      MetricRow* row = detail::add_text_row(r_.rows, stat_label_ + " " + std::string(stat),
                                            text::trim(t.substr(colon + 1)));
      if (!row) return false;
      row->locator =
          "line[" + std::to_string(number) + "]." + stat_label_ + "." + std::string(stat);
      row->line = number;
      label_line_rows(before);
      stat_label_line_ = number;
      return true;
    }
    stat_label_.clear();
    if (indented || t.size() < 4 || t.size() > 60 || t.back() != ':') return false;
    const std::size_t start = leading_marks(t);
    const std::string_view label = text::trim(t.substr(start, t.size() - 1 - start));
    if (label.empty() || start > 8) return false;
    const auto& c = detail::classify_cached(label);
    if (c.role != metrics::Role::metric || !c.metric || !c.statistic.empty()) return false;
    stat_label_.assign(label);
    stat_label_line_ = number;
    return false;
  }

  // "## Summary", "Performance Comparison", "WORLD + RUNTIME INFORMATION": a part of a log's
  // report or a step of its script, no run's label.
  static bool names_a_part(std::string_view title) {
    const std::string low = text::to_lower(title);
    for (const std::string_view w :
         {"comparison", "summary",  "overview",      "analysis", "information", "details",
          "statistics", "metrics",  "configuration", "settings", "environment", "check",
          "cooldown",   "warm",     "result",        "setup",    "set-up",      "notes",
          "conclusion", "hardware", "software"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "Without LMCache" alone on its line, then "====== Engine Benchmark Result ... ======": the
  // run the block below reports, its label in the configuration of the block's figures.
  void caption_before_banner(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.empty()) return;
    if (framed_title(t, number)) return;
    // "########## 并发1 | in=512 out=256 n=2 c=1 ##########": a script's banner over the run
    // below it, its words the run's label (until the next).
    if (t.size() > 10 && t.starts_with("###") && t.ends_with("###")) {
      std::string_view inner = t;
      while (!inner.empty() && inner.front() == '#') inner.remove_prefix(1);
      while (!inner.empty() && inner.back() == '#') inner.remove_suffix(1);
      inner = text::trim(inner);
      const std::string_view verb = inner.substr(0, inner.find(' '));
      const bool step = verb.size() > 4 && text::iequals(verb.substr(verb.size() - 3), "ing");
      hash_banner_ = !inner.empty() && inner.size() <= 80 && !names_a_part(inner) && !step
                         ? std::string(inner)
                         : std::string();  // "##### Starting server #####": no run's label
      return;
    }
    // "## Sycl" / "## Plain" in a console log: a heading written as Markdown writes it, the
    // label of the runs below it (until the next).
    // (Not a banner of '#' alone, nor a part of the report: "## Summary", "## Results".)
    if (const auto after = t.find_first_not_of('#');
        t.size() > 3 && t.size() <= 44 && t.starts_with("##") && after != std::string_view::npos &&
        t[after] == ' ') {
      const std::string_view title = text::trim(t.substr(after));
      if (!title.empty() && title.find_first_of(":=|#") == std::string_view::npos &&
          std::isalpha(static_cast<unsigned char>(title.front())) != 0 && !names_a_part(title)) {
        block_label_ = std::string(title);
        return;
      }
    }
    // "=== FULL BASELINE (p_min=0.3) ===", "=== 64K TRIMMED (p_min=0.0) ===": a title framed in
    // '=', the run the log's lines below report (not a quantity's title, "=== (1) TTFT
    // DISTRIBUTION ===", nor a part of the report, "=== Summary ===").
    if (t.size() > 8 && t.starts_with("==") && t.ends_with("==") && !title_metric_) {
      std::string_view title = t;
      while (!title.empty() && title.front() == '=') title.remove_prefix(1);
      while (!title.empty() && title.back() == '=') title.remove_suffix(1);
      title = text::trim(title);
      // ("=== Benchmarking SkipLLaMA ===": the run is SkipLLaMA; "=== Post-processing ===",
      // "=== Measuring Idle Baseline (60s) ===": a step of the script, no run.)
      const std::string_view verb = title.substr(0, title.find(' '));
      if (text::iequals(verb, "benchmarking") || text::iequals(verb, "testing"))
        title = text::trim(title.substr(verb.size()));
      else if (verb.size() > 4 && text::iequals(verb.substr(verb.size() - 3), "ing"))
        title = {};
      // (A step or a part of the report ends the run above: its figures are not the run's.)
      if (title.empty() || names_a_part(title)) block_label_.clear();
      if (!title.empty() && title.size() <= 60 &&
          std::isalnum(static_cast<unsigned char>(title.front())) &&
          title.find_first_of(":|#") == std::string_view::npos && !names_a_part(title)) {
        block_label_ = std::string(title);
        return;
      }
    }
    if (t.starts_with("====") &&
        t.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos) {
      block_label_ = short_line_number_ + 3 >= number ? short_line_ : std::string();
      short_line_.clear();
      return;
    }
    const bool caption = t.size() <= 40 && std::count(t.begin(), t.end(), ' ') <= 4 &&
                         t.find_first_of(":=|#$>") == std::string_view::npos &&
                         std::isalpha(static_cast<unsigned char>(t.front())) != 0;
    if (caption) {
      short_line_.assign(t);
      short_line_number_ = number;
    }
  }

  void text_line(std::string_view l, std::size_t number) {
    // "模型：Qwen2.5-7B", "吞吐量：310 tok/s": a full-width colon read as a colon and a space.
    if (const auto wide = l.find('\xEF');  // (one memchr per line)
        wide != std::string_view::npos && l.find("\xEF\xBC\x9A", wide) != std::string_view::npos) {
      thread_local std::string narrowed;
      narrowed.assign(l);
      for (auto at = narrowed.find("\xEF\xBC\x9A", wide); at != std::string::npos;
           at = narrowed.find("\xEF\xBC\x9A", at))
        narrowed.replace(at, 3, ": ");
      const std::string line = narrowed;  // (a copy: text_line may reach this line again)
      text_line(line, number);
      return;
    }
    // MLPerf LoadGen's summary ("MLPerf Results Summary", "Completed tokens per second: 44.52").
    if ((in_fence_ || text_mode_) && !active_ &&
        (mlperf_.section != detail::MlperfSummaryState::Section::none ||
         l.starts_with("MLPerf Results"))) {
      const std::size_t before = r_.rows.size();
      if (detail::mlperf_summary_line(l, number, mlperf_, r_.rows)) {
        label_line_rows(before);
        if (r_.format.empty() && r_.rows.size() > before) r_.format = "mlperf loadgen summary";
        return;
      }
    }
    if ((text_mode_ || in_fence_) && !l.empty() && l.front() == '=') run_banner(l);
    // "### Framework comparison at 7B" in a text file, over a pipe table: a Markdown heading
    // (read when the table starts; elsewhere a text file's '#' line is a comment).
    if (text_mode_ && !in_fence_ && !active_ && l.size() > 4 && l[0] == '#' && l.size() <= 160) {
      const auto marks = l.find_first_not_of('#');
      if (marks != std::string_view::npos && marks >= 2 && marks <= 4 && l[marks] == ' ' &&
          std::isalpha(static_cast<unsigned char>(l[marks + 1]))) {
        // (Its closing marks aside: "### GPU 0 ONLY ###".)
        std::string_view h = text::trim(l);
        while (!h.empty() && h.back() == '#') h.remove_suffix(1);
        text_heading_.assign(text::trim(h));
        text_heading_line_ = number;
      }
    }
    // (Looked for in a section's first line only.)
    if (!prose_since_heading_ && !in_fence_ && heading_level_ >= 2 && l.size() < 160 &&
        (l.find("huggingface.co/") != l.npos || l.find("hf.co/") != l.npos))
      model_link(l);
    // "**Metric**: `eval_count / eval_duration` (tokens/second)": Ollama's decode rate.
    // (One look for an underscore first: most lines hold none.)
    if (!eval_rate_defined_ && !in_fence_ && !l.empty() && l.front() != '|' &&
        std::memchr(l.data(), '_', l.size()) != nullptr) {
      if (const auto at = l.find("eval_count"); at != std::string_view::npos)
        eval_rate_defined_ = l.find("eval_duration", at) != std::string_view::npos &&
                             l.find('/', at) < l.find("eval_duration", at) &&
                             l.find("prompt_eval") == std::string_view::npos;
    }
    // "* About throughputs, please record the Tokens / Sec of Eval Time" before any table: the
    // document's token rates are llama.cpp's "eval time" rate, the decode rate.
    // (One case-sensitive look first: "val " is in both spellings, and in few lines.)
    if (!eval_rate_defined_ && !in_fence_ && !text_mode_ && table_ == 0 && l.size() < 200 &&
        !l.empty() && l.front() != '|' && l.find("val ") != std::string_view::npos &&
        text::icontains(l, "eval time") && !text::icontains(l, "prompt eval") &&
        !text::icontains(l, " not ") &&
        (text::icontains(l, "tokens / sec") || text::icontains(l, "tokens/sec") ||
         text::icontains(l, "tokens per second") || text::icontains(l, "tok/s")))
      eval_rate_defined_ = true;
    // "**Metrics:** Mean ± Max Deviation": what the document's "±" is.
    if (!in_fence_ && l.size() < 160 && std::memchr(l.data(), '\xC2', l.size()) != nullptr &&
        l.find("\xC2\xB1") != std::string_view::npos && l.front() != '|' &&
        (text::icontains(l, "deviation") || text::icontains(l, " std") ||
         text::icontains(l, " sd") || text::icontains(l, "confidence")))
      spread_definition_ = std::string(text::trim(l));
    if (!text_mode_ && !in_fence_) {
      if (l.size() > 6 && (l[0] == '-' || l[0] == '*') && l[1] == ' ') {
        if (setup_section_ || !arrow_figure(l, number)) bullet_figure(l, number);
      } else if (l.size() > 8 && l[0] == '*' && l[1] == '*' && l.find(":** ") < 60 &&
                 !setup_section_ && lists_under_results()) {
        // (Only under a heading of results: in a preamble or a set-up, such a line is a card's
        // or a run's property, "**GPU Memory:** 24 GB", "**Test duration:** 300 seconds".)
        // "**Response Time:** 68.15 seconds": a label in bold and its figure, a list's item
        // in all but its mark.
        thread_local std::string item;
        item.assign("- ").append(l);
        bullet_figure(item, number);
      } else if (table_ == 0 && plain_figure_line(l)) {
        // "平均首字回复时间: 0.72秒" on a line of its own, as a script's report prints it: read as
        // a list's item is (a note with no table, its lines of figures its results); a
        // llama-bench test's rate ("pp512 : 465.97 t/s") as its test's.
        const auto colon = l.find(':');
        if (!test_rate_line(text::trim(l.substr(0, colon)), text::trim(l.substr(colon + 1)),
                            number)) {
          thread_local std::string item;
          item.assign("- ").append(l);
          bullet_figure(item, number);
        }
      } else if (!l.empty() && l.back() != ' ') {
        // "**Expected Performance:**", "Citations from Technical Report 108:": what the list
        // below it holds.
        if (l.back() == ':' || l.ends_with(":**")) {
          list_lead_ = text::to_lower(l.substr(0, std::min<std::size_t>(l.size(), 120)));
          // "Llama results:" over the statistics of one of the models the commands ran.
          // (... and a lead naming none of them, "Unlabelled:", none: not the last lead's.)
          if (l.size() <= 60 && ollama_.run_models.size() >= 2) {
            std::string m = detail::model_of_lead(strip_emphasis(l), ollama_);
            if (!m.empty() || ollama_.model_from_lead) ollama_.model = std::move(m);
            ollama_.model_from_lead = !ollama_.model.empty();
          }
        } else
          list_lead_.clear();
        list_lead_machine_.reset();
        // (A line of prose ends what the bold lines and the settings line above said of the list
        // under them: "Next we ran single requests ... with no load.")
        if (!(l.starts_with("**") && l.ends_with("**")) && number != settings_line_) {
          bold_lead_.clear();
          bold_load_.clear();
          code_settings_section_ = 0;
        }
      }
    }
    // (One look at the line's end first: an announcement ends in an ellipsis.)
    if ((text_mode_ || in_fence_) && l.size() > 11 &&
        (l.back() == '.' || static_cast<unsigned char>(l.back()) == 0xA6) &&
        l.find("Running ") != std::string_view::npos)
      run_announcement(l);
    // ("[10:04:01] Summary", "Done.": the runs announced are over; the table after is all of
    // theirs.)
    if ((text_mode_ || in_fence_) && !run_label_.empty() && l.size() < 60) {
      std::string_view t = text::trim(l);
      while (t.starts_with('[') && t.find(']') != std::string_view::npos)
        t = text::trim(t.substr(t.find(']') + 1));
      while (!t.empty() && (t.back() == '.' || t.back() == ':')) t.remove_suffix(1);
      if (text::iequals(t, "summary") || text::iequals(t, "results") || text::iequals(t, "done") ||
          text::iequals(t, "finished") || text::iequals(t, "all done"))
        run_label_.clear();
    }
    if (text_mode_ && l.starts_with("==")) equals_title(l);
    if (in_fence_ && !text_mode_ && l.starts_with("==") && l.ends_with("=="))
      machine_title_ = names_a_machine_list(l);
    if (text_mode_) caption_before_banner(l, number);
    if (!text_mode_ && !quoted_line_ && text::trim(l).substr(0, 1) == "#")
      ++r_.heading_count;  // reference rule, fences included (not "> # ...", no heading to it)
    else if (!l.empty() && l.find_first_not_of(" \t\r") != std::string_view::npos &&
             !decoration_line(l))
      content_since_heading_ = true;
    // A Chimera report's own "## Workflow Summary" ends the model's text above it, a code fence
    // the model left open included.
    if (in_fence_ && chimera_.titled && !text_mode_ && text::trim(l) == "## Workflow Summary")
      text_line("```", number);
    // A code fence never closed (a README's ```` ```bash ```` over its commands, its results'
    // headings and tables after): closed at the first blank line after it, as its writer meant
    // (GitHub shows the rest of the document as code), and said so.
    if (in_fence_ && !text_mode_ && number == unclosed_fence_close_ && !chimera_.titled) {
      r_.warnings.push_back("line " + std::to_string(fence_line_) +
                            ": a code fence never closed; read as closed at the blank line " +
                            std::to_string(number) + " (the text after it as the document's)");
      unclosed_fence_close_ = 0;
      text_line("```", number);
    }
    // "Averages: prompt_tps=2295.900, peak_memory=2.825```": a fence's close glued to its last
    // line. No close by CommonMark's letter, but what the writer meant: the line, then the close
    // (else the headings and runs after it would be read as code).
    if (in_fence_ && !text_mode_ && l.size() > 4 && l.find('`') == l.size() - 3 &&
        l.ends_with("```") && l.find_first_not_of(" \t`") != std::string_view::npos) {
      const std::string content(l.substr(0, l.size() - 3));
      text_line(content, number);
      if (in_fence_) text_line("```", number);
      return;
    }
    if (!text_mode_ && is_fence_line(l)) {
      configs_.block();
      // "The result of InternVL3-8B-hf:" right above a fence: the output below is that model's.
      // ... and one naming an accelerator ("(the output below was obtained on A100-80GB):"),
      // the figures of the fence.
      const bool captioned = !in_fence_ && colon_line_number_ + 2 >= number;
      fence_model_ = captioned ? caption_model_in(colon_line_) : std::string();
      // ... and the model a sentence right above it quotes ("results running DSv3.2 on 1 node
      // using `nvidia/DeepSeek-V3.2-NVFP4` model."), the one model in code marks.
      if (fence_model_.empty() && !in_fence_ && prose_line_number_ + 2 >= number)
        fence_model_ = quoted_model_in(prose_line_);
      // (Not a note on the output above, "above sample output is done on ... RTX 5880".)
      const bool of_above = prose_line_.find("above") != std::string::npos &&
                            prose_line_.find("below") == std::string::npos;
      const std::string fence_gpu = !in_fence_ && prose_line_number_ + 2 >= number && !of_above
                                        ? detail::gpu_named_in(prose_line_)
                                        : std::string();
      if (!fence_gpu.empty()) gpu_spans_.emplace_back(number, fence_gpu);
      if (in_fence_ && gpu_spans_.back().second != heading_gpu())
        gpu_spans_.emplace_back(number, heading_gpu());  // the fence ends: its heading's again
      if (in_fence_) {
        fenced_file();
        closed_fence_ = {fence_rows_, r_.rows.size(), number};
      } else {
        fence_kind_ = fence_info(l);
        text_fence_ = is_text_fence(l);
        shell_fence_ = is_shell_fence(l);
        heredoc_end_.clear();
        fence_text_.clear();
        fence_line_ = number;
        fence_rows_ = r_.rows.size();
      }
      in_fence_ = !in_fence_;
      if (in_fence_) fence_loader_ = {};  // (a loader's model holds for its own fence's table)
      ollama_.runs_without_output = 0;    // (commands run one after another within one fence)
      fence_phase_.clear();
      machine_title_ = false;  // (a console's title holds within its fence)
      quoted_fence_ = in_fence_ && quoted_line_;
      guidellm_fence_ = false;
      fence_indent_ = in_fence_ ? l.find_first_not_of(' ') : 0;
      command_.clear();
      end_table();
      prev_.clear();
      ollama_.in_block = false;
      llmperf_.in_block = false;
      return;
    }
    if (in_fence_ && !text_mode_) collect_fenced(l);
    if (text_mode_) {
      const auto t = text::trim(l);
      if (t.size() >= 2 && t.front() == '{' && t.back() == '}' &&
          harvest_json_line(t, number, r_)) {
        json_lines_ = true;
        return;
      }
      if (json_block(l, number)) return;
    }
    if (!in_fence_ && !text_mode_) {
      const std::string_view t = text::trim(l);
      const char first = t.empty() ? '#' : t.front();
      if (first != '#' && t.back() == ':' && t.size() <= 160) {
        colon_line_ = std::string(t);
        colon_line_number_ = number;
      }
      // (A copy: a line may be a temporary one, its escapes or no-break spaces replaced.)
      if (first != '#' && first != '|' && t.size() <= 400) {
        prose_line_.assign(t);
        prose_line_number_ = number;
      }
      if (first != '#' && first != '|') column_definition_line(t, number);
      if (first == '*') bold_lead_line(t);
      // "**Model:** Qwen3-0.6B" right above a table (a date line between them at most): the
      // table's model, as its caption would name it.
      if ((first == '*' || first == 'M') && t.size() < 120 &&
          t.find("odel:") != std::string_view::npos) {
        const std::string plain = strip_emphasis(std::string(t));
        if (plain.size() > 7 && text::iequals(std::string_view(plain).substr(0, 6), "model:")) {
          const std::string model(text::trim(std::string_view(plain).substr(6)));
          if (!model.empty() && model.find(' ') == std::string::npos) {
            model_line_model_ = model;
            model_line_number_ = number;
          }
        }
      }
      // A llama.cpp log saved as Markdown prints its devices outside any fence ("ggml_vulkan: 0
      // = ...", "  Device 0: ..."): they label its tables as a log's do.
      if ((first == 'g' && t.starts_with("ggml_")) || (first == 'D' && t.starts_with("Device ")))
        device_line(l);
      if (first == 'l' || first == 'p') loader_line(t);
    }
    // A heading ends a table, a blank line before it or not (GFM: a table stops at the start of
    // another block).
    if (active_ && !in_fence_ && !text_mode_ && is_atx_heading(l)) end_table(l);
    if (!in_fence_ && !active_ && !text_mode_ && chimera_.titled && chimera_report_line(l, number))
      return;
    if (!in_fence_ && !active_) document_label(l, number);
    if (!amdahl_document_ && !active_ && l.find("mdahl") != std::string_view::npos)
      amdahl_document_ = true;  // the report is on Amdahl's law
    if (!in_fence_ && !active_ && !text::trim(l).empty()) note_under_table(l);
    if (in_fence_ || text_mode_) shell_assignment(l);
    ollama_show_quantization(l);
    // "# Mac air M3 16G ..." beside `ollama run` in a fence: the machine of what follows in it.
    if (in_fence_ && !text_mode_ && l.find('#') != std::string_view::npos) {
      const std::string_view t = text::trim(l);
      if (t.size() > 2 && t.front() == '#') {
        // ("# 36核 128G内存 3090 24G显卡": in its English words, "... 3090 24G gpu".)
        if (auto gpu = detail::gpu_named_in(metrics::in_english(t)); !gpu.empty())
          gpu_spans_.emplace_back(number, std::move(gpu));
      }
    }
    // "gpu_info: NVIDIA GeForce RTX 3090" (llm_benchmark's system lines) in a fence: the machine
    // of what follows in it.
    if (in_fence_ && !text_mode_ && (l.starts_with("gpu_info:") || l.starts_with("GPU:"))) {
      if (auto gpu = detail::gpu_named_in(l.substr(l.find(':') + 1)); !gpu.empty())
        gpu_spans_.emplace_back(number, std::move(gpu));
    }
    if ((in_fence_ || text_mode_) && l.find("rate=[") != std::string_view::npos) guidellm_rates(l);
    if ((in_fence_ || text_mode_ || plain_console_) && !active_ &&
        (trtllm_.section != detail::TrtllmBenchState::Section::none || l.starts_with("= "))) {
      const std::size_t before = r_.rows.size();
      if (detail::trtllm_bench_line(l, number, trtllm_, r_.rows)) {
        label_line_rows(before);
        if (r_.rows.size() > before && r_.format.empty()) r_.format = "trtllm-bench";
        return;
      }
    }
    // vegeta's report ("Latencies [min, mean, 50, 90, 95, 99, max]  12.4s, 26.2s, …").
    if ((in_fence_ || text_mode_) && !active_ && l.size() > 20) {
      const std::size_t before = r_.rows.size();
      if (detail::vegeta_line(l, number, vegeta_, r_.rows)) {
        label_line_rows(before);
        if (r_.format.empty() && r_.rows.size() > before) r_.format = "vegeta report";
        return;
      }
    }
    if ((in_fence_ || text_mode_) && continued_command(l, number)) return;
    if ((in_fence_ || text_mode_) && console_summary_line(l, number)) return;
    if (!in_fence_ && !text_mode_ && !active_ &&
        ((md_vllm_ && vllm_.in_block) || is_atx_heading(l))) {
      // The block written as Markdown: "### Serving Benchmark Result", "* Mean TTFT (ms): 151.31".
      if (const std::string form = vllm_list_form(l); !form.empty()) {
        const std::size_t before = r_.rows.size();
        detail::vllm_console_line(form, number, vllm_, r_.rows);
        label_vllm_rows(before);
        return;  // (a heading's labels were taken above)
      }
    }
    if (in_fence_ || text_mode_ || (plain_console_ && !active_)) {
      const std::size_t before = r_.rows.size();
      const bool in_block = detail::vllm_console_line(l, number, vllm_, r_.rows);
      take_client_command();
      if (in_block) {
        label_vllm_rows(before);
        return;
      }
    }
    if (in_fence_ && !text_mode_ && fenced_json_line(l, number)) return;
    if (in_fence_ || text_mode_) {
      const std::size_t before = r_.rows.size();
      if (detail::ollama_response_repr_line(l, number, ollama_, r_.rows)) {
        if (r_.format.empty()) r_.format = "ollama python response";
        for (std::size_t i = before; i < r_.rows.size(); ++i) {  // "Benchmarking X ..." above
          if (r_.rows[i].context.model.empty()) r_.rows[i].context.model = script_model_;
        }
        return;
      }
    }
    if ((in_fence_ || text_mode_) && detail::llmperf_console_line(l, number, llmperf_, r_.rows)) {
      return;
    }
    if ((in_fence_ || text_mode_) &&
        (nvidia_smi_.in_table || l.find("NVIDIA-SMI ") != std::string_view::npos)) {
      const std::size_t before = r_.rows.size();
      if (detail::nvidia_smi_line(l, number, nvidia_smi_, r_.rows)) {
        label_line_rows(before);
        if (r_.rows.size() > before) gpu_shown_by_nvidia_smi(r_.rows[before].context.gpu, number);
        return;
      }
    }
    if (in_fence_ || text_mode_) {
      const std::size_t before = r_.rows.size();
      if (detail::vllm_engine_stats_line(l, number, vllm_stats_, r_.rows)) {
        for (std::size_t i = before; i < r_.rows.size(); ++i) {
          Context& ctx = r_.rows[i].context;
          if (ctx.model.empty()) ctx.model = vllm_.model;  // "--model" of the command
          if (ctx.model.empty()) ctx.model = heading_model();
          if (ctx.gpu.empty() && !devices_.empty()) ctx.gpu = device_list();
          ctx.fill_from(document_);
          if (ctx.section.empty()) ctx.section = section_;
        }
        if (r_.format.empty()) r_.format = "vllm engine statistics";
        return;
      }
    }
    // (llama-server's log pasted into a note without a fence: its timing lines, whose form is
    // exact, as in one.)
    if (in_fence_ || text_mode_ || (!active_ && unfenced_timing_line(l))) {
      const std::size_t before = r_.rows.size();
      if (detail::llama_timings_line(l, number, timings_, r_.rows)) {
        // The devices the log listed, before the document's ("# … (llama.cpp, Intel GPU A770)"
        // over sections of other devices' logs).
        for (std::size_t i = before; i < r_.rows.size(); ++i) {
          if (r_.rows[i].context.gpu.empty() && !devices_.empty())
            r_.rows[i].context.gpu = device_list();
          // The model the log's loader named ("general.name = Qwen3 0.6B", "file type = Q4_K -
          // Medium"), before the document's.
          if (r_.rows[i].context.model.empty() && !loaded_model_.empty()) {
            r_.rows[i].context.model = loaded_model_;
            if (r_.rows[i].context.quantization.empty())
              r_.rows[i].context.quantization = loaded_quant_;
          }
        }
        label_line_rows(before);  // ("### llama.cpp" names no model: the heading's, if any)
        for (std::size_t i = before; i < r_.rows.size(); ++i) {
          // (llama.cpp's own lines: its compute backend, as llama-bench's "backend" column names
          // it, where the log's device list or the section's heading says which ("### 3.6 dGPU
          // (A770) vulkan"); else its engine, where nothing names another.)
          // (Over the document's "llama.cpp": the engine whose backend it is.)
          std::string& backend = r_.rows[i].context.backend;
          std::string compute = devices_compute();
          if (compute.empty()) compute = nearest(heading_computes_);
          if (compute.empty()) compute = detail::compute_backend_name(heading_backend());
          if (!compute.empty() && (backend.empty() || text::iequals(backend, "llama.cpp")))
            backend = std::move(compute);
          if (backend.empty()) backend = heading_backend();
          if (backend.empty()) backend = "llama.cpp";
        }
        return;
      }
    }
    // MLX-LM's statistics ("Prompt: 7 tokens, 6.657 tokens-per-sec"), pasted anywhere: their
    // form is exact, so prose does not match it.
    const auto lead = l.find_first_not_of(" \t>");  // (a cheap look first: most lines are not)
    // ... and mlx_lm.benchmark's "Timing with ..." / "Trial 1:  prompt_tps=..." lines.
    if (!active_ && lead != std::string_view::npos && (l[lead] == 'T' || l[lead] == 'A')) {
      const std::size_t before = r_.rows.size();
      if (detail::mlx_benchmark_line(l, number, mlx_, r_.rows)) {
        label_line_rows(before);
        if (r_.format.empty() && r_.rows.size() > before) r_.format = "mlx-lm benchmark";
        return;
      }
    }
    // Go's benchmark lines (`go test -bench`: Ollama's benchmark suite), in a log or a fence.
    if ((in_fence_ || text_mode_) && !active_ && lead != std::string_view::npos &&
        (l[lead] == 'B' || l[lead] == 'g' || l[lead] == 'p' || l[lead] == 'c' ||
         l.find("go test ") != std::string_view::npos)) {
      const std::size_t before = r_.rows.size();
      if (detail::go_bench_line(l, number, go_bench_, r_.rows)) {
        label_line_rows(before);
        if (r_.format.empty() && r_.rows.size() > before)
          r_.format = go_bench_.pkg.find("github.com/ollama/ollama") != std::string::npos
                          ? "ollama go benchmark"
                          : "go test -bench";
        return;
      }
    }
    if (!active_ && lead != std::string_view::npos && (l[lead] == 'P' || l[lead] == 'G')) {
      const std::size_t before = r_.rows.size();
      if (detail::mlx_generate_line(in_fence_ || text_mode_ ? l : unquoted(l), number, mlx_,
                                    r_.rows)) {
        label_line_rows(before);
        if (r_.format.empty()) r_.format = "mlx-lm generate";
        return;
      }
    }
    // Ollama's statistics in a fence, a log, or a note that is a pasted log (llm_benchmark's
    // "eval rate:" lines in a .md file): their labels are exact, so prose does not match them.
    // (Also quoted: ">total duration: 1m20.3s" after a quoted answer.)
    const std::string_view ol = in_fence_ || text_mode_ ? l : unquoted(l);
    if (in_fence_ && !text_mode_ && fence_model_.empty()) fence_model_ = model_line(l);
    if (in_fence_ || text_mode_ || (!active_ && may_be_ollama_line(ol))) {
      const std::size_t before = r_.rows.size();
      if (detail::ollama_verbose_line(ol, number, ollama_, r_.rows)) {
        // "model_name = ..." of the log, on the row the line added (a line of the block may add
        // none: found by fuzz_markdown, where rows.back() of an empty table was read).
        if (r_.rows.size() > before) {
          Context& ctx = r_.rows.back().context;
          if (ctx.model.empty() && in_fence_) ctx.model = fence_model_;  // its "Model: X" line
          if (ctx.model.empty()) ctx.model = heading_model();  // "### dolphin-phi:2.7b" above
          ctx.fill_from(document_);
        }
        return;
      }
    }
    if (text_mode_ && !active_ && !box_row_ && speed_list_line(l, number)) return;
    if (in_fence_ || text_mode_) {
      run_settings_line(l);
      const std::size_t before = r_.rows.size();
      if (detail::kv_measurement_line(l, number, r_.rows, text_mode_) ||
          (l.find(" | ") != std::string_view::npos &&
           detail::segment_measurement_line(l, number, r_.rows)) ||
          (l.find('=') != std::string_view::npos && detail::statistics_line(l, number, r_.rows)) ||
          (text_mode_ && detail::spaced_figures_line(l, number, r_.rows))) {
        for (std::size_t i = before; i < r_.rows.size(); ++i) {
          quantity_of_title(r_.rows[i]);
          Context& ctx = r_.rows[i].context;
          if (ctx.model.empty() && in_fence_) ctx.model = fence_model_;  // its "Model: X" line
          if (ctx.model.empty()) ctx.model = script_model_;              // "Benchmarking model='X'"
          if (ctx.model.empty()) ctx.model = title_model_;  // "=== PERF: qwen3.6-35b ==="
          if (ctx.concurrency.empty()) ctx.concurrency = script_concurrency_;
          if (ctx.config.empty()) ctx.config = sweep_.config;  // "Q2_K  ctx=256  trial=1  ..."
          if (ctx.quantization.empty()) ctx.quantization = sweep_.quantization;
          if (sweep_.per_trial && r_.rows[i].statistic == "value") r_.rows[i].statistic = "sample";
          if (ctx.model.empty()) ctx.model = heading_model();  // "### qwen3.6:35b (MoE)" above
          ctx.fill_from(document_);
          if (ctx.section.empty()) ctx.section = section_;
        }
        of_the_repetition(before);
        return;
      }
    }
    // A console's figure lines pasted into the prose, unfenced ("Avg TTFT (ms):      2147.2047"
    // under "Benchmark Results for FP4:"): aligned after the colon as a program prints them.
    if (!in_fence_ && !text_mode_ && !active_ && aligned_figure_line(l)) {
      if (aligned_.last_line + 1 != number) {  // a new block: its caption is the line above
        aligned_ = {};
        aligned_.first_row = r_.rows.size();
        if (colon_line_number_ + 1 == number)
          aligned_.quantization = one_quantization_in(colon_line_);
      }
      aligned_.last_line = number;
      const std::size_t before = r_.rows.size();
      if (labelled_figure_line(l, number, true)) {
        label_line_rows(before);
        for (std::size_t i = before; i < r_.rows.size(); ++i) {
          Context& ctx = r_.rows[i].context;
          if (ctx.concurrency.empty()) ctx.concurrency = aligned_.concurrency;
          if (ctx.quantization.empty()) ctx.quantization = aligned_.quantization;
        }
        return;
      }
      // "Concurrency Level:                      8": the load of the block's figures.
      const auto colon = l.find(':');
      const auto& c = detail::classify_cached(text::trim(l.substr(0, colon)));
      if ((c.parameter && c.parameter->id == "concurrency") ||
          (c.metric && c.metric->id == "concurrency")) {
        aligned_.concurrency = std::string(text::trim(l.substr(colon + 1)));
        for (std::size_t i = aligned_.first_row; i < r_.rows.size(); ++i) {  // lines above it
          if (r_.rows[i].context.concurrency.empty())
            r_.rows[i].context.concurrency = aligned_.concurrency;
        }
      }
    }
    if (!active_ && llama_cli_speed_line(l, number)) return;
    if (!active_ && lead != std::string_view::npos &&
        (l[lead] == 'r' || l[lead] == 'u' || l.back() == 'l' || l.back() == '\r' ||
         l.back() == ' ') &&
        time_output_line(l, number))
      return;
    if (in_fence_ || text_mode_) {
      device_line(l);
      // (A cheap look first: the loader's lines start with its own name.)
      if (const auto at = l.find_first_not_of(' ');
          at != std::string_view::npos && (l[at] == 'l' || l[at] == 'p'))
        loader_line(text::trim(l));
      if (text_mode_) error_line(l, number);
      if ((text_mode_ || text_fence_) && !active_ && !box_row_) {
        if (statistics_under_label(l, number)) return;
        if (completion_line(l, number)) return;
        if (setting_figures_line(l, number)) return;
        if (tagged_json_line(l, number)) return;
        if (verdict_line(l, number)) return;
        const std::size_t before = r_.rows.size();
        if (labelled_parts_line(l, number) || unit_parts_line(l, number)) {
          label_line_rows(before);
          return;
        }
        if (labelled_figure_line(l, number)) {
          label_line_rows(before);  // the log's "GPU: ..." line, the heading over the fence
          of_the_repetition(before);
          // ("Python Peak Efficiency: 99.2%" in a report on Rust: not the document's runtime.)
          for (std::size_t i = before; i < r_.rows.size(); ++i) {
            if (names_another_runtime(r_.rows[i].name)) r_.rows[i].context.backend.clear();
          }
          return;
        }
        if (took_line(l, number)) {
          label_line_rows(before);
          return;
        }
      }
      // A shell's fence (```bash) holds commands, and often the output they printed: a line of
      // a label and its figure ("        Torch time: 0.00601 ms") is such output, never a
      // command.
      // (Not a comment, "# - ONNX export: ~15s" of what a run is expected to take.)
      if (in_fence_ && shell_fence_ && !text_fence_ && !heredoc_end_.empty() &&
          text::trim(l) == heredoc_end_) {
        heredoc_end_.clear();
      } else if (in_fence_ && shell_fence_ && !text_fence_ && heredoc_end_.empty() &&
                 l.find("<<") != std::string_view::npos) {
        // ("cat > values.yaml <<YAML": a file written, its lines no output, to its end word.)
        std::string_view word = text::trim(l.substr(l.find("<<") + 2));
        while (!word.empty() && (word.front() == '-' || word.front() == '\'' ||
                                 word.front() == '"' || word.front() == '~'))
          word.remove_prefix(1);
        word = word.substr(0, word.find_first_of(" '\"\t;>"));
        if (!word.empty()) heredoc_end_.assign(word);
      } else if (in_fence_ && shell_fence_ && !text_fence_ && heredoc_end_.empty() && !active_ &&
                 !box_row_ && text::trim(l).substr(0, 1) != "#" &&
                 !starts_with_a_bound(text::trim(l))) {
        const std::size_t before = r_.rows.size();
        if (labelled_figure_line(l, number)) {
          label_line_rows(before);
          // ("Python Peak Efficiency: 99.2%" in a report on Rust: not the document's runtime.)
          for (std::size_t i = before; i < r_.rows.size(); ++i) {
            if (names_another_runtime(r_.rows[i].name)) r_.rows[i].context.backend.clear();
          }
          return;
        }
      }
      // A fence holds code or console output: of its tables only llama-bench's, pasted as it
      // printed them, are read (its header, delimiter and rows, up to the closing fence).
      if (in_fence_ && !active_ && !box_row_ && is_statistics_header(l)) fenced_statistics_ = true;
      // GuideLLM's log pasted in a fence: its "Benchmarks Info:" and "Benchmarks Stats:" tables
      // are read as in a log file.
      if (in_fence_ && !guidellm_fence_ && l.starts_with("Benchmarks ") &&
          (l.starts_with("Benchmarks Info:") || l.starts_with("Benchmarks Stats:")))
        guidellm_fence_ = true;
      if (in_fence_ && !guidellm_fence_ && !active_ && !box_row_ && !is_bench_header(l) &&
          !fenced_statistics_ && (prev_.empty() || !is_delimiter_row(l))) {
        // ... and in a fence of console text, any table a script printed ("| GPU | Model | PP/s
        // | TTFT |", its delimiter row, its rows): a pipe row may be its header.
        if (text_fence_) {
          const std::string_view t = text::trim(l);
          const bool pipe_row = t.size() > 2 && t.front() == '|' && t.back() == '|';
          prev_ = pipe_row ? std::string(l) : std::string();
        }
        return;
      }
      // (Only a table of figures: a column that names a measurement. Not "| a | b |", "| name |
      // value |" of an example.)
      // (TGI's text-generation-benchmark prints its parameters and its "| Step | Batch Size |
      // Average | Lowest | Highest |" tables: read.)
      if (in_fence_ && text_fence_ && !active_ && !box_row_ && !prev_.empty() && !guidellm_fence_ &&
          !fenced_statistics_ && is_delimiter_row(l) && !is_bench_header(prev_) &&
          !names_a_measurement(prev_) && !is_tgi_benchmark_header(prev_) &&
          !is_tgi_parameters_header(prev_)) {
        prev_.clear();
        return;
      }
    }
    if (active_) {
      if (l.find('|') != std::string_view::npos && !text::trim(l).empty()) {
        auto cells = markdown::split_row(l);
        if (metric_second_.on && cells.size() >= 2) {
          // (Its test first: blank under the one above it, which holds.)
          if (text::trim(cells[0]).empty()) cells[0] = metric_second_.test;
          metric_second_.test = cells[0];
          std::swap(cells[0], cells[1]);
        }
        table_row(cells, number);
        return;
      }
      // "get_memory_info: [warning] ..." printed between llama-bench's header and its rows: a
      // log line inside the table, not its end.
      if (bench_table_ && is_log_line(l)) return;
      // ... and a blank line printed between its delimiter and its first row (a log written while
      // the model loaded): the rows still follow.
      if (bench_table_ && row_ == 0 && text::trim(l).empty()) return;
      end_table(l);
    } else if (!prev_.empty() && is_delimiter_row(l)) {
      const auto header = markdown::split_row(prev_);
      const auto delimiter = markdown::split_row(l);
      prev_.clear();
      if (header.size() != delimiter.size()) {  // GFM: not a table
        detail::add_warning(r_.warnings,
                            "line " + std::to_string(number - 1) + ": a table header of " +
                                std::to_string(header.size()) + " cells over a delimiter row of " +
                                std::to_string(delimiter.size()) +
                                " cells is not a table (GitHub-flavoured Markdown); not read");
        return;
      }
      metric_second_ = {names_the_test_first(header), {}};
      if (metric_second_.on) {
        auto swapped = header;
        std::swap(swapped[0], swapped[1]);
        start_table(swapped, number);
        return;
      }
      start_table(header, number);
      return;
    }
    prev_ = l.find('|') != std::string_view::npos ? std::string(l) : std::string();
  }

  // "| Test | Metric | Median | P95 |": the test first, then the quantity each row's figures are
  // of: read with the quantity's column first, as "| Metric | Test | Median | P95 |".
  static bool names_the_test_first(const std::vector<std::string>& header) {
    if (header.size() < 3) return false;
    const std::string first = text::to_lower(text::trim(header[0]));
    const std::string second = text::to_lower(text::trim(header[1]));
    return (first == "test" || first == "benchmark" || first == "scenario" || first == "workload" ||
            first == "task" || first == "case") &&
           (second == "metric" || second == "metrics" || second == "measure" ||
            second == "measurement" || second == "metric name");
  }

  // A figure of a Chimera run's report ("- Throughput: 41.18 tok/s" under "## Metrics"), with
  // the document's labels: its model ("Model: gemma3:latest") and configuration.
  bool chimera_report_line(std::string_view l, std::size_t number) {
    // (A run's folder holds its metrics.json beside its reports: one look, at the first line
    // the report's reader takes.)
    if (!chimera_looked_) {
      chimera_looked_ = true;
      std::error_code ec;
      const auto& path = r_.entry.abs_path;
      chimera_.repeated = !path.empty() &&  // (a root given relative gives relative paths)
                          std::filesystem::is_regular_file(path.parent_path() / "metrics.json", ec);
    }
    const std::size_t before = r_.rows.size();
    if (!detail::chimera_report_line(l, number, chimera_, r_.rows)) return false;
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      Context& ctx = r_.rows[i].context;
      ctx.fill_from(document_);
      if (ctx.section.empty()) ctx.section = section_;
    }
    if (r_.rows.size() > before) {
      configs_.mark_foreign(r_.rows, before);  // its own configuration, not a table's variant
      if (r_.format.empty()) r_.format = "chimera report";
    }
    return true;
  }

  // "get_memory_info: [warning] ...", "ggml_sycl_init: found 1 devices": a line a program logged,
  // its function's name first (a word with '_' and a colon; not prose such as "Note: ...").
  static bool is_log_line(std::string_view l) {
    const auto colon = l.find(": ");
    if (colon == std::string_view::npos || colon < 3 || colon > 48) return false;
    const std::string_view name = l.substr(0, colon);
    return name.find('_') != std::string_view::npos &&
           std::all_of(name.begin(), name.end(), [](char c) {
             return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
           });
  }

  // "| model | size | params | backend | ngl | test | t/s |": llama-bench's table header.
  // genai-perf's "LLM Metrics" printed as a pipe table ("| Statistic | avg | min | max |"), as
  // its older versions and some notes do: a console table, as the box-drawn one is.
  static bool is_statistics_header(std::string_view l) {
    if (l.find("Statistic") == std::string_view::npos) return false;
    const auto cells = markdown::split_row(l);
    if (cells.size() < 3 || text::trim(cells[0]) != "Statistic") return false;
    for (std::size_t c = 1; c < cells.size(); ++c) {
      if (!metrics::parse_statistic(text::to_lower(text::trim(cells[c])))) return false;
    }
    return true;
  }

  static bool is_bench_header(std::string_view l) {
    // llama-batched-bench's "| PP | TG | B | N_KV | ... | S_TG t/s |", as it prints it.
    if (l.find("S_TG t/s") != std::string_view::npos && l.find("N_KV") != std::string_view::npos)
      return true;
    if (l.find("t/s") == std::string_view::npos || l.find("test") == std::string_view::npos)
      return false;
    return has_bench_columns(markdown::split_row(l));
  }

  // Header cells with llama-bench's "test" and "t/s" columns.
  template <class Cells>
  static bool has_bench_columns(const Cells& cells) {
    bool test = false, rate = false;
    for (const auto& cell : cells) {
      const std::string_view c = text::trim(cell);
      test = test || c == "test";
      rate = rate || c == "t/s";
    }
    return test && rate;
  }

  // Cheap test for a line of prose: could it be one of Ollama's statistics ("eval rate: ...",
  // "Average of eval rate: ...") or llm_benchmark's "model_name = ..."?
  // A Markdown block quote's line without its marker: "> text", ">text".
  static std::string_view unquoted(std::string_view l) {
    std::size_t at = 0;
    while (at < l.size() && at < 3 && l[at] == ' ') ++at;
    if (at >= l.size() || l[at] != '>') return l;
    ++at;
    if (at < l.size() && l[at] == ' ') ++at;
    return l.substr(at);
  }

  static bool may_be_ollama_line(std::string_view l) {
    l = text::trim(l);
    if (l.empty()) return false;
    const char c = static_cast<char>(l.front() | 0x20);  // ASCII lower case
    if (c != 't' && c != 'l' && c != 'p' && c != 'e' && c != 'a' && c != 'm' && c != 'c')
      return false;
    const auto end = l.find_first_of(":=");
    return end <= 32;  // npos (none) is larger
  }

  void finish_text() {
    end_table();
    llmperf_concurrency_from_its_command();
    detail::label_swept_arguments(vllm_, r_.rows);
    if (const auto n = detail::one_token_blocks(vllm_, r_.rows); n > 0)
      detail::add_warning(r_.warnings,
                          std::to_string(n) + " of " + std::to_string(vllm_.blocks.size()) +
                              " result blocks had requests of one token each: their ITL and TPOT "
                              "of 0 are no measurement (no value)");
    if (!vllm_.short_runs.empty())
      detail::add_warning(r_.warnings, std::to_string(vllm_.short_runs.size()) + " of " +
                                           std::to_string(vllm_.block) +
                                           " runs completed fewer requests than they sent (" +
                                           vllm_.short_runs.front() +
                                           "): their figures are of the completed requests only");
    if (llama_bench_table_) r_.format = "llama-bench markdown";
    detail::end_ollama(ollama_, r_.rows);
    if (ollama_.block > ollama_.lone_totals && r_.format.empty()) r_.format = "ollama verbose";
    if (vllm_.block > 0 && r_.format.empty())
      r_.format = vllm_.sglang ? "sglang bench_serving console" : "vllm bench serve console";
    if (vllm_.throughput_runs > 0 && r_.format.empty()) r_.format = "vllm bench throughput console";
    if (llmperf_.block > 0 && r_.format.empty()) r_.format = "llmperf console";
    if (timings_.block > 0 && r_.format.empty()) r_.format = "llama.cpp timings";
    if (guidellm_console_ && r_.format.empty()) r_.format = "guidellm console";
    if (guidellm_placeholders_ > 0)
      detail::add_warning(r_.warnings, std::to_string(guidellm_placeholders_) +
                                           " figures of GuideLLM runs that completed no request "
                                           "are placeholders (0.0): no value");
    if (console_tables_ > 0 && r_.format.empty()) r_.format = "console table";
    if (json_lines_) detail::recognise_json(r_);
    for (const auto& e : log_errors_) detail::add_warning(r_.warnings, e);
    label_rows_with_heading_gpus();
    label_earlier_rows_with_the_documents_gpu();
    vendor_gpu_named_in_full();
    multiples_as_speedups();
    if (error_lines_ > log_errors_.size())
      detail::add_warning(r_.warnings, std::to_string(error_lines_ - log_errors_.size()) +
                                           " more lines of the log report an error");
    if (chimera_.skipped > 0)
      detail::add_warning(r_.warnings,
                          std::to_string(chimera_.skipped) +
                              " figures of this Chimera report repeat the run's metrics.json "
                              "beside it: read from there, not twice");
    configs_.apply(r_.rows);
    detail::refine_by_test(r_.rows);
    detail::finalize_rows(r_.rows);
  }

 private:
  // GuideLLM's logged profile: "strategy_type='constant' rate=[1.0, 5.0]", the rates of its
  // constant benchmarks in the order it ran them.
  void guidellm_rates(std::string_view l) {
    std::string_view list = l.substr(l.find("rate=[") + 6);
    list = list.substr(0, list.find(']'));
    std::vector<std::string> rates;
    while (!list.empty()) {
      const auto comma = list.find(',');
      const std::string_view item = text::trim(list.substr(0, comma));
      if (!numeric::parse_cell(item)) return;
      rates.emplace_back(item);
      if (comma == std::string_view::npos) break;
      list.remove_prefix(comma + 1);
    }
    if (!rates.empty()) guidellm_rates_ = std::move(rates);
  }

  // MODEL="llama-3.1-8b-instruct" in a shell session: what "${MODEL}" on a later command line
  // stands for.
  void shell_assignment(std::string_view l) {
    const std::string_view t = text::trim(l);
    const auto eq = t.find('=');
    if (eq == std::string_view::npos || eq == 0 || eq > 40 || t.find(' ') < eq) return;
    for (std::size_t i = 0; i < eq; ++i) {
      const char c = t[i];
      if (!(std::isupper(static_cast<unsigned char>(c)) || c == '_' ||
            (i > 0 && std::isdigit(static_cast<unsigned char>(c)))))
        return;
    }
    std::string_view v = t.substr(eq + 1);
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
      v = v.substr(1, v.size() - 2);
    if (v.empty() || v.find_first_of(" $`") != std::string_view::npos) return;
    shell_vars_[std::string(t.substr(0, eq))] = std::string(v);
  }

  // "${MODEL}", "$MODEL": the value the session gave it, or nothing (a placeholder names no
  // model).
  // (Also inside a value: "nvidia/NVIDIA-Nemotron-3-Nano-30B-A3B-$DTYPE".)
  std::string shell_value(const std::string& v) const {
    std::string out;
    for (std::size_t i = 0; i < v.size();) {
      if (v[i] != '$') {
        out += v[i++];
        continue;
      }
      const bool braced = i + 1 < v.size() && v[i + 1] == '{';
      std::size_t j = i + (braced ? 2 : 1);
      const std::size_t from = j;
      while (j < v.size() && (std::isalnum(static_cast<unsigned char>(v[j])) || v[j] == '_')) ++j;
      const auto it = shell_vars_.find(v.substr(from, j - from));
      if (j == from || it == shell_vars_.end()) return {};  // a placeholder names nothing
      out += it->second;
      i = j + (braced && j < v.size() && v[j] == '}' ? 1 : 0);
    }
    return out;
  }

  // A command line that named the model or the client's load (vllm_ read it): for its section and
  // those below, its shell variables resolved.
  void take_client_command() {
    if (vllm_.model == vllm_model_ && vllm_.client_concurrency == client_concurrency_) return;
    vllm_.model = shell_value(vllm_.model);
    vllm_model_ = vllm_.model;
    client_concurrency_ = vllm_.client_concurrency;
    vllm_model_level_ = heading_level_;
    vllm_blocks_at_command_ = vllm_.block;
    // The accelerator its section's heading names, unless its own options name one.
    if (vllm_.gpu.empty() || vllm_.gpu == heading_gpu_given_) {
      vllm_.gpu = heading_gpu();
      heading_gpu_given_ = vllm_.gpu;
    }
  }

  // "genai-perf \\" then "  -m ensemble \\" ... "  --concurrency 1 \\": a command continued over
  // lines, read as the one line it is (its model and load label the run's figures). Returns true
  // while the command goes on.
  bool continued_command(std::string_view& l, std::size_t number) {
    std::string_view t = l;
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r'))
      t.remove_suffix(1);
    if (!t.empty() && t.back() == '\\' && command_.size() < 4096) {
      t.remove_suffix(1);
      command_.append(text::trim(t)).append(1, ' ');
      return true;
    }
    if (command_.empty()) return false;
    std::string whole = std::move(command_);
    command_.clear();
    whole.append(text::trim(l));
    detail::vllm_console_line(whole, number, vllm_, r_.rows);
    take_client_command();
    if (const auto n = detail::option_value(whole, "--num-concurrent-requests"); !n.empty())
      llmperf_commands_.insert(n);
    return true;
  }

  // "Output token throughput (per sec): 922.59" printed under genai-perf's table: a total of the
  // run the table is of.
  bool console_summary_line(std::string_view l, std::size_t number) {
    if (console_summary_lines_ == 0) return false;
    --console_summary_lines_;
    const std::string_view t = text::trim(l);
    const auto colon = t.rfind(": ");
    if (colon == std::string_view::npos || t.find("(per sec)") == std::string_view::npos)
      return false;
    const std::string_view label = text::trim(t.substr(0, colon));
    const std::string_view value = text::trim(t.substr(colon + 2));
    if (!numeric::parse_cell(value)) return false;
    MetricRow* row = detail::add_text_row(r_.rows, label, value);
    if (!row) return false;
    row->locator = "table[" + std::to_string(table_ - 1) + "]." + std::string(label);
    row->line = number;
    row->statistic = "value";
    row->context.model = vllm_model_;
    row->context.concurrency = client_concurrency_;
    row->context.fill_from(document_);
    if (row->context.section.empty()) row->context.section = section_;
    console_summary_lines_ = 1;  // the next total may follow
    return true;
  }

  // LLMPerf's results printed before the command that ran them ("--num-concurrent-requests 1"):
  // the load of every block, when the file's commands name one load.
  void llmperf_concurrency_from_its_command() {
    if (llmperf_.block == 0 || llmperf_commands_.size() != 1) return;
    for (auto& row : r_.rows) {
      if (row.locator.rfind("llmperf_result[", 0) == 0 && row.context.concurrency.empty())
        row.context.concurrency = *llmperf_commands_.begin();
    }
  }

  // GPU names printed by llama.cpp before its benchmark table (ggml_cuda_init's "Device 0: Tesla
  // V100-SXM2-16GB, compute capability 7.0" or, built for ROCm, "Device 0: Radeon 8060S
  // Graphics, gfx1151 (0x1151), VMM: no", ggml_vulkan's "0 = AMD Radeon RX 7900 XTX (RADV
  // NAVI31) | ..."): the context of the tables that follow.
  void device_line(std::string_view l) {
    std::string name;
    std::string_view index;
    bool integrated = false;
    std::string_view compute;
    l = text::trim(l);
    // "ggml_cuda_init: found 1 ROCm devices:": the backend its "Device 0: ..." lines are of
    // (CUDA's, ROCm's, MUSA's: the same form).
    if ((l.starts_with("ggml_cuda_init: found ") || l.starts_with("ggml_init_cublas: found ")) &&
        l.ends_with(" devices:")) {
      const auto end = l.find(" device");
      const auto from = l.rfind(' ', end == std::string_view::npos ? 0 : end - 1);
      cuda_init_backend_.clear();
      if (end != std::string_view::npos && from != std::string_view::npos && from > 20)
        cuda_init_backend_ = detail::compute_backend_name(l.substr(from + 1, end - from - 1));
      if (end != std::string_view::npos && l.substr(from + 1, end - from - 1) == "MUSA")
        cuda_init_backend_ = "MUSA";
      return;
    }
    const auto dev = l.find("Device ");
    // CUDA's ", compute capability 7.0"; ROCm's ", gfx1151 (0x1151), VMM: no".
    auto cc = l.find(", compute capability");
    if (cc == std::string_view::npos) cc = l.find(", gfx");
    if (dev != std::string_view::npos && cc != std::string_view::npos && cc > dev) {
      const auto colon = l.find(": ", dev);
      if (colon != std::string_view::npos && colon < cc) {
        name = l.substr(colon + 2, cc - colon - 2);
        index = l.substr(dev + 7, colon - dev - 7);
        // (As the line above them said; a "gfx" architecture is ROCm's.)
        compute = !cuda_init_backend_.empty() ? std::string_view(cuda_init_backend_)
                  : l[cc + 2] == 'g'          ? std::string_view("ROCm")
                                              : std::string_view();
      }
    } else if (const auto tpu = l.find("TPU info: "); tpu != std::string_view::npos) {
      // vLLM on TPU: "TPU info: node_name=... | tpu_type=v6e-4 | ... | num_chips=4".
      const auto type = l.find("tpu_type=", tpu);
      if (type != std::string_view::npos) {
        const auto from = type + 9;
        const auto end = l.find_first_of(" |", from);
        const std::string_view t =
            l.substr(from, end == std::string_view::npos ? std::string_view::npos : end - from);
        if (!t.empty()) name = "TPU " + std::string(t);
      }
    } else if (l.starts_with("|") && (l.find("[level_zero:gpu:") != std::string_view::npos ||
                                      l.find("[opencl:gpu:") != std::string_view::npos ||
                                      l.find("[cuda:gpu:") != std::string_view::npos)) {
      // llama.cpp's SYCL device list: "| 0| [level_zero:gpu:0]| Intel Arc A770 Graphics| 1.3|".
      // (Not its CPU, "[opencl:cpu:0]"; nor the OpenCL entry of a GPU Level Zero listed too.)
      const auto cells = markdown::split_row(l);
      const bool opencl = l.find("[opencl:") != std::string_view::npos;
      if (cells.size() >= 3 && cells[1].find(":cpu:") == std::string::npos &&
          !(opencl && sycl_level_zero_)) {
        sycl_level_zero_ = sycl_level_zero_ || l.find("[level_zero:gpu:") != std::string_view::npos;
        sycl_index_ = std::string(text::trim(cells[1]));  // (kept: the cells end here)
        index = sycl_index_;
        name = std::string(text::trim(cells[2]));
        compute = "SYCL";
      }
    } else if (l.starts_with("Vulkan") && l.size() > 9 &&
               std::isdigit(static_cast<unsigned char>(l[6]))) {
      // Newer llama.cpp: "Vulkan0: Intel(R) Arc(tm) A770 Graphics (DG2) (Intel open-source Mesa
      // driver) | uma: 0 | fp16: 1 | warp size: 32".
      const auto colon = l.find(": ");
      if (colon < 10) {  // (npos is larger)
        const auto bar = l.find(" | ");
        const std::string_view device = text::trim(l.substr(
            colon + 2, bar == std::string_view::npos ? std::string_view::npos : bar - colon - 2));
        name = detail::gpu_named_in(device);
        std::string printed(text::trim(device.substr(0, device.find(" ("))));
        erase_marks(printed);
        // (The name as printed, "Intel Arc A770 Graphics", where it holds the card's number
        // found alone, "A770".)
        if (name.empty() ||
            (name.find(' ') == std::string::npos && text::icontains(printed, text::to_lower(name))))
          name = std::move(printed);
        index = l.substr(6, colon - 6);
        integrated = l.find("| uma: 1") != std::string_view::npos;
        compute = "Vulkan";
      }
    } else if (const auto use = l.find("using device "); use != std::string_view::npos) {
      // llama.cpp's model loader: "llama_model_load_from_file_impl: using device CUDA0 (NVIDIA
      // GeForce RTX 4090) - 23008 MiB free", "using device Metal (Apple M4) - 10922 MiB free".
      const auto open = l.find(" (", use + 13);
      // (Its own closing bracket: "Vulkan1 (AMD Radeon AI PRO R9700 (RADV GFX1201)) (0000:06:00.0)
      // - 15517 MiB free".)
      auto close = std::string_view::npos;
      for (std::size_t i = open == std::string_view::npos ? l.size() : open + 2, depth = 1;
           i < l.size(); ++i) {
        depth += l[i] == '(' ? 1 : l[i] == ')' ? static_cast<std::size_t>(-1) : 0;
        if (depth == 0) {
          close = l.find(" - ", i) == std::string_view::npos ? std::string_view::npos : i;
          break;
        }
      }
      if (close != std::string_view::npos && open - use - 13 <= 16) {
        // ("CUDA0", "ROCm0", "Vulkan0": the device's number, as the backend's own device list
        // writes it, "Device 0: ...": one device, not two. "Metal": none.)
        std::string_view number = l.substr(use + 13, open - use - 13);
        const std::string_view backend = number.substr(0, number.find_first_of("0123456789"));
        for (const std::string_view known : {"CUDA", "ROCm", "Vulkan", "Metal", "SYCL"})
          if (backend == known) compute = known;
        while (!number.empty() && std::isdigit(static_cast<unsigned char>(number.front())) == 0)
          number.remove_prefix(1);
        index = number;
        name = std::string(text::trim(l.substr(open + 2, close - open - 2)));
        if (const auto driver = name.find(" ("); driver != std::string::npos)
          name.resize(driver);  // "(RADV GFX1201)": its driver's name for it
        // (A device already listed under its own name, "ggml_vulkan: 0 = AMD Radeon RX 7900 XTX
        // (RADV NAVI31)", is the one this line names.)
        if (!devices_.empty() && !tables_since_devices_) return;
      }
    } else if (l.rfind("ggml_vulkan: ", 0) == 0) {
      const auto eq = l.find(" = ");
      if (eq != std::string_view::npos) {
        // (Up to its driver's name, " (RADV NAVI31)", not the mark of "Intel(R) HD Graphics".)
        const auto end = std::min(l.find(" (", eq + 3), l.find('|', eq + 3));
        name = std::string(text::trim(l.substr(
            eq + 3, end == std::string_view::npos ? std::string_view::npos : end - eq - 3)));
        erase_marks(name);
        index = text::trim(l.substr(13, eq - 13));
        // "| uma: 1 |": memory shared with the CPU, an integrated GPU that llama.cpp's Vulkan
        // backend leaves out when a discrete one is present.
        integrated = l.find("| uma: 1") != std::string_view::npos;
        compute = "Vulkan";
      }
    }
    if (name.empty()) return;
    if (tables_since_devices_) devices_.clear();
    tables_since_devices_ = false;
    for (auto& d : devices_) {
      if (d.index == index && (!index.empty() || d.name == name)) {  // the same device again
        d.name = name;
        if (d.compute.empty()) d.compute = compute;
        return;
      }
    }
    devices_.push_back({std::string(index), std::move(name), integrated, std::string(compute)});
  }

  // "main: error: failed to create context with model '...'": a run that failed says so in its
  // log (its table may be a header alone); the first few such lines become warnings.
  void error_line(std::string_view l, std::size_t number) {
    const auto at = l.find("error: ");
    if (at == std::string_view::npos || (at > 0 && l[at - 1] != ' ' && l[at - 1] != ':')) return;
    if (++error_lines_ > 3) return;
    std::string shown(text::trim(l));
    if (shown.size() > 160) shown = shown.substr(0, 157) + "...";
    log_errors_.push_back("line " + std::to_string(number) +
                          ": the log reports an error: " + shown);
  }

  // "2x AMD Radeon AI PRO R9700", "Tesla P100, RTX 3090": the devices the log listed, without
  // an integrated GPU beside discrete ones.
  // llama-bench's "| main_gpu | sm |" of "3 | none": with no split, the row ran on the log's
  // device 3 alone, not on every device it listed.
  std::string main_gpu_alone(std::size_t n) const {
    std::size_t main = std::string::npos, split = std::string::npos;
    for (std::size_t c = 0; c < n && c < header_.size(); ++c) {
      const std::string_view h = text::trim(header_[c]);
      if (h == "main_gpu" || h == "mg") main = c;
      if (h == "sm" || h == "split_mode") split = c;
    }
    if (main == std::string::npos || split == std::string::npos ||
        !text::iequals(stripped_[split], "none"))
      return {};
    for (const auto& d : devices_)
      if (d.index == stripped_[main]) return d.name;
    return {};
  }

  // "prompt eval time =     410.44 ms /     4 tokens (…)", "llama_print_timings: …": a line of
  // llama.cpp's timings, by its start.
  static bool unfenced_timing_line(std::string_view l) {
    const auto at = l.find_first_not_of(' ');
    if (at == std::string_view::npos ||
        (l[at] != 'p' && l[at] != 'e' && l[at] != 't' && l[at] != 'l' && l[at] != 's'))
      return false;
    const std::string_view t = l.substr(at);
    for (const std::string_view lead :
         {"prompt eval time =", "eval time =", "total time =", "load time =", "sample time =",
          "llama_print_timings:", "llama_perf_context_print:", "llama_perf_sampler_print:"})
      if (t.starts_with(lead)) return true;
    return false;
  }

  // A header whose last word is one capital letter ("W", "w16kv16 B") in a table whose headers
  // end in two different such letters: variables the text defines, no units.
  bool letter_variable(std::string_view header) const {
    const auto last_letter = [](std::string_view h) -> char {
      h = text::trim(h);
      if (h.empty() || !std::isupper(static_cast<unsigned char>(h.back()))) return 0;
      if (h.size() > 1 && h[h.size() - 2] != ' ') return 0;
      return h.back();
    };
    const char own = last_letter(header);
    if (own == 0) return false;
    return std::any_of(header_.begin(), header_.end(), [&](const std::string& h) {
      const char other = last_letter(h);
      return other != 0 && other != own;
    });
  }

  // "0.86 ms", "11010": whether a cell writes its own unit.
  // Whether a "W" after a whole number in column c is Chinese shorthand for 万 (10,000): a table
  // written in Chinese whose column's header names no power and no unit.
  bool wan_in_chinese_table(std::size_t c) const {
    const std::string_view cell = text::trim(stripped_[c]);
    if (cell.size() < 2 || cell.size() > 4 || (cell.back() != 'W' && cell.back() != 'w') ||
        !std::all_of(cell.begin(), cell.end() - 1,
                     [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }))
      return false;
    if (std::none_of(header_.begin(), header_.end(),
                     [](const std::string& h) { return metrics::has_cjk(h); }))
      return false;
    const auto& cls = detail::classify_cached(header_[c]);
    if (cls.metric || !cls.unit.empty()) return false;
    // ... under a precision ("| bfloat16 |", "| GPTQ-Int4 |") or a length of tokens
    // ("| 上下文长度 |", context length): a count of tokens, no power draw ("| TDP |", "| 满载 |").
    if (!detail::quantization_in(header_[c]).empty()) return true;
    const std::string english = text::to_lower(metrics::in_english(header_[c]));
    return english.find("length") != std::string::npos ||
           english.find("context") != std::string::npos ||
           english.find("token") != std::string::npos;
  }

  static void read_as_wan(MetricRow& row) {
    row.value = *row.value * 1e4;
    row.metric = nullptr;
    row.kind = units::Kind::other;
    row.unit.clear();
    detail::renormalize(row);
    detail::add_note(row, "'" + row.raw +
                              "': W is Chinese shorthand for 万 (10,000) here, no watts: the "
                              "table is in Chinese and its column names no power");
  }

  static bool cell_has_unit(std::string_view cell) {
    const auto parsed = numeric::parse_cell(cell);
    return parsed && !parsed->suffix.empty();
  }

  // llama.cpp's loader naming its model: "llama_model_loader: - kv   2: general.name str =
  // Qwen3 0.6B", "print_info: general.name     = Qwen3 0.6B", "llm_load_print_meta: general.name
  // = …", and its weights' type ("print_info: file type   = Q4_K - Medium", "… model ftype = …").
  void loader_line(std::string_view t) {
    if (!(t.starts_with("llama_model_loader:") || t.starts_with("print_info:") ||
          t.starts_with("llm_load_print_meta:")))
      return;
    const auto eq = t.find(" = ");
    if (eq == std::string_view::npos) return;
    const std::string_view key = text::trim(t.substr(0, eq));
    const std::string_view value = text::trim(t.substr(eq + 3));
    if (value.empty() || value.size() > 80) return;
    if (key.find("general.name") != std::string_view::npos) {
      loaded_model_ = std::string(value);
      // (The first model a fence or log loads is the one it runs; a speculative decoder's draft
      // loads after it.)
      if (fence_loader_.first.empty()) fence_loader_ = {loaded_model_, {}};
    } else if (key.ends_with("file type") || key.ends_with("ftype")) {
      // ("Q4_K - Medium": llama-bench's spelling of Q4_K_M.)
      loaded_quant_ = detail::quantization_in(std::string("x ") + std::string(value));
      if (loaded_quant_.empty()) loaded_quant_ = std::string(value);
      if (fence_loader_.second.empty()) fence_loader_.second = loaded_quant_;
    }
  }

  // "Intel(R) Arc(tm) A770 Graphics": a device's name without its trade marks.
  static void erase_marks(std::string& name) {
    for (const std::string_view mark : {"(R)", "(r)", "(TM)", "(tm)"})
      for (auto at = name.find(mark); at != std::string::npos; at = name.find(mark))
        name.erase(at, mark.size());
  }

  // The compute backend every device the log listed was listed by ("Vulkan"); "" otherwise.
  std::string devices_compute() const {
    if (devices_.empty()) return {};
    for (const auto& d : devices_)
      if (d.compute != devices_.front().compute) return {};
    return devices_.front().compute;
  }

  std::string device_list() const {
    const bool discrete = std::any_of(devices_.begin(), devices_.end(),
                                      [](const Device& d) { return !d.integrated; });
    std::vector<std::string> names;
    for (const auto& d : devices_) {
      if (!discrete || !d.integrated) names.push_back(d.name);
    }
    return detail::counted_names(names);
  }

  // "Total Requests:                         16": a label, a colon, two spaces or more of
  // alignment, then a figure; no emphasis, list or quote marks of prose.
  static bool aligned_figure_line(std::string_view l) {
    if (l.size() < 8 || l.size() > 160 || !std::isalpha(static_cast<unsigned char>(l[0])))
      return false;
    const auto colon = l.find(":  ");
    if (colon > 60) return false;  // (npos is larger)
    const std::string_view value = text::trim(l.substr(colon + 1));
    return !value.empty() && (std::isdigit(static_cast<unsigned char>(value[0])) ||
                              (value.size() > 1 && value[0] == '-' &&
                               std::isdigit(static_cast<unsigned char>(value[1]))));
  }

  // "Model: mistral-small3.2:latest" on a line of its own in a fence of a script's output: the
  // model of the fence's figures. The model, or "".
  static std::string model_line(std::string_view l) {
    const std::string_view t = text::trim(l);
    if (t.size() < 8 || t.size() > 80 || !text::iequals(t.substr(0, 6), "model:")) return {};
    std::string value(text::trim(t.substr(6)));
    if (value.empty() || value.find(' ') != std::string::npos || !looks_like_llm(value)) return {};
    return value;
  }

  // The rows a line reader added from `before` on: the heading's model where they name none, the
  // document's labels, the section.
  void label_line_rows(std::size_t before) {
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      Context& ctx = r_.rows[i].context;
      if (!block_label_.empty() && ctx.config.find(block_label_) == std::string::npos)
        ctx.config = ctx.config.empty() ? block_label_ : block_label_ + " " + ctx.config;
      detail::total_over_requests(r_.rows[i]);  // "Total input tokens": a sum over requests
      if (ctx.model.empty() && !banner_model_.empty()) {
        ctx.model = banner_model_;
        if (ctx.quantization.empty()) ctx.quantization = banner_quant_;
      }
      if (ctx.model.empty()) ctx.model = heading_model();
      if (ctx.quantization.empty()) ctx.quantization = heading_quantization();  // "#### bf16"
      ctx.fill_from(document_);
      if (ctx.section.empty()) ctx.section = section_;
    }
  }

  // The figures of a serving benchmark's result block from `before` on: the devices the server's
  // log named ("TPU info: ... tpu_type=v6e-4"), the model the fence's caption names, the
  // document's labels.
  void label_vllm_rows(std::size_t before) {
    if (before >= r_.rows.size()) return;
    const SectionModel section_model = vllm_section_model();
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      if (!hash_banner_.empty() &&
          r_.rows[i].context.config.find(hash_banner_) == std::string::npos) {
        std::string& config = r_.rows[i].context.config;
        config = config.empty() ? hash_banner_ : hash_banner_ + " " + config;
      }
      if (r_.rows[i].context.gpu.empty() && !devices_.empty())
        r_.rows[i].context.gpu = device_list();
      if (!fence_model_.empty()) r_.rows[i].context.model = fence_model_;
      if (!section_load_.empty() && !vllm_.concurrency_printed &&
          r_.rows[i].role == metrics::Role::metric)
        r_.rows[i].context.concurrency = section_load_;
      if (r_.rows[i].context.model.empty() && !section_model.model.empty()) {
        r_.rows[i].context.model = section_model.model;
        if (r_.rows[i].context.quantization.empty())
          r_.rows[i].context.quantization = section_model.quantization;
      }
      r_.rows[i].context.fill_from(document_);
      if (r_.rows[i].context.section.empty()) r_.rows[i].context.section = section_;
    }
  }

  struct SectionModel {
    std::string model, quantization;
  };

  // "### Qwen3-8B" over a vLLM block: its section's model, for a run that names none (the
  // document's "**Model:**" where that is the same model by another name, "Llama 3.1 8B" of
  // "meta-llama/Llama-3.1-8B-Instruct"; not a draft model's heading: "## Draft model:
  // Llama-3.2-1B" names the draft, "### Qwen3-32B with Qwen3-0.6B as draft" the model served
  // first). The heading's precision with it, unless it is a KV cache's.
  SectionModel vllm_section_model() const {
    const std::string& named = heading_model();
    if (named.empty()) return {};
    const std::string low_section = text::to_lower(section_);
    const auto draft_at = low_section.rfind("draft");
    const auto model_at = low_section.rfind(text::to_lower(named));
    const bool draft = draft_at != std::string::npos &&
                       (model_at == std::string::npos || draft_at < model_at) &&
                       low_section.find("no draft") == std::string::npos &&
                       low_section.find("without draft") == std::string::npos;
    if (draft) return {};
    if (!document_.model.empty() && same_model(named, document_.model))
      return {document_.model, {}};
    return {named, low_section.find("kv") == std::string::npos ? heading_quantization() : ""};
  }

  // A line of `vllm bench serve`'s result block as a Markdown note writes it, in the console's
  // form: its banner as a heading ("### Serving Benchmark Result"), a section as a heading inside
  // it ("#### Time to First Token" as a rule), a figure as a list item ("* Mean TTFT (ms):
  // 151.31"); "" for any other line, which ends the block.
  std::string vllm_list_form(std::string_view l) {
    const std::string_view t = text::trim(l);
    if (is_atx_heading(l)) {
      std::string_view h = t;
      while (!h.empty() && h.front() == '#') h.remove_prefix(1);
      h = text::trim(h);
      if (text::iequals(h, "Serving Benchmark Result")) {
        md_vllm_ = true;
        return "============ Serving Benchmark Result ============";
      }
      if (md_vllm_ && vllm_.in_block) return "-----" + std::string(h) + "-----";
      return {};
    }
    if (t.empty()) return " ";
    if (t.size() > 2 && (t[0] == '*' || t[0] == '-' || t[0] == '+') && t[1] == ' ')
      return std::string(text::trim(t.substr(2)));
    vllm_.in_block = false;  // the list ended: so did the block
    md_vllm_ = false;
    return {};
  }

  // The kind of results a fence's info string names ("```json", "``` CSV", "~~~sql"): "json",
  // "csv", "sql", "" when untagged (then its text decides), "-" for any other language.
  // A fence of console or plain text (no language, "text", "console", "log", "output"): what a
  // script printed, its Markdown tables included; not a program's source.
  // Whether a table header names a measurement in one of its columns ("TTFT", "PP/s").
  // TGI's text-generation-benchmark: "| Step | Batch Size | Average | Lowest | Highest | ...".
  static bool is_tgi_benchmark_header(std::string_view header) {
    const auto cells = markdown::split_row(header);
    return cells.size() >= 5 && text::iequals(text::trim(cells[0]), "Step") &&
           text::iequals(text::trim(cells[1]), "Batch Size") &&
           text::iequals(text::trim(cells[2]), "Average") &&
           text::iequals(text::trim(cells[3]), "Lowest");
  }
  static bool is_tgi_parameters_header(std::string_view header) {
    const auto cells = markdown::split_row(header);
    return cells.size() == 2 && text::iequals(text::trim(cells[0]), "Parameter") &&
           text::iequals(text::trim(cells[1]), "Value");
  }

  static bool names_a_measurement(std::string_view header) {
    const auto cells = markdown::split_row(header);
    return std::any_of(cells.begin(), cells.end(), [](const std::string& c) {
      return detail::classify_cached(text::trim(c)).metric != nullptr;
    });
  }

  // "Minimum throughput: 40 tok/s", "Max TTFT: 500 ms": a bound to meet, no output.
  static bool starts_with_a_bound(std::string_view t) {
    for (const std::string_view w : {"min ", "minimum ", "max ", "maximum ", "target ", "limit"})
      if (t.size() > w.size() && text::iequals(t.substr(0, w.size()), w)) return true;
    return false;
  }

  static bool is_shell_fence(std::string_view l) {
    const std::string_view t = info_string(l);
    const std::string word = text::to_lower(t.substr(0, t.find_first_of(" \t{")));
    return word == "bash" || word == "sh" || word == "shell" || word == "zsh" ||
           word == "shell-session" || word == "powershell" || word == "ps1" || word == "cmd";
  }

  static bool is_text_fence(std::string_view l) {
    const std::string_view t = info_string(l);
    const std::string word = text::to_lower(t.substr(0, t.find_first_of(" \t{")));
    return word.empty() || word == "text" || word == "txt" || word == "plaintext" ||
           word == "console" || word == "log" || word == "output" || word == "terminal";
  }

  // What follows a fence's backticks or tildes ("```json", "~~~ text"), trimmed.
  static std::string_view info_string(std::string_view l) {
    std::string_view t = text::trim(l);
    while (!t.empty() && (t.front() == '`' || t.front() == '~')) t.remove_prefix(1);
    return text::trim(t);
  }

  static std::string fence_info(std::string_view l) {
    const std::string_view t = info_string(l);
    std::size_t n = 0;
    while (n < t.size() && std::isalpha(static_cast<unsigned char>(t[n])) != 0) ++n;
    std::string word = text::to_lower(t.substr(0, n));
    if (word.empty()) return {};
    if (word == "json" || word == "jsonc" || word == "csv" || word == "sql") return word;
    return "-";
  }

  void collect_fenced(std::string_view l) {
    if (fence_kind_ == "-") return;
    if (fence_kind_.empty() && fence_text_.empty()) {  // untagged: a JSON document, or nothing
      const std::string_view t = text::trim(l);
      if (t.empty()) return;
      if (t.front() != '{' && t.front() != '[') {
        fence_kind_ = "-";
        return;
      }
    }
    if (fence_text_.size() > (std::size_t{1} << 20)) {  // no pasted result is a log's size
      fence_kind_ = "-";
      fence_text_.clear();
      return;
    }
    // (A fence indented under a list item: CommonMark strips its indentation.)
    const std::size_t strip = std::min(fence_indent_, l.find_first_not_of(' '));
    fence_text_.append(l.substr(std::min(strip, l.size()))).append(1, '\n');
  }

  // At a fence's end: a tool's results pasted whole (llama-bench's `-o json`, `-o csv` or `-o
  // sql` output, a vLLM result JSON pretty-printed) are read as the file they were, their lines
  // the document's, where no line of the fence gave figures already (a one-line Ollama response).
  // A JSON fence counts only when its document is a recognised tool's (not a request's body or a
  // configuration); a CSV fence is data whatever its columns.
  void fenced_file() {
    const std::string kind = fence_kind_.empty() ? "json" : fence_kind_;
    fence_kind_ = "-";
    if (kind == "-" || fence_text_.empty() || r_.rows.size() != fence_rows_) return;
    FileResult block;
    block.entry = r_.entry;
    if (kind == "sql") {
      if (!detail::has_sql_inserts(fence_text_) || !detail::harvest_sql_inserts(fence_text_, block))
        return;
    } else if (kind == "csv") {
      harvest_csv(fence_text_, block);
    } else {
      harvest_json(fence_text_, block);
      if (block.format.empty()) return;
    }
    if (block.status != FileStatus::ingested || block.rows.empty()) return;
    if (r_.format.empty()) r_.format = block.format.empty() ? "csv in a code fence" : block.format;
    const std::size_t before = r_.rows.size();
    const auto file_line = [&](std::size_t line) { return line > 0 ? line + fence_line_ : 0; };
    detail::take_rows(r_.rows, block.rows, "fence[" + std::to_string(fences_read_++) + "]", ".",
                      file_line);
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      if (r_.rows[i].context.model.empty()) r_.rows[i].context.model = fence_model_;
    }
    label_line_rows(before);
    for (auto& w : block.warnings)
      r_.warnings.push_back("the code fence at line " + std::to_string(fence_line_) + ": " + w);
    detail::take_text_cells(r_, block, file_line);
  }

  // A tool's result pasted in a fence as one line of JSON (Ollama's /api/generate response
  // under "Sample output:"), read when it is a document of a format read here: a request body
  // or a configuration shown as an example gives no rows. Documentation may elide a value
  // ("context":[xxx,xxx]): it is read as null, and the warning says so.
  bool fenced_json_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.size() < 2 || t.front() != '{' || t.back() != '}') return false;
    FileResult one;
    one.entry = r_.entry;
    bool elided = false;
    if (!harvest_json_line(t, number, one)) {
      const auto repaired = elisions_as_null(t);
      if (!repaired || !harvest_json_line(*repaired, number, one)) return false;
      elided = true;
    }
    detail::recognise_json(one);
    if (one.format.empty()) return false;
    if (r_.format.empty()) r_.format = one.format;
    for (auto& row : one.rows) {
      Context& ctx = row.context;
      if (ctx.model.empty()) ctx.model = heading_model();
      ctx.fill_from(document_);
      if (ctx.section.empty()) ctx.section = section_;
      r_.rows.push_back(std::move(row));
    }
    if (elided)
      detail::add_warning(r_.warnings, "line " + std::to_string(number) + ": " + one.format +
                                           " JSON with elided values (a bare word where a "
                                           "value belongs), read as null");
    return true;
  }

  // "Ollama -> TGI", "FP16 → Q2_K", "N=1 vs N=8": two variants a change runs between.
  static bool names_a_pair(std::string_view s) {
    if (s.size() > 48) return false;
    for (const std::string_view arrow : {" -> ", " \xE2\x86\x92 ", " vs ", " vs. "}) {
      const auto at = s.find(arrow);
      if (at != std::string_view::npos && at > 0 && at + arrow.size() < s.size() &&
          s.find(arrow, at + 1) == std::string_view::npos)
        return true;
    }
    return false;
  }

  // `ollama show MODEL` pasted under a model's heading ("    quantization        Q4_K_M" of its
  // Model block, in a fence or indented as code): the weights' precision of that section's
  // figures, as a heading naming it would give.
  void ollama_show_quantization(std::string_view l) {
    if (l.size() < 16 || (!in_fence_ && l[0] != ' ' && l[0] != '\t')) return;
    const auto lead = l.find_first_not_of(" \t");
    if (lead == std::string_view::npos || l[lead] != 'q') return;
    if (!in_fence_ && !l.starts_with("    ") && !l.starts_with("\t")) return;
    const std::string_view t = text::trim(l);
    if (!t.starts_with("quantization ")) return;
    const std::string_view value = text::trim(t.substr(13));
    if (value.empty() || value.find(' ') != std::string_view::npos) return;
    std::string quant = detail::quantization_in(value);
    if (quant.empty() || heading_level_ == 0) return;
    heading_quants_.resize(7);
    if (heading_quants_[heading_level_].empty()) heading_quants_[heading_level_] = std::move(quant);
  }

  // A log that ends with a JSON document printed over lines ("{" alone at the start of a line, up
  // to "}" alone): its summary, read as JSON ("line[42].pass_at_1"). True while the line is one of
  // the document's.
  bool json_block(std::string_view l, std::size_t number) {
    if (json_replay_) return false;
    if (json_block_line_ == 0) {
      if (l != "{" && l != "{\r") return false;
      json_block_line_ = number;
      json_block_.assign("{\n");
      return true;
    }
    // A line no JSON document has ("2.19.302.709 I encoded 15718 tokens in ..."), or a block of a
    // log's size: the "{" opened no document (a prompt's text, say). Its lines are read as lines.
    if (!json_like(l) || json_block_.size() > (std::size_t{1} << 20)) {
      replay_json_block();
      return false;
    }
    json_block_.append(l).append(1, '\n');
    if (l == "}" || l == "}\r") {
      if (harvest_json_line(json_block_, json_block_line_, r_)) json_lines_ = true;
      json_block_line_ = 0;
      json_block_.clear();
    }
    return true;
  }

  // A script's figure on a line of its own, in a log or a fence of console text ("⏱️ Mean time:
  // 4.99 sec", "⚡ Mean tokens/sec: 71.94"): a label that names a measurement of the registry, a
  // colon, one figure and its unit, nothing else. Its model is that of the last "Testing model:
  // X" or "Results for model: X" line.
  // `program_output`: a block of a program's aligned figure lines, whose figures with a rate's
  // unit stay rows even where no metric of ours names them ("Per GPU Output Throughput").
  bool labelled_figure_line(std::string_view l, std::size_t number, bool program_output = false) {
    std::string_view t = text::trim(without_log_prefix(l));
    // "[1/5] Model=Qwen2.5 0.5B | Scenario=serial | Run=1": the run the lines below are of.
    if (t.starts_with("[") && t.find("Model=") != std::string_view::npos) {
      for (std::string_view rest = t.substr(t.find("Model="));;) {
        const auto bar = rest.find(" | ");
        const std::string_view part = text::trim(rest.substr(0, bar));
        if (part.starts_with("Model=")) script_model_ = std::string(text::trim(part.substr(6)));
        if (part.starts_with("Scenario=")) script_config_ = std::string(part);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 3);
      }
      return false;
    }
    // "[Cold start] Qwen2.5 0.5B: 3081 ms": a logger's tag names the figure, the rest its model.
    std::string tag_model;
    if (t.starts_with("[") && t.find("]: ") == std::string_view::npos) {
      const auto close = t.find("] ");
      const auto colon = t.find(": ");
      if (close != std::string_view::npos && colon != std::string_view::npos && close < colon) {
        const std::string subject(text::trim(t.substr(close + 2, colon - close - 2)));
        if (!looks_like_llm(subject)) return false;
        tag_model = subject;
        const std::string_view tag = t.substr(1, close - 1);
        tag_line_.assign(tag).append(t.substr(colon));
        t = tag_line_;
      }
    }
    // SGLang's "#Input tokens: 307200" before a run: its dataset's tokens, planned.
    const bool planned =
        t.size() > 1 && t[0] == '#' && std::isalpha(static_cast<unsigned char>(t[1]));
    const std::size_t start = leading_marks(t);
    if (start > 8) return false;
    t = t.substr(start);
    // "Gemma3:latest:", "Llama3.1 q4_0:": a model's name over its figures.
    if (t.size() > 3 && t.size() <= 60 && t.back() == ':' && start == 0) {
      const std::string name(text::trim(t.substr(0, t.size() - 1)));
      if (looks_like_llm(name) && name.find(' ') == name.rfind(' ')) script_model_ = name;
      // "INFERENCE:", "TRAINING (LoRA-style):": a block of a script's report, the phase of the
      // figures under it.
      else if (in_fence_ && capital_title(name))
        fence_phase_ = name;
      return false;
    }
    // ("平均首字回复时间: 0.72秒": a label in Chinese or Japanese too.)
    if (t.empty() || !(std::isalpha(static_cast<unsigned char>(t.front())) ||
                       metrics::has_cjk(t.substr(0, std::min<std::size_t>(t.size(), 3)))))
      return false;
    const auto colon = t.find(": ");
    if (colon == std::string_view::npos || colon < 2 || colon > 48) return false;
    std::string_view label = text::trim(t.substr(0, colon));
    while (!label.empty() && (label.back() == '*' || label.back() == '_')) label.remove_suffix(1);
    // ("Tokens/sec: 26.5 t/s 🏆": a mark after the figure is no part of it.)
    const std::string_view value = without_trailing_marks(text::trim(t.substr(colon + 2)));
    if (label.find_first_of("|=[]{}<>\"'") != std::string_view::npos || value.empty() ||
        value.size() > 120)
      return false;
    if (label.size() >= 5 && text::iequals(label.substr(label.size() - 5), "model") &&
        (label.size() == 5 || label[label.size() - 6] == ' ')) {
      if (value.find(' ') == std::string_view::npos && !numeric::parse_cell(value))
        script_model_ = std::string(value);
      return false;
    }
    // "GPU 0: 162.16 tokens/sec (avg of 5 runs)": a figure of a device, the statistic in brackets.
    std::string_view figure = value;
    std::string_view aside;
    if (const auto open = value.rfind(" (");
        open != std::string_view::npos && value.back() == ')') {
      figure = text::trim(value.substr(0, open));
      aside = value.substr(open + 2, value.size() - open - 3);
    }
    if (figure.size() > 40) return figure_list_line(label, value, number);
    if (test_rate_line(label, value, number)) return true;
    // "Average Latency: 2218.8 ms (for 10 tokens)": the workload the figure is of, in brackets.
    std::string workload;
    std::string_view read = value;
    if (!aside.empty() && device_label(label).empty() && names_a_workload(aside)) {
      workload.assign(aside);
      aside = {};
      read = figure;
    }
    // "Server RSS after round: 58.34 MB  (PIDs: 37361)": the processes it was sampled from.
    std::string processes;
    const auto names_processes = [](std::string_view a) {
      const std::string low = text::to_lower(a.substr(0, std::min<std::size_t>(a.size(), 5)));
      return low.starts_with("pid:") || low.starts_with("pid ") || low.starts_with("pid=") ||
             low.starts_with("pids:") || low.starts_with("pids ") || low.starts_with("pids=");
    };
    if (aside.size() > 4 && names_processes(aside) && device_label(label).empty()) {
      processes.assign(aside);
      aside = {};
      read = figure;
    }
    // ("Peak Memory: ~7.5 GB": about so much, read as add_text_row reads it.)
    const auto parsed = numeric::parse_cell(figure.starts_with('~') ? figure.substr(1) : figure);
    if (!parsed) return figure_list_line(label, value, number);
    // "Average inference time: 1.42s (±0.08s)": the figure and its spread, as a table's
    // "1.42 ± 0.08" (a row of each).
    // (A figure with its unit: "Input Length: 1000 (±0.3)" of a run's settings is a range asked
    // for.)
    std::string spread_text;
    if ((aside.starts_with("\xC2\xB1") || aside.starts_with("+/-")) && !parsed->suffix.empty()) {
      spread_text.assign(figure).append(" ").append(aside);
      aside = {};
    }
    // "Time: 0.8s (cached)", "Time: 48.0s (includes download caching)": the figure, its aside a
    // note on it (no device's name, no statistic).
    std::string aside_note;
    // ... or a ratio to another's, "193.4 t/s (1.62x)".
    const auto ratio = numeric::parse_cell(aside);
    const bool ratio_aside = ratio && (ratio->suffix == "x" || ratio->suffix == "\xC3\x97");
    if (!aside.empty() && device_label(label).empty() && !parsed->suffix.empty() &&
        aside.size() <= 60 &&
        (ratio_aside || aside.find_first_of(":=0123456789") == std::string_view::npos) &&
        !metrics::parse_statistic(aside)) {
      aside_note.assign(aside);
      aside = {};
      read = figure;
    }
    if (!aside.empty() || (figure.size() != read.size() && spread_text.empty())) {
      const std::string device = device_label(label);
      if (device.empty() || parsed->suffix.empty()) return false;
      MetricRow* row = detail::add_text_row(r_.rows, parsed->suffix, figure);
      if (!row || !row->metric) {
        if (row) r_.rows.pop_back();
        return false;
      }
      row->locator = "line[" + std::to_string(number) + "]." + std::string(label);
      row->line = number;
      const std::string low = text::to_lower(aside);
      if (low.starts_with("avg") || low.starts_with("average") || low.starts_with("mean"))
        row->statistic = "mean";
      else if (low.starts_with("median"))
        row->statistic = "median";
      detail::default_statistic(*row, "value");
      row->context.gpu = device;
      if (!script_model_.empty()) row->context.model = script_model_;
      return true;
    }
    // "Q1: 98.43 tok/s", "Q3: ...": the quartiles of the figures above (an IQR no statistic here).
    const std::string_view quartile = text::iequals(label, "Q1")   ? "p25"
                                      : text::iequals(label, "Q2") ? "median"
                                      : text::iequals(label, "Q3") ? "p75"
                                                                   : "";
    if (text::iequals(label, "IQR")) return false;
    // "Mean: 193.4 t/s", ">>> 平均: 193.4 t/s" under a run's lines: a statistic alone, its
    // quantity the unit's (a rate, a time).
    std::string named(label);
    if (const auto& bare = detail::classify_cached(label, {});
        bare.stat_only && !bare.metric && !parsed->suffix.empty()) {
      const std::string with_unit = std::string(label) + " " + parsed->suffix;
      if (const auto& u = detail::classify_cached(with_unit, {});
          u.metric && (u.kind == units::Kind::throughput || u.kind == units::Kind::latency ||
                       u.kind == units::Kind::duration || u.kind == units::Kind::ttft))
        named = with_unit;
    }
    const auto& c = detail::classify_cached(named, parsed->suffix);
    // ("Maximum request concurrency: 16" before a run: the load it was set to, no figure.)
    const bool unnamed_rate = program_output && (c.unit == "tok/s" || c.unit == "req/s");
    if (c.role != metrics::Role::metric || (!c.metric && !unnamed_rate) ||
        (c.metric && c.metric->id == "concurrency"))
      return false;
    MetricRow* row = detail::add_text_row(r_.rows, named, spread_text.empty() ? read : spread_text);
    if (!row) return false;
    if (!workload.empty()) {
      row->raw.assign(value);
      detail::add_note(*row, "of the workload in brackets, '" + workload + "'");
    }
    if (!processes.empty()) {
      row->raw.assign(value);
      detail::add_note(*row, "sampled from the processes in brackets, '" + processes + "'");
    }
    if (!aside_note.empty()) {
      row->raw.assign(value);
      detail::add_note(*row, "written with '(" + aside_note + ")' after it");
    }
    if (!fence_phase_.empty() && in_fence_)
      row->context.config += (row->context.config.empty() ? "" : " ") + fence_phase_;
    if (!quartile.empty()) row->statistic.assign(quartile);
    row->locator = "line[" + std::to_string(number) + "]." + std::string(label);
    row->line = number;
    detail::default_statistic(*row, tag_model.empty() ? "value" : "sample");
    if (!spread_text.empty() && row->statistic == "value")
      row->statistic = "mean";  // (a spread is of several figures)
    if (planned && row->metric &&
        (row->metric->id == "input_tokens" || row->metric->id == "output_tokens")) {
      row->statistic = "expected";
      detail::add_note(*row, "the dataset's tokens, printed before the run: planned, not measured");
    }
    if (!script_model_.empty()) row->context.model = script_model_;
    if (!tag_model.empty()) row->context.model = tag_model;
    if (!script_config_.empty()) row->context.config = script_config_;
    // "Memory: 31.48 GB" under "=== Hardware Detection Summary ===": the memory it has.
    if (machine_title_ && row->metric_id() == "memory" && names_installed_memory(label) &&
        row->statistic == "value")
      detail::as_setting(*row, "system_memory", true);
    if (!workload.empty())
      row->context.config += (row->context.config.empty() ? "" : " ") + workload;
    if (!spread_text.empty()) detail::emit_spread(r_.rows, *row);
    return true;
  }

  // "for 10 tokens", "20 tokens", "for 64 requests": a count and what it counts, nothing else (not
  // "p99 across 1000 requests", "was 30.1 tok/s with 512 tokens").
  static bool names_a_workload(std::string_view aside) {
    if (aside.starts_with("for ")) aside.remove_prefix(4);
    const auto space = aside.find(' ');
    if (space == std::string_view::npos || space == 0) return false;
    const std::string_view count = aside.substr(0, space), noun = aside.substr(space + 1);
    return std::all_of(count.begin(), count.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }) &&
           (noun == "tokens" || noun == "requests" || noun == "prompts" || noun == "runs");
  }

  // "Run 1: 933.9ms, 5.4 tokens/sec, 6162.2MB memory", "FP32 Performance: 74.99 tokens/sec, 977.3
  // MB memory": a label and several figures, each with its unit (and the word naming its quantity
  // after it), a row each; a repetition's label ("Run 1") makes them samples.
  bool figure_list_line(std::string_view label, std::string_view value, std::size_t number) {
    if (value.find(", ") == std::string_view::npos || value.size() > 160) return false;
    struct Part {
      std::string name, figure;
    };
    std::vector<Part> parts;
    const bool model_label = looks_like_llm(std::string(label));
    // (Not a machine's specification, "System: 64GB RAM, 8GB VRAM": what it has, no use.)
    const std::string low_label = text::to_lower(label);
    for (const std::string_view spec :
         {"system", "hardware", "machine", "spec", "memory", "ram", "storage", "config"})
      if (low_label.find(spec) != std::string::npos) return false;
    std::set<std::string> units_seen;
    bool unnamed = false;  // a part with no word naming its quantity
    for (std::size_t at = 0; at <= value.size();) {
      auto end = value.find(", ", at);
      if (end == std::string_view::npos) end = value.size();
      std::string_view part = text::trim(value.substr(at, end - at));
      at = end + 2;
      // "6162.2MB memory": the figure with its unit, then one word naming its quantity.
      std::string_view word;
      if (const auto space = part.rfind(' '); space != std::string_view::npos &&
                                              !numeric::parse_cell(part) &&
                                              numeric::parse_cell(part.substr(0, space))) {
        word = part.substr(space + 1);
        part = part.substr(0, space);
      }
      const auto parsed = numeric::parse_cell(part);
      if (!parsed || parsed->suffix.empty() || !metrics::parse_unit(parsed->suffix) ||
          !std::all_of(word.begin(), word.end(),
                       [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))
        return false;
      const std::string low_word = text::to_lower(word);
      if (low_word == "ram" || low_word == "ssd" || low_word == "nvme" || low_word == "cores" ||
          low_word == "disk")
        return false;
      unnamed = unnamed || word.empty();
      // (Two parts of one unit and no word: "Latency: 120ms, 450ms" names neither's statistic.)
      if (!units_seen.insert(*metrics::parse_unit(parsed->suffix)).second && unnamed) return false;
      // ("Qwen3-Coder-Next Q4_K_M: 48.5GB, 33.92 TPS": a model's figures, each named by its
      // unit, the model their context.)
      const std::string named = model_label ? std::string() : std::string(label);
      std::string name =
          word.empty() ? named : (named.empty() ? "" : named + " ") + std::string(word);
      if (name.empty()) name = parsed->suffix;
      parts.push_back({std::move(name), std::string(part)});
      if (parts.size() > 6) return false;
    }
    if (parts.size() < 2) return false;
    // ("Run 1", "Trial 3": one repetition's figures.)
    const auto numbered = [](std::string_view l) {
      const auto space = l.rfind(' ');
      if (space == std::string_view::npos || space + 1 == l.size()) return false;
      const std::string word = text::to_lower(l.substr(0, space));
      const std::string_view n = l.substr(space + 1);
      return (word == "run" || word == "trial" || word == "iteration" || word == "rep") &&
             std::all_of(n.begin(), n.end(),
                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
    };
    const bool repetition = announces_a_repetition(label) || numbered(label);
    const std::size_t before = r_.rows.size();
    for (std::size_t k = 0; k < parts.size(); ++k) {
      MetricRow* row = detail::add_text_row(r_.rows, parts[k].name, parts[k].figure);
      if (!row) continue;
      if (!row->metric || row->role != metrics::Role::metric) {
        r_.rows.pop_back();
        continue;
      }
      row->raw.assign(value);
      row->locator = "line[" + std::to_string(number) + "]." + std::string(label) + "[" +
                     std::to_string(k) + "]";
      row->line = number;
      detail::default_statistic(*row, repetition ? "sample" : "value");
      if (!script_model_.empty()) row->context.model = script_model_;
      if (model_label) row->context.model.assign(label);
      if (!script_config_.empty()) row->context.config = script_config_;
      // ("RTX 4090: 128.4 tokens/sec, 5.1GB VRAM": a device's figures, as one figure's line.)
      if (const std::string device = device_label(label); !device.empty())
        row->context.gpu = device;
    }
    return r_.rows.size() > before;
  }

  // "pp512        :   465.97 ± 10.21 t/s", "tg128 (raw)  :    29.53 ± 0.41 t/s": a llama-bench
  // test's rate as a harness of its protocol prints it (the mean of its repetitions, their
  // spread after ±); the bracket's word its configuration.
  bool test_rate_line(std::string_view label, std::string_view value, std::size_t number) {
    if (label.size() < 4 || (label[0] != 'p' && label[0] != 't')) return false;
    const auto space = label.find(' ');
    const std::string test = detail::bench_test_id(label.substr(0, space));
    if (test.empty()) return false;
    // (The test alone, or with a bracket's word: not "pp512 latency (ms)", "tg128 runs", "tg128
    // min"; and a rate written with its unit.)
    if (space != std::string_view::npos && text::trim(label.substr(space)).front() != '(')
      return false;
    const std::string_view unit = text::trim(value.substr(value.find_last_of(" 0123456789") + 1));
    if (metrics::parse_unit(unit) != "tok/s") return false;
    MetricRow* row = detail::add_text_row(r_.rows, "t/s", value);
    if (!row || !row->value || row->unit != "tok/s") {
      if (row) r_.rows.pop_back();
      return false;
    }
    row->name.assign(label);
    row->locator = "line[" + std::to_string(number) + "]." + std::string(label);
    row->line = number;
    detail::set_metric(*row, test.starts_with("pp") ? "prompt_eval_rate" : "decode_rate");
    const bool spread = value.find("\xC2\xB1") != std::string_view::npos;
    row->statistic = spread ? "mean" : "value";
    row->context.test = test;
    if (space != std::string_view::npos) {
      std::string_view rest = text::trim(label.substr(space));
      if (rest.size() > 2 && rest.front() == '(' && rest.back() == ')')
        row->context.config.assign(rest.substr(1, rest.size() - 2));
    }
    if (!script_model_.empty()) row->context.model = script_model_;
    detail::renormalize(*row);
    const std::size_t before = r_.rows.size() - 1;
    if (spread) detail::emit_spread(r_.rows, r_.rows[before]);
    label_line_rows(before);
    return true;
  }

  // "prefill:  pp64=229.07  pp128=265.44  pp512=268.91 tok/s", "decode:   tg128=62.22 tok/s (4
  // threads)": llama-bench's tests each with its figure, the rate's unit after the last (a phase's
  // label before them, an aside after). Whether the line was read.
  bool test_list_line(std::string_view l, std::size_t number) {
    std::string_view t = text::trim(l);
    if (t.size() < 10 || t.size() > 240) return false;
    if (const auto colon = t.find(": "); colon < 24 && colon < t.find('='))
      t = text::trim(t.substr(colon + 1));
    if (const auto aside = t.rfind(" ("); aside != std::string_view::npos && t.back() == ')')
      t = text::trim(t.substr(0, aside));
    std::vector<std::pair<std::string_view, std::string_view>> tests;
    std::string_view unit;
    for (std::size_t at = 0; at < t.size();) {
      while (at < t.size() && t[at] == ' ') ++at;
      std::size_t end = t.find(' ', at);
      if (end == std::string_view::npos) end = t.size();
      const std::string_view w = t.substr(at, end - at);
      at = end;
      if (w.empty()) continue;
      if (!unit.empty()) return false;  // (nothing after the unit)
      const auto eq = w.find('=');
      if (eq == std::string_view::npos) {
        if (tests.empty() || metrics::parse_unit(w) != "tok/s") return false;
        unit = w;
        continue;
      }
      const std::string_view name = w.substr(0, eq);
      const std::string_view figure = w.substr(eq + 1);
      const auto v = numeric::parse_cell(figure);
      if (detail::bench_test_id(name).empty() || !v || !v->suffix.empty()) return false;
      tests.emplace_back(name, figure);
    }
    if (tests.empty() || unit.empty()) return false;
    for (const auto& [name, figure] : tests)
      test_rate_line(name, std::string(figure) + " " + std::string(unit), number);
    return true;
  }

  // A log's line of several labelled figures, after what they are of: "What is AI?  | Time:
  // 1.44s | Throughput:  79.6 tok/s | Words:  88 (medium)", "Avg time: 1.39s, Avg throughput:
  // 73.3 tok/s, Avg words: 80". Two timings or rates at least; the leading label (a prompt, a
  // case) is the figures' test.
  bool labelled_parts_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.size() < 20 || t.size() > 240) return false;
    const auto first_colon = t.find(": ");  // (two labelled figures at least: a cheap look first)
    if (first_colon == std::string_view::npos ||
        t.find(": ", first_colon + 2) == std::string_view::npos)
      return false;
    const bool bars = t.find(" | ") != std::string_view::npos;
    if (!bars && t.find(", ") == std::string_view::npos) return false;
    const std::string_view sep = bars ? " | " : ", ";
    std::vector<std::pair<std::string_view, std::string_view>> figures;
    std::string_view label;
    std::size_t timed = 0;
    for (std::size_t at = 0, k = 0; at <= t.size(); ++k) {
      auto end = t.find(sep, at);
      if (end == std::string_view::npos) end = t.size();
      const std::string_view part = text::trim(t.substr(at, end - at));
      at = end + sep.size();
      const auto colon = part.find(": ");
      if (colon == std::string_view::npos) {
        if (k != 0 || !bars || part.size() > 60) return false;
        label = part;  // "What is AI?"
        continue;
      }
      const std::string_view name = text::trim(part.substr(0, colon));
      std::string_view value = text::trim(part.substr(colon + 2));
      if (const auto open = value.find(" ("); open != std::string_view::npos && value.back() == ')')
        value = text::trim(value.substr(0, open));  // "88 (medium)"
      if (name.empty() || name.size() > 32 || !std::isalpha(static_cast<unsigned char>(name[0])))
        return false;
      const auto parsed = numeric::parse_cell(value);
      if (!parsed) return false;
      const auto& c = detail::classify_cached(name, parsed->suffix);
      if (c.role != metrics::Role::metric) return false;
      if (c.metric && (c.metric->unit == "ms" || c.metric->unit.ends_with("/s"))) ++timed;
      figures.emplace_back(name, value);
    }
    if (timed < 2) return false;
    for (const auto& [name, value] : figures) {
      MetricRow* row = detail::add_text_row(r_.rows, name, value);
      if (!row) continue;
      row->locator = "line[" + std::to_string(number) + "]." + std::string(name);
      row->line = number;
      detail::default_statistic(*row, "value");
      // (A case's "Time" beside its throughput: its requests' time, end to end.)
      if (row->metric && row->metric->id == "duration") detail::set_metric(*row, "e2e_latency");
      row->context.test.assign(label);
      if (!script_model_.empty()) row->context.model = script_model_;
    }
    return true;
  }

  // A script's log of one run per line, its parts apart by bars and its figures named by their
  // units alone: "2025-04-30T07:42:33-06:00 | qwen2.5-coder:32b | 866 tokens | 57.55 sec | 15.05
  // tokens/sec". A time, a model, then a count of tokens, a time and a rate (two at least); each
  // figure one run's sample. Where the rate is the tokens over the time, the tokens are the
  // output's, the time the request's whole time.
  bool unit_parts_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (!text_mode_ || t.size() < 16 || t.size() > 240 || t.front() == '|' || t.back() == '|' ||
        t.find(" | ") == std::string_view::npos)
      return false;
    struct Part {
      std::string_view value;
      std::string unit;
    };
    std::vector<Part> figures;
    std::string model;
    for (std::size_t at = 0; at <= t.size();) {
      auto end = t.find(" | ", at);
      if (end == std::string_view::npos) end = t.size();
      const std::string_view part = text::trim(t.substr(at, end - at));
      at = end + 3;
      if (part.empty()) return false;
      const auto space = part.find(' ');
      const auto parsed = numeric::parse_cell(part.substr(0, space));
      if (parsed && parsed->suffix.empty() && space != std::string_view::npos) {
        const auto unit = metrics::parse_unit(text::trim(part.substr(space + 1)));
        if (!unit) return false;
        figures.push_back({part.substr(0, space), *unit});
      } else if (figures.empty() && model.empty() && part.find(' ') == std::string_view::npos &&
                 looks_like_llm(std::string(part))) {
        model = std::string(part);
      } else if (!(figures.empty() && model.empty() &&
                   std::isdigit(static_cast<unsigned char>(part[0])) &&
                   part.find(':') != std::string_view::npos)) {
        return false;  // (a time stamp first, or nothing else)
      }
    }
    if (figures.size() < 2) return false;
    const Part* tokens = nullptr;
    const Part* seconds = nullptr;
    const Part* rate = nullptr;
    for (const auto& f : figures) {
      if (f.unit == "tokens")
        tokens = &f;
      else if (f.unit == "s" || f.unit == "ms")
        seconds = &f;
      else if (f.unit == "tok/s")
        rate = &f;
      else
        return false;
    }
    bool identity = false;
    if (tokens && seconds && rate && seconds->unit == "s") {
      const double n = numeric::parse_cell(tokens->value)->value;
      const double sec = numeric::parse_cell(seconds->value)->value;
      const double per = numeric::parse_cell(rate->value)->value;
      identity = sec > 0 && std::fabs(n / sec - per) <= std::max(0.01, per * 0.01);
    }
    for (const auto& f : figures) {
      const auto v = numeric::parse_cell(f.value);
      const std::string name = &f == tokens ? "tokens" : &f == seconds ? "time" : "tokens/s";
      MetricRow& row = detail::add_number_row(r_.rows, name, f.value, v->value);
      detail::set_unit(row, f.unit);
      if (&f == tokens) detail::set_metric(row, identity ? "output_tokens" : "total_tokens");
      if (&f == seconds) detail::set_metric(row, "e2e_latency");
      if (&f == rate) detail::set_metric(row, "token_rate");
      if (&f == rate && identity)
        detail::add_note(row, "equals the tokens over the time beside it");
      row.statistic = "sample";
      row.raw = std::string(f.value) + " " + f.unit;
      row.locator = "line[" + std::to_string(number) + "]." + name;
      row.line = number;
      if (!model.empty()) row.context.model = model;
      detail::renormalize(row);
    }
    return true;
  }

  // "23.06 tokens/s" at `at` of `t`: the figure's text up to its unit's end, when its unit is
  // a rate of tokens; "" otherwise.
  static std::string_view rate_figure_at(std::string_view t, std::size_t at) {
    std::size_t end = at;
    while (end < t.size() &&
           (std::isdigit(static_cast<unsigned char>(t[end])) || t[end] == '.' || t[end] == ','))
      ++end;
    while (end < t.size() && t[end] == ' ') ++end;
    end = std::min(t.size(), t.find_first_of(" \t", end));
    const std::string_view cell = t.substr(at, end - at);
    const auto parsed = numeric::parse_cell(cell);
    if (!parsed || parsed->suffix.empty()) return {};
    const auto unit = metrics::parse_unit(parsed->suffix);
    return unit && *unit == "tok/s" ? cell : std::string_view();
  }

  // Whether `v` holds a figure with a rate's unit after a space, tab, '=', '>' or ':'.
  // The first figure with a rate's unit in `v` from `from` on, after a space, tab, '=', '>' or
  // ':': its position (npos when none) and its text.
  static std::pair<std::size_t, std::string_view> next_rate_figure(std::string_view v,
                                                                   std::size_t from = 1) {
    for (std::size_t i = std::max<std::size_t>(from, 1); i < v.size(); ++i) {
      const char c = v[i - 1];
      if (!std::isdigit(static_cast<unsigned char>(v[i])) ||
          !(c == ' ' || c == '\t' || c == '=' || c == '>' || c == ':'))
        continue;
      if (const std::string_view f = rate_figure_at(v, i); !f.empty()) return {i, f};
    }
    return {std::string_view::npos, {}};
  }

  static bool holds_rate_figure(std::string_view v) {
    return next_rate_figure(v).first != std::string_view::npos;
  }

  // A note's list of speeds, one machine or model to a line: "llama3.1:8b-instruct-q8_0\t\t1.72
  // tokens/s" under "# AMD FX-8300 8-Core CPU", "AMD Ryzen 5600X = 60 tokens/s" under "#
  // Tinyllama", "GPU: 4090\t\t-> 23.06 tokens/s", "780M IGP - 11.95 tok/s". A name, a separator
  // (tabs, "=", ":", " - ", "->"), one figure with a rate's unit, perhaps a short remark ("???").
  // The name is the model or the machine; the title above it ("# ..." in a text file, the heading
  // in Markdown) names the other. (Not prose: "runs 7B models at roughly 30 tokens/sec".)
  bool speed_list_line(std::string_view l, std::size_t number) {
    std::string_view t = text::trim(l);
    if (text_mode_ && t.size() > 2 && t.front() == '#') {
      // ("#####" alone: a rule, no title.)
      std::string_view title = text::trim(t.substr(std::min(t.size(), t.find_first_not_of('#'))));
      // ("# RTX 5060 Ti 16GB: 759 TOPs": the machine, a figure of it after the colon; not "#
      // model : Qwen3", a log's label.)
      if (const auto colon = title.find(": "); colon != std::string_view::npos) {
        const std::string_view after = text::trim(title.substr(colon + 1));
        title = !after.empty() && std::isdigit(static_cast<unsigned char>(after.front()))
                    ? text::trim(title.substr(0, colon))
                    : std::string_view();
      } else if (title.ends_with(':')) {
        title = {};  // "# model :", a log's label over its value
      }
      note_title_ = std::string(title);
      return false;
    }
    // (A rule, "-------------------", ends the title's list.)
    if (t.size() >= 3 && t.find_first_not_of("-=_*") == std::string_view::npos) {
      note_title_.clear();
      return false;
    }
    // (Runs for every line of a text file: a rate's unit has a '/' or is "tps".)
    if (t.size() < 6 || t.size() > 160 || t.front() == '|' || t.front() == '#' ||
        t.front() == '>' ||
        (t.find('/') == std::string_view::npos && t.find("tps") == std::string_view::npos) ||
        t.find_first_of("0123456789") == std::string_view::npos)
      return false;
    const auto [at, figure] = next_rate_figure(t);
    // (Two rates on one line: no list of speeds.)
    if (at != std::string_view::npos &&
        next_rate_figure(t, at + figure.size()).first != std::string_view::npos)
      return false;
    if (figure.empty()) return false;
    // The separator between the name and the figure.
    std::string_view name = t.substr(0, at);
    const bool tab = name.find('\t') != std::string_view::npos &&
                     text::trim(name.substr(name.find('\t'))).find_first_not_of("-=>:") ==
                         std::string_view::npos;
    name = text::trim(name);
    bool separated = tab;
    for (const std::string_view sep :
         {std::string_view("->"), std::string_view("=>"), std::string_view("\xE2\x86\x92"),
          std::string_view("="), std::string_view(":"), std::string_view(" -")}) {
      if (name.ends_with(sep)) {
        name = text::trim(name.substr(0, name.size() - sep.size()));
        separated = true;
        break;
      }
    }
    if (!separated) return false;
    if (name.starts_with("- ") || name.starts_with("* ")) name = text::trim(name.substr(2));
    // ("2. **Gemma3:1b-it-qat** - 187.2 tok/s": an item of a numbered list, by its name.)
    if (const auto dot = name.find(". ");
        dot > 0 && dot <= 2 && std::isdigit(static_cast<unsigned char>(name.front())))
      name = text::trim(name.substr(dot + 2));
    const std::string label = strip_emphasis(name);
    const std::string_view remark = text::trim(t.substr(at + figure.size()));
    // (Not a label that holds a label: "n-gpu-layers : 0/51 >> Output"; nor a file's name,
    // "`gemma3_270m_param_tuning.csv`: 182.67 tokens/second".)
    if (label.find('`') != std::string::npos) return false;
    for (const std::string_view ext : {".csv", ".json", ".jsonl", ".md", ".txt", ".log", ".yaml"})
      if (label.size() > ext.size() &&
          text::iequals(std::string_view(label).substr(label.size() - ext.size()), ext))
        return false;
    if (label.empty() || label.size() > 60 || remark.size() > 30 ||
        label.find_first_of("|=") != std::string::npos || label.find(" :") != std::string::npos ||
        label.find(">>") != std::string::npos)
      return false;
    // (Not a statistic or a run of the title's model: "Average: 107 tok/s", "Run 1: 30 tok/s".)
    {
      const auto words = detail::words_of(text::to_lower(label));
      if (words.empty() ||
          (metrics::parse_statistic(words[0]) && detail::gpu_named_in(label).empty()) ||
          (words.size() <= 2 &&
           (words[0] == "run" || words[0] == "trial" || words[0] == "test" ||
            words[0] == "iteration" || words[0] == "sample" || words[0] == "request" ||
            words[0] == "total" || words[0] == "overall" || words[0] == "result")))
        return false;
    }
    // ("GPU: 4090": the kind of device, then its name; no other label in the label.)
    const bool kind_named = label.size() > 5 && (text::iequals(label.substr(0, 5), "GPU: ") ||
                                                 text::iequals(label.substr(0, 5), "CPU: "));
    if (label.find(": ", kind_named ? 5 : 0) != std::string::npos) return false;
    // ("Eval rate: 30 tokens/s", "pp512: 500 t/s": a quantity's name, read by the rules for
    // labelled figures.)
    // (A machine's name with its memory, "RTX 3060 12 GB", is no quantity's.)
    if (const auto& c = detail::classify_cached(label);
        (c.metric || c.parameter) && detail::gpu_named_in(label).empty())
      return false;
    // What the name is, and what the title above names.
    std::string device = label;
    // "RTX 4060 Ti (160 W), llama3:8b-q8_0": the machine, then the model it ran.
    std::string listed_model;
    if (const auto comma = label.find(", "); comma != std::string::npos) {
      const std::string second = label.substr(comma + 2);
      if (looks_like_llm(second) && !detail::gpu_named_in(label.substr(0, comma)).empty()) {
        listed_model = second;
        device = label.substr(0, comma);
      }
    }
    bool device_named = false;
    if (kind_named) {
      device = std::string(text::trim(std::string_view(label).substr(4)));
      device_named = true;
    }
    std::string gpu = detail::gpu_named_in(device);
    const bool cpu =
        gpu.empty() && (detail::names_a_cpu(device) || text::iequals(label.substr(0, 4), "CPU:"));
    if (gpu.empty() && device_named && !cpu) gpu = device;  // "GPU: 4090"
    const bool model_named = !device_named && gpu.empty() && !cpu && looks_like_llm(label);
    const std::string title_model =
        text_mode_ ? (looks_like_llm(note_title_) ? note_title_ : std::string()) : heading_model();
    const std::string title_gpu = text_mode_ ? detail::gpu_named_in(note_title_) : heading_gpu();
    const bool title_cpu = text_mode_ && title_gpu.empty() && detail::names_a_cpu(note_title_);
    const bool machine = !gpu.empty() || cpu || device_named;
    if (!machine && !model_named && title_model.empty()) return false;
    const std::size_t before = r_.rows.size();
    MetricRow* row = detail::add_text_row(r_.rows, label, figure);
    if (!row) return false;
    if (!row->metric) {
      r_.rows.pop_back();
      return false;
    }
    row->locator = "line[" + std::to_string(number) + "]." + label;
    row->line = number;
    detail::default_statistic(*row, "value");
    Context& ctx = row->context;
    if (model_named) {
      ctx.model = label;
      ctx.gpu = title_gpu;
      if (title_cpu) ctx.config = "device=" + note_title_;
    } else {
      ctx.model = listed_model.empty() ? title_model : listed_model;
      if (!gpu.empty() && std::isdigit(static_cast<unsigned char>(label.front())) &&
          label.find("x ") != std::string::npos && label.find("x ") <= 2 &&
          !std::isdigit(static_cast<unsigned char>(gpu.front())))
        gpu = label.substr(0, label.find("x ") + 2) + gpu;  // "2x RTX 3090"
      ctx.gpu = gpu;
      if (gpu.empty()) ctx.config = "device=" + device;  // a processor, or a machine as written
    }
    ctx.quantization = detail::quantization_in(ctx.model);
    if (!remark.empty())
      detail::add_note(*row, "written after the figure: '" + std::string(remark) + "'");
    label_line_rows(before);
    return true;
  }

  // A logger's line without its time and level ("2026-06-16 00:08:36 [INFO] ", "2024-05-01
  // 12:00:00,123 - INFO - ", "[2025-09-04 15:44:04] INFO ", "2025-09-04T15:44:05+02:00 "): the
  // message.
  static std::string_view without_log_prefix(std::string_view l) {
    std::string_view s = l;
    const bool bracket = s.starts_with('[');
    if (bracket) s.remove_prefix(1);
    const auto digit = [&](std::size_t i) {
      return i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]));
    };
    if (!(s.size() > 20 && digit(0) && digit(3) && s[4] == '-' && s[7] == '-' &&
          (s[10] == ' ' || s[10] == 'T') && s[13] == ':'))
      return l;
    std::size_t i = 19;  // past "YYYY-MM-DD HH:MM:SS"
    while (i < s.size() &&
           (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == ',' || s[i] == '.'))
      ++i;  // ",123" milliseconds
    // Its zone: "Z", "+02:00", "-0500".
    if (i < s.size() && s[i] == 'Z') {
      ++i;
    } else if (i + 5 <= s.size() && (s[i] == '+' || s[i] == '-') && digit(i + 1) && digit(i + 2)) {
      i += s[i + 3] == ':' ? 6 : 5;
    }
    if (bracket) {
      if (i >= s.size() || s[i] != ']') return l;
      ++i;
    }
    std::string_view rest = text::trim(s.substr(std::min(i, s.size())));
    for (const std::string_view level : {"INFO", "WARNING", "WARN", "DEBUG", "ERROR"}) {
      for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"[", "]"},
                                        {"- ", " -"},
                                        {"", " "},
                                        {"", ":"}}) {
        const std::string shown = std::string(open) + std::string(level) + std::string(close);
        if (rest.starts_with(shown)) return text::trim(rest.substr(shown.size()));
      }
    }
    return rest;
  }

  // A script's lines that announce a run: "Benchmarking model='mlx-community/gemma-3-12b-it-4bit'
  // at base_url=...", "Benchmarking gpt-oss:latest on GPU 0 (Run 1/5)", "Rounds=3,
  // Requests/Round=5, Concurrency=5": the model and load of the figures below them.
  void run_settings_line(std::string_view l) {
    const std::string_view t = text::trim(l);
    if (t.empty() && sweep_.announced) {  // a run's lines end at a blank line
      sweep_.per_trial = sweep_.announced = false;
      sweep_.repetition.clear();
      return;
    }
    if (t.size() < 40 && announces_a_repetition(t)) {
      sweep_.per_trial = sweep_.announced = true;  // "▸ Run 2/3...": the figure lines below
      sweep_.repetition = repetition_label(t);
      return;
    }
    // "Averages: ttft=125.3 ms", "Overall:" right after the last round's lines: the runs'
    // summary, no round's.
    if (sweep_.announced && summarises_the_runs(t)) {
      sweep_.per_trial = sweep_.announced = false;
      sweep_.repetition.clear();
    }
    if (t.size() < 12 || t.size() > 240) return;
    // A harness's settings line, "model=qwen3.8-27b-bench base=http://… concurrency=1": its model.
    if (t.starts_with("model=") && t.find(' ') != std::string_view::npos &&
        t.find('=', t.find(' ')) != std::string_view::npos) {
      const std::string_view v = t.substr(6, t.find(' ') - 6);
      if (!v.empty() && v.front() != '\'' && v.front() != '"') script_model_ = std::string(v);
      // (... and its "concurrency=1", below: the load of the requests that follow.)
    } else if (t.starts_with("Benchmarking model=")) {
      std::string_view v = t.substr(19);
      const char quote = v.empty() ? ' ' : v.front();
      if (quote == '\'' || quote == '"') {
        v.remove_prefix(1);
        v = v.substr(0, v.find(quote));
      } else {
        v = v.substr(0, v.find_first_of(" ,"));
      }
      if (!v.empty()) script_model_ = std::string(v);
      return;
    }
    // "Benchmarking gpt-oss:latest on GPU 0 (Run 1/5)", "Running inference on model X on GPU 0".
    if (t.starts_with("Benchmarking ") || t.starts_with("Running inference on model ")) {
      const std::string_view rest = t.substr(t.starts_with("B") ? 13 : 27);
      std::string name(rest.substr(0, rest.find(' ')));
      if (looks_like_llm(name)) script_model_ = std::move(name);
      return;
    }
    sweep_line(t);
    for (const std::string_view key : {"Concurrency=", "concurrency="}) {
      const auto at = t.find(key);
      if (at == std::string_view::npos || (at > 0 && t[at - 1] != ' ' && t[at - 1] != ','))
        continue;
      std::string_view v = t.substr(at + key.size());
      v = v.substr(0, v.find_first_of(" ,;"));
      if (!v.empty() && std::all_of(v.begin(), v.end(), [](char c) {
            return std::isdigit(static_cast<unsigned char>(c)) != 0;
          }))
        script_concurrency_ = std::string(v);
    }
  }

  // "Environment: RTX 4090, Ollama 0.5", "Środowisko: Apple M1 Max 64 GB, Ollama 0.30.10.": a line
  // that opens with a label naming the machine or set-up the figures ran on.
  static bool names_an_environment(std::string_view t) {
    const auto colon = t.find(':');
    if (colon > 24 || colon < 5) return false;  // (npos too)
    // (No copy: this runs for every line of prose. "**Environment**:", "_Setup:_".)
    std::string_view label = t.substr(0, colon);
    while (!label.empty() && (label.front() == '*' || label.front() == '_')) label.remove_prefix(1);
    while (!label.empty() && (label.back() == '*' || label.back() == '_' || label.back() == ' '))
      label.remove_suffix(1);
    for (const std::string_view w :
         {"environment", "hardware", "setup", "test machine", "machine", "platform", "testbed",
          "\xC5\x9Brodowisko", "\xC5\x9Arodowisko",  // środowisko, Środowisko (Polish)
          "entorno", "umgebung", "environnement", "ambiente",
          "\xD0\xBE\xD0\xBA\xD1\x80\xD1\x83\xD0\xB6\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xB5",  // окружение
          "\xE7\x8E\xAF\xE5\xA2\x83",                                                  // 环境
          "\xE7\xA1\xAC\xE4\xBB\xB6"})                                                 // 硬件
      if (label.size() >= w.size() && text::iequals(label.substr(label.size() - w.size()), w) &&
          (label.size() == w.size() || label[label.size() - w.size() - 1] == ' ')) {
        // (The word alone, or after a word saying it is the test's own: "Test machine", "Our
        // environment"; not "Minimum hardware", "Target platform", "Development machine".)
        const std::string_view before = text::trim(label.substr(0, label.size() - w.size()));
        if (!before.empty()) {
          bool own = false;
          for (const std::string_view o : {"test", "testing", "benchmark", "bench", "our", "my",
                                           "the", "evaluation", "experimental", "system"})
            own = own || text::iequals(before, o);
          if (!own) return false;
        }
        // (Not a line about a machine that did not run the figures: "(port not finished yet)",
        // "(only used to write the scripts)".)
        const std::string_view rest = t.substr(colon);
        for (const std::string_view n : {"not ", "pending", "only used", "planned", " yet"})
          if (text::icontains(rest, n)) return false;
        return true;
      }
    return false;
  }

  // "These benchmarks all use the [SmolLM-135M-GGUF](…) model to perform simple text generation.":
  // a section's (or the preamble's) first sentence that says which model its runs use, where its
  // heading names none.
  // (Not where a heading or the document names the model; not a helper model's, "the
  // gpt-4o-mini model as the judge", nor another post's; the preamble's first sentence only.)
  // ... and an overview's ("## Executive Summary": "... applied to a Vision-Language Model
  // (Qwen3-VL-2B-Instruct)."), the document's: the model named in brackets after "model".
  void prose_model(std::string_view t) {
    const bool first = preamble_ ? !preamble_seen_prose_ : !prose_since_heading_;
    if (preamble_) preamble_seen_prose_ = true;
    if (!first || t.size() < 16 || t.size() > 600 || t.front() == '|' || t.front() == '#' ||
        !document_.model.empty() ||
        (t.find(" model") == std::string_view::npos && t.find(" Model") == std::string_view::npos))
      return;
    const std::string plain = strip_emphasis(t);
    const std::string low = text::to_lower(plain);
    if (!heading_model().empty()) return;
    if ((preamble_ || overview_section_) && bracketed_model(plain, low)) return;
    if (t.size() > 400) return;
    for (const std::string_view helper :
         {"draft",   "speculat", "judge",   "grade",     "evaluat",   "tokenizer", "embedding",
          "retriev", "rerank",   "teacher", "reference", "generated", "generator", "baseline",
          "unlike",  "previous", "last ",   "earlier",   "instead",   "compar"})
      if (low.find(helper) != std::string::npos) return;
    for (const std::string_view cue :
         {" use the ", " uses the ", " used the ", " using the ", " run the ", " runs the "}) {
      const auto at = low.find(cue);
      if (at == std::string::npos) continue;
      const auto end = low.find(" model", at + cue.size());
      if (end == std::string::npos || end - at - cue.size() > 60) continue;
      // ("model", not "models"; one name, no words: not "the same Llama-3 tokenizer for all".)
      if (end + 6 < low.size() && std::isalpha(static_cast<unsigned char>(low[end + 6]))) continue;
      std::string name(
          text::trim(std::string_view(plain).substr(at + cue.size(), end - at - cue.size())));
      if (name.find(' ') != std::string::npos || !looks_like_llm(name)) continue;
      if (preamble_) {
        if (document_.model.empty()) document_.model = std::move(name);
      } else if (heading_models_.size() > heading_level_ &&
                 heading_models_[heading_level_].empty()) {
        heading_models_[heading_level_] = std::move(name);
      }
      return;
    }
  }

  // "Command: `llama-bench -m orcarouter-Q4_K_S/Qwen3.8-Flash-Next-Q4_K_S-00001-of-00003.gguf
  // -p 512 -n 128`" in a section's prose: the GGUF it ran is the section's model (where its
  // heading names none), llama.cpp its engine.
  void llama_command_in_prose(std::string_view t) {
    if (text_mode_ || t.size() < 24 || t.size() > 600 || t.find('`') == std::string_view::npos ||
        t.find("llama-") == std::string_view::npos)
      return;
    const auto tool = t.find("llama-");
    const std::string_view from = t.substr(tool);
    if (!(from.starts_with("llama-bench ") || from.starts_with("llama-batched-bench ") ||
          from.starts_with("llama-cli ") || from.starts_with("llama-server ")))
      return;
    const std::string_view command = from.substr(0, from.find('`'));
    std::string path = detail::option_value(command, "-m");
    if (path.empty()) path = detail::option_value(command, "--model");
    if (path.size() < 6 || !text::iequals(std::string_view(path).substr(path.size() - 5), ".gguf"))
      return;
    // (Not an embedding server's, nor a placeholder: "your-model.gguf", "<model>.gguf".)
    const std::string low = text::to_lower(command);
    if (low.find("--embedding") != std::string::npos || low.find("your") != std::string::npos ||
        path.find('<') != std::string::npos || path.find('$') != std::string::npos ||
        low.find("path/to") != std::string::npos)
      return;
    std::string model = detail::model_of_path(path);
    if (model == "model") return;  // ("model.gguf": no name)
    // (A later command of the same section names its own tables' model.)
    command_model_ = std::move(model);
    command_section_ = section_changes_;
  }

  // "a Vision-Language Model (Qwen3-VL-2B-Instruct)": one model named in brackets right after
  // the word, the document's (not a helper's nearby: "the judge model (gpt-4o)").
  bool bracketed_model(const std::string& plain, const std::string& low) {
    const auto at = low.find(" model (");
    if (at == std::string::npos || low.find(" model (", at + 8) != std::string::npos) return false;
    const auto close = low.find(')', at + 8);
    if (close == std::string::npos || close - at - 8 > 80) return false;
    std::string name = plain.substr(at + 8, close - at - 8);
    if (name.find(' ') != std::string::npos || !looks_like_llm(name)) return false;
    const std::string_view near =
        std::string_view(low).substr(at > 40 ? at - 40 : 0, std::min<std::size_t>(at, 40) + 8);
    for (const std::string_view helper : {"draft", "speculat", "judge", "grade", "evaluator",
                                          "tokenizer", "embedding", "teacher", "reference"})
      if (near.find(helper) != std::string_view::npos) return false;
    document_.model = std::move(name);
    if (document_.quantization.empty())
      document_.quantization = detail::quantization_in(document_.model);
    return true;
  }

  // The preamble's sentence that says what the runs had ("tested on a system equipped with NVIDIA
  // A100 80GB GPU", "All benchmarks were run on an RTX 4090"): the document's GPU, where it names
  // one accelerator and nothing labelled one before.
  // ... and a section's first line ("## Benchmark Results" then "Results from running on AMD
  // Radeon 8060S (Strix Halo):"): the machine of that section's figures.
  void prose_gpu(std::string_view t, std::size_t number) {
    if (t.empty() || t.front() == '#') return;
    gpu_of_the_output_above(t, number);
    // (A lead line that introduces the section, ending with its colon: not a caption of the
    // fence below it only, "the output below was obtained on A100-80GB".)
    // ... or the section's first line of prose that says where its figures ran ("Benchmark run
    // on a **MacBook Pro M5, 24 GB RAM** — 100 questions").
    const bool section_first = !prose_since_heading_ && !preamble_ && heading_level_ >= 2;
    const bool section_lead = section_first && t.back() == ':';
    prose_since_heading_ = true;
    if (!(preamble_ || section_first) || text_mode_ || !document_.gpu.empty() || no_gpu_ ||
        t.size() < 24 || t.front() == '|' || t.front() == '>')
      return;
    const std::string low = text::to_lower(t);
    bool ran_on = false;
    for (const std::string_view c :
         {"tested on", "run on", "ran on", "running on", "equipped with", "measured on",
          "benchmarked on", "performed on", "conducted on", "obtained on", "collected on",
          "measurements from"}) {
      ran_on = ran_on || low.find(c) != std::string::npos;
    }
    // "All runs below were done on an Apple M2 Max": runs, benchmarks or tests done or executed
    // on a machine (not "the conversions were done on my laptop").
    if (!ran_on && low.find(" on ") != std::string::npos)
      for (const std::string_view c : {"done on", "executed on", "carried out on"}) {
        const auto at = low.find(c);
        if (at == std::string::npos) continue;
        const std::string_view before = std::string_view(low).substr(0, at);
        for (const std::string_view w : {"run", "benchmark", "test", "measurement", "experiment"})
          ran_on = ran_on || before.find(w) != std::string_view::npos;
      }
    // "Measured 2026-07-22 on the 2x Tesla V100 box": a date between the verb and its "on".
    if (!ran_on && (low.starts_with("measured 20") || low.starts_with("tested 20") ||
                    low.starts_with("benchmarked 20"))) {
      const auto on = low.find(" on ");
      ran_on = on <= 28 && low.find_first_of(".;") > on;  // (npos is larger)
    }
    // (Not a caption of the output under it alone: "the output below was obtained on A100".)
    // ... but a set-up section's first line ("## 환경" then "S25 (Adreno 830), 6T, ..."): the
    // machine of the document's runs, where it names one.
    const bool setup_first = section_first && setup_section_ && !section_lead;
    if (section_first && !section_lead && !setup_first &&
        (!ran_on || names_another_machine_words(std::string(t)) ||
         low.find(" below") != std::string::npos || low.find("output") != std::string::npos))
      return;
    const bool environment = names_an_environment(t);
    bool cue = ran_on || environment;  // "Środowisko: Apple M1 Max 64 GB, Ollama"
    if (setup_first && !names_another_machine_words(std::string(t))) {
      const std::string one = detail::gpu_named_in(t);
      const auto at = one.empty() ? std::string_view::npos : t.find(one);
      if (at != std::string_view::npos && detail::gpu_named_in(t.substr(at + one.size())).empty()) {
        document_.gpu = one;
        document_gpu_line_ = number;
        return;
      }
    }
    // "Local LLM benchmarks & configs for 2× Intel Arc Pro B60": what the benchmarks are of.
    cue =
        cue || (low.find("benchmark") != std::string::npos &&
                (low.find(" for ") != std::string::npos || low.find(" on ") != std::string::npos));
    // "Apple M4 Max 48GB 16 Core 16-inch using LM Studio" under the title: a line that opens
    // with the machine the document's figures ran on (and the engine it names, if any).
    // (Looked for only where a model number may stand: a digit early in a short line.)
    std::string gpu;
    if (!cue && preamble_ && t.size() <= 100 &&
        t.substr(0, 40).find_first_of("0123456789") != std::string_view::npos) {
      gpu = detail::gpu_named_in(t);
      // (Not a sentence about another machine: "RTX 3090 (my previous card) reached 45 t/s; this
      // post tests the new 5090" names a second GPU, and a figure.)
      const auto about_it = [&] {
        const std::string_view rest = t.substr(gpu.size());
        return rest.find_first_of(";.") == std::string_view::npos &&
               detail::gpu_named_in(rest).empty();
      };
      if (!gpu.empty() && low.starts_with(text::to_lower(gpu)) && about_it()) {
        cue = true;
        if (document_.backend.empty()) document_.backend = detail::serving_engine_in(t);
      }
    }
    if (!cue) return;
    // (An environment's line by its first sentence: the words after it are about other things.)
    if (gpu.empty())
      gpu = detail::gpu_named_in(environment && !ran_on ? t.substr(0, t.find(". ")) : t);
    if (!gpu.empty()) {
      if (!preamble_) {
        if (heading_gpus_.size() > heading_level_ && heading_gpus_[heading_level_].empty()) {
          heading_gpus_[heading_level_] = std::move(gpu);
          if (heading_gpu() != gpu_spans_.back().second)
            gpu_spans_.emplace_back(number, heading_gpu());
        }
        return;
      }
      document_.gpu = std::move(gpu);
      document_gpu_line_ = number;
    }
  }

  // "The following results were obtained on a Jetson Orin NX … These models were pulled from the
  // official repository of Ollama.": a preamble's sentence that names one serving engine, the
  // document's (not one compared with, planned or left out: "vs vLLM", "will support", "not").
  // How many of the serving engines a text names ("vLLM vs SGLang vs TRT-LLM": 3).
  static std::size_t engines_named(std::string_view t) {
    const std::string low = text::to_lower(t);
    std::size_t n = 0;
    for (const std::string_view e :
         {"ollama", "vllm", "llama.cpp", "llama-server", "sglang", "lmdeploy", "mlx", "tensorrt",
          "trt-llm", "exllama", "llamafile", "koboldcpp", "lm studio", "tgi",
          "text-generation-inference", "mlc-llm", "transformers", "onnx", "triton"})
      n += low.find(e) != std::string::npos ? 1 : 0;
    return n;
  }

  void preamble_engine(std::string_view t) {
    if (t.front() == '#' || t.front() == '|' || t.front() == '>' || t.front() == '`') return;
    static constexpr std::string_view kEngines[] = {
        "ollama",    "vllm",        "llama.cpp", "llama-server", "sglang",
        "lmdeploy",  "mlx-lm",      "mlx_lm",    "tensorrt-llm", "trt-llm",
        "exllamav2", "llamafile",   "koboldcpp", "lm studio",    "text-generation-inference",
        "mlc-llm",   "ik_llama.cpp"};
    // (An environment's line, "Environment: Apple M1 Max, Ollama 0.30.10.", up to its first
    // sentence's end: the words after it are about other things.)
    const bool environment = names_an_environment(t);
    if (environment) t = t.substr(0, t.find(". "));
    const std::string low = text::to_lower(t);
    std::string_view found;
    std::size_t at = 0;
    for (const std::string_view e : kEngines) {
      const auto p = low.find(e);
      if (p == std::string::npos) continue;
      // (A word of its own: not "llama.cpp" inside "ik_llama.cpp", nor a file "vllm_bench.py".)
      const std::size_t end = p + e.size();
      if ((p > 0 && (std::isalnum(static_cast<unsigned char>(low[p - 1])) || low[p - 1] == '_')) ||
          (end < low.size() && (std::isalnum(static_cast<unsigned char>(low[end])) ||
                                low[end] == '_' || low[end] == '/')))
        continue;
      if (!found.empty()) return;  // two engines: a comparison
      found = e;
      at = p;
    }
    if (found.empty()) return;
    // (Not one of the engines the title compares: "# vLLM vs SGLang vs TRT-LLM" over "TRT-LLM
    // results use the full TRT engine".)
    if (compared_title_.find(found) != std::string::npos) return;
    const std::string padded = " " + low + " ";
    for (const std::string_view w : {" vs",         " versus ",
                                     "compar",      " than ",
                                     " unlike ",    "instead of",
                                     "alternative", " will ",
                                     " plan",       " not ",
                                     "n't ",        " without ",
                                     " todo",       " coming ",
                                     "support for", "migrat",
                                     " replace",    " switch",
                                     " both ",      " backends",
                                     " engines",    " frameworks",
                                     " each ",      "script",
                                     "dataset",     "benchmark_serving",
                                     " project",    "format",
                                     "compatib",    " uses "}) {
      if (padded.find(w) != std::string::npos) return;
    }
    // (The engine that served or ran the models: a verb or preposition says so, or the line is
    // the environment's.)
    bool served = environment;
    for (const std::string_view w :
         {"using", "served", "serving", "running", "run with", "ran with", "run on", "ran on",
          " via ", "pulled from", "through", "powered by", "hosted", "with ", "configuration",
          "defaults"}) {
      served = served || padded.find(w) != std::string::npos;
    }
    if (!served) return;
    std::string engine = detail::serving_engine_in(t.substr(at, found.size()));
    document_.backend = engine.empty() ? std::string(t.substr(at, found.size())) : engine;
  }

  // "All models tested with …", "every run used …": a sentence of every row (whole words; not
  // "Small models …", nor "Not all …", "… except …", "… unquantized").
  static bool says_of_every_row(std::string_view sentence) {
    const auto words = detail::words_of(text::to_lower(sentence));
    bool every = false;
    for (const auto& w : words) {
      if (w == "not" || w == "except" || w == "without" || w == "unquantized" || w == "instead" ||
          w == "original")
        return false;
      // ("Performance results for LLAMA 3.1 (8B) with FP8 quantization": the results below.)
      every = every || w == "all" || w == "every" || w == "each" || w == "results";
    }
    return every;
  }

  // Whether a sentence names a serving engine anywhere (a cheap look for the names).
  static bool names_an_engine(std::string_view sentence) {
    const std::string low = text::to_lower(sentence);
    for (const std::string_view e :
         {"ollama", "vllm", "llama.cpp", "llama-server", "sglang", "tgi", "tensorrt", "trt-llm",
          "lmdeploy", "mlx", "exllama", "lm studio", "llamafile", "koboldcpp"}) {
      if (low.find(e) != std::string::npos) return true;
    }
    return false;
  }

  // "### 🔬 Comprehensive Model Analysis" over "**Hardware**: RTX 4060 Laptop (8GB VRAM),
  // Windows 11" (a bold label among a section's lead lines, before its tables): the machine of
  // that section's figures.
  // ... and a list's item of the section's set-up before its first table ("- Device: a single
  // NVIDIA GeForce RTX 3090 GPU (24GB) with 12 CPU cores" under "## Leaderboard on 3090").
  void section_lead_gpu(std::string_view t, std::size_t number) {
    const bool item = t.size() > 2 && (t.starts_with("- ") || t.starts_with("* "));
    if (item) t.remove_prefix(2);
    // (Not a list under a lead of other things: "**Shopping list**:" over "- Hardware: ...".)
    if (table_since_heading_ || heading_level_ < 2 || no_gpu_ || text_mode_ ||
        (!item && !t.starts_with("**")) || (item && other_lead_) ||
        heading_gpus_.size() <= heading_level_ || !heading_gpus_[heading_level_].empty())
      return;
    const std::size_t lead = t.starts_with("**") ? 2 : 0;
    const auto key_is = [&](std::string_view k) {
      return t.size() > lead + k.size() && text::iequals(t.substr(lead, k.size()), k);
    };
    if (!key_is("hardware") && !key_is("gpu") && !key_is("device") && !key_is("machine")) return;
    const std::string plain = strip_emphasis(t);
    const auto colon = plain.find(':');
    if (colon > 24) return;  // (npos too)
    const std::string key = text::to_lower(text::trim(std::string_view(plain).substr(0, colon)));
    if (key != "hardware" && key != "gpu" && key != "device" && key != "machine") return;
    // (Not "i9-13900K CPU only (the RTX 4090 was disabled with -ngl 0)".)
    const std::string value = text::to_lower(std::string_view(plain).substr(colon + 1));
    for (const std::string_view w :
         {"cpu only", "cpu-only", "disabled", "-ngl 0", "not used", "unused", "without"}) {
      if (value.find(w) != std::string::npos) return;
    }
    std::string gpu = detail::gpu_named_in(std::string_view(plain).substr(colon + 1));
    if (gpu.empty()) return;
    heading_gpus_[heading_level_] = std::move(gpu);
    if (heading_gpu() != gpu_spans_.back().second) gpu_spans_.emplace_back(number, heading_gpu());
  }

  // A table's bare multiples ("2.85x" under "Translation", no quantity named) where the prose says
  // the document reports speedups: speedups.
  void multiples_as_speedups() {
    if (!speedups_named_) return;
    for (auto& row : r_.rows) {
      if (row.role != metrics::Role::metric || row.metric || row.unit != "x" || !row.value ||
          row.locator.rfind("table[", 0) != 0)
        continue;
      // (Not a multiple of another quantity its column names: "Compression", "Batch size gain".)
      const std::string_view column =
          std::string_view(row.locator).substr(row.locator.find("].") + 2);
      bool other = false;  // (whole words: "Generation" holds no "ratio")
      for (const auto& word : detail::words_of(text::to_lower(column)))
        for (const std::string_view w :
             {"compression", "memory", "size", "batch", "ratio", "reduction", "gain", "saving",
              "savings", "capacity", "cost", "energy", "power"})
          other = other || word == w;
      if (other) continue;
      detail::set_metric(row, "speedup");
      detail::add_note(row, "a multiple, of the speedups the document says it reports");
    }
  }

  // An nvidia-smi table pasted in a section ("| 0 NVIDIA GeForce RTX 4070 ... Off |") shows the
  // machine of the section's runs, where it shows one GPU and the section names none.
  void gpu_shown_by_nvidia_smi(const std::string& shown, std::size_t number) {
    if (no_gpu_ || heading_level_ == 0 || heading_gpus_.size() <= heading_level_) return;
    std::string gpu = detail::gpu_named_in(shown);
    if (gpu.empty()) return;
    std::string& section = heading_gpus_[heading_level_];
    const bool ours = smi_gpu_level_ == heading_level_ && section == smi_gpu_shown_;
    // (Not over a GPU the document or a heading names: "4x H100" of the title keeps its count.)
    if (!ours && (!document_.gpu.empty() || !heading_gpu().empty())) return;
    if (ours && nvidia_smi_.tables == smi_gpu_table_) {
      if (gpu != smi_gpu_) {
        section.clear();  // (a second kind of GPU in the same table: no one GPU)
        smi_gpu_level_ = 0;
      } else {
        // "4x NVIDIA H100 80GB": one row per card, counted.
        section = std::to_string(++smi_gpu_count_) + "x " + smi_gpu_;
        smi_gpu_shown_ = section;
      }
      if (heading_gpu() != gpu_spans_.back().second) gpu_spans_.emplace_back(number, heading_gpu());
      return;
    }
    section = gpu;
    smi_gpu_ = std::move(gpu);
    smi_gpu_shown_ = section;
    smi_gpu_count_ = 1;
    smi_gpu_level_ = heading_level_;
    smi_gpu_table_ = nvidia_smi_.tables;
    if (heading_gpu() != gpu_spans_.back().second) gpu_spans_.emplace_back(number, heading_gpu());
  }

  // "*NOTE: above sample output is done on a single node with one GPU - RTX 5880 (48GB GPU
  // memory).*" right under a fence: the machine of the fence's figures (those no nearer line
  // labelled).
  void gpu_of_the_output_above(std::string_view t, std::size_t number) {
    if (std::get<2>(closed_fence_) == 0) return;  // (no fence closed since the last look)
    // (The fence's rows up to now: a box table's are written as the fence closes.)
    const auto [first, end_at_close, close] = closed_fence_;
    const std::size_t end = std::max(end_at_close, r_.rows.size());
    if (first >= end || close == 0 || number > close + 2 || text_mode_ || no_gpu_) return;
    closed_fence_ = {};
    const std::string low = text::to_lower(t);
    if (low.find("above") == std::string::npos ||
        (low.find(" on ") == std::string::npos && low.find(" with ") == std::string::npos))
      return;
    const std::string gpu = detail::gpu_named_in(t);
    if (gpu.empty()) return;
    for (std::size_t i = first; i < end && i < r_.rows.size(); ++i) {
      if (r_.rows[i].role == metrics::Role::metric && r_.rows[i].context.gpu.empty())
        r_.rows[i].context.gpu = gpu;
    }
  }

  // "▸ Run 2/3...", "[Run 1/5]", "Trial 3/10", "Iteration 2 of 5": a line that announces one
  // repetition of several (not "Runs: 3", how many).
  // A line that opens with a summary's word ("Averages:", "Total:", "Overall", "Summary"): the
  // runs' summary after their lines.
  static bool summarises_the_runs(std::string_view t) {
    std::size_t end = 0;
    while (end < t.size() && std::isalpha(static_cast<unsigned char>(t[end]))) ++end;
    const std::string word = text::to_lower(t.substr(0, end));
    return word == "average" || word == "averages" || word == "avg" || word == "mean" ||
           word == "total" || word == "totals" || word == "overall" || word == "summary" ||
           word == "aggregate" || word == "final" || word == "median";
  }

  // "round=2" of "Round 2/3:", "run=1" of "▸ Run 1 of 5...": which repetition a block is of.
  static std::string repetition_label(std::string_view t) {
    while (!t.empty() && !std::isalpha(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    const auto space = t.find(' ');
    if (space == std::string_view::npos) return {};
    std::string_view n = t.substr(space + 1);
    n = n.substr(0, n.find_first_not_of("0123456789"));
    return n.empty() ? std::string() : text::to_lower(t.substr(0, space)) + "=" + std::string(n);
  }

  // The rows from `before` on, read under "Round 2/3:": that repetition's samples.
  void of_the_repetition(std::size_t before) {
    if (!sweep_.announced || sweep_.repetition.empty()) return;
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      std::string& config = r_.rows[i].context.config;
      if (config.find(sweep_.repetition) == std::string::npos)
        config += (config.empty() ? "" : " ") + sweep_.repetition;
      if (r_.rows[i].statistic == "value") r_.rows[i].statistic = "sample";
    }
  }

  static bool announces_a_repetition(std::string_view t) {
    while (!t.empty() && !std::isalnum(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    std::string_view rest;
    for (const std::string_view w : {"Run ", "run ", "Trial ", "trial ", "Iteration ", "iteration ",
                                     "Repetition ", "repetition ", "Round ", "round "}) {
      if (t.starts_with(w)) rest = t.substr(w.size());
    }
    const auto digits = [&rest] {
      std::size_t n = 0;
      while (n < rest.size() && std::isdigit(static_cast<unsigned char>(rest[n]))) ++n;
      rest.remove_prefix(n);
      return n > 0;
    };
    if (!digits()) return false;
    if (rest.starts_with("/")) {
      rest.remove_prefix(1);
    } else if (rest.starts_with(" of ")) {
      rest.remove_prefix(4);
    } else {
      return false;
    }
    if (!digits()) return false;
    return rest.find_first_not_of(".:]) ") == std::string_view::npos;  // nothing after but marks
  }

  // A sweep's progress line before its figures ("[02:57:45]   [1/42 eta=0s]  Q2_K  ctx=256
  // trial=1  ..."): settings only, the point of the sweep the next figure lines are of.
  void sweep_line(std::string_view t) {
    while (t.starts_with('[') && t.find(']') != std::string_view::npos)
      t = text::trim(t.substr(t.find(']') + 1));  // the time, the progress counter
    if (t.find('=') == std::string_view::npos || t.size() > 160) return;
    std::string config;
    bool per_trial = false;
    std::size_t pairs = 0;
    for (std::size_t at = 0; at < t.size();) {
      const auto end = std::min(t.find(' ', at), t.size());
      std::string_view word = t.substr(at, end - at);
      at = end + 1;
      // ("loading @ ctx=65536...": the setting, without the ellipsis of a console's progress.)
      while (!word.empty() && (word.back() == ',' || word.back() == ';' || word.back() == '.'))
        word.remove_suffix(1);
      const auto eq = word.find('=');
      if (eq == std::string_view::npos) continue;
      if (eq == 0 || eq + 1 == word.size()) return;
      const std::string_view key = word.substr(0, eq);
      const auto& c = detail::classify_cached(key);
      ++pairs;
      // "trial=1": which repetition, no setting ("Rounds=3" is how many: a setting).
      if (c.role == metrics::Role::identifier && detail::names_measurement(key)) {
        per_trial = true;
        continue;
      }
      if (c.role != metrics::Role::parameter) return;  // a figure: no line of settings
      if (c.parameter && (c.parameter->id == "concurrency" || c.parameter->id == "rate"))
        continue;  // the load: a label of its own (run_settings_line)
      config += (config.empty() ? "" : " ") + std::string(word);
    }
    if (pairs == 0) return;
    sweep_.config = std::move(config);
    sweep_.quantization = detail::quantization_in(t);
    sweep_.per_trial = per_trial;
    sweep_.announced = false;
  }

  // Whether a section's heading names a compute backend the document's own backend does not
  // ("ROCm 6.4 HIP Results", "RADV vs AMDVLK" under a document run on Vulkan RADV).
  bool names_another_compute_backend(std::string_view section) const {
    if (section.empty() || document_.backend.empty()) return false;
    const std::string own = " " + text::to_lower(document_.backend) + " ";
    for (const auto& w : detail::words_of(text::to_lower(section))) {
      for (const std::string_view b :
           {"rocm", "hip", "amdvlk", "cuda", "sycl", "metal", "opencl", "rpc", "vulkan", "radv"}) {
        if (w == b && own.find(" " + std::string(b) + " ") == std::string::npos) return true;
      }
    }
    return false;
  }

  // "projected 890M", "Estimated (A100)", "theoretical peak": a label of a row stated beforehand.
  static bool states_beforehand(std::string_view label) {
    const std::string low = text::to_lower(text::trim(strip_emphasis(label)));
    for (const std::string_view w :
         {"projected", "estimated", "expected", "predicted", "theoretical", "extrapolated"}) {
      if (low.starts_with(w) && (low.size() == w.size() || low[w.size()] == ' ' ||
                                 low[w.size()] == '(' || low[w.size()] == ':'))
        return true;
    }
    return false;
  }

  // The requests in flight each column names ("Batch (5 req)", "4 concurrent"), and "Single
  // Request" beside them 1; "" for a column that names none.
  void columns_in_flight() {
    // "| At Low Load (0.37 rps) | At Max Load (8.53 rps) |": each column's request rate.
    col_rate_.assign(header_.size(), std::string());
    for (std::size_t c = 0; c < header_.size(); ++c)
      col_rate_[c] = detail::rate_in_text(header_[c]);
    col_in_flight_.assign(header_.size(), std::string());
    bool any = false;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      std::string n = detail::in_flight_in(header_[c]);
      // (A number of its own: not "TR110 (Concurrent)", a study's id beside the word.)
      const auto at = n.empty() ? std::string::npos : header_[c].find(n);
      if (at != std::string::npos && at > 0 &&
          std::isalnum(static_cast<unsigned char>(header_[c][at - 1])))
        n.clear();
      any = any || !n.empty();
      col_in_flight_[c] = std::move(n);
    }
    for (std::size_t c = 0; any && c < header_.size(); ++c) {
      const std::string low = text::to_lower(text::trim(header_[c]));
      if (low == "single request" || low == "single stream" || low == "single user")
        col_in_flight_[c] = "1";
    }
    if (!any) col_in_flight_.clear();
  }

  // "Parallel = 4", "Concurrency: 8": a line that only states the load of what follows.
  void load_line(std::string_view t, std::size_t number) {
    if (t.size() < 5 || t.size() > 40 || !std::isalpha(static_cast<unsigned char>(t.front())))
      return;
    const auto sep = t.find_first_of("=:");
    if (sep == std::string_view::npos) return;
    const std::string_view key = text::trim(t.substr(0, sep));
    const std::string_view value = text::trim(t.substr(sep + 1));
    if (value.empty() || value.find_first_not_of("0123456789") != std::string_view::npos) return;
    const auto& c = detail::classify_cached(key);
    if (!c.parameter || c.parameter->id != "concurrency") return;
    load_line_value_ = std::string(value);
    load_line_number_ = number;
  }

  // "GPU 0", "NVIDIA A100": a label that names the device its figure ran on, as written; "" for
  // any other label.
  static std::string device_label(std::string_view label) {
    const auto words = detail::words_of(text::to_lower(label));
    if (words.size() == 2 && (words[0] == "gpu" || words[0] == "cuda" || words[0] == "device") &&
        std::all_of(words[1].begin(), words[1].end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }))
      return std::string(label);
    return detail::gpu_named_in(label) == label ? std::string(label) : std::string();
  }

  // A test harness's line for one request, its check's verdict beside the request's figures:
  // "  PASS  two_sum   s0     67tok 3s 23.1tok/s", "[DIRECT] (1/30) cg01_fibonacci... PASS (10.3s,
  // 33.7 tok/s)". The figures are the request's (samples: output tokens, its time, its rate), the
  // test its name; a FAIL is the answer's check, the request itself completed (a note says so).
  bool verdict_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.size() < 12 || t.size() > 240 ||
        (t.find("PASS") == std::string_view::npos && t.find("FAIL") == std::string_view::npos))
      return false;
    std::string verdict;
    std::string name;
    bool after_verdict = false;
    std::vector<std::string_view> figures;
    const auto is_name = [](std::string_view w) {
      return w.size() >= 3 && std::isalpha(static_cast<unsigned char>(w.front())) &&
             std::all_of(w.begin(), w.end(), [](char ch) {
               return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-';
             });
    };
    for (std::size_t at = 0; at < t.size();) {
      while (at < t.size() &&
             (t[at] == ' ' || t[at] == '\t' || t[at] == ',' || t[at] == '(' || t[at] == ')'))
        ++at;
      std::size_t end = at;
      while (end < t.size() && t[end] != ' ' && t[end] != '\t' && t[end] != ',' && t[end] != ')' &&
             t[end] != '(')
        ++end;
      std::string_view w = t.substr(at, end - at);
      at = end;
      if (w.empty()) continue;
      if (w == "<" || w.front() == '<') break;  // "<ValueError: ...>": the check's message
      // "34.6 tok/s": a figure and its unit as two words.
      if (std::isdigit(static_cast<unsigned char>(w.front())) && at < t.size() && t[at] == ' ') {
        std::size_t next = at + 1;
        while (next < t.size() && t[next] != ' ' && t[next] != ',' && t[next] != ')') ++next;
        const std::string_view unit = t.substr(at + 1, next - at - 1);
        if (unit == "tok/s" || unit == "t/s" || unit == "tokens/s" || unit == "tok" ||
            unit == "tokens" || unit == "s" || unit == "ms") {
          w = t.substr(w.data() - t.data(), next - static_cast<std::size_t>(w.data() - t.data()));
          at = next;
        }
      }
      if (w == "PASS" || w == "FAIL" || w == "PASSED" || w == "FAILED") {
        if (!verdict.empty()) return false;
        verdict.assign(w);
        after_verdict = true;
        continue;
      }
      std::string_view bare = w;
      while (bare.ends_with('.')) bare.remove_suffix(1);  // "cg01_fibonacci..."
      // (A test's name: written with '_', "...", or right after the verdict, "PASS  roman".)
      if (name.empty() && is_name(bare) &&
          (bare.find('_') != std::string_view::npos || bare.size() != w.size() || after_verdict)) {
        name.assign(bare);
        after_verdict = false;
        continue;
      }
      after_verdict = false;
      if (const auto p = numeric::parse_cell(w); p && !p->suffix.empty()) figures.push_back(w);
    }
    if (verdict.empty() || name.empty() || figures.size() < 2) return false;
    // "[DIRECT] (1/30) cg01_fibonacci...": the harness's mode in its tag, the run's label.
    std::string mode;
    if (t.front() == '[' && t.find(']') != std::string_view::npos && t.find(']') < 24)
      mode.assign(text::trim(t.substr(1, t.find(']') - 1)));
    const std::size_t before = r_.rows.size();
    for (const std::string_view f : figures) {
      const auto p = numeric::parse_cell(f);
      const auto unit = metrics::parse_unit(p->suffix);
      const std::string_view metric = !unit                             ? ""
                                      : *unit == "tok/s"                ? "token_rate"
                                      : *unit == "tokens"               ? "output_tokens"
                                      : (*unit == "s" || *unit == "ms") ? "e2e_latency"
                                                                        : "";
      if (metric.empty()) continue;
      MetricRow* row = detail::add_text_row(r_.rows, metric, f);
      if (!row) continue;
      detail::set_metric(*row, metric);
      row->statistic = "sample";
      row->locator = "line[" + std::to_string(number) + "]." + name + "." + std::string(metric);
      row->line = number;
      row->context.test = name;
      row->context.config = mode;
      detail::add_note(*row, verdict.starts_with("FAIL")
                                 ? "the test's check failed (FAIL): the request itself completed"
                                 : "the test's check passed");
    }
    if (r_.rows.size() == before) return false;
    label_line_rows(before);
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      Context& ctx = r_.rows[i].context;
      if (ctx.model.empty()) ctx.model = script_model_;
      if (ctx.concurrency.empty()) ctx.concurrency = script_concurrency_;
    }
    return true;
  }

  // llama.cpp's llama-cli after each answer (--show-timings): "[ Prompt: 100.2 t/s | Generation:
  // 19.9 t/s ]", in a log, a fence or a note's inline code: one request's prompt-processing and
  // generation rates, samples.
  // The shell's `time` after a command: "real    2m3.001s" then "user    0m0.484s" and "sys":
  // the command's wall-clock time (a duration, one sample); the CPU times are no measurement of
  // ours. Read where the "user" line follows the "real" one, as `time` prints them.
  bool time_output_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.ends_with(" total") && zsh_time_line(t, number)) return true;
    // (A cheap look first: most lines begin otherwise.)
    if (t.size() < 8 || (t[0] != 'r' && t[0] != 'u' && t[0] != 's')) return false;
    const auto figure = [](std::string_view s, std::string_view word) -> std::optional<double> {
      if (!s.starts_with(word) || (s[word.size()] != ' ' && s[word.size()] != '\t'))
        return std::nullopt;
      const std::string_view v = text::trim(s.substr(word.size()));
      const auto p = numeric::parse_cell(v);
      if (!p || p->suffix != "s" || v.find('m') == std::string_view::npos) return std::nullopt;
      return p->value;
    };
    if (const auto real = figure(t, "real")) {
      time_real_ = {std::string(text::trim(t.substr(4))), number};
      return true;
    }
    if (figure(t, "user") && !time_real_.first.empty() && time_real_.second + 1 == number) {
      const std::size_t before = r_.rows.size();
      const double seconds = numeric::parse_cell(time_real_.first)->value;
      MetricRow& row = detail::add_number_row(r_.rows, "real", time_real_.first, seconds);
      detail::set_unit(row, "s");
      detail::set_metric(row, "duration");
      row.raw = time_real_.first;
      row.statistic = "sample";
      row.locator = "line[" + std::to_string(time_real_.second) + "].real";
      row.line = time_real_.second;
      row.note = "the wall-clock time the shell's `time` printed for a command";
      detail::renormalize(row);
      label_line_rows(before);
      time_real_ = {};
      return true;
    }
    return false;
  }

  // zsh's `time` on one line: "ollama run llama3 hi  0.02s user 0.01s system 1% cpu 7.615 total"
  // ("1:02.34 total" past a minute): the command's wall-clock time, one sample.
  bool zsh_time_line(std::string_view t, std::size_t number) {
    const auto cpu = t.rfind("% cpu ");
    if (cpu == std::string_view::npos || t.find(" user ") == std::string_view::npos) return false;
    // (Not a set-up step's time: "ollama pull ...", "brew install ...", a download or a build.)
    const std::string command = text::to_lower(t.substr(0, t.find(" user ")));
    for (const std::string_view w : {" pull ", "install", "download", " clone ", "build", "make ",
                                     "cmake", "pip ", "wget ", "curl -o", "docker pull"})
      if (command.find(w) != std::string::npos) return false;
    const std::string_view elapsed =
        text::trim(t.substr(cpu + 6, t.size() - 6 - (cpu + 6)));  // (before " total")
    double seconds = 0;
    std::size_t from = 0;
    for (int part = 0; part < 3; ++part) {  // [[h:]m:]s.ff
      const auto colon = elapsed.find(':', from);
      const auto p = numeric::parse_cell(elapsed.substr(from, colon - from));
      if (!p || !p->suffix.empty() || p->value < 0) return false;
      seconds = seconds * 60 + p->value;
      if (colon == std::string_view::npos) break;
      from = colon + 1;
      if (part == 2) return false;
    }
    const std::size_t before = r_.rows.size();
    MetricRow& row = detail::add_number_row(r_.rows, "total", elapsed, seconds);
    detail::set_unit(row, "s");
    detail::set_metric(row, "duration");
    row.raw.assign(elapsed);
    row.statistic = "sample";
    row.locator = "line[" + std::to_string(number) + "].total";
    row.line = number;
    row.note = "the wall-clock time zsh's `time` printed for a command";
    detail::renormalize(row);
    label_line_rows(before);
    return true;
  }

  bool llama_cli_speed_line(std::string_view l, std::size_t number) {
    if (l.size() < 30) return false;  // (runs for every line: the cheapest looks first)
    const std::size_t lead = l.find_first_not_of(' ');
    if (lead == std::string_view::npos || (l[lead] != '[' && l[lead] != '`')) return false;
    std::string_view t = text::trim(l);
    if (t.size() < 30 || t.size() > 80) return false;
    while (!t.empty() && (t.front() == '`' || t.front() == '[' || t.front() == ' '))
      t.remove_prefix(1);
    while (!t.empty() && (t.back() == '`' || t.back() == ']' || t.back() == ' '))
      t.remove_suffix(1);
    const auto bar = t.find(" | Generation: ");
    if (!t.starts_with("Prompt: ") || bar == std::string_view::npos) return false;
    const std::string_view prompt = t.substr(8, bar - 8);
    const std::string_view generation = t.substr(bar + 15);
    if (!prompt.ends_with(" t/s") || !generation.ends_with(" t/s")) return false;
    const std::size_t before = r_.rows.size();
    for (const auto& [label, cell, metric] :
         {std::tuple{"Prompt", prompt, "prompt_eval_rate"},
          std::tuple{"Generation", generation, "decode_rate"}}) {
      MetricRow* row = detail::add_text_row(r_.rows, label, cell);
      if (!row) continue;
      detail::set_metric(*row, metric);
      row->statistic = "sample";
      row->locator = "llama_cli[" + std::to_string(number) + "]." + label;
      row->line = number;
    }
    if (r_.rows.size() == before) return false;
    label_line_rows(before);
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      Context& ctx = r_.rows[i].context;
      // (The title's model, "# Raw Benchmark Outputs — TinyLlama 1.1B K-Quants", where nothing
      // nearer names one; llama-cli is llama.cpp's.)
      if (ctx.model.empty()) ctx.model = title_model_named_;
      if (ctx.backend.empty()) ctx.backend = "llama.cpp";
    }
    if (r_.format.empty()) r_.format = "llama-cli timings";
    return true;
  }

  // A script's line for one request: "Inference completed in 10.71 seconds, 160.94 tokens/sec",
  // "Generated 256 tokens in 3.2 s (80.0 tok/s)": the request's time and its rate, samples. Its
  // model is that of the last "Benchmarking gpt-oss:latest on GPU 0 (Run 1/5)" line.
  bool completion_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.size() < 16 || t.size() > 160) return false;
    const auto in = t.find(" in ");
    if (in == std::string_view::npos) return false;
    const std::string head = text::to_lower(t.substr(0, in));
    const bool done = head.ends_with("completed") || head.ends_with("finished") ||
                      head.ends_with(" done") || head == "done" || head.ends_with("took");
    if (!done) return false;
    // (A server's start-up step, "Graph capturing finished in 23 secs", "Model loading took
    // 121 s": no request's time. After a logger's prefix too: "INFO 09-04 01:29:29
    // [gpu_model_runner.py:2708] Graph capturing finished in 3 secs".)
    if (head.find("request") == std::string::npos) {
      std::string_view step = head;
      if (const auto bracket = step.rfind("] "); bracket != std::string_view::npos)
        step.remove_prefix(bracket + 2);
      for (const std::string_view w :
           {"graph captur", "captur", "compil", "model load", "loading", "load ", "warm",
            "init engine", "initializ", "startup", "start-up", "server start", "profil", "download",
            "build", "engine", "kv cache"}) {
        if (step.starts_with(w)) return false;
      }
    }
    std::string_view rest = t.substr(in + 4);
    const auto comma = rest.find_first_of(",(");
    const std::string_view time = text::trim(rest.substr(0, comma));
    const auto took = numeric::parse_cell(time);
    const auto unit = took ? metrics::parse_unit(took->suffix) : std::nullopt;
    const auto as_ms = unit ? units::normalize(1.0, *unit) : std::nullopt;
    if (!as_ms || as_ms->unit != "ms") return false;  // a time, nothing else
    const std::size_t before = r_.rows.size();
    const std::string at = "line[" + std::to_string(number) + "].";
    if (MetricRow* row = detail::add_text_row(r_.rows, "request latency", time)) {
      row->locator = at + "completed in";
      row->line = number;
    }
    if (comma != std::string_view::npos) {
      std::string_view rate = text::trim(rest.substr(comma + 1));
      while (!rate.empty() && (rate.back() == ')' || rate.back() == '.')) rate.remove_suffix(1);
      const auto r = numeric::parse_cell(rate);
      if (r && !r->suffix.empty()) {
        MetricRow* row = detail::add_text_row(r_.rows, r->suffix, rate);
        if (row && row->metric) {
          row->locator = at + std::string(r->suffix);
          row->line = number;
        } else if (row) {
          r_.rows.pop_back();
        }
      }
    }
    for (std::size_t i = before; i < r_.rows.size(); ++i) {
      detail::default_statistic(r_.rows[i], "sample");
      if (!script_model_.empty()) r_.rows[i].context.model = script_model_;
    }
    label_line_rows(before);
    return r_.rows.size() > before;
  }

  // "max_tokens=32: 1.008401s, 32 tokens, 31.7 tok/s": a setting, then one request's figures,
  // each with its unit: its time (end to end), the tokens it generated and their rate (samples;
  // the setting their configuration).
  bool setting_figures_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    const auto eq = t.find('=');
    const auto colon = t.find(": ");
    if (eq == std::string_view::npos || eq == 0 || colon == std::string_view::npos || colon < eq ||
        colon > 48 || t.find(' ') < colon)
      return false;
    const std::string_view setting = t.substr(0, colon);
    std::vector<std::string_view> parts;
    for (std::string_view rest = t.substr(colon + 2); !rest.empty();) {
      const auto comma = rest.find(", ");
      parts.push_back(text::trim(rest.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 2);
    }
    if (parts.size() < 2 || parts.size() > 6) return false;
    std::vector<std::pair<std::string_view, std::string>> figures;  // the cell, its metric
    for (const std::string_view p : parts) {
      const auto parsed = numeric::parse_cell(p);
      const auto unit = parsed ? metrics::parse_unit(parsed->suffix) : std::nullopt;
      if (!unit) return false;
      const auto as = units::normalize(1.0, *unit);
      if (as && as->unit == "ms") {
        figures.emplace_back(p, "e2e_latency");
      } else if (*unit == "tokens") {
        figures.emplace_back(p, "output_tokens");
      } else if (*unit == "tok/s") {
        figures.emplace_back(p, "token_rate");
      } else {
        return false;
      }
    }
    const std::size_t before = r_.rows.size();
    const std::string at = "line[" + std::to_string(number) + "].";
    for (const auto& [cell, metric] : figures) {
      MetricRow* row = detail::add_text_row(r_.rows, metric, cell);
      if (!row) continue;
      row->locator = at + metric;
      row->line = number;
      detail::set_metric(*row, metric);
      row->statistic = "sample";
      row->context.config = std::string(setting);
      detail::renormalize(*row);
    }
    label_line_rows(before);
    return r_.rows.size() > before;
  }

  // "PyTorchObserver {"prefill_token_per_sec":333.333, ...}" (ExecuTorch's llama runner): a tag,
  // then one JSON object on the line, whose fields are read as a JSON record's.
  bool tagged_json_line(std::string_view l, std::size_t number) {
    const std::string_view t = text::trim(l);
    if (t.size() < 8 || t.back() != '}') return false;
    const auto brace = t.find('{');
    if (brace == std::string_view::npos || brace < 2 || brace > 40 || t[brace - 1] != ' ')
      return false;
    std::string_view tag = text::trim(t.substr(0, brace));
    if (tag.ends_with(':')) tag.remove_suffix(1);
    if (tag.empty() || !std::all_of(tag.begin(), tag.end(), [](char c) {
          return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
        }))
      return false;
    // (Not a target's or a request's: "SLO: {...}", "Config: {...}", "Request: {...}"; by its
    // words, not "long_input:", "large_batch:", "speculative:" results.)
    for (const auto& w : detail::words_of(text::to_lower(tag))) {
      for (const std::string_view stem :
           {"slo", "target", "threshold", "limit", "budget", "goal", "expect", "config", "setting",
            "param", "arg", "option", "request", "payload", "body"})
        if (w.starts_with(stem) && (stem.size() > 3 || w.size() <= stem.size() + 1)) return false;
    }
    const std::size_t before = r_.rows.size();
    if (!harvest_json_line(t.substr(brace), number, r_)) return false;
    label_line_rows(before);
    return true;
  }

  // "Llama 3.1 8B" and "meta-llama/Llama-3.1-8B-Instruct": one model's names (the letters and
  // digits of one held in the other's).
  static bool same_model(std::string_view a, std::string_view b) {
    const auto key = [](std::string_view v) {
      std::string k;
      for (const char c : v)
        if (std::isalnum(static_cast<unsigned char>(c)))
          k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return k;
    };
    const std::string ka = key(a), kb = key(b);
    return !ka.empty() && !kb.empty() &&
           (ka.find(kb) != std::string::npos || kb.find(ka) != std::string::npos);
  }

  // A line of a pretty-printed JSON document: a key, a bracket, or a bare value.
  static bool json_like(std::string_view l) {
    std::string_view t = text::trim(l);
    if (t.empty()) return true;
    const char c = t.front();
    if (c == '"' || c == '{' || c == '}' || c == '[' || c == ']') return true;
    if (t.back() == ',') t = text::trim(t.substr(0, t.size() - 1));
    if (t == "true" || t == "false" || t == "null") return true;
    const auto n = numeric::parse_cell(t);
    return n && n->suffix.empty();
  }

  void replay_json_block() {
    const std::string lines = std::move(json_block_);
    std::size_t number = json_block_line_;
    json_block_line_ = 0;
    json_block_.clear();
    json_replay_ = true;
    for (std::size_t at = 0; at < lines.size(); ++number) {
      const auto end = lines.find('\n', at);
      text_line(std::string_view(lines).substr(at, end - at), number);
      at = end == std::string::npos ? lines.size() : end + 1;
    }
    json_replay_ = false;
  }

  // "########## optis F ###########": seven '#' or more, a label and '#' again; as a level-6
  // heading ("###### optis F"), or "" for any other line.
  static std::string banner_heading(std::string_view l) {
    const std::string_view t = text::trim(l);
    const auto open = t.find_first_not_of('#');
    const auto close = t.find_last_not_of('#');
    if (open == std::string_view::npos || open < 7 || close + 3 >= t.size() + 1 ||
        t.size() - close - 1 < 3 || t[open] != ' ')
      return {};
    const std::string_view label = text::trim(t.substr(open, close + 1 - open));
    if (label.empty() || label.size() > 60 || label.find('#') != std::string_view::npos) return {};
    return "###### " + std::string(label);
  }

  // "### 5.6 TR113: ...", "#": one to six '#' and a space or nothing after them, indented by at
  // most three spaces (an empty line's npos is over three too).
  static bool is_atx_heading(std::string_view l) {
    const std::size_t indent = l.find_first_not_of(' ');
    if (indent > 3 || l[indent] != '#') return false;
    const std::string_view t = text::trim(l);
    std::size_t level = 0;
    while (level < t.size() && t[level] == '#') ++level;
    return level <= 6 && (level == t.size() || t[level] == ' ');
  }

  // Labels a document states outside its tables: the heading a table stands under ("## 8.1
  // llama3.1-8b") and "**Model:** llama3.1:8b" lines, which hold for the tables that follow.
  void document_label(std::string_view l, std::size_t number) {
    std::string_view t = text::trim(l);
    // "Model: `X-FP8` · GPU: 1×B200 (SM100) ·": labels set apart by middle dots, each a line of
    // its own. (One look for the dot's first byte: most lines have none.)
    if (t.size() > 8 && t.front() != '|' && t.front() != '#' &&
        std::memchr(t.data(), '\xC2', t.size()) != nullptr &&
        t.find(" \xC2\xB7") != std::string_view::npos && t.find(':') < t.find(" \xC2\xB7")) {
      for (std::size_t at = 0; at < t.size();) {
        auto end = t.find(" \xC2\xB7", at);
        if (end == std::string_view::npos) end = t.size();
        const std::string part(text::trim(t.substr(at, end - at)));
        if (part.find(':') != std::string::npos) document_label(part, number);
        at = end + 3;
      }
      return;
    }
    // "* max-concurrency 16", "* --max-concurrency=20" under a model's heading: the load its
    // section's serving benchmarks ran at (where a block prints none of its own).
    if (t.size() > 18 && (t[0] == '*' || t[0] == '-') && t[1] == ' ' &&
        t.find("max-concurrency") != std::string_view::npos) {
      std::string_view item = text::trim(t.substr(2));
      while (!item.empty() && (item.front() == '-' || item.front() == '`')) item.remove_prefix(1);
      while (!item.empty() && item.back() == '`') item.remove_suffix(1);
      if (item.starts_with("max-concurrency")) {
        item = text::trim(item.substr(15));
        if (!item.empty() && (item.front() == '=' || item.front() == ':'))
          item = text::trim(item.substr(1));
        if (!item.empty() && item.find_first_not_of("0123456789") == std::string_view::npos) {
          section_load_.assign(item);
          section_load_level_ = heading_level_;
        }
      }
    }
    // "Llama-3.1-8B NIM Latency Results (TensorRT-LLM)" underlined with '=' (or '-') as the
    // document's first lines (a setext heading, a text file's title as often as a note's): its
    // title.
    if (!titled_ && !t.empty() && setext_title_state_ != 2) {
      if (setext_title_state_ == 1 && t.size() >= 3 &&
          (t.find_first_not_of('=') == std::string_view::npos ||
           t.find_first_not_of('-') == std::string_view::npos)) {
        setext_title_state_ = 2;
        const std::string heading = "# " + setext_title_;
        setext_heading_ = true;
        document_label(heading, setext_title_number_);
        setext_heading_ = false;
        return;
      }
      const bool candidate = setext_title_state_ == 0 && t.size() <= 120 && t.front() != '#' &&
                             t.front() != '|' && t.front() != '=' && t.front() != '-' &&
                             std::isalnum(static_cast<unsigned char>(t.front()));
      setext_title_state_ = candidate ? 1 : 2;
      if (candidate) {
        setext_title_.assign(t);
        setext_title_number_ = number;
      }
    }
    // "The model used in both tests is:" over "`TinyLlama/TinyLlama-1.1B-Chat-v1.0`" alone on its
    // line: the document's model.
    if (document_.model.empty() && before_first_table_ && !t.empty() &&
        number <= colon_line_number_ + 2 && names_the_model_below(colon_line_)) {
      const std::string v = strip_emphasis(t);
      if (v.size() <= 80 && v.find(' ') == std::string::npos && looks_like_llm(v)) {
        document_.model = v;
        if (document_.quantization.empty()) document_.quantization = detail::quantization_in(v);
        return;
      }
    }
    // "**Model:** Qwen/Qwen2.5-7B-Instruct | **GPU:** RTX 5090 (32 GB)": labels side by side.
    if (t.starts_with("**") && t.find(" | **") != std::string_view::npos) {
      for (std::size_t at = 0; at < t.size();) {
        auto bar = t.find(" | **", at);
        if (bar == std::string_view::npos) bar = t.size();
        document_label(t.substr(at, bar - at), number);
        at = bar + 3;
      }
      return;
    }
    if ((!text_mode_ || setext_heading_) && !t.empty() && t.front() == '#') {
      std::size_t level = 0;
      while (level < t.size() && t[level] == '#') ++level;
      if (level <= 6 && level < t.size() && t[level] == ' ') {
        detail::chimera_report_heading(chimera_, level, t.substr(level));
        if (level == 1) level1_starts_.emplace_back(r_.rows.size(), text::trim(t.substr(1)));
        const HeadingFacts& facts = heading_facts(t.substr(level));
        std::string own = facts.own;
        // The model a heading names ("## 3. Llama3.1 Benchmark Results") holds for the tables of
        // its subsections, until a heading of the same or a higher level.
        // ... and a heading that labels it ("### Model: h2oai/h2ogpt-4096-llama2-7b-chat") holds
        // over the same level's headings that label something else ("### Number of GPUs: 1"),
        // until one labels another model or a higher heading comes.
        const std::string_view heading_text = text::trim(t.substr(level));
        std::string kept_model;
        // ... and over one of that model's summary ("### Overall Metrics" after its table).
        if (labelled_model_level_ == level && facts.model.empty() &&
            (labels_a_setting(heading_text) || names_a_summary(heading_text)) &&
            heading_models_.size() > level)
          kept_model = heading_models_[level];
        if (labelled_model_level_ >= level && kept_model.empty()) labelled_model_level_ = 0;
        if (!summaries_.empty() && summaries_.back().end == 0) summaries_.back().end = number;
        if (!kept_model.empty() && !labels_a_setting(heading_text))
          summaries_.push_back({number, 0, kept_model});
        if (heading_text.size() > 6 && text::iequals(heading_text.substr(0, 6), "model:")) {
          labelled_model_level_ = level;
          ++labelled_models_;
        }
        heading_models_.resize(7);
        headings_.resize(7);
        for (std::size_t k = level; k < heading_models_.size(); ++k) {
          heading_models_[k].clear();
          headings_[k].clear();
        }
        heading_quants_.resize(7);
        for (std::size_t k = level; k < heading_quants_.size(); ++k) heading_quants_[k].clear();
        heading_gpus_.resize(7);
        // "## A100 40G" with nothing under it, then "## vllm 0.2.5", "## TGI 1.3.3": the empty
        // section's GPU holds for the siblings after it (a title over them), until one names its
        // own or a higher heading comes.
        sibling_gpus_.resize(7);
        // "# FINAL PERFORMANCE COMPARISON TABLE" then "## Josiefied-Qwen3-8B (4bit) - M4 Pro 24GB"
        // with nothing between: the title's subtitle, naming the document's model and GPU, where
        // no figure stands under it before the next section (a section of its own otherwise, as
        // "## Qwen3-32B" over its results).
        // (A subtitle names the model; "## A100 40G" alone is a section of that GPU.)
        if (subtitle_.pending && level <= 2) {
          subtitle_.pending = false;
          if (r_.rows.size() == subtitle_.rows_at) {
            if (document_.model.empty()) {
              document_.model = subtitle_.model;
              if (document_.quantization.empty()) document_.quantization = subtitle_.quant;
            }
            if (document_.gpu.empty() && !subtitle_.gpu.empty() && !no_gpu_) {
              document_.gpu = subtitle_.gpu;
              document_gpu_line_ = subtitle_.line;
            }
          }
        }
        // ... and "## on RTX 4090" under "# SgLang-vs-vLLM Comparison": where the document's runs
        // were, said as a subtitle.
        if (level == 2 && heading_level_ == 1 && !content_since_heading_ && titled_ &&
            !subtitle_.seen && !compares(facts.own) &&
            (!facts.model.empty() || (!facts.gpu.empty() && says_where_it_ran(facts.own)))) {
          subtitle_ = {true, true, facts.model, facts.quant, facts.gpu, number, r_.rows.size()};
        }
        if (!content_since_heading_ && heading_level_ == level && !heading_gpus_[level].empty())
          sibling_gpus_[level] = heading_gpus_[level];
        for (std::size_t k = level + 1; k < sibling_gpus_.size(); ++k) sibling_gpus_[k].clear();
        if (!facts.gpu.empty()) sibling_gpus_[level].clear();
        content_since_heading_ = false;
        other_lead_ = false;
        bold_lead_.clear();
        bold_load_.clear();
        for (std::size_t k = level; k < heading_gpus_.size(); ++k) heading_gpus_[k].clear();
        heading_backends_.resize(7);
        for (std::size_t k = level; k < heading_backends_.size(); ++k) heading_backends_[k].clear();
        heading_backends_[level] = engine_alone(own);
        if (heading_backends_[level].empty()) heading_backends_[level] = engine_aside(own);
        if (heading_backends_[level].empty()) heading_backends_[level] = engine_held_fixed(own);
        // ("3.6 dGPU (A770) vulkan": llama.cpp's compute backend, apart from the engines: it
        // names the backend of llama.cpp's rows only, never over another engine.)
        heading_computes_.resize(7);
        for (std::size_t k = level; k < heading_computes_.size(); ++k) heading_computes_[k].clear();
        heading_computes_[level] = compute_of_a_device(own, !facts.gpu.empty());
        heading_loads_.resize(7);
        for (std::size_t k = level; k < heading_loads_.size(); ++k) heading_loads_[k].clear();
        if (level >= 2) heading_loads_[level] = facts.concurrency;  // (not a title's)
        // "### Number of GPUs: 2", "### Setup: 1 x A100 80GB": a labelled heading's setting, its
        // tables' rows' configuration (a model's label is their model, above).
        heading_settings_.resize(7);
        for (std::size_t k = level; k < heading_settings_.size(); ++k) heading_settings_[k].clear();
        if (level >= 2 && labels_a_setting(heading_text)) {
          const auto colon = heading_text.find(": ");
          const std::string key(text::trim(heading_text.substr(0, colon)));
          const std::string value(text::trim(heading_text.substr(colon + 2)));
          Context probe;
          const std::string* slot = context_slot(probe, key);
          // (Only a setting the registry knows, "Number of GPUs", "Batch size": not "SS1:
          // Introduction", "Phase 2: Concurrency Scaling", a section's number and title.)
          if (slot == &probe.backend) {
            if (heading_backends_[level].empty()) heading_backends_[level] = value;
          } else if (slot != &probe.model &&
                     detail::classify_cached(key).role == metrics::Role::parameter) {
            heading_settings_[level] = key + "=" + value;
          }
        } else if (level >= 2) {
          // "#### Seq Length 128 (Short Context)", "### Batch Size 8": a setting's name and its
          // whole number, the setting of the section's tables (a load is the heading's load).
          heading_settings_[level] = setting_and_number(heading_text);
        }
        if (level >= 2 && heading_settings_[level].empty()) heading_settings_[level] = facts.kv;
        // ("## Leaderboard on 3090": a GeForce by its number alone after "on", the card.)
        std::string gpu = facts.gpu.empty() ? geforce_after_on(own) : facts.gpu;
        if (gpu.empty()) gpu = geforce_with_memory(own);  // ("6.3. 4090 24G 显存占用测试")
        // "### 3.1 CPU (i5-6200U, 2C/4T/2.8GHz) x86_64 AVX2": the section's runs on a processor
        // alone, which its bracket names.
        bool cpu_section = false;  // (each its own span: "cpu" again is another processor)
        if (gpu.empty() && level >= 2) {
          if (std::string cpu; heading_of_a_cpu_run(own, cpu)) {
            gpu = "cpu";
            cpu_section = !cpu.empty();
            if (cpu_section) cpu_devices_.emplace_back(number, std::move(cpu));
          }
        }
        heading_gpus_[level] = gpu.empty() ? sibling_gpus_[level] : gpu;
        if (heading_gpu() != gpu_spans_.back().second || cpu_section)
          gpu_spans_.emplace_back(number, heading_gpu());
        // A title names the document's model where it names one with its size and the GPU it
        // ran on ("# Sweep results — Qwen3.6-35B-A3B Q6_K · M3 Max").
        // ... and a title that is the model's name alone ("# huggyllama/llama-7b").
        // ... and a title of one model's results ("# Llama-3.1-8B Latency Results"): the model
        // with its size, the results of it, no comparison.
        // ... and so does a later level-1 heading of the same kind, over its own section (a
        // file of reports put one after the other, each under "# Qwen3-8B-FP8 并发测试结果").
        const bool run_heading =
            level == 1 &&
            (!facts.gpu.empty() || (!facts.model.empty() && facts.model == facts.own) ||
             titles_one_models_results(facts.model, facts.own));
        const bool titled_run = run_heading && !titled_;
        if (level >= 2 || run_heading) heading_models_[level] = facts.model;
        // "## 5h. Four-card Qwen software/pipeline tuning" under "# Bonsai-27B on Vega 56": a
        // section named by another family than the model above it holds that family's figures
        // (the family's name: no model of the title's).
        if (level >= 2 && facts.model.empty() && !heading_model().empty())
          if (std::string family = other_family_named(own); !family.empty() && !compares(own))
            heading_models_[level] = std::move(family);
        if (!kept_model.empty()) heading_models_[level] = kept_model;
        // "#### 7B Model" under "### MLX Inference Server Performance": the section's model, by
        // its size (in the family above it, where that names no size: "Qwen2.5 7B"; the model
        // above where it names that size already).
        // (Not where the document's model names its size: "## Test 1B" of a report on
        // Qwen2.5-7B-Instruct; nor a helper's: "### With a 0.5B draft model".)
        if (level >= 2 && !facts.size.empty() && heading_models_[level].empty() && !compares(own) &&
            !(!document_.model.empty() && names_a_size(document_.model)) &&
            !text::icontains(own, "draft") && !text::icontains(own, "speculat")) {
          const std::string& above = heading_model();
          // (Not under a model of another size: "## Test 1B" under "# Qwen2.5-7B-Instruct".)
          if (above.empty() && text::icontains(document_.model, facts.size)) {
            // (the document's model, "Llama 3.1 8B Instruct", is the section's already)
          } else if (above.empty() || !names_a_size(above)) {
            heading_models_[level] = above.empty() ? facts.size : above + " " + facts.size;
          }
        }
        if (level == 1 && !titled_)
          results_title_model_ = titled_run && facts.gpu.empty() && facts.model != facts.own;
        remember_model(facts.model);
        // "# Qwen3-8B vs Llama-3.1-8B-Instruct on RTX 4090": each model a title compares is one
        // of the document's (a column's "Llama tok/s" is then the one Llama named).
        if (level == 1 && facts.model.empty()) {
          const std::string low_own = text::to_lower(own);
          for (std::size_t from = 0; from < own.size();) {
            const auto vs = low_own.find(" vs", from);
            const std::size_t to = vs == std::string::npos ? own.size() : vs;
            remember_model(model_in_heading(own.substr(from, to - from)));
            if (vs == std::string::npos) break;
            from = own.find(' ', vs + 3);
            if (from == std::string::npos) break;
          }
        }
        // (Not the precision a title compares: "Qwen3.6-35B-A3B: DWQ MLX vs Q8_K_XL GGUF".)
        if (level >= 2 || (run_heading && !compares(facts.own)))
          heading_quants_[level] = facts.quant;  // "(q4_0)"
        // (A section's bits; not a title's, "# Apple M5 Pro — MLX (2-bit)" over llama-bench's
        // own Q2_0.)
        if (level >= 2 && facts.quant.empty()) heading_quants_[level] = facts.bits;
        // (A set-up section's subsections are the set-up's, "## Setup" over "### Hardware"; not
        // its sibling, "### Test Configuration" then "### Performance Test Results".)
        // (The level is the outermost open one's: "### 硬件" under "## 测试框架/硬件/模型".)
        // (... nor a sibling of a set-up's that names no results, "### Server options" after "###
        // Test Configuration": the set-up goes on.)
        if (level >= 2) {
          bool sibling_setup = false;
          if (setup_section_ && level == setup_level_ && !names_results(facts.own)) {
            const std::string low = text::to_lower(metrics::in_english(facts.own));
            for (const std::string_view w :
                 {"option", "setting", "parameter", "flag", "software", "server", "argument"})
              sibling_setup = sibling_setup || low.find(w) != std::string::npos;
          }
          const bool inside = setup_section_ && (level > setup_level_ || sibling_setup);
          if (facts.setup && !inside) setup_level_ = level;
          setup_section_ = facts.setup || inside;
        }
        setup_lead_ = false;
        model_section_ = level >= 2 && names_the_model_section(own);
        overview_section_ = level >= 2 && before_first_table_ && names_an_overview(own);
        configs_.heading(
            level, facts.variant, facts.config_heading,
            level >= 2 && configs_.section_open() &&
                ((text::icontains(own, "difference") && !text::icontains(own, "default")) ||
                 text::icontains(own, " vs") || text::icontains(own, "versus")));
        // "# ollama-benchmark on Intel Arc A770 dGPU" opening the document, whose later level-1
        // headings are its sections ("# My Setup", "# My Results"): the document's GPU.
        if (level == 1 && !titled_ && number <= 3 && !facts.gpu.empty() && document_.gpu.empty() &&
            !no_gpu_ && !compares(own)) {
          document_.gpu = facts.gpu;
          document_gpu_line_ = number;
        }
        if (level == 1 && !titled_) {
          title_model_named_ = facts.model;
          configs_.set_title_variant(facts.variant);
          configs_.set_title_mention(detail::variant_mentioned(facts.own));
        }
        // "# Llama.cpp Performance Report - Jetson Orin NX 16GB": a title that names one engine
        // (and compares none) names what served the document's figures.
        // (Not "Ollama Alternatives Benchmark", "Migrating from vLLM": the title's engine is then
        // the one the figures are not of.)
        // ("# Benchmark Results — vLLM vs SGLang vs TRT-LLM": the document compares engines; a
        // preamble's sentence about one of them names no engine of the whole document.)
        // (Only where the title compares engines, two or more named: "Qwen3-8B vs Llama-3.1-8B on
        // Ollama" compares models on one engine.)
        if (level == 1 && !titled_)
          compared_title_ = compares(own) && engines_named(own) >= 2 ? text::to_lower(own) : "";
        // ... and "# llama.cpp — Quantization Comparison: Q4_K_M vs Q8_0": the engine the title
        // names before what it compares (the comparison is of something else).
        if (level == 1 && !titled_ && document_.backend.empty() && !names_an_engine_left(own)) {
          std::string engine =
              compares(own) ? engine_before_comparison(own) : detail::serving_engine_in(own);
          if (!engine.empty() && text::to_lower(engine) != text::to_lower(own))
            document_.backend = std::move(engine);
        }
        titled_ = titled_ || level == 1;
        section_variant_ = level >= 2 ? facts.variant : std::string();
        if (own.size() > 80) own = own.substr(0, 77) + "...";
        headings_[level] = own;
        run_label_.clear();
        section_ = heading_chain(level);
        ++section_changes_;
        devices_.clear();       // a log's GPUs hold for the tables of their own section only
        loaded_model_.clear();  // (and the model its loader named)
        loaded_quant_.clear();
        fence_loader_ = {};
        // ... and a client's command line for its own section and those below it.
        heading_level_ = level;
        prose_since_heading_ = false;
        table_since_heading_ = false;
        // (Not a command whose results its own section did not print: "### FP8 Benchmark" with
        // the command, then "### Expected Output" with its result block.)
        // (A heading above its section's level, "# Results" after "## EasyDeL", still ends it.)
        if (level < vllm_model_level_ ||
            (level == vllm_model_level_ && vllm_.block > vllm_blocks_at_command_)) {
          vllm_.model.clear();
          vllm_.backend.clear();
          vllm_.metadata.clear();
          vllm_.gpu.clear();
          vllm_model_.clear();
          vllm_.client_concurrency.clear();
          client_concurrency_.clear();
          vllm_model_level_ = 0;
        }
        if (level >= 2) preamble_ = false;
        if (level <= section_load_level_) section_load_.clear();
      }
      return;
    }
    // A log's comment lines of its header ("# model : Qwen3.8-27B-UD-IQ4_XS-v3.gguf"): labels
    // as plain "model: ..." lines are.
    // A logger's "2026-06-20 16:25:54 [INFO]   [Hardware] GPU: NVIDIA GeForce RTX 4050 Laptop
    // GPU": its message, without the tag of the section it prints.
    if (text_mode_ && t.size() > 20 && std::isdigit(static_cast<unsigned char>(t[0]))) {
      t = text::trim(without_log_prefix(t));
      if (t.starts_with("[") && t.find("] ") < t.find(':'))
        t = text::trim(t.substr(t.find("] ") + 2));
    }
    if (text_mode_ && t.size() > 2 && t.front() == '#' && t.find(':') != std::string_view::npos)
      t = text::trim(t.substr(t.find_first_not_of('#')));
    // "Jain's index exceeds 0.997": a bare "J" in the tables below is that index, not joules.
    if (!jain_named_ && names_jain(t)) jain_named_ = true;
    // "We report the mean speedup over 3 different runs": the bare multiples of its tables
    // ("2.85x" under "Translation") are speedups.
    // (Said of what the document reports, before its first table: not a report's passing
    // mention of a speedup among its other ratios.)
    if (!speedups_named_ && preamble_ && t.find("peed") != std::string_view::npos &&
        (text::icontains(t, "speedup") || text::icontains(t, "speed-up")) &&
        (text::icontains(t, "we report") || text::icontains(t, "are reported") ||
         text::icontains(t, "reports the")))
      speedups_named_ = true;
    if (configs_.text_line(t)) return;
    prose_model(t);
    llama_command_in_prose(t);
    prose_gpu(t, number);
    // (The preamble's first lines: an introduction, not a long report's before its first table.)
    if (preamble_ && !text_mode_ && document_.backend.empty() && t.size() >= 24 && number <= 60)
      preamble_engine(t);
    load_line(t, number);
    if (settings_line(t, number)) return;
    if (code_settings_line(t, number)) return;
    if (dataset_line(t, number)) return;
    if (run_line(t)) return;
    // llm_benchmark's "No GPU detected.": the run was on the CPU; a "gpu_info:" line after it
    // names hardware present, not what ran the figures.
    if (t.size() >= 15 && (t[0] == 'N' || t[0] == 'n') &&
        (text::iequals(t.substr(0, 15), "no gpu detected") ||
         text::iequals(t.substr(0, 12), "no gpu found"))) {
      no_gpu_ = true;
      document_.gpu = "cpu";  // the figures ran on the processor
      return;
    }
    // ... and its "cpu_info: AMD Ryzen 7 PRO 4750G with Radeon Graphics": which processor.
    if (no_gpu_ && t.size() > 10 && t.starts_with("cpu_info:") &&
        document_.config.find("device=") == std::string::npos) {
      const std::string_view cpu = text::trim(t.substr(9));
      if (!cpu.empty() && cpu.size() <= 80)
        document_.config =
            (document_.config.empty() ? "" : document_.config + " ") + "device=" + std::string(cpu);
      return;
    }
    // "## Model" then "**Qwen/Qwen3.5-122B-A10B-FP8:** MoE (122B total, 10B active), FP8.": the
    // section's bold lead names the document's model.
    if (model_section_ && document_.model.empty() && t.starts_with("**")) {
      if (const auto close = t.find("**", 2); close != std::string_view::npos) {
        std::string lead = strip_emphasis(t.substr(0, close + 2));
        while (!lead.empty() && (lead.back() == ':' || lead.back() == ' ')) lead.pop_back();
        if (looks_like_llm(lead)) {
          document_.model = lead;
          if (document_.quantization.empty())
            document_.quantization = detail::quantization_in(lead);
          return;
        }
      }
    }
    // A caption in bold just above a table: "**mistral-7b:**", "**LLaMA-3.2-3B (vLLM)**",
    // "**Full context** (10-turn, n=8 conversations)"; or a sentence that introduces it
    // ("HF GPU (`hf_gpu_fp16`) scenario-aggregated (gen_tokens=64):").
    if (is_caption(t) || is_lead_in(t)) {
      caption_ = strip_emphasis(t);
      if (!caption_.empty() && caption_.back() == ':') caption_.pop_back();
      caption_line_ = number;
      // "**Test Environment**:" over "- Hardware: AMD MI300X GPU(4x)": a list of the set-up, as
      // under a heading that names one (for its section).
      // ... and a plain "Hardware:" alone on its line, over "- GPU: 1x NVIDIA RTX4090 24GB".
      const bool lead_alone = t.back() == ':' && t.size() <= 24;
      setup_lead_ = (t.starts_with("**") || lead_alone) && caption_.size() <= 40 &&
                    is_setup_heading(caption_);
      other_lead_ = !setup_lead_;
      return;
    }
    // "**Model:** gemma3" lines label the whole document, but only before its first table, and
    // plain "Model: ..." lines only before its first section: later ones describe other things
    // (an SSD's model, a recommendation).
    // Later, only a "- **Model:** gemma3:latest" line of a set-up section ("2.2 Benchmark
    // Configuration") that names an LLM, for the tables after it, when nothing named one before.
    const bool late = !before_first_table_;
    // "... (78 GiB RAM, model on nvme0n1). Model: `DeepSeek-V4-Flash-IQ2XXS.gguf`": a preamble's
    // sentence that labels the model, as a line of its own would.
    if (!late && preamble_ && document_.model.empty() && t.size() > 12 && t.front() != '|') {
      if (const auto at = t.find(". Model: "); at != std::string_view::npos && at > 0) {
        document_label(t.substr(at + 2), number);
        return;
      }
    }
    if (late && !(setup_section_ || setup_lead_)) {
      section_lead_gpu(t, number);
      late_device_label(t, number);
      return;
    }
    if (!preamble_ && !(setup_section_ || setup_lead_)) section_lead_gpu(t, number);
    const bool bold = t.substr(0, 2) == "**";
    const bool item = t.size() > 2 && (t.substr(0, 2) == "- " || t.substr(0, 2) == "* ");
    if (item) t.remove_prefix(2);
    if (item && setup_section_ && !late && unlabelled_setup_item(t, number)) return;
    // "- **Hardware:** M4 Mac mini, ...": a bold label in a list, before any result.
    const bool bold_item = item && t.substr(0, 2) == "**" && !late;
    auto colon = t.find(':');
    // A log's "model_name =    gemma3:1b", a note's "- Model = llama3.1 8B q4": the " = " comes
    // before the tag's ':'.
    if (const auto eq = t.find(" = "); (text_mode_ || item) && eq != std::string_view::npos &&
                                       eq <= 24 &&
                                       (colon == std::string_view::npos || eq < colon)) {
      colon = eq + 1;
    }
    // (A label of a few words: 24 bytes, twice as many in a script of two-byte letters, as
    // "**Рекомендуется**".)
    if (colon == 0 || colon == std::string_view::npos || colon > 48 ||
        (colon > 24 && static_cast<unsigned char>(t[2]) < 0x80 &&
         static_cast<unsigned char>(t[0]) < 0x80))
      return;
    const std::string key = strip_emphasis(t.substr(0, colon));
    // "Instance Size: G5.12xlarge", "- Instance type: p4d.24xlarge": the cloud machine the run
    // had, and so its accelerators.
    // (As the other labels: in bold, or in the preamble before the first section.)
    if (names_instance(key)) {
      if (document_.gpu.empty() && !no_gpu_ && !late && (preamble_ || bold)) {
        document_.gpu = detail::gpu_named_in(t.substr(colon + 1));
        if (!document_.gpu.empty()) document_gpu_line_ = number;
      }
      return;
    }
    // "- **Platform:** RK3588 (ARM64)", "**Cluster / hardware:** single NVIDIA A10G GPU": the
    // machine, where the value names a device (not a "Platform: Linux").
    if (document_.gpu.empty() && !no_gpu_ && (bold || bold_item || setup_section_) &&
        (text::iequals(key, "platform") || text::iequals(key, "soc") ||
         text::iequals(key, "board") || text::iequals(key, "cluster / hardware") ||
         text::iequals(key, "hardware platform"))) {
      // (Not a machine that only sends the requests: "Raspberry Pi 4 (gateway only; ...)".)
      const std::string value = text::to_lower(t.substr(colon + 1));
      for (const std::string_view w : {"gateway", "client", "only", "remote", "sends"})
        if (value.find(w) != std::string::npos) return;
      document_.gpu = detail::gpu_named_in(t.substr(colon + 1));
      if (!document_.gpu.empty()) document_gpu_line_ = number;
      return;
    }
    // "- Concurrent Requests: 256" in a set-up list: the load of the table after it (not a
    // range, "1 - 128", which the results' own columns tell apart).
    if (item && (setup_section_ || setup_lead_) && key.size() >= 6) {
      if (const auto& cls = detail::classify_cached(key); cls.role == metrics::Role::parameter &&
                                                          cls.parameter &&
                                                          cls.parameter->id == "concurrency") {
        const std::string value = strip_emphasis(text::trim(t.substr(colon + 1)));
        if (const auto n = numeric::parse_cell(value);
            n && n->suffix.empty() && n->value >= 1 && std::floor(n->value) == n->value) {
          listed_concurrency_ = value;
          listed_concurrency_line_ = number;
        }
        return;
      }
    }
    // "- **Workload under test:** `vllm/vllm-openai:v0.22.0` serving `Qwen/Qwen2.5-7B-Instruct`": a
    // set-up's label whose value quotes one model's repository name, the document's model.
    // (A "Model:" label's own reading below takes its precision too.)
    if (item && document_.model.empty() && (bold_item || setup_section_ || setup_lead_) &&
        !text::icontains(key, "model") && t.find('`', colon) != std::string_view::npos) {
      std::string found;
      std::size_t models = 0;
      for (auto open = t.find('`', colon); open != std::string_view::npos;) {
        const auto close = t.find('`', open + 1);
        if (close == std::string_view::npos) break;
        const std::string quoted(t.substr(open + 1, close - open - 1));
        // (A repository's "org/name", one slash: not a path, "scripts/tr121/configs/x.yaml".)
        const auto slash = quoted.find('/');
        const auto dot = quoted.rfind('.');
        const bool file = dot != std::string::npos && dot > slash && quoted.size() - dot <= 5 &&
                          std::isalpha(static_cast<unsigned char>(quoted.back()));
        if (slash != std::string::npos && slash == quoted.rfind('/') && slash > 0 && !file &&
            quoted.find(' ') == std::string::npos && quoted.find(':') == std::string::npos &&
            looks_like_llm(quoted)) {
          found = quoted;
          ++models;
        }
        open = t.find('`', close + 1);
      }
      if (models == 1) {
        document_.model = std::move(found);
        return;
      }
    }
    // "- Experimental Settings: Vicuna-7B-v1.3, greedy decoding, FP16 precision": a list of the
    // run's settings whose first part is the model, the document's where none is named yet.
    if (item && document_.model.empty() &&
        (text::iequals(key, "experimental settings") || text::iequals(key, "settings") ||
         text::iequals(key, "experiment settings") || text::iequals(key, "test settings"))) {
      const std::string value = strip_emphasis(text::trim(t.substr(colon + 1)));
      const std::string first(text::trim(std::string_view(value).substr(0, value.find(','))));
      if (first.find(' ') == std::string::npos && first.size() <= 60 && looks_like_llm(first)) {
        document_.model = first;
        if (document_.quantization.empty()) document_.quantization = detail::quantization_in(value);
        return;
      }
    }
    // The key first: most "Word: text" lines of prose name no label at all.
    std::string* slot = context_slot(document_, key);
    // "- **Host:** Bee (Beelink GTR9 Pro, Ryzen AI Max+ 395, 128 GB)": the machine the run had,
    // and so the GPU its description names (if any).
    if (!slot && bold_item && document_.gpu.empty() && !no_gpu_ &&
        (text::iequals(key, "host") || text::iequals(key, "machine"))) {
      // (Not the client's: "dev laptop (MacBook Pro M3) running the load generator".)
      const std::string low = text::to_lower(t.substr(colon + 1));
      for (const std::string_view w : {"client", "generator", "load gen", "driver", "benchmark"})
        if (low.find(w) != std::string::npos) return;
      document_.gpu = detail::gpu_named_in(t.substr(colon + 1));
      if (!document_.gpu.empty()) document_gpu_line_ = number;
      return;
    }
    // "GPUs: Two Radeon 6800X Duo (MetalV3 compatible)": a note's line of its machine's GPUs.
    if (!slot && (text::iequals(key, "gpus") || text::iequals(key, "graphics")))
      slot = &document_.gpu;
    // "**Рекомендуется**: Vikhr-3-4B" (recommended) under "## Сетап 1: 12GB VRAM": the model
    // whose figures the section's list gives (the first of several named: "X или Y").
    if (!slot && bold && heading_level_ >= 2 && names_a_recommendation(key)) {
      std::string_view v = text::trim(t.substr(colon + 1));
      while (!v.empty() && (v.front() == '*' || v.front() == ' ')) v.remove_prefix(1);
      v = v.substr(0, v.find_first_of(" ,("));
      std::string model = model_in_heading(std::string(v));
      // ("Vikhr-3-4B", "Saiga-Nemo-12B": a name of any family that ends in its size.)
      if (model.empty() && v.size() > 3 && std::isalpha(static_cast<unsigned char>(v[0])) &&
          v.find('-') != std::string_view::npos &&
          detail::names_model_size(v.substr(v.rfind('-') + 1)))
        model = std::string(v);
      if (!model.empty() && heading_models_.size() > heading_level_ &&
          heading_models_[heading_level_].empty())
        heading_models_[heading_level_] = std::move(model);
      return;
    }
    if (!slot || slot == &document_.test || (no_gpu_ && slot == &document_.gpu)) return;
    // (Late, only the first model or GPU a set-up list names: "Hardware:" over "- GPU: ...".)
    if (late && ((slot != &document_.model && slot != &document_.gpu) || !slot->empty())) return;
    std::string value = strip_emphasis(text::trim(t.substr(colon + 1)));
    while (!value.empty() && (value.front() == '*' || value.front() == ' ')) value.erase(0, 1);
    // "**Model:** `mlx-community/Mistral-7B-Instruct-v0.3`, compared as its `-4bit` ...": the
    // model is the code span it starts with, not the sentence after it.
    if (slot == &document_.model) {
      std::string_view raw = text::trim(t.substr(colon + 1));
      while (!raw.empty() && (raw.front() == '*' || raw.front() == ' ')) raw.remove_prefix(1);
      if (const auto close = raw.find('`', 1);
          raw.size() > 2 && raw.front() == '`' && close != std::string_view::npos && close > 1) {
        value.assign(raw.substr(1, close - 1));
        // ("`DeepSeek-V4-Flash-IQ2XXS.gguf`": the model's weights' file, its extension aside.)
        if (value.size() > 5 &&
            text::iequals(std::string_view(value).substr(value.size() - 5), ".gguf")) {
          value = detail::model_of_path(value);
          if (document_.quantization.empty())
            document_.quantization = detail::quantization_in(value);
        }
        // ("`gemma3:latest` (4.3B parameters, Q4_K_M quantization)": its weights' precision,
        // in the brackets after it; not "compared as its `-4bit` and `-8bit`".)
        const std::string_view aside = text::trim(raw.substr(close + 1));
        if (document_.quantization.empty() && looks_like_llm(value) && aside.starts_with('('))
          document_.quantization = detail::quantization_in(aside.substr(0, aside.find(')')));
      }
    }
    // "**Device**: Apple M5 Max | 128 GB RAM | 40-core GPU": the label is what comes first.
    // "Backend: mlx-lm  ·  Fmt: MLX  ·  Quant: 4bit": a banner's items, the first the label's.
    for (const std::string_view separator :
         {std::string_view(" | "), std::string_view(" \xC2\xB7 ")}) {
      if (const auto bar = value.find(separator);
          bar != std::string::npos && slot != &document_.config)
        value.resize(bar);
    }
    while (!value.empty() && value.back() == ' ') value.pop_back();
    if (value.empty() || value.size() > 240 || value.find('|') != std::string::npos) return;
    // "GPU: 4090\t\t-> 23.06 tokens/s": a device's speed, a line of figures, not a label.
    if (holds_rate_figure(value)) return;
    // "GPU: 40°C | CPU: 44°C", "GPU: 87%": a reading of the device, not its name.
    if (slot != &document_.config && slot != &document_.model &&
        numeric::parse_cell(value).has_value())
      return;
    // ("Model: 2" of lscpu's processor listing: a number, no LLM's name; "Model: 7B" is one;
    // nor its "Model name: AMD EPYC 9655 96-Core Processor".)
    if (slot == &document_.model) {
      if (const auto n = numeric::parse_cell(value); n && n->suffix.empty()) return;
      if (detail::names_a_cpu(value)) return;
    }
    if (slot == &document_.config) {  // "**Configuration:** num_gpu=60, num_ctx=512, ..."
      // "**Configuration:** Baseline Configuration:" titles the list below it.
      if (bold && value.back() == ':')
        configs_.open_document_list();
      else if (bold)
        configs_.set_document_config(std::move(value));
      return;
    }
    // "- **GPU**: `Radeon 8060S Graphics (RADV GFX1151)` — UMA, fp16, warp 64, ...": the GPU's
    // name, however long the description after it.
    // (Named by its first part: the driver's id in parentheses is the same device.)
    if (value.size() > 80 && slot == &document_.gpu) {
      const std::string_view v = value;
      std::string named = detail::gpu_named_in(v.substr(0, v.find_first_of("(,")));
      value = named.empty() ? detail::gpu_named_in(v) : std::move(named);
    }
    if (value.empty() || value.size() > 80) return;
    // "AMD Instinct MI50 (16GB, gfx906)": the GPU before its aside (whose "gfx906" is the same
    // device by its architecture, no second GPU).
    if (slot == &document_.gpu && detail::gpu_named_in(value).empty())
      if (const auto paren = value.find(" ("); paren != std::string::npos && paren > 0)
        if (std::string named = detail::gpu_named_in(std::string_view(value).substr(0, paren));
            !named.empty())
          value = std::move(named);
    // "### vLLM (ROCm)" over "- 模型: Qwen/Qwen2.5-1.5B-Instruct", "### Ollama (Vulkan)" over
    // "- 模型: qwen2.5:7b-instruct (Q4_K_M 量化)": each engine's model and its precision, for its
    // rows (the first is the document's too, as before).
    if (slot == &document_.model && !heading_backend().empty() && !text_mode_) {
      const auto paren = value.find(" (");
      EngineModel& m = engine_models_[text::to_lower(heading_backend())];
      if (m.model.empty()) {
        m.model = value.substr(0, paren);
        if (paren != std::string::npos)
          m.quantization = detail::quantization_in(value.substr(paren));
      }
    }
    if (slot == &document_.model) {  // "`gemma3:latest` (4.3B parameters, Q4_K_M quantization)."
      // "`unsloth/Qwen3.8-27B-NVFP4` served as `montimage-dgx-spark`": the model, not its alias.
      if (const auto served = value.find(" served as "); served != std::string::npos)
        value.resize(served);
      const auto paren = value.find(" (");
      if (paren != std::string::npos) {
        if (document_.quantization.empty()) {
          document_.quantization = detail::quantization_in(value.substr(paren));
          // (One engine's model's precision, "### Ollama" over "- 模型: qwen2.5:7b (Q4_K_M)": no
          // other engine's.)
          engine_quantization_ = !heading_backend().empty() && !document_.quantization.empty();
        }
        value.resize(paren);
      }
      while (!value.empty() && value.back() == '.') value.pop_back();
    }
    // After the first section a plain "Model: ..." line may describe anything (an SSD): only an
    // LLM's name counts there.
    // ("- GPU: Radeon RX 6800 (16 GB VRAM)" in a "## Hardware" list counts as a bold label, the
    // first one only, and a GPU only where it names one: not "- Device: ODROID-HC1".)
    const bool setup_item =
        item && (setup_section_ || setup_lead_ || (bold_item && slot == &document_.gpu)) && !bold &&
        !preamble_ && slot->empty() &&
        (slot != &document_.gpu || !detail::gpu_named_in(value).empty());
    // (Late, a GPU only from a list under its own lead line, "Hardware:": a "## Hardware
    // Requirements" section lists what a reader needs, not what ran.)
    if (((late && !(setup_item && setup_lead_ && slot == &document_.gpu)) ||
         (!preamble_ && !bold && !setup_item)) &&
        (slot != &document_.model || !looks_like_llm(value)))
      return;
    // "**Framework:** Banterhearts Multi-Agent System" names a harness, not a serving engine.
    // "- **Backend**: Vulkan RADV (Mesa)": llama.cpp's compute backend, its driver's vendor apart.
    if (slot == &document_.backend && !names_engine(value)) {
      value = detail::engine_in(std::string_view(value).substr(0, value.find(" (")));
      if (value.empty()) return;
    }
    // "llama.cpp via kyuz0/amd-strix-halo-toolboxes": the engine, not how it was installed;
    // "OpenAI-compatible API via vLLM 0.6.3", "Vulkan via llama.cpp (b4500)": the engine after it,
    // where the words before name none.
    if (slot == &document_.backend)
      if (const auto via = value.find(" via "); via != std::string::npos && via > 0) {
        if (std::string engine = detail::serving_engine_in(value.substr(0, via)); !engine.empty())
          value = std::move(engine);
        else if (std::string after = detail::serving_engine_in(value.substr(via + 5));
                 !after.empty() && !names_a_client(value.substr(via + 5)))
          value = std::move(after);
      }
    // "RTX 5090 (32 GB)": the GPU's name, its memory apart.
    if (slot == &document_.gpu)
      if (auto named = detail::gpu_named_in(value); !named.empty()) value = std::move(named);
    if (slot == &document_.backend && !slot->empty() && *slot != value) ++document_backends_;
    if (slot == &document_.backend && document_backends_ == 0) document_backends_ = 1;
    *slot = value;
    if (slot == &document_.gpu) document_gpu_line_ = number;
  }

  // "| Input Length | Output Length | Throughput (requests/s) | ...": the lengths a sweep asked
  // for, first among the columns, are its rows' settings (as "input_len" is), not token counts
  // measured; a column of them after the figures ("Output Length" 0.366, a score) is not.
  void leading_lengths_as_settings() {
    length_cols_.clear();
    for (std::size_t c = 0; c < header_.size() && c < roles_.size(); ++c) {
      const std::string low = text::to_lower(text::trim(metrics::in_english(header_[c])));
      // ("Input tokens/request" 512, 2048, 400,000 before "Requested C": the lengths asked.)
      const bool input = low == "input length" || low == "prompt length" || low == "isl" ||
                         low == "input tokens/request" || low == "input tokens per request" ||
                         low == "prompt tokens/request";
      const bool output = low == "output length" || low == "generation length" || low == "osl";
      if (!input && !output) {
        if (roles_[c].use == detail::ColumnRole::Use::metric && roles_[c].parameter.empty() &&
            detail::classify_cached(header_[c]).role == metrics::Role::metric)
          return;  // the first figure column: the settings are before it
        continue;
      }
      length_cols_.emplace_back(c, roles_[c]);
      roles_[c] = detail::column_role(input ? "input_len" : "output_len");
    }
  }

  // ... as long as the first row's are whole numbers of tokens (not "0.968", a length ratio).
  void keep_lengths_that_are_whole(std::size_t n) {
    for (const auto& [c, original] : length_cols_) {
      if (c >= n) continue;
      std::string_view v = stripped_[c];
      // ("512 token", "2048 tokens": the count and its unit.)
      for (const std::string_view unit : {" tokens", " token", " tok"}) {
        if (v.size() > unit.size() && text::iequals(v.substr(v.size() - unit.size()), unit)) {
          v.remove_suffix(unit.size());
          break;
        }
      }
      const bool whole = !v.empty() && std::all_of(v.begin(), v.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == ',';
      });
      // (A count of tokens by name, "Input tokens/request" 469 or 200, may be a mean measured:
      // a power of two from 64 or a whole thousand, 512 or 400,000, was asked for.)
      const std::string low = text::to_lower(text::trim(metrics::in_english(header_[c])));
      const bool by_count = !low.ends_with("length") && low != "isl" && low != "osl";
      const auto count = numeric::parse_cell(v);
      const auto whole_count = count && count->value >= 64 && count->value < 1e9
                                   ? static_cast<unsigned long>(count->value)
                                   : 0UL;
      const bool round =
          whole_count > 0 && (((whole_count & (whole_count - 1)) == 0) || whole_count % 1000 == 0);
      if (!whole || (by_count && !round)) roles_[c] = original;
    }
    length_cols_.clear();
  }

  // "The model used in both tests is:", "Model under test:": a line that introduces the model.
  static bool names_the_model_below(std::string_view line) {
    if (line.empty() || line.back() != ':' || line.size() > 80) return false;
    const auto words = detail::words_of(text::to_lower(line));
    return std::find(words.begin(), words.end(), "model") != words.end();
  }

  static bool names_instance(std::string_view key) {
    const std::string low = text::to_lower(key);
    return low == "instance" || low == "instance type" || low == "instance size" ||
           low == "instance_type" || low == "ec2 instance" || low == "machine type" ||
           low == "machine_type";
  }

  // "| GPU family | `nvidia` |" over a table of "0: NVIDIA T600 Laptop GPU": the rows labelled
  // with a maker alone ran on the one device the document names in full.
  void vendor_gpu_named_in_full() {
    static constexpr std::string_view kMakers[] = {"nvidia", "amd", "intel", "apple"};
    const auto maker_alone = [](std::string_view gpu) {
      return std::any_of(std::begin(kMakers), std::end(kMakers),
                         [&](std::string_view m) { return text::iequals(gpu, m); });
    };
    std::string_view maker, full;
    // (A device a requirements or projections section names ran nothing here.)
    const auto foreseen = [](const MetricRow& row) {
      if (row.statistic == "expected") return true;
      const std::string section = text::to_lower(row.context.section);
      for (const std::string_view w : {"require", "recommend", "minimum", "project", "target",
                                       "estimat", "expect", "predict", "theoretical"})
        if (section.find(w) != std::string::npos) return true;
      return false;
    };
    // (Runs for every document: a look for a maker alone first, most have none.)
    if (std::none_of(r_.rows.begin(), r_.rows.end(), [&](const MetricRow& row) {
          return row.context.gpu.size() >= 3 && row.context.gpu.size() <= 6 &&
                 maker_alone(row.context.gpu);
        }))
      return;
    for (const MetricRow& row : r_.rows) {
      const std::string_view gpu = row.context.gpu;
      if (gpu.empty() || (!maker_alone(gpu) && foreseen(row))) continue;
      if (maker_alone(gpu)) {
        if (!maker.empty() && !text::iequals(maker, gpu)) return;
        maker = gpu;
      } else if (full.empty()) {
        full = gpu;
      } else if (full != gpu) {
        return;  // (two devices: which one ran a maker's rows is not said)
      }
    }
    if (maker.empty() || full.empty() || !text::icontains(full, maker)) return;
    // (Its name as the tables wrote it, less a device index: "0: NVIDIA T600 Laptop GPU".)
    std::string named = detail::gpu_named_in(full);
    if (named.empty()) {
      const auto colon = full.find(": ");
      named = std::string(colon <= 2 && std::isdigit(static_cast<unsigned char>(full[0]))
                              ? full.substr(colon + 2)
                              : full);
    }
    const std::string was(maker);
    for (MetricRow& row : r_.rows)
      if (text::iequals(row.context.gpu, was)) row.context.gpu = named;
  }

  // "Measured on: - GPU: AMD Radeon RX 7600 XT" after the first results: the document's machine
  // is that of the results above the list too.
  void label_earlier_rows_with_the_documents_gpu() {
    if (document_.gpu.empty() || no_gpu_) return;
    for (auto& row : r_.rows) {
      if (row.line < document_gpu_line_ && row.context.gpu.empty()) row.context.gpu = document_.gpu;
    }
  }

  // A table of bars to meet: "Quality Gates by Application Type", "SLO Targets", "Acceptance
  // Criteria", "Thresholds".
  static bool names_gates(const std::string& title) {
    const std::string low = " " + text::to_lower(title) + " ";
    for (const std::string_view w :
         {" gate ", " gates ", " slo ", " slos ", " thresholds ", " acceptance criteria ",
          " requirements ", " minimum viable "}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // The innermost heading the open table stands under.
  std::string headings_title() const {
    for (std::size_t k = headings_.size(); k > 0; --k) {
      if (!headings_[k - 1].empty()) return headings_[k - 1];
    }
    return {};
  }

  // "## Model", "## Models", "### Model Under Test": a section that says which model ran.
  // "## 環境" over "- DGX Spark (GB10, SM121, aarch64, 128GB UMA)" and "- vLLM `0.20.2rc1`": a
  // set-up list's item with no label that opens with the machine's GPU, or with the serving
  // engine (its version after it), names the document's.
  bool unlabelled_setup_item(std::string_view t, std::size_t number) {
    if (t.size() > 100 || t.empty()) return false;
    const std::string plain = strip_emphasis(t);
    const auto cut = plain.find_first_of("(,:;`");
    const std::string_view head = text::trim(std::string_view(plain).substr(0, cut));
    if (head.empty() || (cut != std::string::npos && plain[cut] == ':')) return false;
    const auto opens_with = [&](std::string_view name) {
      return !name.empty() && head.size() >= name.size() &&
             text::iequals(head.substr(0, name.size()), name);
    };
    if (document_.gpu.empty() && !no_gpu_) {
      if (std::string gpu = detail::gpu_named_in(head); opens_with(gpu)) {
        document_.gpu = std::move(gpu);
        document_gpu_line_ = number;
        return true;
      }
    }
    if (document_.backend.empty() && engines_named(plain) == 1) {
      const std::string engine = detail::serving_engine_in(head);
      // (The engine and its version alone: "vLLM 0.20.2", not "vLLM is used because ...".)
      const std::string_view rest = text::trim(head.substr(std::min(head.size(), engine.size())));
      if (opens_with(engine) &&
          (rest.empty() || std::isdigit(static_cast<unsigned char>(rest.front())) ||
           rest.front() == 'v')) {
        document_.backend = engine;
        return true;
      }
    }
    return false;
  }

  // "## Executive Summary", "## Abstract": a section before the results that says what the whole
  // document is about.
  static bool names_an_overview(const std::string& heading) {
    const std::string low = text::to_lower(text::trim(heading));
    return low == "executive summary" || low == "summary" || low == "abstract" ||
           low == "overview" || low == "tl;dr" || low == "tldr" || low == "introduction";
  }

  static bool names_the_model_section(const std::string& heading) {
    const std::string low = text::to_lower(text::trim(heading));
    return low == "model" || low == "models" || low == "model under test" ||
           low == "model tested" || low == "model details";
  }

  // A section that describes how the runs were set up: "2.2 Benchmark Configuration",
  // "Experimental Design", "Test Setup", "Methodology".
  static bool is_setup_heading(const std::string& heading) {
    const std::string low = " " + text::to_lower(metrics::in_english(heading)) + " ";  // "测试环境"
    for (const std::string_view w :
         {" configuration", " setup", " set-up", " environment", " methodology", " design ",
          " hardware", " testbed", " test machine", " machine spec", " specs "}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "Test Configuration: num_gpu=999, num_ctx=2048, temperature=0.3" right above a table: the
  // settings of the runs the table reports.
  // (Not a one-word "**Configuration:**" or a list line: the document's own configuration.)
  bool settings_line(std::string_view t, std::size_t number) {
    if (t.empty() || t.front() == '-' || t.front() == '|') return false;
    // Cheap tests first (most lines are prose): a key, a colon and "name=value" settings.
    const auto raw_colon = t.find(':');
    if (raw_colon == std::string_view::npos || t.find('=', raw_colon) == std::string_view::npos)
      return false;
    std::string plain = strip_emphasis(t);
    const auto colon = plain.find(':');
    if (colon > 40 || plain.size() > 240) return false;  // none, or too far for a key
    const std::string key = text::to_lower(plain.substr(0, colon));
    // "Test Configuration", "Run settings"; after the first table a bare "Configuration:" too,
    // when settings follow it ("Configuration: `num_gpu=60, num_ctx=1024`").
    const bool one_word = key.find(' ') == std::string::npos;
    if ((one_word && (before_first_table_ || t.front() == '*')) ||
        (key.find("config") == std::string::npos && key.find("setting") == std::string::npos))
      return false;
    std::string value(text::trim(std::string_view(plain).substr(colon + 1)));
    while (!value.empty() && (value.front() == '*' || value.front() == ' ')) value.erase(0, 1);
    if (value.find('=') == std::string::npos || value.find('|') != std::string::npos) return false;
    settings_ = std::move(value);
    settings_line_ = number;
    return true;
  }

  // "`random_input_len=8192`, `num_prompts=20`, `request_rate=2`" on a line of its own under a
  // heading: the settings of the runs its table or list reports (the request rate their load).
  bool code_settings_line(std::string_view t, std::size_t number) {
    if (t.size() < 8 || t.front() != '`' || t.back() != '`' || t.size() > 300) return false;
    std::string settings;
    std::size_t parts = 0;
    for (std::size_t at = 0; at < t.size();) {
      auto end = t.find(',', at);
      if (end == std::string_view::npos) end = t.size();
      std::string_view part = text::trim(t.substr(at, end - at));
      at = end + 1;
      if (part.size() < 5 || part.front() != '`' || part.back() != '`') return false;
      part = part.substr(1, part.size() - 2);
      const auto eq = part.find('=');
      if (eq == std::string_view::npos || eq == 0 || eq + 1 >= part.size() ||
          part.find_first_of(" `") != std::string_view::npos)
        return false;
      settings += (settings.empty() ? "" : " ") + std::string(part);
      ++parts;
    }
    if (parts < 2) return false;
    settings_ = std::move(settings);
    settings_line_ = number;
    code_settings_section_ = section_changes_ + 1;  // (0: none)
    return true;
  }

  // "**Dataset:** WikiText-2 test (72,531 tokens)" right above a table: the data its figures were
  // measured on, the test of its rows ("WikiText-2 test").
  bool dataset_line(std::string_view t, std::size_t number) {
    if (t.size() < 10 || t.size() > 160 || (t.front() != '*' && t.front() != 'D')) return false;
    // Runs for every bold line: "...set" before a near colon, or no copy at all.
    const auto near_colon = t.find(':');  // (npos is far too)
    if (near_colon > 24) return false;
    const std::string_view head = t.substr(0, near_colon);
    if (head.find("et") == std::string_view::npos && head.find("ET") == std::string_view::npos)
      return false;
    const std::string plain = strip_emphasis(t);
    const auto colon = plain.find(':');
    if (colon == std::string::npos) return false;
    const std::string key = text::to_lower(text::trim(std::string_view(plain).substr(0, colon)));
    if (key != "dataset" && key != "data set" && key != "eval dataset" && key != "test set")
      return false;
    std::string value(text::trim(std::string_view(plain).substr(colon + 1)));
    while (!value.empty() && (value.front() == '*' || value.front() == ' ')) value.erase(0, 1);
    // "(72,531 tokens)": its size, not its name.
    if (const auto open = value.rfind('(');
        open != std::string::npos && open > 0 && value.back() == ')' &&
        value.find_first_of("0123456789", open) != std::string::npos)
      value = std::string(text::trim(std::string_view(value).substr(0, open)));
    if (value.empty() || value.size() > 80 || value.find('|') != std::string::npos) return false;
    dataset_ = std::move(value);
    dataset_line_ = number;
    return true;
  }

  // "Padded+decode Inductor run (cudagraph trees disabled): `results/20251221_182658`": a plain
  // line naming a run and its artifacts labels the tables below it (their captions repeat from
  // run to run: "**Prefill**", "**KV decode**"), until the next such line or heading.
  bool run_line(std::string_view t) {
    if (t.size() < 8 || t.back() == ':' || !std::isalpha(static_cast<unsigned char>(t.front())))
      return false;
    if (t.back() == '.') t.remove_suffix(1);
    const auto colon = t.find(": `");
    if (colon > 80 || t.back() != '`' ||  // (npos is far too)
        t.find('`', colon + 3) != t.size() - 1)
      return false;
    const std::string key = text::to_lower(t.substr(0, colon));
    bool names_run = false;
    for (const auto& w : detail::words_of(key)) names_run = names_run || w == "run";
    if (!names_run) return false;
    run_label_ = std::string(t.substr(0, colon));
    if (key == "run") {  // "Run: `…/20251221_113136`": the run is its artifact folder
      std::string_view path = t.substr(colon + 3, t.size() - colon - 4);
      while (!path.empty() && path.back() == '/') path.remove_suffix(1);
      run_label_ = "Run " + std::string(path.substr(path.rfind('/') + 1));
    }
    return true;
  }

  static bool is_caption(std::string_view t) {
    if (t.size() <= 4 || t.size() > 100 || t.substr(0, 2) != "**") return false;
    const auto close = t.find("**", 2);
    if (close == std::string_view::npos || close == 2) return false;
    std::string_view rest = text::trim(t.substr(close + 2));
    if (!rest.empty() && rest.back() == ':') rest.remove_suffix(1);
    return rest.empty() ||
           (rest.front() == '(' && rest.back() == ')' && rest.find(')') == rest.size() - 1);
  }

  // A plain line of text ending in a colon, short enough to be a table's lead-in.
  static bool is_lead_in(std::string_view t) {
    if (t.size() < 8 || t.size() > 160 || t.back() != ':') return false;
    const char c = t.front();
    return c != '|' && c != '#' && c != '>' && c != '<' && c != '-' && c != '*' && c != '+' &&
           t.find(": ") == std::string_view::npos;  // not "Key: value" or "Note: ..."
  }

  // The headings from level 2 down to `level`, outermost first ("SS5. Phase 3 - Ollama N=8 /
  // SS5.1 Per-Request Results"): a sub-section's title alone often repeats elsewhere.
  std::string heading_chain(std::size_t level) const {
    if (level < 2) return headings_[level];
    std::string out;
    for (std::size_t k = 2; k <= level && k < headings_.size(); ++k) {
      if (headings_[k].empty()) continue;
      out += (out.empty() ? "" : " / ") + headings_[k];
    }
    return out;
  }

  static bool names_engine(const std::string& value) {
    const std::string v = text::to_lower(value);
    static constexpr std::string_view kEngines[] = {
        "ollama",   "vllm",   "llama.cpp",    "llama-cpp", "llamacpp", "tgi",    "text-generation",
        "tensorrt", "onnx",   "transformers", "sglang",    "lmdeploy", "mlc",    "exllama",
        "pytorch",  "triton", "rust",         "python",    "tokio",    "candle", "mistral.rs"};
    for (const auto e : kEngines) {
      if (v.find(e) != std::string::npos) return true;
    }
    return false;
  }

  // The one LLM a heading names, as written ("Llama3.1", "gemma3:latest"), or "" when it names
  // none or several ("Comparison with Llama and Qwen").
  // "openhermes:latest", "phi:2.7b-q4_0": an Ollama model's name and tag, one word.
  static bool is_ollama_tag(std::string_view w) {
    const auto colon = w.find(':');
    if (colon == std::string_view::npos || colon < 2 || colon + 1 >= w.size() ||
        !std::isalpha(static_cast<unsigned char>(w.front())) || w.find("//") != w.npos)
      return false;
    return std::all_of(w.begin(), w.end(),
                       [](char c) {
                         return std::isalnum(static_cast<unsigned char>(c)) || c == '.' ||
                                c == '-' || c == '_' || c == ':' || c == '/';
                       }) &&
           w.find(':', colon + 1) == std::string_view::npos;
  }

  // A data file's or script's name ("results/summary.csv", "`bench.py`"), no model's (a model's
  // own file, "llama-2-7b.Q4_0.gguf", still names it).
  static bool names_a_file(std::string_view w) {
    while (!w.empty() && (w.back() == '`' || w.back() == '\'' || w.back() == '"'))
      w.remove_suffix(1);
    const auto dot = w.rfind('.');
    if (dot == std::string_view::npos) return false;
    const std::string ext = text::to_lower(w.substr(dot + 1));
    for (const std::string_view e : {"csv", "json", "jsonl", "md", "txt", "log", "py", "yaml",
                                     "yml", "sh", "html", "ipynb", "parquet"}) {
      if (ext == e) return true;
    }
    return false;
  }

  static std::string model_in_heading(const std::string& written) {
    // (Characters of three bytes or more, CJK text and full-width brackets and commas among them,
    // part words as a space does: "对llama3.1:latest（8B q4_0）模型" names llama3.1:latest.)
    std::string heading = written;
    for (std::size_t i = 0; i < heading.size();) {
      const auto lead = static_cast<unsigned char>(heading[i]);
      const std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 1;
      if (n > 1 && i + n <= heading.size()) heading.replace(i, n, n, ' ');
      i += n;
    }
    std::vector<std::string> words;
    std::vector<bool> spaced;  // the word follows a space only ("Qwen2 1B", not "GPT-2 (124M")
    std::size_t i = 0;
    while (i < heading.size()) {
      // ('For "Qwen2.5 14B Instruct Q4_K - Medium", the ...': quotes part words too.)
      const auto separator = [](char c) {
        return c == ' ' || c == '(' || c == ',' || c == ')' || c == '"';
      };
      const std::size_t from = i;
      while (i < heading.size() && separator(heading[i])) ++i;  // every step moves on
      // ("Gemma3: 270M -> 1B": sizes listed after the family, none of them its size.)
      const bool space_only = i > from && heading.find_first_not_of(' ', from) >= i && from > 0 &&
                              heading[from - 1] != ':';
      std::size_t j = i;
      while (j < heading.size() && !separator(heading[j])) ++j;
      std::string w = heading.substr(i, j - i);
      while (!w.empty() && (w.back() == ':' || w.back() == '.')) w.pop_back();  // "Gemma3:"
      i = j;
      if (!w.empty()) {
        words.push_back(std::move(w));
        spaced.push_back(space_only);
      }
    }
    std::string found;
    for (std::size_t k = 0; k < words.size(); ++k) {
      std::string w = words[k];
      if (names_a_file(w)) continue;  // "`scripts/.../ollama_early_stop_summary.csv`": a path
      // A family name with its version glued on ("Llama3.1", "qwen2.5-7b"), not a bare family,
      // or written apart: "Qwen 2.5 7B", "Llama 3.1 8B", "Gemma 3".
      const bool versioned =
          std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!versioned && k + 1 < words.size() && is_family(w) && is_version(words[k + 1])) {
        w += " " + words[++k];
        if (k + 1 < words.size() && is_size(words[k + 1])) w += " " + words[++k];
      } else if (!versioned && k + 1 < words.size() && is_family(w) && is_size(words[k + 1])) {
        w += " " + words[++k];  // a display name: "Qwen 7B", "Llama 1B"
      } else if ((w.size() < 4 || !versioned || !looks_like_llm(w)) && !is_ollama_tag(w) &&
                 !sized_name(w)) {
        continue;
      } else if (k + 1 < words.size() && spaced[k + 1] && is_size(words[k + 1]) &&
                 !is_ollama_tag(w) && !is_size(w.substr(w.find_last_of("-_") + 1))) {
        w += " " + words[++k];  // "Qwen2 1B": the version glued on, the size apart
      }
      if (!found.empty() && text::to_lower(found) != text::to_lower(w)) return {};
      found = w;
    }
    return found;
  }

  // A first-column label that names a measured quantity with its statistic or unit ("Mean
  // Efficiency", "p95 TTFT (ms)") in a column whose header names configurations.
  bool names_a_quantity(const std::string& cell) const {
    if (roles_.empty() || roles_[0].use != detail::ColumnRole::Use::context || cell.empty())
      return false;
    // (Not where the columns name the quantities: "| Configuration | Latency (s) | ... |" over
    // "High Concurrency (64,256,128)" is a configuration's row.)
    if (header_.size() > 1 && detail::classify_cached(text::trim(header_[1])).metric) return false;
    const auto& cls = detail::classify_cached(cell);
    return cls.role == metrics::Role::metric && cls.metric &&
           (!cls.statistic.empty() || !cls.unit.empty());
  }

  // The model of the nearest heading above that names one.
  const std::string& heading_gpu() const { return nearest(heading_gpus_); }

  // The label of the innermost heading level that has one, "" when none does.
  static const std::string& nearest(const std::vector<std::string>& by_level) {
    for (std::size_t k = by_level.size(); k-- > 0;) {
      if (!by_level[k].empty()) return by_level[k];
    }
    static const std::string none;
    return none;
  }

  // "### FP8 Benchmark on 16xH800": the figures under a heading that names an accelerator ran
  // on it, when nothing nearer (a column, the log's device list, a command's option) says.
  // (Nearer than the document's set-up too: "## System 2: ... Radeon 780M" after System 1's
  // hardware table.)
  void label_rows_with_heading_gpus() {
    if (gpu_spans_.size() < 2 || no_gpu_) return;
    for (auto& row : r_.rows) {
      // (A run's settings too: "| num_ctx |" 8192 ran where its figures did.)
      if ((!row.context.gpu.empty() && row.context.gpu != document_.gpu) ||
          (row.role != metrics::Role::metric && row.role != metrics::Role::parameter))
        continue;
      const auto after =
          std::upper_bound(gpu_spans_.begin(), gpu_spans_.end(), row.line,
                           [](std::size_t line, const auto& span) { return line < span.first; });
      const std::string& heading = std::prev(after)->second;
      // (An AMD architecture's id, "works on gfx900", names no other card than the document's
      // "Vega 56": the card's name stays.)
      const bool architecture = heading.size() > 3 && text::iequals(heading.substr(0, 3), "gfx");
      if (row.context.gpu.empty() ||
          (!heading.empty() && !architecture && !same_device(heading, row.context.gpu)))
        row.context.gpu = heading;
      // (A CPU section's processor, "### 3.1 CPU (i5-6200U, ...)": its runs' device.)
      if (heading == "cpu" && row.context.config.find("device=") == std::string::npos)
        for (const auto& [line, device] : cpu_devices_)
          if (line == std::prev(after)->first) {
            std::string& config = row.context.config;
            config += (config.empty() ? "device=" : " device=") + device;
          }
    }
  }

  // "RTX 4080" and "NVIDIA GeForce RTX 4080 Laptop", "AMD RX 7900 XTX" and "2x AMD Radeon RX
  // 7900 XTX": one device, the shorter name's words (vendors' and brands' aside) in the longer.
  // (Whole words: "A10" is no "A100", "RTX 3090" no "RTX 3090 Ti".)
  // "| Métrica | CPU | GPU | Mejora |" of "6.94 tok/s | 18.22 tok/s": a "GPU" column beside a
  // "CPU" one holds the figures measured on the GPU, as the CPU's column holds the CPU's (no
  // label of the row).
  void gpu_beside_cpu() {
    std::size_t gpu = header_.size();
    bool cpu = false;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      const std::string_view h = text::trim(header_[c]);
      if (text::iequals(h, "gpu")) gpu = c;
      if (text::iequals(h, "cpu") && roles_[c].use == detail::ColumnRole::Use::metric) cpu = true;
    }
    if (!cpu || gpu == header_.size() || roles_[gpu].use != detail::ColumnRole::Use::context)
      return;
    roles_[gpu].use = detail::ColumnRole::Use::metric;
    roles_[gpu].label = false;
  }

  // Whether the words of `part` (lower-cased) are a run of whole words of `whole`: "PRO 5000" of
  // "NVIDIA RTX PRO 5000 72GB" (not "H20" of "H200").
  static bool words_within(const std::string& part, const std::string& whole) {
    if (part.empty() || whole.empty()) return false;
    const auto a = detail::words_of(text::to_lower(part));
    const auto b = detail::words_of(text::to_lower(whole));
    if (a.empty() || a.size() > b.size()) return false;
    for (std::size_t at = 0; at + a.size() <= b.size(); ++at) {
      if (std::equal(a.begin(), a.end(), b.begin() + static_cast<std::ptrdiff_t>(at))) return true;
    }
    return false;
  }

  static bool same_device(const std::string& a, const std::string& b) {
    const auto key = [](const std::string& name) {
      std::vector<std::string> out;
      for (auto& w : detail::words_of(text::to_lower(name))) {
        if (w == "nvidia" || w == "geforce" || w == "amd" || w == "radeon" || w == "intel" ||
            w == "apple")
          continue;
        out.push_back(std::move(w));
      }
      return out;
    };
    auto ka = key(a), kb = key(b);
    if (ka.empty() || kb.empty()) return false;
    if (ka.size() > kb.size()) std::swap(ka, kb);
    // The shorter's words in a run of the longer's, a count or a memory size around them aside.
    for (std::size_t at = 0; at + ka.size() <= kb.size(); ++at) {
      if (!std::equal(ka.begin(), ka.end(), kb.begin() + static_cast<std::ptrdiff_t>(at))) continue;
      const auto extra = [](const std::string& w) {
        const auto digits = [](std::string_view d) {
          return !d.empty() &&
                 std::all_of(d.begin(), d.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        };
        const std::string_view v = w;
        return w == "laptop" || w == "gpu" || w == "x" || digits(v) ||
               (v.size() > 1 && v.back() == 'x' && digits(v.substr(0, v.size() - 1))) ||
               (v.size() > 2 && v.ends_with("gb") && digits(v.substr(0, v.size() - 2)));
      };
      const bool rest_extra =
          std::all_of(kb.begin(), kb.begin() + static_cast<std::ptrdiff_t>(at), extra) &&
          std::all_of(kb.begin() + static_cast<std::ptrdiff_t>(at + ka.size()), kb.end(), extra);
      if (rest_extra) return true;
    }
    return false;
  }

  // "## vllm 0.2.5", "### TGI 1.3.3", "## SGLang": a section named by a serving engine alone
  // (its version aside), whose tables ran on it.
  // The model a set-up's section of the row's engine named ("vLLM (ROCm)" of "### vLLM"), or "".
  struct EngineModel {
    std::string model, quantization;
  };
  const EngineModel* engine_model(const Context& ctx) const {
    const std::string backend = text::to_lower(ctx.backend);
    for (const auto& [engine, model] : engine_models_) {
      if (backend == engine || backend.starts_with(engine + " ") ||
          engine.starts_with(backend + " "))
        return &model;
    }
    return nullptr;
  }

  // "- Throughput (FP16): 227.0883 tokens/second" in a note with no table: a list item of a
  // label and one figure with its unit, a result of the note (kept apart until the end: a note
  // with tables restates them in its lists, which are then not read).
  void bullet_figure(std::string_view l, std::size_t number) {
    // (Not a Chimera run's report: its lists are read as that report's, or counted as copies of
    // the metrics.json beside it.)
    if (chimera_.titled) return;
    // ("- **Prompt processing:** 850 t/s", "- __Token generation:__ 42.5 t/s", "- *TTFT:* 310 ms":
    // the colon inside the emphasis.)
    auto colon = l.find(": ");
    if (const auto first = l.find(':');
        first < colon && first + 1 < l.size() && (l[first + 1] == '*' || l[first + 1] == '_')) {
      for (const std::string_view marked : {":** ", ":__ ", ":* ", ":_ "})
        if (l.substr(first).starts_with(marked)) colon = first + marked.size() - 2;
    }
    if (colon > 80 || colon + 3 > l.size()) return;  // (npos too)
    // (Most items are words: a figure's first digit right after the colon, emphasis apart.)
    const auto first = l.find_first_not_of(" *_", colon + 1);
    if (first == std::string_view::npos ||
        !(std::isdigit(static_cast<unsigned char>(l[first])) || l[first] == '~'))
      return;
    // (After a table, a first look at the label as written, its marks apart: most name no
    // metric, and are not read; see below.)
    if (table_ > 0) {
      std::string_view raw = l.substr(2, colon - 2);
      while (!raw.empty() && (raw.front() == '*' || raw.front() == '_' || raw.front() == ' '))
        raw.remove_prefix(1);
      while (!raw.empty() && (raw.back() == '*' || raw.back() == '_' || raw.back() == ' '))
        raw.remove_suffix(1);
      if (!detail::classify_cached(raw, {}).metric) return;
    }
    if (bullets_.size() >= 2000) {
      if (bullets_.size() == 2000)
        r_.warnings.push_back("line " + std::to_string(number) +
                              ": a note's list items of figures past the first 2,000 not read");
      return;
    }
    std::string plain = strip_emphasis(text::trim(l.substr(2)));
    // (Underscores of emphasis around the label: "__Token generation:__ 42.5 t/s".)
    if (plain.starts_with('_')) {
      const auto marks = plain.find_first_not_of('_');
      const auto close = plain.find(":" + std::string(marks, '_') + " ");
      if (marks != std::string::npos && close != std::string::npos) {
        plain.erase(close + 1, marks);
        plain.erase(0, marks);
      }
    }
    const auto at = plain.find(": ");
    if (at == std::string::npos || at == 0) return;
    const std::string_view value =
        without_trailing_marks(text::trim(std::string_view(plain).substr(at + 2)));
    if (value.empty() || !(std::isdigit(static_cast<unsigned char>(value[0])) || value[0] == '~'))
      return;
    const auto parsed = numeric::parse_cell(value);
    const std::string_view label = text::trim(std::string_view(plain).substr(0, at));
    // (After a table, only an item whose label names a metric may be read: see bullet_figures.)
    if (table_ > 0 && !detail::classify_cached(label, {}).metric) return;
    // (Not a set-up's list, "## System" of "- VRAM: 24 GB", unless its heading says results:
    // "## 不同运行环境下的测试结果", results under different environments.)
    // (... but a set-up's item of a rate and the memory it took: "- vLLM FP8 16K: 6-9GB, 1808
    // TPS" under "## Setup 1: 12GB VRAM (RTX 5070)", below.)
    const auto& [results, machine_heading] = heading_lists();
    // (A quote's lines are a program's output, ">生成速度: 9.28 tokens/s", measured even in a
    // set-up section.)
    const bool setup_list =
        !results && !quoted_line_ && (setup_section_ || machine_heading || lead_names_a_machine());
    if (setup_list && l.find(", ") == std::string_view::npos) return;  // (one figure: a property)
    // (Not settings: "Load profile used for every run:" over "- Ramp-up: 30 s".)
    if (!list_lead_.empty() && names_settings_lead(list_lead_)) return;
    // (Not a list of figures cited from elsewhere: "Citations from Technical Report 108:".)
    const bool foreseen = names_foreseen(list_lead_);
    if (!list_lead_.empty() && !foreseen &&
        (list_lead_.find("citation") != std::string::npos ||
         list_lead_.find("cited") != std::string::npos ||
         list_lead_.find("previous") != std::string::npos ||
         list_lead_.find("from technical report") != std::string::npos))
      return;
    if (!parsed) {
      if (!setup_list && figure_with_statistic_aside(label, value, number, foreseen)) return;
      // "8.54 tokens/s（ハイブリッドモード: GPU+CPU）", "42 t/s (hybrid mode)": the figure, an
      // aside of words after it.
      if (const std::string_view main = before_aside(value); !setup_list && !main.empty()) {
        if (const auto p = numeric::parse_cell(main);
            p && !p->suffix.empty() && metrics::parse_unit(p->suffix)) {
          add_bullet(label, std::string(main), number, 0, foreseen);
          bullets_.back().raw = std::string(value);
          return;
        }
      }
      figures_by_their_units(label, value, number, foreseen, setup_list);
      return;
    }
    if (setup_list) return;
    if (parsed->suffix.empty()) {
      // "- request_time_ms: 3349", "- completion_tokens: 167": a bare figure whose label names
      // its unit, or counts tokens.
      const auto& c = detail::classify_cached(label, {});
      if (!c.metric || (c.unit.empty() && c.metric->kind != units::Kind::tokens)) return;
    } else if (!metrics::parse_unit(parsed->suffix)) {
      return;
    }
    // (Kept as written until the end: most notes have a table, and their lists are not read.)
    add_bullet(label, std::string(value), number, 0, foreseen);
  }

  // "8.54 tokens/s (hybrid mode)", "29.6秒（平均）": what comes before a last aside in brackets
  // (ASCII or full-width) that holds words, not figures; "" where there is none.
  static std::string_view before_aside(std::string_view value) {
    constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";  // （ ）
    std::size_t open = std::string_view::npos;
    if (value.ends_with(')'))
      open = value.rfind('(');
    else if (value.ends_with(kClose))
      open = value.rfind(kOpen);
    if (open == std::string_view::npos || open == 0) return {};
    const std::string_view aside = value.substr(open);
    // (Not an aside that says which figure it is, "(p99)", "(median)", "(worst case)", nor that
    // it is foreseen, "(estimated)", "(target)": kept unread, as before.)
    const std::string low = text::to_lower(aside);
    for (const std::string_view w :
         {"p50",     "p90",       "p95",         "p99",     "median",     "mean",
          "avg",     "average",   "max",         "min",     "worst",      "best",
          "peak",    "estimat",   "theoretical", "target",  "expected",   "projected",
          "predict", "goal",      "spec",        "claimed", "advertised", "per ",
          "each",    "cpu only",  "cpu-only",    "on cpu",  "no gpu",     "without gpu",
          "request", "concurren", "total",       "batch",   "stream",     "user"})
      if (low.find(w) != std::string::npos) return {};
    if (aside.find_first_of("0123456789") != std::string_view::npos &&
        aside.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string_view::npos &&
        static_cast<unsigned char>(aside[aside.size() / 2]) < 0x80)
      return {};  // ("(±0.3)", "(1.2)": a figure of its own, not words)
    return text::trim(value.substr(0, open));
  }

  // A list item's figure, kept with what the headings above it say (part: of several figures on
  // one item, which, from 1; 0 for an item's one figure).
  void add_bullet(std::string_view label, std::string value, std::size_t number, std::size_t part,
                  bool foreseen) {
    Bullet b;
    b.label = std::string(label);
    b.value = std::move(value);
    b.line = number;
    b.part = part;
    b.foreseen = foreseen;
    b.results = lists_under_results();
    b.targets = names_targets(own_heading()) || names_targets(list_lead_);
    b.context.model = heading_model();
    b.context.quantization = heading_quantization();
    b.context.gpu = heading_gpu();
    b.context.section = section_;
    // ("**Short Prompts (256×256 tokens)**" over "**Best Case (Concurrency=1)**" over the list:
    // the lines in bold that head it, as headings would, and the load the nearest names.)
    for (const std::string* lead : {&bold_lead_, &bold_load_}) {
      if (!lead->empty()) b.context.section += (b.context.section.empty() ? "" : " / ") + *lead;
    }
    b.context.concurrency = concurrency_in_heading(bold_load_);
    // (The section's settings line over the list: its configuration and load.)
    if (code_settings_section_ == section_changes_ + 1) {
      b.context.config = settings_;
      b.context.rate = detail::rate_in_text(settings_);
    }
    bullets_.push_back(std::move(b));
  }

  // "- 183 tok in 3.14s → **58.3 tok/s**": a measurement's working, its result after the arrow,
  // of the quantity the section's heading names ("### Single-request TG") in the result's unit.
  bool arrow_figure(std::string_view l, std::size_t number) {
    constexpr std::string_view kArrow = "\xE2\x86\x92";  // (U+2192)
    auto arrow = l.find(kArrow);  // (a forward look, the last one after: most items have none)
    if (arrow == std::string_view::npos || l.find(": ") < arrow) return false;
    for (auto next = l.find(kArrow, arrow + 3); next != std::string_view::npos;
         next = l.find(kArrow, next + 3))
      arrow = next;
    const std::string result = strip_emphasis(text::trim(l.substr(arrow + 3)));
    const auto parsed = numeric::parse_cell(result);
    if (!parsed || parsed->suffix.empty() || !metrics::parse_unit(parsed->suffix)) return false;
    // (Not a target, "Target for v2 → 200 tok/s", nor a change, "Batch 1 → 8 → 640 tok/s".)
    const std::string before = text::to_lower(l.substr(0, arrow));
    for (const std::string_view w : {"target", "goal", "expected", "plan", "\xE2\x86\x92"})
      if (before.find(w) != std::string::npos) return true;  // (read as nothing)
    const auto& by_unit = detail::classify_cached(parsed->suffix, {});
    const std::string& heading = own_heading();
    const auto& by_heading = detail::classify_cached(heading, parsed->suffix);
    // (The heading's quantity where it is one of the figure's unit, else the unit's own.)
    // (... and only where the words before the arrow name no other phase: "then generation →
    // 41.7 tok/s" under "### Prompt processing" is a generation's rate.)
    const std::string heading_low = text::to_lower(heading);
    bool other_phase = false;
    for (const std::string_view w : {"generat", "decod", "prefill", "prompt", " tg", " pp"})
      other_phase = other_phase || (before.find(w) != std::string::npos &&
                                    heading_low.find(w) == std::string::npos);
    const std::string label = by_heading.metric && by_heading.metric->kind == by_unit.kind &&
                                      heading.size() <= 60 && !other_phase
                                  ? heading
                                  : std::string(parsed->suffix);
    add_bullet(label, result, number, 0, false);
    return true;
  }

  // "- TTFT: 893ms (median: 535ms)": the figure, and in brackets another statistic of the same
  // quantity ("median", "p99", "mean", "max", ...), both with their units; two of the list's
  // figures, the second labelled with its statistic ("median TTFT").
  bool figure_with_statistic_aside(std::string_view label, std::string_view value,
                                   std::size_t number, bool foreseen) {
    const auto open = value.find(" (");
    if (open == std::string_view::npos || value.back() != ')' || label.size() > 60) return false;
    const std::string_view main = value.substr(0, open);
    std::string_view aside = value.substr(open + 2, value.size() - open - 3);
    const auto sep = aside.find_first_of(": =");
    if (sep == std::string_view::npos) return false;
    const std::string_view word = aside.substr(0, sep);
    aside = text::trim(aside.substr(sep + 1));
    // (Statistics of the same samples only: "(max: 24 GB)" beside memory used is a limit.)
    static constexpr std::array<std::string_view, 8> statistics = {
        "median", "mean", "avg", "average", "p50", "p90", "p95", "p99"};
    if (std::none_of(statistics.begin(), statistics.end(),
                     [&](std::string_view s) { return text::iequals(s, word); }))
      return false;
    for (const std::string_view figure : {main, aside}) {
      const auto p = numeric::parse_cell(figure);
      if (!p || p->suffix.empty() || !metrics::parse_unit(p->suffix)) return false;
    }
    add_bullet(label, std::string(main), number, 0, foreseen);
    add_bullet(std::string(word) + " " + std::string(label), std::string(aside), number, 0,
               foreseen);
    return true;
  }

  // "**Best Case (Concurrency=1)**", "**Short Prompts (256×256 tokens)**": a line in bold alone,
  // a heading in all but its marks, over the list below it. One naming a load replaces the last
  // such; another replaces the last lead, loads and all (a new group of cases).
  void bold_lead_line(std::string_view t) {
    if (t.size() < 6 || t.size() > 120 || !t.starts_with("**") || !t.ends_with("**") ||
        t.find("**", 2) != t.size() - 2 || t.ends_with(":**"))
      return;
    std::string lead(text::trim(t.substr(2, t.size() - 4)));
    if (lead.empty() || lead.back() == ':' || lead.size() > 60) return;
    // (A note in bold is no lead: "Note: runs at concurrency 32 hit OOM and were dropped".)
    const std::string low = " " + text::to_lower(lead) + " ";
    for (const std::string_view w :
         {"note", " were ", " was ", " hit ", " dropped", " failed", " not ", " oom", ": "})
      if (low.find(w) != std::string::npos) return;
    if (!concurrency_in_heading(lead).empty()) {
      bold_load_ = std::move(lead);
    } else {
      bold_lead_ = std::move(lead);
      bold_load_.clear();
    }
  }

  // "[2026-01-11 13:34:55] Running PAGED (block_size=64)...": a script's log announcing the run
  // whose output follows, as a run's line does in a note (below), until the next.
  void run_announcement(std::string_view l) {
    std::string_view t = text::trim(l);
    while (t.starts_with('[') && t.find(']') != std::string_view::npos)
      t = text::trim(t.substr(t.find(']') + 1));  // (a timestamp, a level)
    if (!t.starts_with("Running ")) return;
    t.remove_prefix(8);
    if (t.ends_with("...")) {
      t.remove_suffix(3);
    } else if (t.ends_with("\xE2\x80\xA6")) {
      t.remove_suffix(3);
    } else {
      return;
    }
    t = text::trim(t);
    if (t.size() < 2 || t.size() > 60) return;
    // (Not a step around the runs: "Running warmup...", "Running cleanup...".)
    const std::string low = text::to_lower(t);
    for (const std::string_view w : {"warmup", "warm-up", "warm up", "cleanup", "clean-up", "setup",
                                     "download", "loading", "benchmarks", "tests", "install"})
      if (low.starts_with(w)) return;
    run_label_.assign(t);
  }

  // "## SLO targets", "## Load profile", "The vendor blog reports:": a list of goals, settings or
  // another's figures, no measurement of this document's.
  static bool names_targets(std::string_view text) {
    if (text.empty()) return false;
    const std::string low = text::to_lower(text);
    for (const std::string_view w :
         {"target", "goal", "slo", "requirement", "limit", "profile", "setting", "config",
          "parameter", "published", "reported", "vendor", "expected", "budget", "threshold",
          "specification", "spec"})
      if (low.find(w) != std::string::npos) return true;
    return false;
  }

  // Whether the own heading names results, and a machine's list (decided once per heading).
  // (Results: named by any heading over the list, "## Model Performance Analysis" over "### Key
  // Findings", or findings, measurements, output by its own.)
  const std::pair<bool, bool>& heading_lists() {
    if (own_heading() != lists_heading_ || section_ != lists_section_) {
      lists_heading_ = own_heading();
      lists_section_ = section_;
      const std::string low = text::to_lower(lists_heading_);
      const bool own_results =
          low.find("finding") != std::string::npos ||
          low.find("ergebnis") != std::string::npos ||  // German, Spanish
          low.find("resultado") != std::string::npos || low.find("measure") != std::string::npos ||
          low.find("output") != std::string::npos || low.find("observ") != std::string::npos ||
          low.find("metric") != std::string::npos;
      lists_heading_says_ = {names_results(lists_heading_), names_a_machine_list(lists_heading_)};
      lists_under_results_ = names_results(section_) || own_results;
    }
    return lists_heading_says_;
  }

  // Whether a heading over the list names results ("## Benchmark" over "### Key Findings"), or
  // its own findings, measurements, output.
  bool lists_under_results() {
    heading_lists();
    return lists_under_results_;
  }

  // Whether the list's lead line names a machine's ("Hardware:"; decided once per lead).
  bool lead_names_a_machine() {
    if (!list_lead_machine_)
      list_lead_machine_ = !list_lead_.empty() && names_a_machine_list(list_lead_);
    return *list_lead_machine_;
  }

  // "Operation generate_llm took 1653.54 seconds.", "Model load took 2.3s": a log's sentence of
  // what took how long, that step's time (named by the words before "took").
  bool took_line(std::string_view l, std::size_t number) {
    std::string_view t = text::trim(without_log_prefix(l));
    const auto at = t.find(" took ");
    if (at == std::string_view::npos || at == 0 || at > 60) return false;
    std::string_view subject = text::trim(t.substr(0, at));
    std::string_view figure = text::trim(t.substr(at + 6));
    while (!figure.empty() && (figure.back() == '.' || figure.back() == '!'))
      figure.remove_suffix(1);
    if (subject.find_first_of(":=|[]") != std::string_view::npos ||
        std::count(subject.begin(), subject.end(), ' ') > 5)
      return false;
    const auto parsed = numeric::parse_cell(figure);
    if (!parsed || parsed->suffix.empty()) return false;
    const auto unit = metrics::parse_unit(parsed->suffix);
    if (!unit || !(*unit == "s" || *unit == "ms" || *unit == "us" || *unit == "ns" ||
                   *unit == "min" || *unit == "h"))
      return false;
    if (subject.starts_with("Operation ")) subject.remove_prefix(10);
    MetricRow* row = detail::add_text_row(r_.rows, subject, figure);
    if (!row) return false;
    row->locator = "line[" + std::to_string(number) + "]." + std::string(subject);
    row->line = number;
    // (A step's time, whatever its words suggest, "load_input", "decode_outputs"; a model's
    // loading its load time.)
    const bool model_load = row->metric_id() == "load_time" && text::icontains(subject, "model");
    // ("Request 3 took 2.41 s.": one request's latency, a sample of them.)
    const auto space = subject.find(' ');
    const std::string_view noun = subject.substr(0, space);
    const bool one_request =
        space != std::string_view::npos &&
        subject.substr(space + 1).find_first_not_of("0123456789#") == std::string_view::npos &&
        (text::iequals(noun, "request") || text::iequals(noun, "query") ||
         text::iequals(noun, "prompt") || text::iequals(noun, "sample"));
    if (one_request) {
      detail::set_metric(*row, "e2e_latency");
      row->statistic = "sample";
    } else if (!model_load) {
      detail::set_metric(*row, "duration");
    }
    if (row->statistic.empty()) row->statistic = "value";
    return true;
  }

  // "- *GPU/Chip:* Apple M5 Max" in a run's context listed after the results: the machine, kept
  // to label the figures where nothing else names one (see late_device_fill).
  void late_device_label(std::string_view t, std::size_t number) {
    if (t.size() < 8 || !(t[0] == '-' || t[0] == '*')) return;
    // (Runs for every list line after the first table: a look at the label's words first, in
    // lower case, a colon close to the line's start.)
    const auto first_colon = t.find(':');
    if (first_colon > 30) return;  // (npos too)
    std::array<char, 32> buf{};
    for (std::size_t i = 0; i < first_colon; ++i)
      buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(t[i])));
    const std::string_view head(buf.data(), first_colon);
    if (head.find("gpu") == std::string_view::npos && head.find("chip") == std::string_view::npos &&
        head.find("device") == std::string_view::npos &&
        head.find("accelerator") == std::string_view::npos &&
        head.find("hardware") == std::string_view::npos)
      return;
    const std::string plain = strip_emphasis(text::trim(t.substr(t[1] == ' ' ? 2 : 0)));
    const auto colon = plain.find(": ");
    if (colon > 20) return;  // (npos too)
    const std::string key = text::to_lower(text::trim(std::string_view(plain).substr(0, colon)));
    if (key != "gpu" && key != "gpu/chip" && key != "chip" && key != "device" &&
        key != "accelerator" && key != "hardware")
      return;
    // (Not a requirement, "RTX 3090 or better", nor a machine of some rows only, "(for the
    // local run)", nor under a heading of requirements or recommendations.)
    const std::string value = text::to_lower(std::string_view(plain).substr(colon + 2));
    for (const std::string_view w : {"or better", "or newer", "or higher", "recommend", "minimum",
                                     "e.g.", "for the ", "only", "(for "})
      if (value.find(w) != std::string::npos) return;
    const std::string heading = text::to_lower(own_heading());
    for (const std::string_view w :
         {"requirement", "recommend", "prerequisite", "future", "to buy", "todo"})
      if (heading.find(w) != std::string::npos) return;
    std::string gpu = detail::gpu_named_in(std::string_view(plain).substr(colon + 2));
    if (gpu.empty()) return;
    if (late_gpu_.empty()) {
      late_gpu_ = std::move(gpu);
      late_gpu_line_ = number;
    } else if (late_gpu_ != gpu) {
      late_gpu_conflict_ = true;
    }
  }

  // The one machine a run's context after the results names: the figures' where no row names
  // a GPU (a report whose machine is said last).
  void late_device_fill() {
    if (late_gpu_.empty() || late_gpu_conflict_ || no_gpu_) return;
    for (const MetricRow& row : r_.rows)
      if (!row.context.gpu.empty()) return;
    for (MetricRow& row : r_.rows) {
      if (row.role != metrics::Role::metric) continue;
      // (Not a hosted API's row, "OpenAI API", "Groq": no machine of this document's.)
      const std::string labels =
          text::to_lower(row.context.config + " " + row.context.backend + " " + row.context.model);
      if (labels.find("api") != std::string::npos || labels.find("groq") != std::string::npos ||
          labels.find("openai") != std::string::npos ||
          labels.find("together") != std::string::npos)
        continue;
      row.context.gpu = late_gpu_;
      detail::add_note(row, "GPU from the run's context, line " + std::to_string(late_gpu_line_));
    }
  }

  // "INFERENCE", "TRAINING (LoRA-style)", "LOAD": a block's title in capitals (its aside apart).
  static bool capital_title(std::string_view name) {
    const std::string_view head = text::trim(name.substr(0, name.find(" (")));
    if (head.size() < 3 || head.size() > 30) return false;
    return std::all_of(head.begin(), head.end(), [](char ch) {
      return (ch >= 'A' && ch <= 'Z') || ch == ' ' || ch == '-' || ch == '_';
    });
  }

  // "2286 TPS ✅", "727 t/s 🔥": the figure without the marks after it (arrows, symbols, dingbats,
  // emoji; not a unit written in CJK text, "0.72秒").
  static std::string_view without_trailing_marks(std::string_view v) {
    for (;;) {
      while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
      const std::size_t n = v.size();
      const auto at = [&](std::size_t back) { return static_cast<unsigned char>(v[n - back]); };
      if (n >= 4 && at(4) == 0xF0 && at(3) == 0x9F) {
        v.remove_suffix(4);  // U+1F000..: emoji
      } else if (n >= 3 && ((at(3) == 0xE2 && at(2) >= 0x86) || (at(3) == 0xEF && at(2) == 0xB8))) {
        v.remove_suffix(3);  // U+2190..U+2FFF: arrows, symbols, dingbats; a variation selector
      } else {
        return v;
      }
    }
  }

  // "- vLLM FP8 16K: 6-9GB, 1808 TPS": several figures after a set-up's label, each named by its
  // unit (memory, a rate of tokens); kept as one list item's parts.
  void figures_by_their_units(std::string_view label, std::string_view value, std::size_t number,
                              bool foreseen, bool setup_list) {
    if (value.find(", ") == std::string_view::npos || label.size() > 60) return;
    std::vector<std::string> parts, units;
    bool rate = false;  // a rate among them (no machine's property: a result)
    for (std::size_t at = 0; at <= value.size() && parts.size() < 5;) {
      auto end = value.find(", ", at);
      if (end == std::string_view::npos) end = value.size();
      const std::string_view part = without_trailing_marks(text::trim(value.substr(at, end - at)));
      at = end + 2;
      // ("6-9GB": a range, its high end with the unit; "~10GB": about so much.)
      const std::string_view figure = part.starts_with('~') ? part.substr(1) : part;
      const auto dash = figure.find('-', 1);
      const std::string_view high =
          dash == std::string_view::npos ? figure : figure.substr(dash + 1);
      const auto p = numeric::parse_cell(high);
      const auto unit = p ? metrics::parse_unit(p->suffix) : std::nullopt;
      if (!p || p->suffix.empty() || !unit ||
          (dash != std::string_view::npos && !numeric::parse_cell(figure.substr(0, dash))))
        return;
      rate = rate || *unit == "tok/s" || *unit == "req/s";  // (not a bandwidth's GB/s)
      // (Each figure of its own kind: "45 tok/s, 60 tok/s" before and after, "30 s, 120 s" of
      // settings, cannot be told apart.)
      if (std::find(units.begin(), units.end(), *unit) != units.end()) return;
      units.push_back(*unit);
      parts.emplace_back(part);
    }
    if (parts.size() < 2 || (setup_list && !rate)) return;
    for (std::size_t i = 0; i < parts.size(); ++i)
      add_bullet(label, std::move(parts[i]), number, i + 1, foreseen);
  }

  // A list's lead line that says its figures are foreseen ("Expected Performance:"; not a
  // "target device", whose figures are measured on it).
  static bool names_foreseen(const std::string& lead) {
    for (const std::string_view w :
         {"expected", "estimat", "projected", "predict", "theoretical"}) {
      if (lead.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "平均首字回复时间: 0.72秒", "Average TTFT: 0.72 s": a short label (no sentence), a colon and
  // one figure, nothing else on the line.
  static bool plain_figure_line(std::string_view l) {
    if (l.size() < 6 || l.size() > 120 || l.front() == ' ' || l.front() == '|' ||
        l.front() == '#' || l.front() == '>')
      return false;
    const auto colon = l.find(": ");
    if (colon == std::string_view::npos || colon == 0 || colon > 60) return false;
    const std::string_view label = l.substr(0, colon);
    if (label.find_first_of(".!?;,()[]") != std::string_view::npos) return false;
    const std::string_view value = text::trim(l.substr(colon + 2));
    return !value.empty() && value.size() <= 24 &&
           (std::isdigit(static_cast<unsigned char>(value.front())) != 0) &&
           numeric::parse_cell(value).has_value();
  }

  // "Load profile used for every run:", "Settings:", "Parameters:": a list of settings.
  static bool names_settings_lead(const std::string& lead) {
    for (const std::string_view w :
         {"setting", "parameter", "config", "profile", "used for", "option", "flags"}) {
      if (lead.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "## System", "## Hardware", "### Machine Specs": a heading over what a machine has.
  static bool names_a_machine_list(std::string_view heading) {
    const std::string low = " " + text::to_lower(metrics::in_english(heading)) + " ";
    for (const std::string_view w :
         {" system ", " hardware", " machine", " spec", " environment"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  void bullet_figures() {
    if (bullets_.empty() || chimera_.titled) return;
    // In a document of tables (or of other figures), only an item that names its quantity and
    // says something the rest did not: a known metric, its unit written, no figure of the same
    // metric and value already read (a summary's restatement of a table counted once).
    const bool others =
        table_ > 0 || std::any_of(r_.rows.begin(), r_.rows.end(), [](const MetricRow& row) {
          return row.role == metrics::Role::metric;
        });
    // (A tool's own output read in the document, an Ollama block: its list a summary of it.)
    if (others && !r_.format.empty()) return;
    // (The figures read, built once and only when an item may be read: a figure of the same
    // kind within 1 % of one, its written precision, restates it: "0.152 s" of "151.9 ms",
    // "Throughput: 2688 tok/s" of an output throughput of 2688.2.)
    std::vector<std::pair<units::Kind, double>> read;
    bool read_built = false;
    const auto restates = [&](const MetricRow& row) {
      if (!read_built) {
        for (std::size_t i = 0, n = r_.rows.size() - 1; i < n; ++i) {  // (not the item's own)
          const MetricRow& other = r_.rows[i];
          if (other.role == metrics::Role::metric && other.normalized && other.metric)
            read.emplace_back(other.metric->kind, *other.normalized);
        }
        read_built = true;
      }
      // (Within half a unit of the item's last written digit: "705ms" is no 702 ms.)
      const double v = *row.normalized;
      const auto dot = row.raw.find('.');
      std::size_t decimals = 0;
      for (std::size_t i = dot == std::string::npos ? row.raw.size() : dot + 1;
           i < row.raw.size() && std::isdigit(static_cast<unsigned char>(row.raw[i])); ++i)
        ++decimals;
      const double scale = row.value && *row.value != 0 ? std::abs(v / *row.value) : 1.0;
      const double tolerance = 0.5 * std::pow(10.0, -static_cast<double>(decimals)) * scale;
      return std::any_of(read.begin(), read.end(), [&](const auto& k) {
        return k.first == row.metric->kind && std::abs(k.second - v) <= tolerance * 1.0000001;
      });
    };
    for (const Bullet& b : bullets_) {
      MetricRow* row = detail::add_text_row(r_.rows, b.label, b.value);
      if (!row) continue;
      // (Among tables: a list under a heading of results, never of targets or settings; a
      // card's memory or bandwidth no figure of the run; a duration a setting's.)
      const bool among_tables_unread =
          others &&
          (!b.results || b.targets || (row->metric_id() == "memory" && !names_use(b.label)) ||
           row->metric_id() == "bandwidth");
      if (row->role != metrics::Role::metric || among_tables_unread ||
          (others && (!names_its_figure(b.label, b.value, *row) || restates(*row)))) {
        r_.rows.pop_back();
        continue;
      }
      row->locator = "list[" + std::to_string(b.line) + "]." + b.label;
      if (b.part > 0) row->locator += "[" + std::to_string(b.part) + "]";
      if (!b.raw.empty()) row->raw = b.raw;
      row->line = b.line;
      row->context = b.context;
      // (Its label a set-up's, "vLLM FP8 16K": the engine and precision it names, and the label
      // itself, which tells the item's figures from another item's.)
      if (b.part > 0) {
        // ("- RTX 4090, Llama-3.1-8B: 22GB, 95 TPS": the item's own GPU and model first.)
        if (std::string gpu = detail::gpu_named_in(b.label); !gpu.empty())
          row->context.gpu = std::move(gpu);
        if (std::string model = model_in_heading(b.label); !model.empty())
          row->context.model = std::move(model);
        if (row->context.backend.empty()) row->context.backend = detail::serving_engine_in(b.label);
        if (row->context.quantization.empty())
          row->context.quantization = detail::quantization_in(b.label);
        row->context.config = b.label;
      }
      row->context.fill_from(document_);
      if (row->statistic.empty()) row->statistic = "value";
      // ("6-9GB": its high end too; the rows stay where they are as rows are added.)
      if (b.part > 0) detail::emit_companions(r_.rows, *row, b.label);
      // "- RAM: 16002 MB" of a system's profile: the memory the machine has, no memory in use.
      // (A bare "Memory" may be what the run used.)
      if (row->metric_id() == "memory" && names_installed_memory(b.label) &&
          !text::iequals(b.label, "memory") && row->statistic == "value") {
        detail::as_setting(*row, "system_memory", true);
        continue;
      }
      // "**Expected Performance:**" over "- Throughput: 102.31 tok/s": foreseen, no measurement.
      if (b.foreseen && (row->statistic == "value" || row->statistic == "mean")) {
        row->statistic = "expected";
        detail::add_note(*row, "a figure the list's lead line says was expected");
      }
    }
  }

  // "Peak memory", "VRAM used", "Memory usage": memory a run took, not what a card has.
  static bool names_use(std::string_view label) {
    const std::string low = text::to_lower(label);
    for (const std::string_view w : {"used", "use", "usage", "peak", "consum", "allocated"})
      if (low.find(w) != std::string::npos) return true;
    return false;
  }

  // A list item among tables read: its label names a metric by itself ("Peak memory", not "Raw
  // JSONL" of a size in MB), its figure's unit is written (beside it, or in the label:
  // "Tokens/second: 4.76"), and no row of the file already
  // holds that metric's value (a summary's restatement of a table's figure counted once).
  static bool names_its_figure(std::string_view label, std::string_view value,
                               const MetricRow& row) {
    const auto figure = numeric::parse_cell(value);
    const auto& named = detail::classify_cached(label, {});
    return figure && (!figure->suffix.empty() || (!named.unit.empty() && named.unit != "count")) &&
           row.metric && row.normalized && named.metric == row.metric;
  }

  // "Request Throughput (req/sec): 4.7501" … pasted above the tool's own report that prints the
  // same lines (trtllm-bench's "PERFORMANCE OVERVIEW"): three or more lines in a run, each the
  // name and figure of a row the tool's block gave, are a copy; counted once, the copy unnamed.
  void copies_of_a_tools_block() {
    if (r_.format.empty()) return;  // (no tool's block recognised: nothing to be a copy of)
    std::set<std::pair<std::string_view, std::string_view>> tool;
    for (const MetricRow& row : r_.rows) {
      if (row.role == metrics::Role::metric && !row.locator.starts_with("line[") &&
          !row.locator.starts_with("table[") && !row.locator.starts_with("list[") &&
          row.locator.find("].") != std::string::npos)
        tool.emplace(row.name, row.raw);
    }
    if (tool.empty()) return;
    // (The string views stay valid: no row is added while they live.)
    // A run of consecutive line rows that repeat the tool's: a copy only where all its adjacent
    // lines do (not a second run's own counts beside its own timings) and a timing or rate is
    // among them (counts a workload fixes repeat across runs).
    std::vector<std::size_t> run;
    bool broken = false, timed = false;
    const auto close_run = [&] {
      if (run.size() >= 3 && !broken && timed) {
        for (const std::size_t i : run) {
          detail::unname_metric(r_.rows[i], false);
          detail::add_note(r_.rows[i], "a copy of the same line of the tool's report in this file");
        }
      }
      run.clear();
      broken = timed = false;
    };
    std::size_t last_line = 0;
    for (std::size_t i = 0; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (!row.locator.starts_with("line[") || row.role != metrics::Role::metric) continue;
      const bool copy = tool.contains({row.name, row.raw});
      const bool adjacent = row.line <= last_line + 1;
      if (!run.empty() && !adjacent) close_run();
      if (copy) {
        run.push_back(i);
        timed = timed || (row.metric &&
                          (row.kind == units::Kind::throughput || row.kind == units::Kind::ttft ||
                           row.kind == units::Kind::latency || row.kind == units::Kind::duration));
      } else if (!run.empty()) {
        broken = true;  // (an adjacent line of its own: no whole copy)
      }
      last_line = row.line;
    }
    close_run();
  }

  // optimum-benchmark's report printed as Markdown: "# prefill:" over "## latency:" over
  // "| metric | value | unit |" of "| stdev_ | 1.10 | % |": its figures phase by phase, as in
  // its JSON.
  void optimum_report() {
    if (level1_starts_.size() < 2 ||
        std::none_of(r_.rows.begin(), r_.rows.end(), [](const MetricRow& row) {
          return row.name == "stdev_" && row.context.section.starts_with("latency");
        }))
      return;
    r_.format = "optimum-benchmark report (Markdown)";
    std::size_t k = 0;
    for (std::size_t i = 0; i < r_.rows.size(); ++i) {
      while (k + 1 < level1_starts_.size() && level1_starts_[k + 1].first <= i) ++k;
      if (level1_starts_[k].first > i) continue;
      std::string_view phase = level1_starts_[k].second;
      std::string_view what = r_.rows[i].context.section;
      for (std::string_view* v : {&phase, &what}) {
        while (!v->empty() && (v->back() == ':' || v->back() == ' ')) v->remove_suffix(1);
      }
      detail::optimum_figure(r_.rows[i], phase, what, r_.rows[i].name);
    }
  }

  // "#### Archived Baseline Tests (Native mlx-lm)", "### Results (via Ollama)": a heading's aside
  // that names the engine alone ("### vLLM (ROCm)": the engine before it, its compute backend
  // after).
  static std::string engine_aside(std::string_view heading) {
    if (!heading.ends_with(')')) return {};
    const auto open = heading.rfind('(');
    if (open == std::string_view::npos) return {};
    const std::string_view before = text::trim(heading.substr(0, open));
    if (std::string engine = engine_alone(before); !engine.empty()) return engine;
    if (!detail::serving_engine_in(before).empty()) return {};
    std::string_view inner = text::trim(heading.substr(open + 1, heading.size() - open - 2));
    for (const std::string_view lead : {"native ", "via ", "using ", "with ", "on "}) {
      if (inner.size() > lead.size() && text::iequals(inner.substr(0, lead.size()), lead)) {
        inner.remove_prefix(lead.size());
        break;
      }
    }
    // (A serving engine only: "(Vulkan)", "(CUDA)" name llama.cpp's compute backend.)
    if (inner.empty()) return {};
    std::string engine = engine_alone(inner);
    return detail::serving_engine_in(engine).empty() ? std::string() : engine;
  }

  // "3.6 dGPU (A770) vulkan", "Results by SYCL Backend": a section's heading that names a device
  // and, last, llama.cpp's compute backend it ran on (or the backend as "X Backend"); "" otherwise.
  static std::string compute_of_a_device(std::string_view heading, bool names_gpu) {
    if (heading.size() > 80) return {};
    // (Runs for every heading: its last word first, most name no backend.)
    std::string_view trimmed = heading;
    while (!trimmed.empty() && (std::isdigit(static_cast<unsigned char>(trimmed.back())) ||
                                trimmed.back() == '.' || trimmed.back() == ' '))
      trimmed.remove_suffix(1);  // ("CUDA 12.4": its version)
    const auto cut = trimmed.find_last_of(" (),");
    const std::string_view tail = trimmed.substr(cut == std::string_view::npos ? 0 : cut + 1);
    if (tail.size() < 3 || tail.size() > 7 ||
        (detail::compute_backend_name(tail).empty() && !text::iequals(tail, "backend")))
      return {};
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < heading.size();) {
      while (at < heading.size() &&
             (heading[at] == ' ' || heading[at] == '(' || heading[at] == ')' || heading[at] == ','))
        ++at;
      const auto end = heading.find_first_of(" (),", at);
      const auto to = end == std::string_view::npos ? heading.size() : end;
      if (to > at) words.push_back(heading.substr(at, to - at));
      at = to;
    }
    if (words.size() < 2 || words.size() > 8) return {};
    // (Not a comparison, "ROCm vs Vulkan Backend", "CUDA or Vulkan", nor "without CUDA": one
    // backend named, and no word that sets it against another or rules it out.)
    std::size_t named = 0;
    for (const std::string_view w : words) {
      named += detail::compute_backend_name(w).empty() ? 0 : 1;
      for (const std::string_view x : {"vs", "vs.", "versus", "or", "and", "without", "no", "not",
                                       "&", "/", "+", "than", "from", "to"})
        if (text::iequals(w, x)) return {};
    }
    if (named != 1) return {};
    // (Not under another engine: "vLLM on MI300X with ROCm" is vLLM's run.)
    if (const std::string engine = detail::serving_engine_in(heading);
        !engine.empty() && !text::icontains(engine, "llama"))
      return {};
    // ("CUDA 12.4", "ROCm 6.1": the backend and its version.)
    if (words.size() > 2 && words.back().find_first_not_of("0123456789.") == std::string_view::npos)
      words.pop_back();
    std::string last = detail::compute_backend_name(words.back());
    std::string before = detail::compute_backend_name(words[words.size() - 2]);
    if (text::iequals(words.back(), "backend") && !before.empty()) return before;
    if (last.empty()) return {};
    bool device = names_gpu;
    for (std::size_t k = 0; k + 1 < words.size() && !device; ++k)
      for (const std::string_view d : {"gpu", "igpu", "dgpu", "cpu", "npu"})
        device = device || text::iequals(words[k], d);
    return device ? last : std::string();
  }

  // "---", "<br>": a rule between sections, no content of the section (a heading over it alone
  // still titles its siblings). (A picture is: a chart of the section's figures.)
  static bool decoration_line(std::string_view l) {
    // (Runs for every line: most begin with another character.)
    if (l.empty() || (l[0] != '<' && l[0] != '-' && l[0] != '*' && l[0] != '_' && l[0] != ' '))
      return false;
    const std::string_view t = text::trim(l);
    if (t.size() < 3 || (t[0] != '<' && t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
    if (t.starts_with("<br")) return true;
    return t.size() >= 3 && t.find_first_not_of(t[0]) == std::string_view::npos &&
           (t[0] == '-' || t[0] == '*' || t[0] == '_');
  }

  // "| cpp-CPU | cpp-GPU |", "CPU(llmrs/cpp)": a column named for the CPU holds figures the CPU
  // ran, not the document's GPU (a "CPU %" or "CPU RAM" column is the CPU's load or memory on a
  // GPU's run, and keeps it).
  void cpu_columns_ran_on_the_cpu() {
    if (document_.gpu.empty()) return;
    for (auto& row : r_.rows) {
      if (row.context.gpu != document_.gpu || row.name.size() > 60) continue;
      if (row.metric &&
          (row.metric->id == "cpu_utilization" || row.metric->kind == units::Kind::memory ||
           row.metric->id == "utilization" || row.metric->id == "power"))
        continue;
      bool cpu = false, gpu = false;
      for (const auto& w : detail::words_of(text::to_lower(row.name))) {
        cpu = cpu || w == "cpu";
        gpu = gpu || w == "gpu" || w == "npu";
      }
      if (cpu && !gpu) row.context.gpu = "cpu";
    }
  }

  // Summaries that took the model labelled above them ("### Overall Metrics" after "### Model:
  // X"): each model's own only where every labelled model has one; fewer sum up more than the
  // model before them (a document's last "Overall Metrics" over all its models), and name none.
  void models_of_summaries() {
    if (summaries_.empty() || summaries_.size() >= labelled_models_) return;
    for (auto& row : r_.rows) {
      for (const auto& span : summaries_) {
        if (row.line > span.first && (span.end == 0 || row.line < span.end) &&
            row.context.model == span.model)
          row.context.model.clear();
      }
    }
  }

  // "on RTX 4090", "tested on an M2 Max", "running on 2x A100": a heading that says where runs
  // were.
  static bool says_where_it_ran(std::string_view heading) {
    const std::string low = text::to_lower(text::trim(heading));
    for (const std::string_view w : {"on ", "tested on ", "running on ", "run on ", "ran on "})
      if (low.starts_with(w)) return true;
    return false;
  }

  // "Overall Metrics", "Summary", "Totals": a heading of the figures summing up the section
  // before it, naming nothing else.
  static bool names_a_summary(std::string_view heading) {
    if (heading.size() > 40) return false;
    const auto words = detail::words_of(text::to_lower(heading));
    return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
      return w == "overall" || w == "summary" || w == "metrics" || w == "totals" ||
             w == "aggregate" || w == "statistics" || w == "stats";
    });
  }

  static std::string engine_alone(std::string_view heading) {
    // (Runs for every heading: most are sentences of more words than an engine and a version.)
    if (heading.size() > 40 || std::count(heading.begin(), heading.end(), ' ') > 3) return {};
    // ... and most short ones name no engine or backend at all.
    static constexpr std::string_view kWords[] = {
        "vllm", "tgi",  "sglang", "ollama", "llama", "trt",    "tensor", "lmdeploy",  "mlx",
        "exl",  "mlc",  "vulkan", "rocm",   "cuda",  "metal",  "sycl",   "hip",       "opencl",
        "musa", "dx12", "radv",   "amdvlk", "nim",   "aphrod", "kobold", "mistral.rs"};
    // (The engine comes first: its version, if any, after it; "## 💻 SgLang", "## 📊 VLLM": after
    // the symbols that decorate the heading.)
    heading = text::trim(heading);
    while (!heading.empty() && (static_cast<unsigned char>(heading.front()) >= 0x80 ||
                                std::ispunct(static_cast<unsigned char>(heading.front()))))
      heading.remove_prefix(1);
    const std::string_view lead = text::trim(heading);
    std::array<char, 40> buf{};
    std::size_t n = 0;
    for (; n < lead.size() && lead[n] != ' '; ++n)
      buf[n] = static_cast<char>(std::tolower(static_cast<unsigned char>(lead[n])));
    const std::string_view first(buf.data(), n);
    if (std::none_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view w) { return first.starts_with(w); }))
      return {};
    std::string rest;
    const std::string_view h = text::trim(heading);
    for (std::size_t at = 0; at < h.size();) {
      auto end = h.find(' ', at);
      if (end == std::string_view::npos) end = h.size();
      const std::string w(h.substr(at, end - at));
      at = end + 1;
      if (w.empty()) continue;
      const std::string_view v = std::string_view(w).substr(w[0] == 'v' || w[0] == 'V' ? 1 : 0);
      const bool version = !v.empty() && std::all_of(v.begin(), v.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch)) != 0 || ch == '.';
      });
      // ("Ollama Performance", "vLLM Results": the engine's section of results.)
      const bool results_word =
          !rest.empty() && (text::iequals(w, "performance") || text::iequals(w, "results") ||
                            text::iequals(w, "benchmark") || text::iequals(w, "benchmarks"));
      if (!version && !results_word) rest += (rest.empty() ? "" : " ") + w;
    }
    if (!rest.empty() && rest.find(' ') == std::string::npos) {
      if (std::string engine = detail::serving_engine_in(rest); text::iequals(engine, rest))
        return engine;
    }
    // ("#### Vulkan", "## ROCm 6.4": a compute backend alone, llama.cpp's, as a column names it.)
    if (auto compute = detail::engine_in(heading); !compute.empty() &&
                                                   detail::serving_engine_in(heading).empty() &&
                                                   text::iequals(compute, text::trim(heading)))
      return compute;
    return {};
  }

  // "## Модель 1" over "Ссылка: https://huggingface.co/meta-llama/Llama-3.1-8B": a line that is a
  // model's link alone (its label before it) names the section's model, where its heading names
  // none. (Not an item of a list of links, nor a link inside a sentence.)
  void model_link(std::string_view l) {
    if (heading_models_.size() <= heading_level_ || !heading_model().empty() ||
        !document_.model.empty())
      return;
    std::string_view t = text::trim(l);
    if (t.starts_with("- ") || t.starts_with("* ")) return;
    // "[Qwen2.5-7B-Instruct](https://huggingface.co/…)", "<https://hf.co/…>": the link alone.
    std::string_view label;
    if (t.starts_with("[") && t.ends_with(")")) {
      const auto mid = t.find("](");
      if (mid == std::string_view::npos) return;
      // (Its text a role's, "[Draft model: Qwen2.5-0.5B](…)", "[Tokenizer](…)": no model measured.)
      const std::string words = text::to_lower(t.substr(1, mid - 1));
      for (const std::string_view role : {"draft", "tokenizer", "base", "teacher", "reference",
                                          "paper", "blog", "judge", "embedding", "dataset"})
        if (words.find(role) != std::string::npos) return;
      t = t.substr(mid + 2, t.size() - mid - 3);
    } else if (t.starts_with("<") && t.ends_with(">")) {
      t = t.substr(1, t.size() - 2);
    } else if (const auto colon = t.find(": "); colon < 40) {  // (not npos)
      label = text::trim(t.substr(0, colon));                  // "Ссылка: https://…"
      t = text::trim(t.substr(colon + 2));
      if (t.starts_with("<") && t.ends_with(">")) t = t.substr(1, t.size() - 2);
    }
    // (A label that names the model measured, or none: not "Draft:", "Tokenizer:", "Paper:".)
    if (!label.empty()) {
      const std::string low = text::to_lower(strip_emphasis(label));
      bool model = false;
      for (const std::string_view w :
           {"model", "link", "repo", "repository", "weights", "checkpoint", "hf", "hugging face",
            "huggingface", "url", "modelo", "mod\xC3\xA8le", "modell",
            "\xD1\x81\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD0\xB0",   // ссылка
            "\xD0\xA1\xD1\x81\xD1\x8B\xD0\xBB\xD0\xBA\xD0\xB0",   // Ссылка
            "\xD0\xBC\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C",   // модель
            "\xD0\x9C\xD0\xBE\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8C"})  // Модель
        model = model || low == w;
      if (!model) return;
    }
    std::string_view path;
    for (const std::string_view host : {"https://huggingface.co/", "https://hf.co/"})
      if (t.starts_with(host)) path = t.substr(host.size());
    if (path.empty() || path.find_first_of(" \t<>()[]") != std::string_view::npos) return;
    while (path.ends_with("/")) path.remove_suffix(1);
    const auto slash = path.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == path.size() ||
        path.find('/', slash + 1) != std::string_view::npos)
      return;
    // (The site's own sections: no owner of a model.)
    for (const std::string_view section :
         {"datasets", "spaces", "blog", "papers", "docs", "learn", "collections", "models", "tasks",
          "organizations", "posts", "settings", "join", "pricing", "chat"})
      if (path.substr(0, slash) == section) return;
    heading_models_[heading_level_] = std::string(path);
  }

  const std::string& heading_backend() const { return nearest(heading_backends_); }

  const std::string& heading_model() const {
    const std::string& m = nearest(heading_models_);
    // (A title's model of its results, "# vLLM Performance Analysis - Qwen2.5-14B", yields to the
    // document's own "**Model:** Qwen/Qwen2.5-14B-Instruct".)
    // (... and so does a title's that names its GPU too, "- Qwen2.5-14B on AMD Ryzen AI Max+
    // 395", where the document's names the same model more fully.)
    if (heading_models_.size() > 1 && &m == &heading_models_[1] && !document_.model.empty() &&
        (results_title_model_ || (!m.empty() && document_.model.size() > m.size() &&
                                  text::icontains(document_.model, text::to_lower(m)))))
      return document_.model;
    return m;
  }

  // The quantization of the nearest heading above that names one.
  // The concurrency the nearest heading that names one states ("### Concurrency User 4").
  std::string heading_concurrency() const { return nearest(heading_loads_); }

  const std::string& heading_quantization() const { return nearest(heading_quants_); }

  // The one quantization a heading names ("3.3 Per-Prompt Analysis (q4_0)", "## BF16 Baseline",
  // "## W8A8 SQ→GPTQ": the precision, not the method that made it); none for two ("Q4_K_M vs
  // Q8_0"), none for a baseline it is compared with ("(baseline: FP16)", "vs baseline FP16"), and
  // no question number ("Q2: At what context length ...").
  static std::string one_quantization_in(std::string_view heading) {
    const std::string low = text::to_lower(heading);
    for (const std::string_view compared :
         {"baseline:", "baseline =", "(baseline", "vs baseline", "vs. baseline", "than baseline",
          "over baseline", "from baseline", "to baseline", "against baseline"}) {
      if (low.find(compared) != std::string::npos) return {};
    }
    const auto method = [](std::string_view q) { return q == "GPTQ" || q == "AWQ"; };
    std::string found;
    std::size_t i = 0;
    while (i < heading.size()) {
      const auto word = [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
      };
      while (i < heading.size() && !word(heading[i])) ++i;
      std::size_t j = i;
      while (j < heading.size() && word(heading[j])) ++j;
      const std::string q = detail::quantization_in(heading.substr(i, j - i));
      i = j;
      if (q.empty() || (q.size() == 2 && q[0] == 'Q')) continue;
      if (!found.empty() && found != q) {
        if (method(q) && !method(found)) continue;
        // ("Qwen2.5-7B-Instruct-AWQ, dtype float16": the dtype its activations compute in.)
        if (method(found) && (q == "FP16" || q == "BF16" || q == "FP32")) continue;
        if (!method(found) || method(q)) return {};
      }
      found = q;
    }
    return found;
  }

  // "Omitted Model", "Excluded", "Dropped": a label column that names what the row left out.
  static bool names_an_absence(const std::string& header) { return detail::names_absence(header); }

  static bool starts_with_family(const std::string& name) {
    const std::string low = text::to_lower(name);
    for (const auto f : kFamilies) {
      if (low.rfind(f, 0) == 0) return true;
    }
    return false;
  }

  static bool is_family(const std::string& w) {
    const std::string low = text::to_lower(w);
    return std::find(std::begin(kFamilies), std::end(kFamilies), low) != std::end(kFamilies);
  }
  // "3", "3.1", "2.5": a family's version; "M2.5", "K2", "V3" as MiniMax, Kimi and DeepSeek
  // write theirs.
  // ... and "R1" (DeepSeek's reasoning line); "3.2:3b", a version with its Ollama size tag.
  static bool is_version(const std::string& w) {
    std::string_view v = w;
    if (const auto colon = v.find(':'); colon != std::string_view::npos && colon > 0) {
      if (!is_size(std::string(v.substr(colon + 1)))) return false;
      v = v.substr(0, colon);
    }
    if (v.size() > 1 &&
        (v[0] == 'M' || v[0] == 'K' || v[0] == 'V' || v[0] == 'v' || v[0] == 'R' || v[0] == 'r'))
      v.remove_prefix(1);
    if (v.empty() || v.size() > 5 || !std::isdigit(static_cast<unsigned char>(v[0]))) return false;
    return std::all_of(v.begin(), v.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == '.';
    });
  }
  // "7B", "4.3B", "500M": a parameter count.
  static bool is_size(const std::string& w) { return detail::names_model_size(w); }

  // "3.1 CPU (i5-6200U, 2C/4T/2.8GHz) x86_64 AVX2", "CPU only": a heading whose first word after
  // its number is the processor; `cpu` gets the bracket's first part (the processor's name).
  static bool heading_of_a_cpu_run(const std::string& heading, std::string& cpu) {
    std::string_view h = text::trim(heading);
    while (!h.empty() && (std::isdigit(static_cast<unsigned char>(h.front())) || h.front() == '.'))
      h.remove_prefix(1);
    h = text::trim(h);
    // "3.8 Windows (CPU) r5-5600g AVX2": the system's name, then the device in brackets and the
    // processor after it.
    const char lead = h.empty() ? ' ' : static_cast<char>(h.front() | 0x20);
    for (const std::string_view os :
         {"windows ", "linux ", "macos ", "wsl ", "wsl2 ", "ubuntu ", "debian ", "fedora "}) {
      if (lead != os.front() || h.size() <= os.size() + 5 ||
          !text::iequals(h.substr(0, os.size()), os))
        continue;
      if (text::icontains(h, " vs") || text::icontains(h, " and ") || text::icontains(h, " or "))
        return false;  // ("Windows (CPU) vs WSL2 (CUDA)": two runs compared)
      // ("Windows 11 (CPU)": the system's version between; "(CPU only)".)
      std::string_view after = h.substr(os.size());
      if (std::isdigit(static_cast<unsigned char>(after.front())))
        after = text::trim(after.substr(std::min(after.find(' '), after.size())));
      std::size_t mark = 0;
      if (text::iequals(after.substr(0, 5), "(cpu)")) mark = 5;
      if (text::iequals(after.substr(0, 10), "(cpu only)")) mark = 10;
      if (mark > 0) {
        const std::string_view rest = text::trim(after.substr(mark));
        const std::string_view word = rest.substr(0, rest.find(' '));
        if (word.size() <= 40 && word.find_first_of("0123456789") != std::string_view::npos)
          cpu = std::string(word);
        return true;
      }
    }
    if (h.size() < 3 || !text::iequals(h.substr(0, 3), "cpu") ||
        (h.size() > 3 && std::isalnum(static_cast<unsigned char>(h[3]))))
      return false;
    h.remove_prefix(3);
    h = text::trim(h);
    if (h.starts_with('(')) {
      const std::string_view inside = h.substr(1, h.find(')') - 1);
      cpu = std::string(text::trim(inside.substr(0, inside.find(','))));
      if (cpu.size() > 40) cpu.clear();
      return true;
    }
    // ("CPU" alone, "CPU only", "CPU inference", "CPU results": not "CPU offload", "CPU usage",
    // "CPU vs GPU", sections about GPU runs or comparing both.)
    if (h.starts_with('-')) h.remove_prefix(1);
    const std::string_view next = h.substr(0, h.find(' '));
    for (const std::string_view w : {"", "only", "inference", "run", "runs", "results", "benchmark",
                                     "benchmarks", "backend", "mode"})
      if (text::iequals(next, w)) return true;
    return false;
  }

  // "Leaderboard on 3090", "Results on a 4090": the GeForce a heading names by its number after
  // "on"; "" otherwise.
  static std::string geforce_after_on(const std::string& heading) {
    const std::string low = text::to_lower(heading);
    for (auto on = low.find(" on "); on != std::string::npos; on = low.find(" on ", on + 1)) {
      std::string_view rest = std::string_view(heading).substr(on + 4);
      if (rest.starts_with("a ") || rest.starts_with("an ")) rest.remove_prefix(rest.find(' ') + 1);
      std::string_view number = rest.substr(0, rest.find_first_of(" ,;:)"));
      if (!detail::geforce_number(number)) continue;
      // (The number alone, or a card's word after it: not "on 1050 prompts".)
      std::string_view after = text::trim(rest.substr(number.size()));
      while (!after.empty() &&
             (after.front() == ',' || after.front() == ':' || after.front() == ';' ||
              after.front() == ')' || after.front() == '('))
        after.remove_prefix(1);
      after = text::trim(after);
      const std::string_view next = after.substr(0, after.find(' '));
      bool card = next.empty() || next.front() == '-' ||
                  std::isdigit(static_cast<unsigned char>(next.front()));
      for (const std::string_view w : {"gpu", "card", "ti", "super", "box", "rig", "with", "and",
                                       "vs", "using", "via", "(", "—"})
        card = card || text::iequals(next, w);
      if (card) return detail::geforce_name(number);
    }
    return {};
  }

  // "Recommended", "Recommended model", "Рекомендуется", "推荐": a label of the model chosen.
  static bool names_a_recommendation(std::string_view key) {
    const std::string low = text::to_lower(text::trim(key));
    return low == "recommended" || low == "recommended model" || low == "recommendation" ||
           low.starts_with("\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB4") ||
           low.starts_with("\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBE\xD0\xBC\xD0\xB5\xD0\xBD\xD0\xB4") ||
           low.starts_with("\xE6\x8E\xA8\xE8\x8D\x90");  // "рекоменд", "Рекоменд", "推荐"
  }

  // "llama.cpp — Quantization Comparison: Q4_K_M vs Q8_0": one engine named, in the title's part
  // before a dash or colon, and the comparison after it.
  static std::string engine_before_comparison(const std::string& title) {
    if (engines_named(title) != 1) return {};
    const std::string low = text::to_lower(title);
    const auto vs = low.find(" vs");
    std::size_t cut = std::string::npos;
    for (const std::string_view sep : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", ": "})
      cut = std::min(cut, low.find(sep));
    if (cut == std::string::npos || vs == std::string::npos || cut > vs) return {};
    // (What is compared after it must be precisions or models, "Q4_K_M vs Q8_0": not "Local vs
    // Cloud", whose sides may be served elsewhere.)
    const std::string_view after = std::string_view(title).substr(cut);
    if (detail::quantization_in(after).empty() && model_in_heading(std::string(after)).empty())
      return {};
    return detail::serving_engine_in(title.substr(0, cut));
  }

  // "6.3. 4090 24G 显存占用测试", "3090 (24GB)": a GeForce by its number alone with the memory it
  // has after it, the card; "" otherwise.
  static std::string geforce_with_memory(std::string_view heading) {
    // (Runs for every heading naming no GPU otherwise: most have no "G" of a memory size.)
    if (heading.size() > 120 || heading.find('G') == std::string_view::npos ||
        heading.find_first_of("0123456789") == std::string_view::npos)
      return {};
    std::string found;  // (one card: "3090 24G 与 4090 24G 对比" compares two)
    std::string_view prev, before_prev;
    for (std::size_t at = 0; at < heading.size();) {
      while (at < heading.size() &&
             (heading[at] == ' ' || heading[at] == '(' || heading[at] == ')'))
        ++at;
      const auto end = std::min(heading.find_first_of(" ()", at), heading.size());
      const std::string_view w = heading.substr(at, end - at);
      at = end;
      if (w.empty()) continue;
      // ("4090D 24G", "2080Ti 22G", "4060 Ti 16G": the card's variant glued or apart.)
      std::string_view card = prev;
      for (const std::string_view v : {"Ti", "TI", "ti", "D", "S"})
        if (card.size() == 4 + v.size() && card.ends_with(v)) card.remove_suffix(v.size());
      if ((text::iequals(prev, "ti") || text::iequals(prev, "super")) && !before_prev.empty() &&
          detail::geforce_number(before_prev))
        card = before_prev;
      if (!card.empty() && detail::geforce_number(card)) {
        std::size_t d = 0;
        while (d < w.size() && std::isdigit(static_cast<unsigned char>(w[d]))) ++d;
        const std::string_view unit = w.substr(d);
        if (d >= 1 && d <= 2 && (unit == "G" || unit == "GB" || unit == "g" || unit == "gb")) {
          if (!found.empty()) return {};
          found = detail::geforce_name(card);
          if (card.size() < prev.size() || card.data() != prev.data())  // ("RTX 4090 D")
            found += " " + std::string(card.data() == prev.data() ? prev.substr(4) : prev);
        }
      }
      before_prev = prev;
      prev = w;
    }
    return found;
  }

  // The family a heading names alone ("Qwen" of "Four-card Qwen tuning"), where the model of the
  // headings above is of another family; "" otherwise (none above: a family alone names no
  // section's model).
  std::string other_family_named(const std::string& heading) const {
    // (Not a helper of the model above: a draft, a judge, a tokenizer, a template, a reference.)
    for (const std::string_view w : {"draft", "speculative", "judge", "tokenizer", "template",
                                     "reference", "teacher", "distill", "embedding", "reranker"})
      if (text::icontains(heading, w)) return {};
    const std::string& above = heading_model();
    const std::string low_above = text::to_lower(above);
    // (Whole words between spaces: not "llama" of "`llama-bench`", "llama.cpp".)
    std::size_t at = 0;
    while (at < heading.size()) {
      const std::size_t end = std::min(heading.find(' ', at), heading.size());
      std::string_view w = std::string_view(heading).substr(at, end - at);
      at = end + 1;
      while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
      while (!w.empty() && !std::isalnum(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
      const std::string low = text::to_lower(w);
      if (low.size() < 3 ||
          std::find(std::begin(kFamilies), std::end(kFamilies), low) == std::end(kFamilies))
        continue;
      if (above.empty() || low_above.find(low) != std::string::npos) return {};
      return std::string(w);
    }
    return {};
  }

  // "Bonsai-27B", "Ternary-Bonsai-27B", "Foo-35B-A3B": a name of a family we do not know, with
  // its count of parameters in billions after a dash (not "per-1M", "Top-10").
  static bool sized_name(const std::string& w) {
    std::size_t p = 0;
    while ((p = w.find('-', p)) != std::string::npos &&
           (p + 1 >= w.size() || !std::isdigit(static_cast<unsigned char>(w[p + 1]))))
      ++p;
    if (p == std::string::npos || p < 3 || !std::isalpha(static_cast<unsigned char>(w[0])))
      return false;
    const std::string size = w.substr(p + 1);
    if (!is_size(size) || std::tolower(static_cast<unsigned char>(size.back())) != 'b')
      return false;
    const std::string prefix = text::to_lower(w.substr(0, p));
    if (prefix.size() < 4) return false;
    for (const std::string_view common :
         {"per",   "top",  "first", "last", "cost",  "price", "token", "tokens", "batch", "context",
          "size",  "over", "under", "sub",  "below", "above", "upto",  "up-to",  "mid",   "small",
          "large", "all",  "non",   "tier", "class", "less",  "more",  "near",   "post",  "pre"})
      if (prefix == common) return false;
    return std::all_of(prefix.begin(), prefix.end(), [](char c) {
      return std::isalpha(static_cast<unsigned char>(c)) || c == '-';
    });
  }

  static bool looks_like_llm(const std::string& value) {
    const std::string v = text::to_lower(value);
    for (const auto f : kFamilies) {
      if (v.find(f) != std::string::npos) return true;
    }
    // An Ollama tag, "name:tag": a name that starts with a letter and a tag after the colon
    // ("108:" or "E2E:" of a heading "Report 108: ..." is no model).
    const auto colon = v.find(':');
    return colon != std::string::npos && colon > 0 && colon + 1 < v.size() &&
           std::isalpha(static_cast<unsigned char>(v[0])) && v.find(' ') == std::string::npos &&
           std::isalnum(static_cast<unsigned char>(v[colon + 1]));
  }

  bool escapes_warned_ = false;   // a table cell held terminal escape codes (warned once)
  bool escapes_in_line_ = false;  // the line being read holds an escape character

  // "|   | Q4_0 | F16 |" over "| ms/token (CUDA @ V100 SXM2) | 8.1 | 19.1 |": a first column
  // with no header whose first row names a quantity (a transposed table) names each row's
  // quantity, as under a "Metric" header.
  void metric_labels_under_an_empty_corner(const std::vector<std::string>& cells) {
    if (label_col_ || console_table_ || bench_table_ || header_.empty() ||
        !text::trim(header_[0]).empty())
      return;
    // (Not where the columns name the quantities: "|   | tg128 | pp512 |" over "| ROCm (fa) |
    // 12.0 t/s | 35.0 |" is a table of set-ups.)
    // (Columns that merely classify as one, "Latency-optimized | Throughput-optimized", leave a
    // label naming its quantity itself, "TTFT p50 (ms)", the rows' quantity: only a label named
    // so by its cell's unit yields to them.)
    bool quantity_columns = false;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      const std::string h(text::trim(header_[c]));
      if (!detail::bench_test_id(h).empty()) return;
      quantity_columns = quantity_columns || detail::classify_cached(h).metric != nullptr;
    }
    const std::string label = strip_emphasis(cells[0]);
    // ... the label with the unit of the row's first figure ("Prefill @ 8K" over "331 tok/s").
    std::string unit;
    for (std::size_t c = 1; c < cells.size() && unit.empty(); ++c) {
      if (const auto p = numeric::parse_cell(strip_emphasis(cells[c]))) unit = p->suffix;
    }
    const auto& c = detail::classify_cached(label);
    const auto& with_unit = unit.empty() ? c : detail::classify_cached(label, unit);
    const auto names = [](const metrics::Classification& k) {
      return k.role == metrics::Role::metric && k.metric && !k.stat_only;
    };
    if (!names(c) && (quantity_columns ||
                      !(names(with_unit) && with_unit.metric->kind == units::Kind::throughput)))
      return;
    label_col_ = true;
    roles_[0].label = false;
    measurement_table_ = false;
    configurations_compared(label_col_);
    label_compared_columns();
  }

  void start_table(const std::vector<std::string>& header, std::size_t number) {
    if (!text_heading_.empty()) {
      if (number <= text_heading_line_ + 4) {
        const std::string heading = std::move(text_heading_);
        setext_heading_ = true;
        document_label(heading, text_heading_line_);
        setext_heading_ = false;
      }
      text_heading_.clear();
    }
    const bool first_of_section = !table_since_heading_;
    table_since_heading_ = true;
    table_line_ = number > 0 ? number - 1 : 0;
    configs_.block();
    preamble_ = false;
    before_first_table_ = false;
    table_section_ = section_;
    table_variant_ = section_variant_;
    table_caption_.clear();
    caption_model_.clear();
    caption_quant_.clear();
    caption_gpu_.clear();
    keyed_ = Context{};
    table_first_row_ = r_.rows.size();
    line_notes_.clear();
    pending_note_.clear();
    table_settings_ = number <= settings_line_ + 3 ? settings_ : std::string();
    table_dataset_ = number <= dataset_line_ + 3 ? dataset_ : std::string();
    if (!run_label_.empty()) table_section_ += (table_section_.empty() ? "" : " / ") + run_label_;
    if (!caption_.empty() && number <= caption_line_ + 3) {
      table_caption_ = caption_;
      caption_model_ = model_in_heading(caption_);  // "**llama3.2-3b (most sensitive):**"
      // "... running **Qwen2 1B (Q4_K_Medium)** via llama.cpp:": the model's quantization too.
      // ... or without one, in a short caption that compares nothing ("**TensorRT INT8
      // Performance:**", "使用 AWQ 量化后的性能", the performance with AWQ quantization; not
      // "Despite Ollama's head start at N=1 from Q4_0 quantization", "Against FP16 baseline").
      if (!caption_model_.empty() ||
          (caption_.size() <= 80 && !compares(caption_) && !names_another_machine_words(caption_)))
        caption_quant_ = one_quantization_in(caption_);
      // "Then on the RTX 3090:": the one accelerator the caption names, its rows' (not one it
      // compares: "RTX 3090 vs RTX 4090").
      if (std::string gpu = detail::gpu_named_in(caption_);
          !gpu.empty() && !compares(caption_) && !names_another_machine(caption_) &&
          detail::gpu_named_in(std::string_view(caption_).substr(caption_.find(gpu) + gpu.size()))
              .empty())
        caption_gpu_ = std::move(gpu);
      table_section_ += (table_section_.empty() ? "" : " / ") + caption_;
      if (auto v = detail::variant_word(caption_); !v.empty()) table_variant_ = std::move(v);
    }
    caption_.clear();
    if (caption_model_.empty() && !model_line_model_.empty() && number <= model_line_number_ + 4)
      caption_model_ = model_line_model_;
    // (Not a threshold the line states: "GPUs processing the input at a rate of at least 1000
    // tokens per second:" says which rows, not what their figures are.)
    values_caption_ = prose_line_number_ + 4 >= number && !states_a_threshold(prose_line_)
                          ? quantity_stated(prose_line_)
                          : std::nullopt;
    // "### Token Generation Speed (tokens/second)" right over its first table: the quantity and
    // unit of the figures that name none.
    // (Only where no column names a quantity: "| Tokens | Time (s) | Tok/s |" names its own.)
    if (!values_caption_ && first_of_section && table_caption_.empty() &&
        std::none_of(header.begin(), header.end(), [](const std::string& h) {
          const auto& c = detail::classify_cached(h);
          return c.role == metrics::Role::metric && (c.metric || !c.unit.empty());
        }))
      values_caption_ = quantity_with_unit(own_heading());
    // "All models tested with w8a8 quantization, 16K context, 3 NPU cores." right above: the
    // precision of every row that names none (not "despite Ollama's head start from Q4_0
    // quantization": one engine's).
    lead_quant_.clear();
    if (prose_line_number_ + 3 >= number && text::icontains(prose_line_, "quantiz") &&
        says_of_every_row(prose_line_) && !names_an_engine(prose_line_))
      lead_quant_ = one_quantization_in(prose_line_);
    gate_table_ = names_gates(table_caption_.empty() ? headings_title() : table_caption_);
    labels_an_absence_ = !header.empty() && names_an_absence(header[0]);
    header_.clear();
    roles_.clear();
    tables_since_devices_ = true;
    col_variant_.clear();
    col_labels_.clear();
    col_foreign_.clear();
    col_quant_.clear();
    col_test_.clear();
    col_bench_test_.clear();
    col_diff_.clear();
    col_backend_.clear();
    col_quant_own_.clear();
    col_agents_.clear();
    first_label_.clear();
    group_model_.clear();
    group_gpu_.clear();
    group_load_.clear();
    group_quant_.clear();
    group_phase_.clear();
    col_model_.clear();
    unit_col_ = std::string::npos;
    for (const auto& h : header) {
      const HeaderFacts& f = header_facts(h);
      header_.push_back(f.stripped);
      roles_.push_back(f.role);
      // "| Metric | Value | Units |": the row's unit, not a label of its configuration.
      if (f.names_unit && unit_col_ == std::string::npos) {
        unit_col_ = header_.size() - 1;
        roles_.back().label = false;
      }
      col_variant_.push_back(f.variant);
      col_labels_.push_back(f.labels);
      col_foreign_.push_back(f.foreign);
      col_quant_.push_back(f.quant);
      col_quant_own_.push_back(f.quant_own);
      col_test_.push_back(f.test);
      col_bench_test_.push_back(f.bench_test);
      col_diff_.push_back(f.diff);
      col_backend_.push_back(f.backend);
      col_agents_.push_back(f.agents);
      col_model_.push_back(f.model);
    }
    models_by_short_name();
    gpu_beside_cpu();
    // "| Modell | MacBook Pro M1 Pro 16GB | Mac Mini M4 Pro 64GB |", "| Model | RTX 4090 |": a
    // column named by the accelerator alone holds the figures measured on it.
    col_gpu_.assign(header_.size(), std::string());
    // ... and a column named by the accelerator first, then the engine it served ("PRO 6000 vLLM
    // NVFP4+MTP", "DGX Spark NVFP4+MTP×3" beside "PRO 5000 SGLang NVFP4+DSPARK").
    for (std::size_t c = 1; c < header_.size(); ++c) {
      if (roles_[c].use != detail::ColumnRole::Use::metric || !names_engine_or_accelerator(c))
        continue;
      std::string gpu = detail::gpu_named_in(header_[c]);
      const std::string_view h = header_[c], g = gpu;
      const bool first =
          !gpu.empty() && text::iequals(h.substr(0, h.find(' ')), g.substr(0, g.find(' ')));
      if (!col_backend_[c].empty() && !first) continue;
      // (The document's own GPU by a shorter name, "PRO 5000" of "NVIDIA RTX PRO 5000 72GB":
      // the document's name of it; whole words, so "H20" is no "H200".)
      col_gpu_[c] = words_within(gpu, document_.gpu) ? document_.gpu : std::move(gpu);
    }
    col_baseline_ = detail::baseline_columns(col_variant_);
    any_baseline_ =
        std::find(col_baseline_.begin(), col_baseline_.end(), true) != col_baseline_.end();
    mark_reference_columns();
    mark_compared_columns();
    // "GPU tok/s" names the device a backend ran on only beside another backend's column ("GPU
    // tok/s | Compile tok/s"); beside "Eff. tok/s" it is where the rate was measured.
    const auto backends = std::count_if(col_backend_.begin(), col_backend_.end(),
                                        [](const std::string& b) { return !b.empty(); });
    for (std::size_t c = 0; backends == 1 && c < col_backend_.size(); ++c) {
      const auto words = detail::words_of(text::to_lower(header_[c]));
      if (words.size() >= 2 && (words[0] == "gpu" || words[0] == "cpu") &&
          !metrics::parse_statistic(words[1]))  // not "GPU Mean" beside its own siblings
        col_backend_[c].clear();
    }
    // "| Projected Value | Actual Value | Variance |", "| Expected Value | Actual Value |
    // Variance |": the variance of a plan is its difference from the outcome, not a statistic's
    // variance.
    const bool actual = std::any_of(header_.begin(), header_.end(), [](const std::string& h) {
      return text::to_lower(h).find("actual") != std::string::npos;
    });
    const bool planned = std::any_of(header_.begin(), header_.end(), [&](const std::string& h) {
      const std::string low = text::to_lower(h);
      return (actual && low.find("expected") != std::string::npos) ||
             low.find("projected") != std::string::npos ||
             low.find("planned") != std::string::npos || low.find("budget") != std::string::npos ||
             low.find("forecast") != std::string::npos;
    });
    for (std::size_t c = 0; planned && c < header_.size(); ++c) {
      if (text::to_lower(header_[c]).rfind("variance", 0) == 0) col_diff_[c] = true;
    }
    mark_request_modes();
    mark_profile_columns();
    where_ = detail::locator_names(header_);
    inherit_from_sibling();
    // "Pricing (per 1M Tokens)": the dollar figures below are prices per million tokens.
    const std::string where = text::to_lower(table_section_);
    // "Detailed Metric Breakdown (Illustrative - Requires CSV/JSON Data)", "How to Read This
    // Report": figures made up to show the format, or a reader's time: nothing was measured.
    // ... or inputs made up for a formula: "Example calculations with sigma_idle = 9.97W, ...:".
    const std::string caption = text::to_lower(table_caption_);
    illustrative_ = where.find("illustrative") != std::string::npos ||
                    where.find("hypothetical") != std::string::npos ||
                    caption.rfind("example calculation", 0) == 0;
    reading_guide_ = where.find("how to read") != std::string::npos;
    // "SS8. Cross-Backend Serial Fraction Comparison", "Amdahl's Law": "s" is the law's serial
    // fraction there ("| Mean s | Min s |"), not seconds.
    amdahl_ = where.find("amdahl") != std::string::npos ||
              where.find("serial fraction") != std::string::npos;
    spec_table_ = names_a_hardware_list(text::to_lower(own_heading()));
    // llama.cpp's SYCL device list ("|ID| Device Type| Name|Version| ... |Driver version|"): what
    // each device is and has, no measurement.
    device_list_table_ =
        std::any_of(header_.begin(), header_.end(),
                    [](const std::string& h) { return text::iequals(h, "Device Type"); }) &&
        std::any_of(header_.begin(), header_.end(),
                    [](const std::string& h) { return text::iequals(h, "Driver version"); });
    // "| ttft [ms] | accel_name | VRAM [GB] |" (a model named above it): each row a device, its
    // bare memory column what the device has.
    {
      // (Not a table of what runs used: "## Hardware Utilization" over "| GPU | VRAM (GB) |".)
      Context probe;
      bool gpu_col = false, model_col = false, measured = false;
      for (const auto& h : header_) {
        const std::string* slot = context_slot(probe, h);
        gpu_col = gpu_col || slot == &probe.gpu;
        model_col = model_col || slot == &probe.model;
        const auto& cls = detail::classify_cached(h);
        measured = measured || (cls.role == metrics::Role::metric && cls.metric &&
                                cls.metric->kind != units::Kind::memory);
      }
      const std::string low = text::to_lower(where);
      const bool usage =
          low.find("utiliz") != std::string::npos || low.find("usage") != std::string::npos ||
          low.find("used") != std::string::npos || low.find("consum") != std::string::npos ||
          low.find("footprint") != std::string::npos;
      devices_table_ = gpu_col && !model_col && measured && !usage;
    }
    mix_table_ = names_a_workload_definition(where);
    other_runtime_ = names_another_runtime(table_caption_.empty() ? own_heading() : table_caption_);
    // "Cost per 1,000 requests across 4 canonical request mixes:": what its dollars pay for.
    caption_price_unit_.clear();
    if (!table_caption_.empty()) {
      const std::string& unit = detail::classify_cached(table_caption_, "usd").unit;
      if (unit.rfind("USD/", 0) == 0) caption_price_unit_ = unit;
    }
    per_mtok_ = where.find("per 1m tok") != std::string::npos ||
                where.find("/1m tok") != std::string::npos ||
                where.find("per million tok") != std::string::npos;
    // "Mean multi-tier cost per 1M tokens": its bare figures ("On-demand" 0.1279) are prices.
    price_table_ = per_mtok_ && (where.find("cost") != std::string::npos ||
                                 where.find('$') != std::string::npos ||
                                 where.find("price") != std::string::npos);
    active_ = true;
    row_ = 0;
    // "| Component | Value |": a two-column table of named values names them in its first column.
    // ... and in a set-up section, "| | |" over "| Host | rig |", "| Runtime | llama.cpp |".
    const bool blank_pair = header_.size() == 2 && setup_section_ &&
                            text::trim(header_[0]).empty() && text::trim(header_[1]).empty();
    label_col_ =
        !header_.empty() &&
        (is_label_header(header_[0]) || blank_pair ||
         (header_.size() == 2 && names_values(text::to_lower(metrics::in_english(header_[1])))));
    bench_table_ = has_bench_columns(header_);
    setups_model_row_ = false;
    compared_setups_ = header_.size() > 2 && names_setups(header_[0]) &&
                       std::all_of(header_.begin() + 1, header_.end(), names_a_setup);
    // llama-bench's "ts" column is its -ts option (tensor split), a setting, no tokens per second.
    for (std::size_t c = 0; bench_table_ && c < header_.size(); ++c) {
      if (text::trim(header_[c]) == "ts") roles_[c] = detail::column_role("tensor_split");
    }
    figure_col_.assign(header_.size(), false);
    backends_compared();
    languages_scored();
    leading_lengths_as_settings();
    successes_counted();
    console_table_ = box_row_ || fenced_statistics_;
    fenced_statistics_ = false;
    constant_rows_ = 0;
    if (console_table_) ++console_tables_;
    llama_bench_table_ = llama_bench_table_ || bench_table_;
    if (label_col_) roles_[0].label = false;  // it names the metric, not the row's configuration
    // ... and a column that explains each row's quantity ("| Metric | ... | What It Means |")
    // labels no configuration either.
    for (std::size_t c = 1; label_col_ && c < header_.size(); ++c)
      if (explains_the_quantity(header_[c])) roles_[c].label = false;
    // "| Run | TTFT (ms) |", "| Prompt | Tokens/s |": one measurement per row, its figures samples.
    // "| Model | Prompt | Runs | Mean TPS | Mean Duration (ms) |": each row one prompt's requests.
    prompt_table_ = !label_col_ && std::any_of(header_.begin(), header_.end(), [](const auto& h) {
      const std::string_view t = text::trim(h);
      return text::iequals(t, "prompt") || text::iequals(t, "question") ||
             text::iequals(t, "query");
    });
    measurement_table_ = !label_col_ && !bench_table_ &&
                         std::any_of(header_.begin(), header_.end(), [](const std::string& h) {
                           return detail::names_measurement(h);
                         });
    configurations_compared(label_col_);
    if (label_col_ && !console_table_) label_compared_columns();
    // "| Task | Metric | N=1 | N=2 |": a "Metric" column after the row's own labels names each
    // row's quantity.
    metric_col_ = std::string::npos;
    for (std::size_t c = 1; c < header_.size() && !label_col_; ++c) {
      const std::string low = text::to_lower(header_[c]);
      if (low == "metric" || low == "metric name" || low == "metric_name" ||
          low == "primary metric") {
        metric_col_ = c;
        break;
      }
    }
    // "| Parameters | |", "| Setting | Value |", "| Item | Value |", "| Field | Value |": a run's
    // set-up, one setting
    // per row.
    const std::string first =
        header_.empty() ? std::string() : text::to_lower(metrics::in_english(header_[0]));
    // ("| Component | Detail |" under "### Hardware" / "### Software": a machine's parts, one
    // per row; not "| Component | Time (ms) |", a breakdown of a measurement.)
    const std::string second = header_.size() == 2 ? text::to_lower(header_[1]) : std::string();
    // (A "| Property | Value |" or "| Spec | Details |" table only in a set-up section: "Test
    // Machine", "Environment Fingerprint"; elsewhere it may be a scenario's own labels.)
    const bool parts =
        (first == "component" || first == "components" ||
         (setup_section_ && (first == "spec" || first == "specs" || first == "property"))) &&
        (second == "detail" || second == "details" || second == "value" || second == "version" ||
         second == "description" || second == "spec" || second == "specification");
    // ("| GPU | NVIDIA H200 141GB |" over "| CUDA | 12.6 |" in "## System Specifications": a
    // list of the machine's parts whose first pair stands in the header, GFM wanting one.)
    const bool pair_header =
        (setup_section_ || names_a_machine_list(own_heading())) && header_.size() == 2 &&
        (first == "gpu" || first == "cpu" || first == "os" || first == "accelerator") &&
        !detail::gpu_named_in(header_[1]).empty();
    settings_table_ =
        pair_header || (label_col_ && header_.size() == 2 &&
                        (first == "parameter" || first == "parameters" || first == "setting" ||
                         first == "settings" || first == "item" || first == "field" || parts ||
                         (setup_section_ && first.empty() && text::trim(header_[1]).empty())));
    parts_table_ = settings_table_ && (pair_header || parts);
    if (pair_header) setup_row(strip_emphasis(header_[0]), strip_emphasis(header_[1]), number);
    if (settings_table_) ++settings_tables_;
    // (A "| Property | Value |" table too: its model and load rows label its own figures.)
    field_table_ = settings_table_ &&
                   (first == "field" || first == "property" || first == "spec" || first == "specs");
    // Decided once per table, not per row: whether any result came before it.
    results_before_table_ =
        settings_table_ && std::any_of(r_.rows.begin(), r_.rows.end(), [](const auto& row) {
          return row.role == metrics::Role::metric;
        });
    table_concurrency_ = slots_in(table_section_);
    table_rate_ = detail::rate_in_text(table_caption_);
    columns_in_flight();
    // "Parallel = 4" on a line of its own right above the table: the load of its rows.
    if (table_concurrency_.empty() && load_line_number_ > 0 && load_line_number_ + 3 >= number)
      table_concurrency_ = load_line_value_;
    if (table_concurrency_.empty() && listed_concurrency_line_ > 0 &&
        listed_concurrency_line_ + 12 >= number)
      table_concurrency_ = listed_concurrency_;
    // "|  | Loop Lag | Efficiency |" with the same names down the first column: a matrix of
    // correlations (or any pairwise figure), whose cells are no value of either quantity.
    matrix_ = !label_col_ && header_.size() >= 3 && header_[0].empty();
    correlation_ = where.find("correlation") != std::string::npos;
    // What a column without a quantity of its own takes from the table's caption or heading,
    // and which columns of a price table are prices: decided once per column.
    title_use_.assign(header_.size(), TitleUse::none);
    price_col_.assign(header_.size(), false);
    stat_title_.assign(header_.size(), false);
    for (std::size_t c = 0; c < header_.size(); ++c) {
      stat_title_[c] =
          names_a_statistic_of_a_configuration(c) || names_only_a_statistic(header_[c]);
      // "| Run | 1 | 2 | ... |" of a measurement table: columns that number the requests, each a
      // sample of the quantity the caption or heading names.
      const bool numbered = measurement_table_ && !header_[c].empty() &&
                            std::all_of(header_[c].begin(), header_[c].end(),
                                        [](char ch) { return ch >= '0' && ch <= '9'; });
      if (names_only_a_configuration(c) || numbered)
        title_use_[c] = TitleUse::caption_or_heading;
      else if (only_says_which(header_[c]) || stat_title_[c])
        title_use_[c] = TitleUse::caption;
      price_col_[c] =
          price_table_ && (names_no_other_quantity(header_[c]) || names_a_pricing_tier(header_[c]));
    }
    key_column_of_statistics();
    caption_quantity_ =
        states_a_threshold(table_caption_) ? std::string() : quantity_in(table_caption_);
    heading_quantity_ = quantity_in(own_heading());
    prose_quantity_ = table_caption_.empty() ? lead_in_quantity(number) : std::string();
    titles_read_ = false;  // (what the titles name is looked up when a row first asks)
    n_col_ = std::string::npos;
    provider_col_ = std::string::npos;
    machine_col_ = std::string::npos;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string h = text::to_lower(text::trim(header_[c]));
      if (h == "system" || h == "machine" || h == "host" || h == "computer" || h == "node")
        machine_col_ = c;
      if (h == "provider" || h == "cloud" || h == "cloud provider" || h == "instance" ||
          h == "instance type" || h == "instance_type")
        provider_col_ = c;
    }
    for (std::size_t c = 0; c < header_.size() && !label_col_; ++c) {
      if (header_[c] == "N" || header_[c] == "n") n_col_ = c;
    }
  }

  // "### Decode tps" over "| size | 中位數 | 平均 | 標準差 |": where every other column is a
  // statistic, the first names which run each row is (a prompt's size, a load), no figure of its
  // own (not the model's size). (A setting the registry knows, "Concurrency", stays one.)
  void key_column_of_statistics() {
    // (Not a first column naming each row's metric: "| Metric | Average | Median |".)
    if (header_.size() < 3 || label_col_ || stat_title_[0] ||
        roles_[0].use != detail::ColumnRole::Use::metric ||
        !std::all_of(stat_title_.begin() + 1, stat_title_.end(), [](bool b) { return b; }))
      return;
    if (!roles_[0].parameter.empty() && roles_[0].parameter != "model_size") return;
    if (const auto& c = detail::classify_cached(header_[0]);
        c.metric ||
        (c.role == metrics::Role::parameter && c.parameter && c.parameter->id != "model_size"))
      return;
    roles_[0].use = detail::ColumnRole::Use::context;
    roles_[0].label = true;
    roles_[0].parameter = {};
  }

  // "**NP=4**", "(np=2)", "Concurrency=8" in a table's heading or caption: the server's slots or
  // requests in flight for the whole table. ("N=50" is as often a sample count: not taken.)
  // "Delta vs FP16", "Speedup over Q8_0", "relative to baseline": a header comparing with what
  // it names.
  // "at a rate of at least 1000 tokens per second", "TTFT under 500 ms": a bound the rows meet.
  static bool states_a_threshold(std::string_view line) {
    if (line.size() < 8) return false;
    const std::string low = " " + text::to_lower(line) + " ";
    // (The bound's figure right after the words: not "Throughput over time", "under load".)
    for (const std::string_view w :
         {" at least ", " more than ", " less than ", " at most ", " above ", " below ", " under ",
          " over ", " up to ", " greater than ", "\xE2\x89\xA5", "\xE2\x89\xA4", ">=", "<="})
      for (auto at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
        std::size_t next = at + w.size();
        while (next < low.size() && (low[next] == ' ' || low[next] == '~')) ++next;
        if (next >= low.size() || !std::isdigit(static_cast<unsigned char>(low[next]))) continue;
        // ... a figure with a measurement's unit ("1000 tokens per second", "500 ms"; not "over
        // 200 requests", "up to 16 concurrent").
        while (next < low.size() && (std::isdigit(static_cast<unsigned char>(low[next])) ||
                                     low[next] == '.' || low[next] == ','))
          ++next;
        const std::string_view after = text::trim(std::string_view(low).substr(next));
        for (const std::string_view unit : {"tok", "token", "t/s", "ms", "s ", "s.", "s,", "sec",
                                            "second", "gb", "mb", "gib", "w ", "%"})
          if (after.starts_with(unit)) return true;
      }
    return false;
  }

  static bool titles_one_models_results(const std::string& model, const std::string& own) {
    if (model.empty() || !names_a_size(model)) return false;
    // "Qwen3.6-35B-A3B: DWQ MLX vs Q8_K_XL GGUF": the model, then what is compared of it.
    if (own.size() > model.size() + 1 && own.starts_with(model) && own[model.size()] == ':' &&
        !compares(model))
      return true;
    if (compares(own)) return false;
    // ("Ternary-Bonsai-8B 推論テスト": its words in English, "inference test".)
    const std::string low = text::to_lower(metrics::has_cjk(own) ? metrics::in_english(own) : own);
    // (Not a model made from it: "my LoRA fine-tune of Mistral-7B".)
    for (const std::string_view w : {"fine-tune", "finetune", "fine tune", "fine-tuned",
                                     "lora fine", "lora of", "distill", "merge of", "merged"})
      if (low.find(w) != std::string::npos) return false;
    for (const std::string_view w :
         {"result", "bench", "latency", "throughput", "performance"})  // ("GPU bench" too)
      if (low.find(w) != std::string::npos) return true;
    if (low.find("test") != std::string::npos &&
        (low.find("inference") != std::string::npos || low.find("speed") != std::string::npos))
      return true;
    return false;
  }

  // "Number of GPUs: 1", "Batch size: 8": a heading that is a label and its value.
  static std::string setting_and_number(std::string_view heading) {
    if (heading.size() > 60 || heading.size() < 3) return {};
    // (Runs for every heading: most end in no number, nor a bracket after one.)
    if (!std::isdigit(static_cast<unsigned char>(heading.back())) && heading.back() != ')')
      return {};
    // ("3.1 Batch Size 8": after its section's number.)
    while (!heading.empty() &&
           (std::isdigit(static_cast<unsigned char>(heading.front())) || heading.front() == '.'))
      heading.remove_prefix(1);
    heading = text::trim(heading);
    if (const auto open = heading.find(" (");
        open != std::string_view::npos && heading.ends_with(")"))
      heading = heading.substr(0, open);
    const auto space = heading.rfind(' ');
    if (space == std::string_view::npos || space == 0 || space > 30) return {};
    const std::string_view number = heading.substr(space + 1);
    if (number.empty() || number.size() > 7 ||
        number.find_first_not_of("0123456789") != std::string_view::npos)
      return {};
    const std::string_view key = text::trim(heading.substr(0, space));
    if (key.empty() || std::count(key.begin(), key.end(), ' ') > 2 ||
        !std::all_of(key.begin(), key.end(), [](char ch) {
          return std::isalpha(static_cast<unsigned char>(ch)) != 0 || ch == ' ' || ch == '-' ||
                 ch == '_';
        }))
      return {};  // (not "Batch Size = 8")
    // ("### Replica 1", "### Node 2": which one, an index, no setting.)
    const std::string low_key = text::to_lower(key);
    for (const std::string_view w :
         {"replica", "node", "rank", "worker", "instance", "shard", "device", "run", "round"})
      if (low_key == w) return {};
    const auto& c = detail::classify_cached(key);
    if (c.role != metrics::Role::parameter || !c.parameter || c.parameter->id == "concurrency")
      return {};
    Context probe;
    if (context_slot(probe, key) != nullptr) return {};  // ("Model 1", "GPU 0": labels, no setting)
    return std::string(key) + "=" + std::string(number);
  }

  static bool labels_a_setting(std::string_view heading) {
    const auto colon = heading.find(": ");
    return colon != std::string_view::npos && colon > 0 && colon <= 30 &&
           heading.size() - colon - 2 <= 40 &&
           heading.find(": ", colon + 2) == std::string_view::npos;
  }

  // "Compared with the RTX 4090 numbers of last week:": a caption about another machine's
  // figures, not its table's.
  // "despite", "against", "unlike": a caption weighing its rows against something else.
  static bool names_another_machine_words(const std::string& caption) {
    const std::string low = " " + text::to_lower(caption) + " ";
    for (const std::string_view w :
         {" despite ", " against ", "compar", " unlike ", " instead ", " previous ", " earlier "})
      if (low.find(w) != std::string::npos) return true;
    return false;
  }

  // ... or says the GPU could not run them ("Models too big for a 24 GB RTX 4090", "These don't
  // fit on my RTX 3090"); a caption names its rows' GPU only where it places them on it ("on",
  // "with", "using" the GPU, or the GPU first).
  static bool names_another_machine(const std::string& caption) {
    const std::string low = " " + text::to_lower(caption) + " ";
    // (Phrases, not words: "Models that fit on a single RTX 4090" places them on it.)
    for (const std::string_view w :
         {"compar",     "previous",     "earlier",   "last ",      "unlike",      "instead",
          "other than", "too big",      "too large", "don't fit",  "doesn't fit", "won't fit",
          "do not fit", "does not fit", "can't run", "cannot run", "couldn't",    "could not",
          "not enough", " than ",       "without",   "disabled"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  static bool compares(const std::string& header) {
    const std::string low = " " + text::to_lower(header) + " ";
    // " vs", "(vs", and joined, "-vs-", "_vs_" ("SgLang-vs-vLLM").
    for (auto at = low.find("vs"); at != std::string::npos; at = low.find("vs", at + 1)) {
      const char before = low[at - 1], after = at + 2 < low.size() ? low[at + 2] : ' ';
      if (before == ' ' || before == '(' || (before == '-' && after == '-') ||
          (before == '_' && after == '_'))
        return true;
    }
    for (const std::string_view w :
         {" from ", " over ", " relative", "delta", "baseline", " than ", " to "}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  static std::string slots_in(std::string_view where) {
    for (const std::string_view key : {"NP=", "np=", "concurrency=", "Concurrency="}) {
      for (auto at = where.find(key); at != std::string_view::npos; at = where.find(key, at + 1)) {
        if (at > 0 && std::isalnum(static_cast<unsigned char>(where[at - 1]))) continue;
        std::size_t end = at + key.size();
        while (end < where.size() && std::isdigit(static_cast<unsigned char>(where[end]))) ++end;
        if (end > at + key.size())
          return std::string(where.substr(at + key.size(), end - at - key.size()));
      }
    }
    return {};
  }

  // An "N" column that steps through 1, 2, 4, 8 (or 1, 2, 3, ..., k) agents across the rows is the
  // table's load level, not a count of samples: it becomes each row's concurrency.
  // "| Property | Value |" with rows "Model | llama3.2-1b", "Quantization | Q2_K (2.5 BPW)",
  // "Concurrency | N=1" above or below its figures: whose figures they all are.
  void keyed_context(const std::string& key, const std::string& value) {
    if (value.empty() || value.size() > 240 || detail::is_number_cell(value)) return;
    const std::string k = text::to_lower(key);
    if (k == "concurrency" || k == "agents" || k == "n") {  // "N=1", "8"
      const std::string_view v = text::trim(std::string_view(value).substr(value.find('=') + 1));
      if (detail::is_number_cell(v)) keyed_.concurrency = std::string(v);
      return;
    }
    std::string* slot = context_slot(keyed_, key);
    if (slot == &keyed_.quantization) {
      keyed_.quantization = detail::quantization_in(value);
    } else if (slot == &keyed_.model) {
      // "C:\Users\...\models\gpt2-5m": the model is the file or folder at the path's end.
      std::string m(value);
      if (m.find('\\') != std::string::npos || m.front() == '/' || m.starts_with("./"))
        m = detail::model_of_path(m);
      if (!m.empty() && m.find(' ') == std::string::npos) keyed_.model = std::move(m);
    } else if (slot == &keyed_.gpu && !std::isdigit(static_cast<unsigned char>(value.front())) &&
               value.find('%') == std::string::npos) {
      keyed_.gpu = value;
    }
  }

  void give_keyed_context() {
    if (keyed_.model.empty() && keyed_.quantization.empty() && keyed_.gpu.empty() &&
        keyed_.concurrency.empty())
      return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      Context& ctx = row.context;
      for (auto field : {&Context::model, &Context::quantization, &Context::concurrency}) {
        if ((ctx.*field).empty()) ctx.*field = keyed_.*field;
      }
      // The GPU only for a named measurement (memory, bandwidth, a rate): an environment's
      // other rows (CPU threads, Python, a seed) are not of the GPU.
      if (ctx.gpu.empty() && row.metric) ctx.gpu = keyed_.gpu;
    }
    keyed_ = Context{};
  }

  static bool names_software(const std::string& label) {
    if (label.empty() || label.size() > 24) return false;
    const std::string low = text::to_lower(label);
    static constexpr std::string_view kSoftware[] = {
        "python", "pytorch", "torch", "cuda",          "cudnn",       "driver",
        "numpy",  "ollama",  "vllm",  "transformers",  "onnxruntime", "tensorrt",
        "triton", "rustc",   "tokio", "nvidia driver", "gpu driver",  "llama.cpp"};
    if (std::find(std::begin(kSoftware), std::end(kSoftware), low) != std::end(kSoftware))
      return true;
    // ("CUDA Toolkit", "ROCm version", "Python version": the software by its first word.)
    const auto space = low.find(' ');
    if (space == std::string::npos) return false;
    const std::string_view rest = std::string_view(low).substr(space + 1);
    return (rest == "toolkit" || rest == "version" || rest == "runtime") &&
           (std::find(std::begin(kSoftware), std::end(kSoftware), low.substr(0, space)) !=
                std::end(kSoftware) ||
            low.starts_with("rocm"));
  }

  // "3.13", "12.8", "3.x", "591.74": digits and dots, at most one decimal point's worth of
  // figures after each, or an "x" for any minor version.
  static bool written_as_version(std::string_view v) {
    v = text::trim(v);
    if (v.size() < 3 || !std::isdigit(static_cast<unsigned char>(v.front()))) return false;
    const bool any_minor = v.substr(v.size() - 2) == ".x";
    if (any_minor) v.remove_suffix(2);
    return (any_minor || v.find('.') != std::string_view::npos) &&
           std::all_of(v.begin(), v.end(), [](char ch) {
             return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.';
           });
  }

  // "| Scenario | Batch | Seq Len | Total Tokens | Warmup Runs |": a table defining workloads,
  // whose only figures besides its settings are the tokens of a batch (batch x length), which is
  // a setting too.
  void tokens_of_defined_batches() {
    bool batch = false, length = false;
    std::vector<MetricRow*> tokens;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role == metrics::Role::parameter) {
        batch = batch || row.parameter == "num_batch";
        length = length || row.parameter == "input_len";
      } else if (row.role == metrics::Role::metric) {
        if (!names_batch_tokens(row.name)) return;  // a measurement: results, not definitions
        tokens.push_back(&row);
      }
    }
    if (!batch || !length) return;
    for (MetricRow* row : tokens) detail::as_setting(*row, "batch_tokens", false);
  }

  static bool names_batch_tokens(const std::string& name) {
    const auto words = detail::words_of(text::to_lower(name));
    using W = std::vector<std::string>;
    return words == W{"tokens", "batch"} || words == W{"tokens", "per", "batch"} ||
           words == W{"batch", "tokens"} || words == W{"total", "tokens"};
  }

  void n_column_as_concurrency() {
    if (n_col_ == std::string::npos) return;
    const std::string& header = header_[n_col_];
    std::vector<std::pair<std::size_t, double>> levels;  // (line, N)
    std::vector<double> distinct;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.name != header) continue;
      if (!row.value || *row.value < 1 || *row.value > 4096 || *row.value != std::floor(*row.value))
        return;
      levels.emplace_back(row.line, *row.value);
      if (std::find(distinct.begin(), distinct.end(), *row.value) == distinct.end())
        distinct.push_back(*row.value);
    }
    if (distinct.empty()) return;  // (found by fuzz_markdown: an N column without a number)
    std::sort(distinct.begin(), distinct.end());
    bool powers = true, run = distinct.front() == 1;
    for (std::size_t k = 0; k < distinct.size(); ++k) {
      const auto v = static_cast<unsigned long>(distinct[k]);
      powers = powers && (v & (v - 1)) == 0;
      run = run && distinct[k] == static_cast<double>(k + 1);
    }
    // ... or whose levels the section names: "Direct N=1 and N=8" over N = 1 and 8.
    if ((distinct.size() < 3 || (!powers && !run)) && !section_names_levels(distinct)) return;
    const metrics::ParameterDef* concurrency = metrics::find_parameter("concurrency");
    // "| N | eta(N) | Per-Agent TPS | Baseline TPS |": an efficiency's baseline is the figure at
    // the lowest level (eta(N) = TPS(N) / TPS(1)), the same on every row, whatever its N.
    const bool efficiency_table =
        std::any_of(r_.rows.begin() + static_cast<std::ptrdiff_t>(table_first_row_), r_.rows.end(),
                    [](const MetricRow& row) { return row.metric_id() == "efficiency"; });
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.name == header) {
        detail::as_setting(row, concurrency->id, false);
        continue;
      }
      if (efficiency_table && row.context.concurrency.empty() &&
          text::to_lower(row.name).rfind("baseline", 0) == 0) {
        row.context.concurrency = numeric::format_double(distinct.front());
        continue;
      }
      if (!row.context.concurrency.empty()) continue;
      for (const auto& [line, n] : levels) {
        if (line == row.line) row.context.concurrency = numeric::format_double(n);
      }
    }
  }

  // (One level too: "SS4.1 Absolute Throughput (N=1)" over an N column of 1s.)
  bool section_names_levels(const std::vector<double>& levels) const {
    if (levels.empty()) return false;
    for (const double v : levels) {
      const std::string key = "N=" + numeric::format_double(v);
      bool named = false;
      for (auto at = table_section_.find(key); at != std::string::npos && !named;
           at = table_section_.find(key, at + 1)) {
        const std::size_t end = at + key.size();
        named = (at == 0 || !std::isalnum(static_cast<unsigned char>(table_section_[at - 1]))) &&
                (end == table_section_.size() ||
                 !std::isdigit(static_cast<unsigned char>(table_section_[end])));
      }
      if (!named) return false;
    }
    return true;
  }

  // A unit of time or of a rate ("ms", "s", "tok/s"): what no unitless quantity (a score) has.
  static bool timed_or_rate(std::string_view unit) {
    const auto n = units::normalize(1.0, unit);
    return n && (n->unit == "ms" || n->unit.ends_with("/s"));
  }

  // "| Mean (ms) | p50 | p95 | p99 |": a bare statistic column is the statistic of the metric
  // the nearest column to its left names (not in "| Metric | p50 |" tables, whose rows name it).
  void inherit_from_sibling() {
    sibling_.assign(header_.size(), nullptr);
    sibling_unit_.assign(header_.size(), std::string());
    if (label_col_) return;
    const metrics::MetricDef* metric = nullptr;
    std::string unit;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      if (roles_[c].use != detail::ColumnRole::Use::metric || !roles_[c].parameter.empty())
        continue;
      const auto& cls = detail::classify_cached(header_[c]);
      if (cls.metric && cls.statistic != "delta") {
        metric = cls.metric;
        unit = cls.unit;
      } else if (!cls.metric && cls.stat_only && !cls.statistic.empty() && cls.unit.empty() &&
                 cls.statistic != "count" && cls.statistic != "cv" &&
                 cls.statistic != "expected") {  // "Total Cost | Projected": another quantity
        sibling_[c] = metric;
        sibling_unit_[c] = unit;
      }
    }
  }

  // `ending`: the line after the table, when a line ended it.
  // "Decode = steady-state single-stream tok/s." in the prose above a table: the unit of its
  // "Decode" column's bare figures (and so what they are). Sentences of the form "Name = ...",
  // the first unit word of the definition.
  void column_definition_line(std::string_view t, std::size_t number) {
    if (t.size() > 6 && (t[0] == '-' || t[0] == '*') && t[1] == ' ' &&
        t.find(" in ") != std::string_view::npos)
      legend_item(t, number);
    // (Runs for every prose line: one with " = " only, each near its sentence's start; a look
    // for the '=' alone first, most lines have none.)
    if (t.size() > 600 || t.find('=') == std::string_view::npos) return;
    for (auto pos = t.find(" = "); pos != std::string_view::npos; pos = t.find(" = ", pos + 3)) {
      const auto stop = t.rfind(". ", pos);
      const std::size_t at = stop == std::string_view::npos ? 0 : stop + 2;
      auto end = t.find(". ", pos);
      if (end == std::string_view::npos) end = t.size();
      const std::string_view sentence = t.substr(at, end - at);
      const std::size_t eq = pos - at;
      if (eq == 0 || eq > 32) continue;
      const std::string name = strip_emphasis(std::string(sentence.substr(0, eq)));
      if (name.empty() || name.find_first_of("=|") != std::string::npos) continue;
      // (Words split at spaces: "tok/s" is one.)
      std::string_view rest = sentence.substr(eq + 3);
      while (!rest.empty()) {
        const auto space = rest.find(' ');
        std::string_view word = rest.substr(0, space);
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        while (!word.empty() && (word.back() == '.' || word.back() == ',' || word.back() == ';' ||
                                 word.back() == ')'))
          word.remove_suffix(1);
        if (const auto unit = metrics::parse_unit(word);
            unit && (*unit == "tok/s" || *unit == "ms" || *unit == "req/s")) {
          column_units_.emplace_back(name, *unit);
          column_units_line_ = number;
          break;
        }
      }
    }
  }

  // "- **FTL**: First Token Latency, measured in milliseconds.": a legend's item giving a short
  // column name's unit. It holds for the document: for the table just above it (its figures
  // read already) and for every table after.
  void legend_item(std::string_view t, std::size_t number) {
    // (A first look for the label's colon near the start: most items are sentences, and a
    // label of 16 characters has it well within 40, its marks of emphasis too.)
    if (t.find(':') > 40) return;  // (npos too)
    const std::string plain = strip_emphasis(std::string(text::trim(t.substr(2))));
    const auto colon = plain.find(": ");
    if (colon == std::string::npos || colon == 0 || colon > 16 || plain.size() > 200) return;
    const std::string name(text::trim(std::string_view(plain).substr(0, colon)));
    if (name.find(' ') != std::string::npos) return;
    const std::string definition = text::to_lower(std::string_view(plain).substr(colon + 2));
    for (auto at = definition.find(" in "); at != std::string::npos;
         at = definition.find(" in ", at + 4)) {
      std::string_view word = std::string_view(definition).substr(at + 4);
      word = word.substr(0, word.find_first_of(" .,;)"));
      const auto unit = metrics::parse_unit(word);
      // (Not "in US regions": "us" a microsecond only as "µs" or in full.)
      if (!unit || word == "us" ||
          !(*unit == "ms" || *unit == "s" || *unit == "us" || *unit == "tok/s" || *unit == "req/s"))
        continue;
      legend_units_.emplace_back(name, *unit);
      legend_line_ = number;
      if (!active_ && number <= note_end_line_ + 12)
        units_by_definition(note_rows_.first, note_rows_.second, legend_units_, "a legend");
      return;
    }
  }

  // Rows [from, to) of a column so defined with no unit of their own: in that unit. ("FTL@1" of
  // "FTL": the column's name up to its '@' or bracket.)
  void units_by_definition(std::size_t from, std::size_t to,
                           const std::vector<std::pair<std::string, std::string>>& units,
                           std::string_view where) {
    for (std::size_t i = from; i < to && i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric || !row.unit.empty() || !row.value) continue;
      // (A column the name gives another kind of quantity, "Cost", keeps it.)
      if (row.metric && row.metric->kind != units::Kind::duration &&
          row.metric->kind != units::Kind::latency && row.metric->kind != units::Kind::ttft &&
          row.metric->kind != units::Kind::throughput)
        continue;
      const std::string_view base =
          text::trim(std::string_view(row.name).substr(0, row.name.find_first_of("@(")));
      for (const auto& [name, unit] : units) {
        if (!text::iequals(row.name, name) && !text::iequals(base, name)) continue;
        detail::set_unit(row, unit);
        detail::add_note(row,
                         "in " + unit + ", as " + std::string(where) + " defines '" + name + "'");
        break;
      }
    }
  }

  // The figures of a column defined above the table with no unit of their own: in that unit.
  void defined_column_units() {
    // (A legend's for the table beside it: the next, right under it.)
    // (... or a later one, unless its heading names a unit of its own: "## Long prompts
    // (seconds)".)
    const std::string heading_low = text::to_lower(own_heading());
    const bool own_unit = heading_low.find("second") != std::string::npos ||
                          heading_low.find("(s)") != std::string::npos ||
                          heading_low.find("(ms)") != std::string::npos ||
                          heading_low.find("minute") != std::string::npos;
    if (!legend_units_.empty() && !own_unit)
      units_by_definition(table_first_row_, r_.rows.size(), legend_units_, "the document's legend");
    if (column_units_.empty() || table_line_ > column_units_line_ + 6) return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric || !row.unit.empty() || !row.value) continue;
      for (const auto& [name, unit] : column_units_) {
        if (!text::iequals(row.name, name)) continue;
        detail::set_unit(row, unit);
        detail::add_note(row,
                         "in " + unit + ", as the text above the table defines '" + name + "'");
        break;
      }
    }
  }

  void end_table(std::string_view ending = {}) {
    if (active_ && bench_table_ && row_ == 0) {
      // llama-bench printed its header, then stopped: the run failed before its first test.
      std::string why = "line " + std::to_string(table_line_) +
                        ": a llama-bench table with a header and no results (the run stopped "
                        "before its first test)";
      const std::string low = text::to_lower(ending);
      if (low.find("error") != std::string::npos || low.find("assert") != std::string::npos ||
          low.find("abort") != std::string::npos || low.find("failed") != std::string::npos) {
        std::string shown(text::trim(ending));
        if (shown.size() > 160) shown = shown.substr(0, 157) + "...";
        why += ": " + shown;
      }
      detail::add_warning(r_.warnings, why);
    }
    if (active_) {
      adopt_setup_row();
      notes_that_tell_rows_apart();
      give_keyed_context();
      n_column_as_concurrency();
      tokens_of_defined_batches();
      shifted_columns();
      ratio_columns();
      statistical_power();
      abbreviated_price_basis();
      artifact_sizes();
      batched_bench_rows();
      sizes_that_tell_models_apart();
      quantity_from_caption();
      defined_column_units();
      detail::bare_times_from_rates(r_.rows, table_first_row_);
      per_step_under_speculation();
      tgi_benchmark_rows();
      memory_that_varies_by_device();
      card_memory_beside_models();
      layer_timings();
      engines_as_labels();
      precisions_as_labels();
      ++table_;
      if (console_table_) console_summary_lines_ = 3;  // its run's totals may follow it
      note_rows_ = {table_first_row_, r_.rows.size()};
      note_end_line_ = r_.rows.size() > table_first_row_ ? r_.rows.back().line : table_line_;
      note_lines_ = 3;  // a note under the table may still say what its figures are
    }
    active_ = false;
  }

  // "Size sweep, framework fixed at Edge-LLM": the engine a heading says its tables held fixed,
  // known or not (the words after "framework", "engine" or "backend" "fixed at", up to a comma).
  static std::string engine_held_fixed(std::string_view heading) {
    const std::string low = text::to_lower(heading);
    for (const std::string_view cue :
         {"framework fixed at ", "engine fixed at ", "backend fixed at ", "runtime fixed at "}) {
      const auto at = low.find(cue);
      if (at == std::string::npos) continue;
      std::string_view rest = heading.substr(at + cue.size());
      rest = text::trim(rest.substr(0, rest.find_first_of(",;(")));
      if (!rest.empty() && rest.size() <= 32 && rest.find(' ') == std::string_view::npos)
        return std::string(rest);
    }
    return {};
  }

  // "| | TTFT p50 |" over "| **FP16** |", "| **INT4 GPTQ** |": a first column with no name whose
  // labels each name a precision gives each row its quantization (the label stays its
  // configuration: "FP8 (self-quant)").
  void precisions_as_labels() {
    if (header_.empty() || !text::trim(strip_emphasis(header_[0])).empty()) return;
    std::map<std::string, std::string> quant_of;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric) continue;
      if (!row.context.quantization.empty() || row.context.config.empty()) return;
      if (quant_of.count(row.context.config)) continue;
      std::string q = detail::quantization_in(row.context.config);
      if (q.empty()) return;
      quant_of.emplace(row.context.config, std::move(q));
    }
    if (quant_of.size() < 2) return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role == metrics::Role::metric)
        row.context.quantization = quant_of[row.context.config];
    }
  }

  // "| | TTFT p50 |" over "| **vLLM** |", "| **llama.cpp** |", "| **Edge-LLM** |": a first column
  // with no name whose labels are serving engines (all of them, one unknown at most) names each
  // row's backend, as an "Engine" column would.
  void engines_as_labels() {
    if (header_.empty() || !text::trim(strip_emphasis(header_[0])).empty()) return;
    std::set<std::string> labels;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric) continue;
      if (!row.context.backend.empty() || row.context.config.empty()) return;
      labels.insert(row.context.config);
    }
    if (labels.size() < 2) return;
    std::size_t known = 0;
    for (const auto& l : labels) known += detail::engine_in(l) == l ? 1 : 0;
    if (known < 2 || labels.size() - known > 1) return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric) continue;
      row.context.backend = std::move(row.context.config);
      row.context.config.clear();
    }
  }

  // A device's "memory it has" that differs from row to row of one device ("| RTX 3090 | Q4 | 5.9
  // |", "| RTX 3090 | Q8 | 9.1 |"): what each run used, a measurement after all.
  void memory_that_varies_by_device() {
    if (!devices_table_) return;
    std::map<std::string, std::set<double>> by_device;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.parameter == "accelerator_memory" && row.value)
        by_device[row.context.gpu.empty() ? row.context.config : row.context.gpu].insert(
            *row.value);  // (a CPU's name is in its configuration)
    }
    if (std::none_of(by_device.begin(), by_device.end(),
                     [](const auto& d) { return d.second.size() > 1; }))
      return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.parameter != "accelerator_memory") continue;
      row.role = metrics::Role::metric;
      row.parameter = {};
      detail::set_metric(row, "memory");
      row.statistic = "value";
      detail::renormalize(row);
    }
  }

  // "| GPU | VRAM | Model | Tokens/sec |" of "| RTX 5090 | 32 GB | deepseek-r1:14b |" and "| RTX
  // 5090 | 32 GB | deepseek-r1:32b |": a bare memory the same for every model run on one device,
  // and not the same on all devices, is the memory the device has, no memory the runs used.
  // "| Layer | GPU Latency (ms) |" of "model.layers.0.self_attn.q_proj": a profile of a forward
  // pass, each row one layer's (or operator's, kernel's) time, no request's latency.
  // (And a machine's parts' table's figures of no metric, its versions: identifiers.)
  void layer_timings() {
    // (A machine's parts, "| CUDA | 12.6 |", "| Ubuntu | 22.04 |": versions, no figures.)
    for (std::size_t i = table_first_row_; parts_table_ && i < r_.rows.size(); ++i) {
      if (r_.rows[i].role == metrics::Role::metric && r_.rows[i].metric == nullptr)
        detail::as_identifier(r_.rows[i]);
    }
    if (header_.empty()) return;
    const std::string first = text::to_lower(strip_emphasis(header_[0]));
    if (first != "layer" && first != "layer name" && first != "op" && first != "operator" &&
        first != "module" && first != "kernel")
      return;
    // (Its cells name modules or operators, "model.layers.0.q_proj", "aten::mm", "lm_head"; not
    // counts of layers offloaded, nor an API's endpoints.)
    if (first_label_.empty() || first_label_.find('/') != std::string::npos ||
        first_label_.find_first_not_of("0123456789") == std::string::npos ||
        (first_label_.find('.') == std::string::npos &&
         first_label_.find("::") == std::string::npos &&
         first_label_.find('_') == std::string::npos))
      return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.metric_id() != "e2e_latency") continue;
      detail::set_metric(row, "duration");
      detail::add_note(row, "one " + first + "'s time in the profile, no request's latency");
    }
  }

  void card_memory_beside_models() {
    if (devices_table_) return;
    struct Runs {
      std::set<double> values;
      std::set<std::string> models;
    };
    std::map<std::string, Runs> by_device;
    std::vector<std::size_t> rows;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.metric_id() != "memory" || row.statistic != "value" || !row.normalized ||
          !names_bare_memory(row.name))
        continue;
      if (row.context.gpu.empty() || row.context.model.empty()) return;
      Runs& d = by_device[row.context.gpu];
      d.values.insert(*row.normalized);
      d.models.insert(row.context.model);
      rows.push_back(i);
    }
    std::set<double> all;
    bool shared = false;  // (a device run with two models or more)
    for (const auto& [gpu, d] : by_device) {
      if (d.values.size() != 1 || !a_cards_memory(*d.values.begin())) return;
      all.insert(*d.values.begin());
      shared = shared || d.models.size() > 1;
    }
    if (!shared || all.size() < 2) return;
    // (Not a serving engine's, which takes the same share of every card whatever the model:
    // vLLM's gpu_memory_utilization, SGLang's mem_fraction_static.)
    for (const std::size_t i : rows) {
      const std::string backend = text::to_lower(r_.rows[i].context.backend);
      if (backend.find("vllm") != std::string::npos ||
          backend.find("sglang") != std::string::npos || backend.find("tgi") != std::string::npos ||
          backend.find("tensorrt") != std::string::npos)
        return;
    }
    for (const std::size_t i : rows) {
      detail::as_setting(r_.rows[i], "accelerator_memory", true);
      detail::add_note(r_.rows[i], "the same for every model run on the device: the memory it has");
    }
  }

  // "Per-step decode latency (ms)" beside "Accepted tokens / step" of EAGLE: a step of speculative
  // decoding emits several tokens, its time no one token's (a step's, ITL-like).
  void per_step_under_speculation() {
    std::string where = text::to_lower(table_section_);
    for (const auto& h : header_) where += " " + text::to_lower(h);
    bool speculative = false;
    for (const std::string_view w : {"speculat", "eagle", "medusa", "draft", "accept", "mtp"})
      speculative = speculative || where.find(w) != std::string::npos;
    if (!speculative) return;
    static const metrics::MetricDef* const kTpot = metrics::find_metric("tpot");
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.metric != kTpot || text::to_lower(row.name).find("step") == std::string::npos)
        continue;
      detail::set_metric(row, "itl");
      detail::add_note(row, "a speculative decoding step's time: several tokens, no one token's");
    }
  }

  // A memory (bytes) that is a size cards are sold with: 4 to 192 GB, within 3 %.
  static bool a_cards_memory(double bytes) {
    const double gib = bytes / (1024.0 * 1024.0 * 1024.0);
    for (const double size : {4.0,  6.0,  8.0,  10.0, 11.0, 12.0, 16.0,  20.0,  24.0,  32.0,
                              40.0, 48.0, 64.0, 80.0, 94.0, 96.0, 128.0, 141.0, 180.0, 192.0})
      if (std::abs(gib - size) <= 0.03 * size) return true;
    return false;
  }

  // TGI's text-generation-benchmark tables: each row's step names its figures' quantity
  // ("Prefill" in ms the prompt's processing time, in tokens/secs its rate; "Decode (token)" a
  // token's time; "Decode (total)" the decode's whole time; "Decode" in tokens/secs its rate),
  // each batch size a configuration; the tool is TGI's.
  void tgi_benchmark_rows() {
    if (header_.size() < 5 || !text::iequals(text::trim(header_[0]), "Step") ||
        !text::iequals(text::trim(header_[1]), "Batch Size") ||
        !text::iequals(text::trim(header_[3]), "Lowest"))
      return;
    if (r_.format.empty()) r_.format = "tgi benchmark";
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.context.backend.empty()) row.context.backend = "TGI";
      if (row.role != metrics::Role::metric || !row.value) continue;
      const std::string& config = row.context.config;
      const auto at = config.find("Step=");
      if (at == std::string::npos) continue;
      const std::string step = text::to_lower(config.substr(at + 5));
      const bool rate = row.unit == "tok/s";
      const char* metric = nullptr;
      if (step.starts_with("prefill")) {
        metric = rate ? "prompt_eval_rate" : "prompt_eval_time";
      } else if (step.starts_with("decode (token)")) {
        metric = rate ? nullptr : "tpot";
      } else if (step.starts_with("decode (total)")) {
        metric = rate ? nullptr : "eval_time";
      } else if (step.starts_with("decode")) {
        metric = rate ? "decode_rate" : nullptr;
      }
      if (!metric) continue;
      detail::set_metric(row, metric);
      detail::renormalize(row);
    }
  }

  // "pp512 (tok/s)", "tg128 (t/s)": a llama-bench test's column with its rates' unit. The test,
  // or "".
  static std::string test_with_rate_unit(std::string_view h) {
    h = text::trim(h);
    auto open = h.find('(');
    std::string_view unit_text;
    if (open != std::string_view::npos && h.back() == ')') {
      unit_text = h.substr(open + 1, h.size() - open - 2);
    } else if (open = h.rfind(' '); open != std::string_view::npos) {
      unit_text = h.substr(open + 1);  // "pp512 t/s", as a console's spaced table heads it
    } else {
      return {};
    }
    std::string test = detail::bench_test_id(h.substr(0, open));
    if (test.empty()) return {};
    const auto unit = metrics::parse_unit(text::trim(unit_text));
    return unit && *unit == "tok/s" ? test : std::string();
  }

  // "MMLU - ARC (pp)", "HellaSwag − MMLU": two benchmarks' names either side of a minus.
  // "Prompt (pp512)", "Generation (tg128)", "Prompt Processing (pp512)": a phase's name with the
  // llama-bench test in brackets, a column of that test's rates. The test, or "".
  static std::string test_in_phase_header(std::string_view h) {
    const auto open = h.rfind('(');
    const auto close = h.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open ||
        !text::trim(h.substr(close + 1)).empty())
      return {};
    std::string test = detail::bench_test_id(h.substr(open + 1, close - open - 1));
    if (test.empty()) return {};
    for (const auto& w : detail::words_of(text::to_lower(h.substr(0, open)))) {
      static constexpr std::string_view kPhase[] = {"prompt", "processing", "generation", "token",
                                                    "text",   "prefill",    "decode",     "pp",
                                                    "tg",     "speed",      "rate"};
      if (std::find(std::begin(kPhase), std::end(kPhase), w) == std::end(kPhase)) return {};
    }
    return test;
  }

  // The benchmark task a label names, as written ("AdvBench", "MMLU"), or "". Its name must carry
  // a capital: "drop" and "arc" are also words ("Throughput drop").
  static std::string benchmark_named(std::string_view label) {
    const std::string b = detail::benchmark_in(label);
    if (b.empty()) return {};
    const std::string low = text::to_lower(label);
    for (auto at = low.find(b); at != std::string::npos; at = low.find(b, at + 1)) {
      const bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(low[at - 1]));
      const bool ends = at + b.size() == low.size() ||
                        !std::isalnum(static_cast<unsigned char>(low[at + b.size()]));
      const std::string_view written = label.substr(at, b.size());
      if (starts && ends && std::any_of(written.begin(), written.end(), [](unsigned char c) {
            return std::isupper(c) != 0;
          }))
        return std::string(written);
    }
    return {};
  }

  // "| Baseline Agent | Chimera Agent | Chimera vs Baseline |": a column comparing two others of
  // its table by name holds the change from one to the other (decided once per table).
  void mark_compared_columns() {
    col_vs_.assign(header_.size(), false);
    const auto named_by_another = [&](std::string_view side, std::size_t self) {
      const std::string s = text::to_lower(text::trim(side));
      if (s.empty()) return false;
      for (std::size_t k = 0; k < header_.size(); ++k) {
        if (k == self) continue;
        const auto words = detail::words_of(text::to_lower(header_[k]));
        if (std::find(words.begin(), words.end(), s) != words.end()) return true;
      }
      return false;
    };
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string& h = header_[c];
      const auto at = h.find(" vs ");
      if (at == std::string::npos || h.find(" vs ", at + 1) != std::string::npos) continue;
      std::string right = h.substr(at + 4);
      if (right.starts_with(". ")) right.erase(0, 2);
      col_vs_[c] = named_by_another(h.substr(0, at), c) && named_by_another(right, c);
    }
  }

  // A change as a table writes it: "-0.4%", "**+200%**", "0.0%".
  static bool signed_percentage(const MetricRow& row) {
    if (row.unit != "%" || !row.value) return false;
    std::string_view raw = text::trim(row.raw);
    while (!raw.empty() && (raw.front() == '*' || raw.front() == '_')) raw.remove_prefix(1);
    return *row.value == 0 || raw.starts_with("+") || raw.starts_with("-") ||
           raw.starts_with("\xE2\x88\x92");
  }

  static bool names_a_difference(const std::string& header) {
    for (const std::string_view minus : {" - ", " \xE2\x88\x92 ", " minus "}) {
      const auto at = header.find(minus);
      if (at == std::string::npos) continue;
      return !detail::benchmark_in(header.substr(0, at)).empty() &&
             !detail::benchmark_in(header.substr(at + minus.size())).empty();
    }
    return false;
  }

  // "s", "Mean s", "TR129 s": a header ending in a bare "s" (not "Time (s)", "Latency s").
  static bool names_the_symbol_s(const std::string& header) {
    const auto words = detail::words_of(text::to_lower(header));
    if (words.empty() || words.back() != "s" || header.find('(') != std::string::npos) return false;
    for (const std::string_view w : {"time", "latency", "duration", "wall", "elapsed", "ttft"}) {
      if (std::find(words.begin(), words.end(), w) != words.end()) return false;
    }
    return true;
  }

  // A table typed by hand whose cells sit one column off their headers ("| eval count |" holding
  // "482.62 tokens/s", "| eval duration |" holding "3013 token(s)"): where most cells whose header
  // names a count, a duration or a rate carry a unit of another kind, the headers do not say what
  // the figures are. Those figures keep their own units and take no metric, and the file warns.
  void shifted_columns() {
    // (Once per column: a table's rows repeat its few names.)
    std::vector<std::pair<std::string_view, char>> kinds;
    const auto kind_of_header = [&kinds](const std::string& name) -> char {
      for (const auto& [n, k] : kinds) {
        if (n == name) return k;
      }
      const auto words = detail::words_of(text::to_lower(name));
      const auto has = [&](std::string_view w) {
        return std::find(words.begin(), words.end(), w) != words.end();
      };
      const char k = has("count") ? 'c' : has("rate") ? 'r' : has("duration") ? 'd' : 0;
      kinds.emplace_back(name, k);
      return k;
    };
    const auto kind_of_unit = [](const std::string& unit) -> char {
      if (unit == "tokens" || unit == "count") return 'c';
      if (unit == "tok/s" || unit == "req/s") return 'r';
      if (unit == "ms" || unit == "s" || unit == "us" || unit == "ns" || unit == "min") return 'd';
      return 0;
    };
    // (Most tables name no such kind in any header: nothing to compare, no row to look at.)
    if (!label_col_ && std::none_of(header_.begin(), header_.end(),
                                    [&](const std::string& h) { return kind_of_header(h) != 0; }))
      return;
    std::size_t typed = 0, off = 0;
    const MetricRow* example = nullptr;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      const char h = kind_of_header(row.name), u = kind_of_unit(row.unit);
      if (h == 0 || u == 0 || row.role != metrics::Role::metric) continue;
      ++typed;
      if (h != u) {
        ++off;
        if (!example) example = &row;
      }
    }
    if (off < 3 || off * 2 < typed) return;
    std::size_t unnamed = 0;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      const char h = kind_of_header(row.name), u = kind_of_unit(row.unit);
      if (row.role != metrics::Role::metric || u == 0 || (h != 0 && h == u)) continue;
      ++unnamed;
      detail::unname_metric(row, false);
      row.note += std::string(row.note.empty() ? "" : "; ") +
                  "the table's cells do not match its headers (shifted columns?): read by its own "
                  "unit, under no metric";
    }
    detail::add_warning(r_.warnings, "line " + std::to_string(example->line) +
                                         ": the table's cells do not match their headers ('" +
                                         example->name + "' holds '" + example->raw +
                                         "'); its columns look shifted, so " +
                                         std::to_string(unnamed) +
                                         " figures are read by their own units, under no metric");
  }

  // "| Output Length |" with 0.968, 0.421 and 1.000: a column of ratios (a count of tokens is
  // not below 1), its whole numbers 0 and 1 too.
  // "| Mode | N/group | Alpha | Power | Min detectable d |", or "| Power | 0.80 |" under "7.1 Power
  // Analysis": a test's statistical power, a probability, no electrical power.
  void statistical_power() {
    const bool power =
        std::any_of(r_.rows.begin() + static_cast<std::ptrdiff_t>(table_first_row_), r_.rows.end(),
                    [](const MetricRow& row) {
                      return row.metric && row.metric->id == "power" && row.unit.empty();
                    });
    if (!power) return;  // (most tables: no unitless power to look at)
    bool analysis = text::icontains(table_section_, "power analysis");
    for (const auto& h : header_) {
      const std::string low = text::to_lower(text::trim(h));
      analysis = analysis || low == "alpha" || low == "p-value" || low == "p value" ||
                 low.starts_with("min detectable") || low == "effect size";
    }
    if (!analysis) return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (!row.metric || row.metric->id != "power" || !row.unit.empty() || !row.value ||
          *row.value < 0 || *row.value > 1)
        continue;
      detail::unname_metric(row, false);
      row.note += std::string(row.note.empty() ? "" : "; ") +
                  "a test's statistical power (a probability), no electrical power";
    }
  }

  // "| Size (B) | Speed (T/s) | Model |" of "1.5 ... qwen 2.5" and "7 ... qwen 2.5": where one
  // model name stands on rows of several sizes, the size is part of which model each row ran
  // ("qwen 2.5 1.5B"). (A name that tells its rows apart alone stays as written.)
  void sizes_that_tell_models_apart() {
    std::map<std::size_t, std::string> size_of_line;
    std::map<std::string, std::set<std::string>> sizes_of_model;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::parameter ||
          (row.parameter != "model_size" && row.parameter != "model_params") ||
          row.context.model.empty() || names_a_size(row.context.model))
        continue;
      std::string size = size_in_billions(row.name, row.raw);
      if (size.empty()) continue;
      sizes_of_model[row.context.model].insert(size);
      size_of_line[row.line] = std::move(size);
    }
    for (std::size_t i = table_first_row_; i < r_.rows.size() && !size_of_line.empty(); ++i) {
      MetricRow& row = r_.rows[i];
      const auto size = size_of_line.find(row.line);
      const auto model = sizes_of_model.find(row.context.model);
      if (size == size_of_line.end() || model == sizes_of_model.end() ||
          (model->second.size() < 2 && !family_column()))
        continue;
      row.context.model += " " + size->second;
    }
  }

  // "| Model Family | Parameters |": each row's model is its family in the size beside it.
  // (Not beside a "| Model |" column: "| phi-2 | Phi | 2.7B |", the family is the model's kind.)
  bool family_column() const {
    bool family = false;
    for (const auto& h : header_) {
      Context probe;
      if (text::icontains(h, "model family") || text::iequals(text::trim(h), "family")) {
        family = true;
      } else if (context_slot(probe, h) == &probe.model) {
        return false;
      }
    }
    return family;
  }

  // "1.5" under "Size (B)", "7B" under "Params": a model's size in billions of parameters as a
  // model's name writes it ("1.5B"); "" when the column says no billions.
  static std::string size_in_billions(std::string_view header, std::string_view cell) {
    cell = text::trim(cell);
    if (cell.empty() || cell.size() > 8) return {};
    if (cell.back() == 'B' || cell.back() == 'b') {
      // ("1.5 B", as llama-bench's Markdown and people's tables space it: "1.5B".)
      std::string joined(cell);
      if (joined.size() > 2 && joined[joined.size() - 2] == ' ') joined.erase(joined.size() - 2, 1);
      return detail::names_model_size(text::to_lower(joined)) ? joined : std::string();
    }
    const std::string h = text::to_lower(header);
    if (h.find("(b)") == std::string::npos && h.find("billion") == std::string::npos) return {};
    if (!std::all_of(cell.begin(), cell.end(), [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.';
        }))
      return {};
    return std::string(cell) + "B";
  }

  // A model's name that says its size: "qwen 2.5 7B", "Llama-3.1-8B-Instruct".
  static bool names_a_size(std::string_view model) {
    const auto words = detail::words_of(text::to_lower(model));
    return std::any_of(words.begin(), words.end(),
                       [](const std::string& w) { return detail::names_model_size(w); });
  }

  // "| Artifact | Location | Size |": a table of files or folders; its sizes are of data on disk,
  // no model's size and no memory in use.
  void artifact_sizes() {
    const bool artifacts = std::any_of(header_.begin(), header_.end(), [](const std::string& h) {
      const std::string low = text::to_lower(text::trim(h));
      return low == "artifact" || low == "artifacts" || low == "file" || low == "files" ||
             low == "location" || low == "path" || low == "directory" || low == "folder";
    });
    if (!artifacts) return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      const std::string low = text::to_lower(text::trim(row.name));
      if (!low.ends_with("size") || !row.value) continue;
      const bool model_size = row.role == metrics::Role::parameter && row.parameter == "model_size";
      const bool memory = row.metric && row.metric->id == "memory";
      if (!model_size && !memory) continue;
      const std::string unit = row.unit;
      row.role = metrics::Role::metric;
      row.parameter = {};
      if (row.statistic.empty()) row.statistic = "value";
      detail::unname_metric(row, false);
      row.unit = unit;
      detail::renormalize(row);
      row.note +=
          std::string(row.note.empty() ? "" : "; ") + "the size of a file or folder on disk";
    }
  }

  // llama.cpp's llama-batched-bench table ("| PP | TG | B | N_KV | T_PP s | S_PP t/s | T_TG s |
  // S_TG t/s | T s | S t/s |"): B sequences decoded together, each of PP prompt and TG generated
  // tokens. Its speeds are of the B sequences together (S_TG = B x TG / T_TG), its times those of
  // the whole batch; PP, TG, B and N_KV (the KV cells used, B x (PP + TG)) are its settings.
  void batched_bench_rows() {
    // (A comparison puts each engine's column beside the other's: "S_TG t/s (llama.cpp)", "S_TG
    // t/s (ik_llama.cpp)"; the bracket names the engine, the column is batched-bench's.)
    const auto column_of = [](std::string_view h) {
      h = text::trim(h);
      if (const auto open = h.rfind(" ("); open != std::string_view::npos && h.ends_with(')'))
        h = text::trim(h.substr(0, open));
      return h;
    };
    const auto has = [&](std::string_view h) {
      return std::any_of(header_.begin(), header_.end(),
                         [&](const std::string& x) { return column_of(x) == h; });
    };
    if (!has("PP") || !has("TG") || !has("B") || !has("S_TG t/s")) return;
    // The rows of one line of the table share its settings.
    std::map<std::size_t, std::array<double, 3>> settings;  // line -> PP, TG, B
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      const std::string_view name = column_of(row.name);
      auto& s = settings.try_emplace(row.line, std::array<double, 3>{-1, -1, -1}).first->second;
      if (!row.value) continue;
      if (name == "PP") s[0] = *row.value;
      if (name == "TG") s[1] = *row.value;
      if (name == "B") s[2] = *row.value;
    }
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      const std::string_view name = column_of(row.name);
      detail::batched_bench_field(row, name);
      const auto& s = settings[row.line];
      if (s[0] >= 0 && s[1] >= 0) row.context.test = detail::llama_bench_test(s[0], s[1], 0);
      if (s[2] >= 1) row.context.concurrency = std::to_string(static_cast<long long>(s[2]));
      // The model llama.cpp's loader named before the table in the same fence or log
      // ("general.name = Meta-Llama-3.1-8B-Instruct", "file type = Q4_K - Medium").
      if (row.context.model.empty() && !fence_loader_.first.empty()) {
        row.context.model = fence_loader_.first;
        if (row.context.quantization.empty()) row.context.quantization = fence_loader_.second;
        if (row.context.backend.empty()) row.context.backend = "llama.cpp";
      }
    }
    if (r_.format.empty()) r_.format = "llama-batched-bench";
  }

  // "| AWS $/1k req | Consumer $/1k req | Savings/1k |": dollars per "1k" of what the row's other
  // prices name (a thousand requests).
  void abbreviated_price_basis() {
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.unit != "USD") continue;
      const std::string low = text::to_lower(text::trim(row.name));
      const bool thousand = low.ends_with("/1k"), million = low.ends_with("/1m");
      if (!thousand && !million) continue;
      const std::string_view prefix = table_row_prefix(row.locator);
      for (std::size_t k = table_first_row_; k < r_.rows.size(); ++k) {
        const std::string& unit = r_.rows[k].unit;
        if (k == i || table_row_prefix(r_.rows[k].locator) != prefix ||
            !unit.starts_with(thousand ? "USD/k" : "USD/M"))
          continue;
        const std::string basis = unit;
        detail::set_unit(row, basis);
        break;
      }
    }
  }

  // "table[3][7]." of "table[3][7].Savings/1k".
  static std::string_view table_row_prefix(std::string_view locator) {
    const auto at = locator.find("].");
    return at == std::string_view::npos ? locator : locator.substr(0, at + 2);
  }

  void ratio_columns() {
    const auto ratio_statistic = [](const MetricRow& row) {
      return row.statistic != "delta" && row.statistic != "std" && row.statistic != "cv" &&
             row.statistic != "variance";
    };
    const auto column = [](const MetricRow& row) {
      const auto at = row.locator.find("].");
      return at == std::string::npos ? std::string_view()
                                     : std::string_view(row.locator).substr(at);
    };
    std::set<std::string_view> ratios;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.metric || !row.value || *row.value <= 0 || *row.value >= 1 || !ratio_statistic(row))
        continue;
      const auto* named = detail::classify_cached(row.name, {}).metric;
      if (named && named->kind == units::Kind::tokens) ratios.insert(column(row));
    }
    if (ratios.empty()) return;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (!row.metric || row.metric->kind != units::Kind::tokens || !row.value || *row.value < 0 ||
          *row.value > 1 || !ratio_statistic(row) || !ratios.count(column(row)))
        continue;
      detail::unname_metric(row, true);
    }
  }

  // "Angaben sind in avg. tokens/sec", "Values are in ms": a line that says what a table's
  // figures are. Its quantity (a classification with a metric or a unit), or nullptr.
  static std::optional<metrics::Classification> quantity_stated(std::string_view line) {
    const std::string low = text::to_lower(strip_emphasis(line));
    if (low.size() > 120) return std::nullopt;
    std::string_view rest;
    for (const std::string_view lead :
         {"values are in ", "values in ", "figures are in ", "numbers are in ", "results are in ",
          "results in ", "angaben sind in ", "angaben in ", "werte sind in ", "werte in ",
          "valores en ", "valeurs en "}) {
      if (low.rfind(lead, 0) == 0) {  // (the line's start: not "... results in lower latency")
        rest = std::string_view(low).substr(lead.size());
        break;
      }
    }
    // "**Performance Metrics:** (unit: Tokens / second)": the unit in words, bracketed anywhere.
    if (rest.empty()) {
      for (const std::string_view lead : {"(unit: ", "(units: ", "(unit = ", "(in units of "}) {
        if (const auto at = low.find(lead); at != std::string::npos) {
          rest = std::string_view(low).substr(at + lead.size());
          rest = rest.substr(0, rest.find(')'));
          break;
        }
      }
    }
    rest = text::trim(rest);
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ':' || rest.back() == ')'))
      rest = text::trim(rest.substr(0, rest.size() - 1));
    if (rest.empty() || rest.size() > 30) return std::nullopt;
    const auto& cls = detail::classify_cached(rest);
    if (cls.role != metrics::Role::metric || (!cls.metric && cls.unit.empty())) return std::nullopt;
    return cls;
  }

  // "Layers on GPU", "Threads", "Batch", "Tokens", "Runs": a column of counts or settings.
  static bool names_a_count(std::string_view header) {
    const auto words = detail::words_of(text::to_lower(header));
    return std::any_of(words.begin(), words.end(), [](const std::string& w) {
      return w == "layers" || w == "layer" || w == "threads" || w == "batch" || w == "ctx" ||
             w == "context" || w == "tokens" || w == "runs" || w == "count" || w == "size" ||
             w == "n" || w == "requests" || w == "concurrency";
    });
  }

  // A heading that names a quantity and its unit in brackets at its end ("Token Generation Speed
  // (tokens/second)", "Latency (ms)"); nothing for any other.
  static std::optional<metrics::Classification> quantity_with_unit(std::string_view heading) {
    heading = text::trim(heading);
    if (heading.size() < 6 || heading.size() > 80 || !heading.ends_with(')')) return std::nullopt;
    const auto open = heading.rfind('(');
    if (open == std::string_view::npos || open == 0) return std::nullopt;
    if (!metrics::parse_unit(heading.substr(open + 1, heading.size() - open - 2)))
      return std::nullopt;
    const auto& cls = detail::classify_cached(heading);
    if (cls.role != metrics::Role::metric || cls.unit.empty()) return std::nullopt;
    return cls;
  }

  // "**Metric**: `eval_count / eval_duration` (tokens/second)", "record the Tokens / Sec of Eval
  // Time": the document's token rate is the decode rate.
  void rate_the_document_defines(MetricRow& row) const {
    if (!eval_rate_defined_ || !row.metric || row.metric->id != "token_rate" ||
        row.role != metrics::Role::metric)
      return;
    detail::set_metric(row, "decode_rate");
    detail::renormalize(row);
    detail::add_note(row, "the document defines its token rate as the eval (decode) phase's rate");
  }

  // The figures of the table that name no quantity of their own take the one the line above it
  // stated ("Angaben sind in avg. tokens/sec" over "| Modell | MacBook Pro M1 Pro 16GB |").
  void quantity_from_caption() {
    if (!values_caption_) return;
    const metrics::Classification& cls = *values_caption_;
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric || row.metric || !row.unit.empty() || !row.value)
        continue;
      // (Not a column of a count or a setting: "Layers on GPU" 29 is no rate.)
      const auto dot = row.locator.find("].");
      if (dot != std::string::npos && names_a_count(row.locator.substr(dot + 2))) continue;
      if (!cls.unit.empty()) detail::set_unit(row, cls.unit);
      // (The title's quantity, whatever the column's words add: "Short prompt" of a generation
      // speed is no prompt-eval rate.)
      if (cls.metric) detail::set_metric(row, cls.metric->id);
      if (!cls.statistic.empty() && (row.statistic.empty() || row.statistic == "value"))
        row.statistic = cls.statistic;
      // ("Token Generation Speed (tokens/second)": the rate the title names in so many words.)
      if (row.metric && row.metric->id == "token_rate") rate_from_title(row);
      rate_the_document_defines(row);
    }
    values_caption_.reset();
  }

  // "*All values in milliseconds (mean per request).*" right under a table: the unit (and the
  // statistic) of its figures that carry none.
  void note_under_table(std::string_view l) {
    if (note_lines_ == 0) return;
    --note_lines_;
    std::string low = text::to_lower(strip_emphasis(l));
    if (low.rfind("note:", 0) == 0) low = std::string(text::trim(std::string_view(low).substr(5)));
    std::string_view rest;
    for (const std::string_view lead : {"all values in ", "all values are in ", "values in ",
                                        "all figures in ", "all times in "}) {
      if (low.rfind(lead, 0) == 0) rest = std::string_view(low).substr(lead.size());
    }
    if (rest.empty()) return;
    const auto end = rest.find_first_of(" (.,;");
    const auto unit = metrics::parse_unit(rest.substr(0, end));
    if (!unit) return;
    const bool mean = rest.find("mean") != std::string_view::npos;
    note_lines_ = 0;
    for (std::size_t i = note_rows_.first; i < note_rows_.second && i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric || !row.unit.empty() || !row.value) continue;
      detail::set_unit(row, *unit);
      if (mean && row.statistic == "value") row.statistic = "mean";
    }
  }

  // "| Throughputs (Tokens/sec) | CPU | GPU |" over "| tinyllama-1.1b-chat | 11.73 | 100.74 |": the
  // corner names the quantity and unit of every figure (the other columns name none: where each
  // ran), and the first column the row (a model, or a configuration).
  // "CPU", "GPU", "NPU", "Metal": a device a row of figures ran on.
  static bool names_a_device(std::string_view v) {
    for (const std::string_view w :
         {"cpu", "gpu", "npu", "tpu", "igpu", "metal", "cuda", "vulkan", "rocm", "mps", "sycl"})
      if (text::iequals(text::trim(v), w)) return true;
    return !detail::gpu_named_in(v).empty();
  }

  void quantity_in_the_corner(const std::vector<std::string>& cells) {
    if (label_col_ || console_table_ || bench_table_ || header_.size() < 2 || values_caption_)
      return;
    const auto& corner = detail::classify_cached(header_[0]);
    if (corner.role != metrics::Role::metric || !corner.metric || corner.stat_only ||
        corner.unit.empty())
      return;
    // (A model's name, or a configuration's with a figure in it: not "OOM" or "timeout", a
    // failed run's mark in a column of figures.)
    const std::string first = strip_emphasis(cells[0]);
    if (first.empty() || numeric::parse_cell(first) ||
        !std::isalpha(static_cast<unsigned char>(first[0])) || detail::is_no_value(first) ||
        !(looks_like_llm(first) || first.find_first_of("0123456789") != std::string::npos ||
          names_a_device(first)))
      return;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      const auto& other = detail::classify_cached(header_[c]);
      if (header_[c].empty() || other.metric || !other.unit.empty() ||
          other.role == metrics::Role::parameter)
        return;
    }
    values_caption_ = corner;
    header_[0] = looks_like_llm(first)   ? "Model"
                 : names_a_device(first) ? "Device"
                                         : "Configuration";
    roles_[0] = detail::column_role(header_[0]);
  }

  // "### 硬件" over "| GPU | 显存 | 驱动 | CUDA |" of one row ("3090"), "### 模型" over "| 模型 |"
  // of one row: a set-up section's one-row table names the machine and the model of the document's
  // figures, where the document names none (end_table).
  void setup_row_candidates(const std::vector<std::string>& cells) {
    if (row_ != 0) return;
    setup_row_ = Context{};
    if (!setup_section_) return;
    for (std::size_t c = 0; c < cells.size() && c < header_.size(); ++c) {
      Context probe;
      const std::string* slot = context_slot(probe, header_[c]);
      // (Every column a part of what ran: not "| Role | Model |" of a judge, a draft, an
      // embedder beside the model measured.)
      if (!slot) {
        const auto& k = detail::classify_cached(header_[c]);
        if (k.role != metrics::Role::identifier && k.role != metrics::Role::parameter &&
            !(k.metric && k.metric->id == "memory")) {
          setup_row_ = Context{};
          return;
        }
        continue;
      }
      const std::string v = strip_emphasis(cells[c]);
      if (slot == &probe.model && looks_like_llm(v)) setup_row_.model = v;
      if (slot == &probe.gpu) {
        setup_row_.gpu = detail::gpu_named_in(v);
        if (setup_row_.gpu.empty() && detail::geforce_number(v))
          setup_row_.gpu = detail::geforce_name(v);
      }
    }
  }

  void adopt_setup_row() {
    if (row_ != 1 || (setup_row_.model.empty() && setup_row_.gpu.empty())) return;
    // (A table of what ran, no figures: not a results table's one row.)
    for (std::size_t i = table_first_row_; i < r_.rows.size(); ++i)
      if (r_.rows[i].role == metrics::Role::metric) return;
    if (document_.model.empty()) document_.model = setup_row_.model;
    if (document_.gpu.empty() && !no_gpu_ && !setup_row_.gpu.empty()) {
      document_.gpu = setup_row_.gpu;
      document_gpu_line_ = table_line_;
    }
  }

  // "|  | Memory | TPS | TPS |" right under "| | | Raspberry Pi 4 | 4060Ti |": a second header
  // row, naming the quantity of each column the first names by its device or set-up. Its names
  // join the columns' (the first row's name the column's device); no row of figures.
  bool sub_header_row(const std::vector<std::string>& cells) {
    const std::size_t n = std::min(cells.size(), header_.size());
    if (n < 3) return false;
    std::vector<std::string> names(n);
    std::size_t named = 0;
    for (std::size_t c = 0; c < n; ++c) {
      names[c] = std::string(text::trim(strip_emphasis(cells[c])));
      if (names[c].empty()) continue;
      // (Names, short: no figure, "60 seconds (Target)", "98.7-101.1 tok/s", nor a sentence.)
      if (names[c].size() > 40 || std::isdigit(static_cast<unsigned char>(names[c][0])) ||
          names[c][0] == '~' || names[c][0] == '-' || names[c][0] == '+' ||
          detail::is_number_cell(names[c]) || numeric::parse_cell(names[c]))
        return false;
      const auto& sub = detail::classify_cached(names[c]);
      if (sub.role != metrics::Role::metric || !sub.metric) return false;
      const auto& top = detail::classify_cached(header_[c]);
      if (top.metric && !top.stat_only) return false;
      ++named;
    }
    if (named < 2) return false;
    // The first row's names are devices where one is known ("Raspberry Pi 5"): the others beside
    // it too, as written ("4060Ti", "2xP40"), when short and numbered as devices are.
    // (Its first cell blank, over the rows' labels, or a header of devices or engines: no
    // glossary's first row of terms under "| Term | Meaning |".)
    std::size_t devices = 0, engines = 0;
    for (std::size_t c = 0; c < n; ++c) {
      if (names[c].empty()) continue;
      devices += !detail::gpu_named_in(header_[c]).empty() ? 1 : 0;
      engines += !detail::serving_engine_in(header_[c]).empty() ? 1 : 0;
    }
    if (!names[0].empty() && devices + engines == 0) return false;
    for (std::size_t c = 0; c < n; ++c) {
      if (names[c].empty()) continue;
      if (c < col_gpu_.size() && col_gpu_[c].empty()) {
        col_gpu_[c] = detail::gpu_named_in(header_[c]);
        if (col_gpu_[c].empty() && devices > 0 && header_[c].size() <= 12 &&
            header_[c].find_first_of("0123456789") != std::string::npos &&
            header_[c].find(' ') == std::string::npos &&
            detail::quantization_in(header_[c]).empty())  // (not "Q4_K_M", "Q8_0")
          col_gpu_[c] = header_[c];
      }
      const std::string merged = header_[c].empty() ? names[c] : header_[c] + " " + names[c];
      const HeaderFacts& f = header_facts(merged);
      header_[c] = f.stripped;
      roles_[c] = f.role;
    }
    where_ = detail::locator_names(header_);
    return true;
  }

  void table_row(const std::vector<std::string>& cells, std::size_t number) {
    if (row_ == 0 && !in_fence_ && sub_header_row(cells)) return;
    setup_row_candidates(cells);
    const std::size_t n = std::min(cells.size(), header_.size());
    if (row_ == 0 && n > 1) metric_labels_under_an_empty_corner(cells);
    if (row_ == 0 && n > 1) quantity_in_the_corner(cells);
    // "| Average | ESC[0;34mRunning ... |": a program's coloured output pasted into a cell, its
    // lines breaking the table: say so once (the figures in it are not the table's).
    // (The line held one: see line(), which looks once per line.)
    if (escapes_in_line_ && !escapes_warned_) {
      escapes_warned_ = true;
      r_.warnings.push_back("line " + std::to_string(number) +
                            ": a table cell holds terminal escape codes (a program's output "
                            "pasted into the table, which breaks it over lines); its figures "
                            "not read");
    }
    stripped_.clear();
    for (std::size_t c = 0; c < n; ++c) stripped_.push_back(strip_emphasis(cells[c]));
    if (row_ == 0 && !length_cols_.empty()) keep_lengths_that_are_whole(n);
    if (continues_the_line_above(n)) return;
    if (group_row(cells)) {
      ++row_;  // (counted: the rows below keep their places)
      return;
    }
    flush_line_note();
    line_first_row_ = r_.rows.size();
    // "| Speed | 273 t/s |" under "| **Prompt Processing** |": the phase the group row names.
    if (!group_phase_.empty() && n > 1 && label_col_ && generic_label(stripped_[0]))
      stripped_[0] = group_phase_ + " " + stripped_[0];
    // "| | chimera_hetero |" under "| Python | chimera_homo |": a blank first cell repeats the
    // label above it (a grouped table), when that label is a name, not a figure.
    if (n > 1 && stripped_[0].empty() && !first_label_.empty()) {
      stripped_[0] = first_label_;
    } else if (n > 0) {
      first_label_ = detail::is_number_cell(stripped_[0]) ? std::string() : stripped_[0];
    }
    if (settings_table_ && n == 2) setup_row(stripped_[0], stripped_[1], number);
    if (n > 2 && row_ < 8) model_of_compared_setups(n, number);
    // (A "| Field | Value |" table is both: the document's set-up, and its own figures' labels.)
    if (label_col_ && (!settings_table_ || field_table_) && n == 2 && header_.size() == 2)
      keyed_context(stripped_[0], stripped_[1]);
    // "| **PROMEDIO** | **6.8 tok/s** |", "| Average | … |": a row of the rows' statistic.
    std::string row_statistic;
    row_stat_metric_.clear();
    if (n > 1) row_statistic = statistic_of_row(stripped_[0], header_.empty() ? "" : header_[0]);
    row_statistic_ = row_statistic;
    const std::vector<std::string_view> views(stripped_.begin(), stripped_.end());
    auto labels = detail::row_labels(roles_, header_, views, any_baseline_);
    pending_note_ = std::move(labels.note);
    Context& ctx = labels.context;
    // "| **gpt-oss-120b** |", "| **RTX 3090** |", "| **Q8_0** |" above (most tables: none).
    if (!group_model_.empty() && ctx.model.empty()) ctx.model = group_model_;
    if (!group_gpu_.empty() && ctx.gpu.empty()) ctx.gpu = group_gpu_;
    if (!group_load_.empty() && ctx.concurrency.empty()) ctx.concurrency = group_load_;
    if (!group_quant_.empty() && ctx.quantization.empty()) ctx.quantization = group_quant_;
    // "| Model Size |" of "0.5B" under "# Qwen2.5 family on an M3 Max": the family's model of that
    // size; under a model that names its own size, that model (the column lists its sizes).
    if (labels.model_by_size)
      if (const std::string& above = heading_model(); !above.empty())
        ctx.model = names_a_size(above) ? above : above + " " + ctx.model;
    // ("| Percentile |" of "p95": the row's statistic, no label of its run; "Average TTFT" keeps
    // its label, for a column of another quantity.)
    if (!row_statistic.empty() && !header_.empty() && !header_names_other_metric()) {
      const std::string label = header_[0] + "=" + stripped_[0];
      if (const auto at = ctx.config.find(label); at != std::string::npos) {
        ctx.config.erase(at, label.size());
        if (at > 0 && at < ctx.config.size() && ctx.config[at - 1] == ' ' && ctx.config[at] == ' ')
          ctx.config.erase(at, 1);  // (one space between the labels left)
        ctx.config = std::string(text::trim(ctx.config));
      }
    }
    // "| Model |" of "GGUF Q4_K_S", "MLX 8-bit" under "### MiniMax M2.1 Performance": the weights'
    // format and precision, no model's name; the model is the heading's (or unsaid).
    if (!ctx.model.empty() && only_weights_format(ctx.model)) {
      if (ctx.quantization.empty()) ctx.quantization = detail::quantization_in(ctx.model);
      const std::string label = "weights=" + ctx.model;
      if (ctx.config.find(label) == std::string::npos)
        ctx.config = ctx.config.empty() ? label : ctx.config + " " + label;
      ctx.model.clear();
    }
    // "| Model |" of "PyTorch MPS" (an engine and its device: the backend; the model is the
    // heading's) or "**Speedup**" (a row of ratios, no model).
    // ("llama.cpp CUDA" too, whose "llama" a model's name could begin with.)
    if (!ctx.model.empty()) {
      if (std::string engine = only_an_engine(ctx.model); !engine.empty()) {
        if (ctx.backend.empty()) ctx.backend = std::move(engine);
        const std::string label = "engine=" + ctx.model;
        if (ctx.config.find(label) == std::string::npos)
          ctx.config = ctx.config.empty() ? label : ctx.config + " " + label;
        ctx.model.clear();
      } else if (const auto& c = detail::classify_cached(ctx.model);
                 !looks_like_llm(ctx.model) && c.role == metrics::Role::metric && c.metric &&
                 c.metric->id == "speedup") {
        ctx.model.clear();
      }
    }
    // "Qwen/Qwen3-Coder-30B-A3B-Instr...": a name cut short in its cell, the document's name it
    // begins ("- **Test Model:** Qwen/Qwen3-Coder-30B-A3B-Instruct").
    if (ctx.model.size() > 8 && (ctx.model.ends_with("...") || ctx.model.ends_with("\xE2\x80\xA6")))
      ctx.model = full_model_name(ctx.model);
    // "| **Qwen 2.5 Chimera Homo** | 89.41% |": a row label that names one model.
    if (ctx.model.empty() && n > 1 && !labels_an_absence_ &&
        !detail::is_number_cell(stripped_[0])) {
      ctx.model = model_named_by(stripped_[0]);
    }
    // "| Total TPS at N=8 (1B model) |": the one model of that size the document named.
    if (ctx.model.empty() && n > 1) ctx.model = model_by_size(stripped_[0]);
    remember_model(ctx.model);
    if (ctx.model.empty()) ctx.model = caption_model_;
    if (ctx.quantization.empty() && (ctx.model == caption_model_ || caption_model_.empty()))
      ctx.quantization = caption_quant_;
    if (ctx.gpu.empty()) ctx.gpu = caption_gpu_;
    // "| Total tok/s at N=8 | ... |": a row label that names its load level.
    if (ctx.concurrency.empty() && n > 1) ctx.concurrency = detail::agents_in(stripped_[0]);
    // "| 1K ctx / 2 req | ... |", "| pp2048 (c4) | ... |": requests in flight.
    if (ctx.concurrency.empty() && n > 1)
      if (auto in_flight = detail::in_flight_in(stripped_[0]);
          !in_flight.empty() && !detail::is_number_cell(stripped_[0]))
        ctx.concurrency = std::move(in_flight);
    // "| Raw agreement at Q2_K | 58% |": a row label that names its precision.
    if (ctx.quantization.empty() && n > 1 && label_col_)
      ctx.quantization = one_quantization_in(stripped_[0]);
    // "| LLM judge kappa (AdvBench) | 0.013 |": a row label that names its benchmark task.
    if (ctx.test.empty() && n > 1 && label_col_) ctx.test = benchmark_named(stripped_[0]);
    // "| Prefill @ 8K | 331 tok/s |": what the row's quantity was measured at, after an "@" (the
    // rows of one quantity at 8K and at 32K stay apart).
    if (n > 1 && label_col_) {
      const std::string_view lab = stripped_[0];
      // (Not a load already read, "TPS @ c=50", nor a device in brackets, "(CPU @ Xeon)".)
      if (const auto at = lab.find(" @ ");
          at != std::string_view::npos && at > 0 && lab.size() - at <= 27 &&
          lab.find('(') == std::string_view::npos && detail::in_flight_in(lab).empty()) {
        const std::string at_what = "@ " + std::string(text::trim(lab.substr(at + 3)));
        if (ctx.config.find(at_what) == std::string::npos)
          ctx.config = ctx.config.empty() ? at_what : ctx.config + " " + at_what;
      }
    }
    // A console table (genai-perf's, AIPerf's) is of the run on the command line above it.
    if (console_table_ && ctx.model.empty()) ctx.model = vllm_model_;
    if (console_table_ && ctx.concurrency.empty()) ctx.concurrency = client_concurrency_;
    // (A GuideLLM strategy in any table: its names are its own.)
    bool strategy_row = false;
    if (n > 0 &&
        (console_table_ || stripped_[0].find('@') != std::string::npos ||
         stripped_[0] == "synchronous") &&
        detail::guidellm_strategy(stripped_[0], ctx)) {  // "concurrent@4"
      guidellm_console_ = guidellm_console_ || console_table_;
      strategy_row = true;
      // GuideLLM 0.5 on prints a bare "constant" per rate its log listed ("rate=[1.0, 5.0]"), in
      // that order.
      if (ctx.config == "constant" && ctx.rate.empty() && constant_rows_ < guidellm_rates_.size())
        ctx.rate = guidellm_rates_[constant_rows_];
      if (ctx.config == "constant") ++constant_rows_;
    }
    if (ctx.model.empty()) {
      ctx.model = heading_model();
      // "## Optimal for Gemma3" in a report on gemma3:latest: the document names it in full.
      if (!ctx.model.empty() &&
          text::to_lower(document_.model).rfind(text::to_lower(ctx.model), 0) == 0)
        ctx.model = document_.model;
    }
    // The GGUF a llama.cpp command in the section's prose ran ("Command: `llama-bench -m
    // dir/Model-Q4_K_S.gguf`"), for the rows of llama.cpp or of no engine named.
    if (ctx.model.empty() && !command_model_.empty() && command_section_ == section_changes_) {
      const std::string& engine = ctx.backend.empty() ? heading_backend() : ctx.backend;
      if (engine.empty() || text::iequals(engine, "llama.cpp")) {
        ctx.model = command_model_;
        if (ctx.quantization.empty()) ctx.quantization = detail::quantization_in(command_model_);
        if (ctx.backend.empty()) ctx.backend = "llama.cpp";
      }
    }
    // The document's quantization ("**Model:** llama3.1:8b (q4_0, q5_K_M, q8_0)") only where no
    // column and no heading names one (below): "3.4 Top 10 (q4_0)" is narrower.
    const bool own_quantization = !ctx.quantization.empty();
    if (ctx.backend.empty()) ctx.backend = heading_backend();
    const bool own_backend = !ctx.backend.empty();
    const EngineModel* engine_model_of_row =
        ctx.model.empty() && own_backend && !engine_models_.empty() ? engine_model(ctx) : nullptr;
    if (engine_model_of_row) ctx.model = engine_model_of_row->model;
    engine_row_ = engine_model_of_row != nullptr;
    const bool own_gpu = !ctx.gpu.empty();
    // The devices a log printed right before its table ("Device 0: NVIDIA A30, compute
    // capability 8.0") are nearer than the document's "**Hardware:** ORCA Supercluster".
    if (ctx.gpu.empty() && !devices_.empty()) ctx.gpu = main_gpu_alone(n);
    if (ctx.gpu.empty() && !devices_.empty()) ctx.gpu = device_list();
    ctx.fill_from(document_);
    if (!own_quantization) ctx.quantization.clear();
    if (engine_model_of_row && !own_quantization)
      ctx.quantization = engine_model_of_row->quantization;
    // "For Python Dual Ollama Deployments" in a report whose framework is Rust's: not the
    // document's backend.
    if (!own_backend && other_runtime_) ctx.backend.clear();
    // A log of several runs, each under its own "Backend: mlx-lm" banner: a table after them
    // gathers the runs, no one banner's.
    if (!own_backend && document_backends_ > 1) ctx.backend.clear();
    // "## ROCm 6.4 HIP + Flash Attention" in a document run on "Vulkan RADV": not its backend.
    if (!own_backend && !ctx.backend.empty() && ctx.backend == document_.backend &&
        names_another_compute_backend(table_section_))
      ctx.backend.clear();
    // A section's compute backend ("### 3.7 dGPU (A770) SYCL") where the row's engine is
    // llama.cpp's or unsaid.
    if (!own_backend && (ctx.backend.empty() || text::iequals(ctx.backend, "llama.cpp")))
      if (const std::string& compute = nearest(heading_computes_); !compute.empty())
        ctx.backend = compute;
    // "| Device |" of "Windows i5-12600K 32GB RAM, AMD 6950 XT": the machine's GPU.
    if (ctx.gpu.find_first_of(",+") != std::string::npos)
      if (std::string gpu = detail::gpu_of_a_part(ctx.gpu); !gpu.empty()) ctx.gpu = std::move(gpu);
    if (ctx.concurrency.empty()) ctx.concurrency = table_concurrency_;
    if (!table_rate_.empty() && ctx.rate.empty())
      ctx.rate = table_rate_;  // "**Time to First Token at 0.37 rps:**"
    if (!table_settings_.empty()) ctx.config += (ctx.config.empty() ? "" : " ") + table_settings_;
    if (!run_label_.empty()) ctx.config += (ctx.config.empty() ? "" : " ") + run_label_;
    if (ctx.test.empty()) ctx.test = table_dataset_;
    if (ctx.section.empty()) ctx.section = table_section_;
    if (ctx.gpu.empty() && !devices_.empty()) ctx.gpu = device_list();
    // "| aws_g5_xlarge | ... | on_demand_usd |": a row of a cloud instance's figures is of that
    // machine, not the document's (its accelerator where the instance type names one).
    if (!own_gpu && provider_col_ < n && !stripped_[provider_col_].empty())
      ctx.gpu = detail::gpu_named_in(stripped_[provider_col_]);
    // "| System |" of "Intel 265K Custom PC (Nvidia RTX 4090)": the machine a row ran on, its
    // GPU where it names one (over the document's).
    if (!own_gpu && machine_col_ < n)
      if (auto named = detail::gpu_named_in(stripped_[machine_col_]); !named.empty())
        ctx.gpu = std::move(named);
    const bool pair_row = matrix_ && n > 0 && names_a_column(stripped_[0]);
    if (pair_row) ctx.config.clear();  // "=Efficiency": the row's quantity, not a configuration
    // "| Test | CTX | ... |" with "006" under Test: an id of the row's configuration, no metric.
    const bool id_label = n > 0 && numeric::parse_cell(stripped_[0]).has_value();
    // "| Scenario | Tokio-default | ... |" with "Mean Efficiency" down the first column: the row
    // names its quantity, not a scenario.
    const bool names_metric =
        !label_col_ && n > 1 && !id_label && !strategy_row && names_a_quantity(stripped_[0]);
    if (names_metric && ctx.config == stripped_[0]) ctx.config.clear();
    const std::string label =
        (label_col_ || names_metric) && n > 0 && !id_label ? stripped_[0] : std::string();
    // (For the columns named only by a configuration, "N=1", "Q4_K_M": not "Slope", "p-value".)
    const std::string metric_label =
        label.empty() && metric_col_ < n && !detail::is_number_cell(stripped_[metric_col_])
            ? stripped_[metric_col_]
            : std::string();
    // "| **Best Chimera-Homo** | 99.25% | 99.01% |": the reference system's scenario the row's
    // figures come from.
    if (label.find("himera") != std::string::npos || label.find("HIMERA") != std::string::npos) {
      if (auto scenario = detail::reference_scenario_in(label);
          !scenario.empty() && ctx.config.find(scenario) == std::string::npos)
        ctx.config = scenario + (ctx.config.empty() ? "" : " " + ctx.config);
    }
    // What the row's label, and the Metric column's, say alone (role, setting): looked up once
    // per row, when a cell first asks. (Copied: the classification cache may be cleared.)
    std::optional<LabelSays> label_says, metric_label_says;
    const auto says = [](std::optional<LabelSays>& memo, const std::string& text) {
      if (!memo) {
        const auto& c = detail::classify_cached(text);
        memo = LabelSays{c.role, c.parameter};
      }
      return *memo;
    };
    const bool difference_row = names_a_difference_row(label.empty() ? stripped_[0] : label);
    // "| projected 890M | 28.1 |": a row of figures worked out beforehand, not measured.
    const bool stated_row = n > 1 && label.empty() && states_beforehand(stripped_[0]);
    // "| vLLM eta(8) | 0.56 |": the row's label names the engine its figures are of (not a label
    // that is only the engine's name or a word holding it, "onnx_file_size_mb", nor a comparison
    // of two, "δ (compile − ollama)"). Once per row.
    std::string label_engine;
    if (!label.empty() && !compares(label) && !written_as_difference(label)) {
      label_engine = detail::engine_in(label);
      if (label_engine == label) label_engine.clear();
    }
    // "ms/token (CUDA @ V100 SXM2)", "ms/token (CPU @ Platinum 8260)": the device the row's
    // quantity was measured on, in brackets after it.
    std::string label_gpu, label_device;
    if (label_col_ && label.size() > 4 && label.back() == ')') {
      if (const auto open = label.rfind('('); open != std::string::npos && open > 0) {
        const std::string inner = label.substr(open + 1, label.size() - open - 2);
        if (!metrics::parse_unit(inner)) {
          label_gpu = detail::gpu_named_in(inner);
          if (label_gpu.empty() &&
              (text::icontains(inner, "cpu") || inner.find(" @ ") != std::string::npos))
            label_device = "device=" + inner;  // ("MPS @ M2 Ultra": a backend on a machine)
        }
      }
    }
    const std::size_t row_start = r_.rows.size();
    for (std::size_t c = 0; c < n; ++c) {
      if (roles_[c].use != detail::ColumnRole::Use::metric) continue;
      if (pair_row) {
        pair_cell(stripped_[0], c, cells[c], number, ctx);
        continue;
      }
      const std::size_t first = r_.rows.size();
      const std::string& row_label =
          label.empty() && title_use_[c] != TitleUse::none ? metric_label : label;
      // (A variant's column named by a setting adds no words to the quantity: "Model Init Time"
      // under "Speculative Decoding" is no decode time.)
      const bool variant_col = c < variant_col_.size() && variant_col_[c];
      const std::string labelled =
          c > 0 && !row_label.empty()
              ? (variant_col ? row_label : detail::labelled_name(row_label, header_[c]))
              : std::string();
      // "| Models | TR134 (Quantization) | TR135 (Concurrency) |": a study's column whose bracket
      // is the study's topic; the row's label alone names the quantity.
      const bool topic_column = label_col_ && !row_label.empty() && names_a_study_topic(c);
      // (A variant's column named by a setting, "Speculative Decoding" beside "Baseline 3B": its
      // figures are named by their unit, not by the setting's name.)
      const bool variant = variant_col && labelled.empty();
      MetricRow* row = detail::add_text_row(r_.rows,
                                            topic_column       ? std::string_view(row_label)
                                            : variant          ? std::string_view("Value")
                                            : labelled.empty() ? std::string_view(header_[c])
                                                               : std::string_view(labelled),
                                            cells[c]);
      if (row && topic_column) row->name = labelled;
      if (row && variant) row->name = header_[c];
      if (!row) {
        detail::note_text_cell(r_, number, cells[c]);
        continue;
      }
      // "| Model | J at N=8 |" after "Jain's index exceeds 0.997": the index, not joules.
      if (jain_named_ && row->metric && row->metric->id == "energy" &&
          (bare_j(header_[c]) || bare_j(label)))
        detail::unname_metric(*row, true);
      // "| cuDNN | 91002 | 91002 |" under study columns: the row's label says it is a version.
      // "| Model Size | 3.3 GiB | 4.9 GiB |" under models' columns: a setting of each.
      if (!labelled.empty() && labelled != row_label && row->role == metrics::Role::metric) {
        const LabelSays by_label =
            &row_label == &label ? says(label_says, label) : says(metric_label_says, metric_label);
        if (by_label.role == metrics::Role::identifier) {
          detail::as_identifier(*row);
        } else if (by_label.role == metrics::Role::parameter && by_label.parameter &&
                   (row->statistic.empty() || row->statistic == "value" ||
                    row->statistic == "expected")) {  // "Context Window Size / Expected Value"
          detail::as_setting(*row, by_label.parameter->id, row->unit != "count");
        }
      }
      // "| Python | 3.13 |", "| CUDA | 12.8 |" of an environment table: a version.
      if (row->role == metrics::Role::metric && written_as_version(stripped_[c]) &&
          (names_software(row_label) ||
           (c == 1 && n == 2 && stripped_[0].find(' ') != std::string::npos &&
            names_software(stripped_[0]))))  // "| CUDA Toolkit | 12.9 |" (not "| ollama | 1.25 |")
        detail::as_identifier(*row);
      row->locator = locator(c);
      row->line = number;
      row->context = ctx;
      // ("ROCm" 4 beside "Vulkan" 3, "C" 9 beside "Python" 8: a figure, no version or
      // concurrency; backends_compared, languages_scored.)
      if (c < figure_col_.size() && figure_col_[c] && row->role != metrics::Role::metric) {
        row->role = metrics::Role::metric;
        row->parameter = {};
        row->metric = nullptr;
        row->kind = units::Kind::other;
        row->statistic = "value";
      }
      // "| W | W 理论实际比 | B |": capital letters the document defines (tokens per millisecond,
      // a base latency), two or more of them in one table: no unit of their own ("W" no watts).
      if (row->role == metrics::Role::metric && !row->unit.empty() && letter_variable(header_[c]) &&
          !cell_has_unit(stripped_[c])) {
        row->metric = nullptr;
        row->kind = units::Kind::other;
        row->unit.clear();
        detail::renormalize(*row);
        detail::add_note(*row, "'" + header_[c] +
                                   "' names a quantity the document defines by a letter: no unit");
      }
      // "10W" among the token counts of a Chinese table ("| 模型 | bfloat16 |" of "49131",
      // "10W"): 10万, ten times ten thousand, no watts (a header that names no power).
      if (row->role == metrics::Role::metric && row->unit == "W" && row->value &&
          wan_in_chinese_table(c))
        read_as_wan(*row);
      // (Not a ratio, "2.76X" beside the averages: the ratio of the means, no mean of ratios.)
      if (c > 0 && !row_statistic.empty() && row->role == metrics::Role::metric &&
          row->unit != "x" &&
          (row_stat_metric_.empty() || !row->metric || row->metric_id() == row_stat_metric_ ||
           row->metric_id() == "duration") &&
          (row->statistic.empty() || row->statistic == "value" || row->statistic == "sample"))
        row->statistic = row_statistic;
      // (... whichever corner names the rows: "| Métrica |", "| Metric |" of "Average".)
      if (c > 0 && !row_statistic.empty() && row->unit == "x" && row->statistic == row_statistic &&
          row->metric_id() != "speedup")
        row->statistic = "value";
      // "| **Tokens per Prompt** | 30 | 30 |" of the set-ups compared: a setting nothing names
      // (a measured row's label names its metric: "| Load Time (s) | …").
      // (Only in a table a model row showed to be of set-ups: "| Quantization Setting | RTX
      // 3090 |" over speeds is of results.)
      if (compared_setups_ && setups_model_row_ && c > 0 && row->role == metrics::Role::metric &&
          !row->metric) {
        row->role = metrics::Role::parameter;
        row->statistic.clear();
      }
      // "| Metric | CPU (`n_gpu_layers=0`) | GPU — RTX 3050 |": the column's figures ran on the
      // CPU alone, whatever GPU the document names (not a "CPU %" column's usage).
      if (!header_[c].empty() && (header_[c][0] == 'C' || header_[c][0] == 'c') &&
          row->kind != units::Kind::utilization && detail::names_a_cpu_run(header_[c]))
        row->context.gpu = "cpu";
      // "| Single Request | Batch (5 req) |": the column names the requests in flight.
      if (row->context.concurrency.empty() && c < col_in_flight_.size())
        row->context.concurrency = col_in_flight_[c];
      if (c < col_rate_.size() && !col_rate_[c].empty() && row->context.rate.empty())
        row->context.rate = col_rate_[c];
      if (bench_table_ && roles_[c].parameter == "tensor_split")
        detail::as_setting(*row, roles_[c].parameter, false);  // "ts" 8.00: no tokens per second
      // A sweep's leading "Input Length" 128: the length asked for (leading_lengths_as_settings).
      if ((roles_[c].parameter == "input_len" || roles_[c].parameter == "output_len") &&
          row->role == metrics::Role::metric && row->metric &&
          (row->metric->id == "input_tokens" || row->metric->id == "output_tokens"))
        detail::as_setting(*row, roles_[c].parameter, true);
      if (console_table_) detail::guidellm_console_figure(*row, header_[c]);
      if (col_bench_test_[c] && !row->metric && row->role == metrics::Role::metric &&
          row->unit.empty())
        detail::set_unit(*row, "tok/s");  // the rate of the test; refine_by_test names it
      // "Baseline (mean ± σ)" under "Configuration: num_gpu=60, ...": the baseline did not run
      // with the settings the table verifies.
      if (!table_settings_.empty() && text::to_lower(header_[c]).find("baseline") == 0)
        drop_suffix(row->context.config, table_settings_);
      detail::default_statistic(*row, measurement_table_ ? "sample" : "value");
      // ... whose time (or its mean over the prompt's runs) is a request's whole time.
      static const metrics::MetricDef* const kDuration = metrics::find_metric("duration");
      // (Named so by its header: a figure in ms under "Baseline 3B" may be another quantity the
      // title names.)
      if (prompt_table_ && row->metric == kDuration && row->statistic != "sum" &&
          row->statistic != "count" && detail::classify_cached(header_[c]).metric == kDuration) {
        detail::set_metric(*row, "e2e_latency");
        detail::add_note(*row, "a request's time: each row is a prompt's");
      }
      if (stated_row && row->role == metrics::Role::metric &&
          (row->statistic == "value" || row->statistic == "sample")) {
        row->statistic = "expected";
        row->note += (row->note.empty() ? "" : "; ") +
                     std::string("the row states a figure worked out beforehand, not measured");
      }
      // "| Δ (Rust - Python) | +13.90 | +4.9pp |", "| vs Python CV | -2.5pp |": a row of
      // differences between two configurations' figures.
      // (Of any statistic the column names: "StdDev" +2.61 is the difference of two spreads.)
      if (difference_row && row->role == metrics::Role::metric && row->statistic != "count" &&
          row->statistic != "sum" && row->statistic != "expected")
        row->statistic = "delta";
      // "Quality Gates by Application Type": a gate's "Min MMLU" 40 % is a bar set beforehand.
      if (gate_table_ && row->role == metrics::Role::metric &&
          (row->statistic == "min" || row->statistic == "max" || row->statistic == "value"))
        row->statistic = "expected";
      if ((illustrative_ || reading_guide_) && row->role == metrics::Role::metric) {
        row->statistic = "expected";  // stated, not measured
        row->note += std::string(row->note.empty() ? "" : "; ") +
                     (illustrative_ ? "an illustrative figure, not a measurement"
                                    : "a reading guide's estimate, not a measurement");
        if (reading_guide_) detail::unname_metric(*row, false);
      }
      if (title_use_[c] == TitleUse::caption_or_heading && names_a_scenario(header_[c])) {
        std::string& config = row->context.config;  // "single_micro": the workload it ran
        config += (config.empty() ? "" : " ") + header_[c];
      }
      if (!col_labels_[c].empty()) {  // "N=8": the column's own label
        std::string& config = row->context.config;
        config += (config.empty() ? "" : " ") + col_labels_[c];
      }
      if (col_baseline_[c]) detail::baseline_beside_tuned(*row, labels.settings);
      // "FP16 Composite" beside a "Quant Level" of Q8_0: the column's own precision wins.
      if (row->context.quantization.empty() || col_quant_own_[c])
        row->context.quantization =
            col_quant_[c].empty() ? row->context.quantization : col_quant_[c];
      if (col_reference_[c]) {
        row->context.quantization.clear();  // the reference's, unsaid
      } else {
        if (row->context.quantization.empty()) row->context.quantization = lead_quant_;
        if (row->context.quantization.empty()) row->context.quantization = heading_quantization();
        // (Not a row of an engine whose own section named its model: "### vLLM" of Qwen2.5-1.5B
        // in a note whose other engine ran a Q4_K_M.)
        if (row->context.quantization.empty() && !(engine_row_ && engine_quantization_))
          row->context.quantization = document_.quantization;
      }
      if (row->context.test.empty()) row->context.test = col_test_[c];
      if (row->context.concurrency.empty() && row->context.rate.empty() &&
          row->role == metrics::Role::metric)
        row->context.concurrency = heading_concurrency();
      if (const std::string& set = nearest(heading_settings_);
          !set.empty() && row->context.config.find(set) == std::string::npos)
        row->context.config += (row->context.config.empty() ? "" : " ") + set;
      if (col_diff_[c] && row->role == metrics::Role::metric) row->statistic = "delta";
      if (col_vs_[c] && row->role == metrics::Role::metric && signed_percentage(*row))
        row->statistic = "delta";
      if (!col_backend_[c].empty()) row->context.backend = col_backend_[c];
      if (!col_gpu_[c].empty()) row->context.gpu = col_gpu_[c];
      if (row->context.backend.empty()) row->context.backend = label_engine;  // "vLLM eta(8)"
      if (row->context.gpu.empty() && row->role == metrics::Role::metric)
        row->context.gpu = label_gpu;
      if (!label_device.empty() && row->role == metrics::Role::metric &&
          row->context.config.find(label_device) == std::string::npos)
        row->context.config += (row->context.config.empty() ? "" : " ") + label_device;
      if (!col_agents_[c].empty()) row->context.concurrency = col_agents_[c];
      if (!col_model_[c].empty()) row->context.model = col_model_[c];
      // "0.4pp (Llama 3B)": the aside after a figure names whose it is.
      if (const std::string_view aside = aside_in(row->note); !aside.empty()) {
        // (Not a list: "2 (Llama 1B, 3B)" counts two models.)
        if (row->context.model.empty() && aside.find(',') == std::string_view::npos)
          row->context.model = model_named_by(std::string(aside));
        // "~2,917 @ c=64": the aside names the load the figure was reached at.
        if (row->context.concurrency.empty())
          row->context.concurrency = detail::in_flight_in(aside);
        // "2,040 @ 4K": what else the figure was measured at (a context length), as a row
        // label's "Prefill @ 8K" says it; figures at 4K and at 32K stay apart.
        if (aside.starts_with("@ ") && aside.size() <= 26 && detail::in_flight_in(aside).empty() &&
            row->context.config.find(aside) == std::string::npos)
          row->context.config += (row->context.config.empty() ? "" : " ") + std::string(aside);
      }
      // "25.1 (Ollama -> TGI)": a change between the two variants its aside names, which label it.
      if (std::string_view aside = aside_in(row->note); !aside.empty()) {
        if (aside.size() > 2 && aside.front() == '(' && aside.back() == ')')
          aside = aside.substr(1, aside.size() - 2);
        if (names_a_pair(aside) && row->context.config.find(aside) == std::string::npos)
          row->context.config += (row->context.config.empty() ? "" : " ") + std::string(aside);
      }
      // (Not a relative change in % of a quantity in tok/s or ms: "Overhead" 919% after "Wall
      // tok/s" stays unnamed.)
      // (Not a change in % beside a share in %: "| Success Rate | Mean Improvement |" may be
      // of another quantity, the table's throughput.)
      // (Not a unitless quantity's over cells of time or rate: "| accuracy | p50 |" of "82.8 ms".)
      if (!row->metric && sibling_[c] && row->role == metrics::Role::metric &&
          metrics::unit_fits(*sibling_[c], row->unit, row->statistic) &&
          !(sibling_[c]->unit.empty() && timed_or_rate(row->unit)) &&
          !(row->statistic == "delta" && sibling_[c]->unit == "%")) {
        row->metric = sibling_[c];
        row->kind = sibling_[c]->kind;
        if (row->unit.empty() && !sibling_unit_[c].empty())
          detail::set_unit(*row, sibling_unit_[c]);
      }
      if (!row->metric && row->role == metrics::Role::metric) metric_from_caption(*row, c);
      // "### Prompt Processing" over "| Model | Speed (t/s) |": a rate that names nothing more
      // is the one the title names (a decode or prompt-eval rate only: no run's throughput).
      if (row->metric && row->metric->id == "token_rate" && row->role == metrics::Role::metric)
        rate_from_title(*row);
      // "**Metric**: `eval_count / eval_duration` (tokens/second)": the document's rate is
      // Ollama's decode rate.
      rate_the_document_defines(*row);
      // "### Time to First Token (TTFT)" over "| Percentile | Time (ms) |": a time whose column
      // names no quantity (a generic "Time", a statistic's "Mean (ms)", or what was compared
      // alone, "| Baseline 3B |" of "14,874.7ms": its unit says a time, the title which).
      if (row->metric && row->metric->id == "duration" && title_names_a_timing() &&
          (generic_time_header(header_[c]) || stat_title_[c] ||
           metrics::parse_statistic(without_unit(header_[c])).has_value() ||
           (!label_col_ && !detail::classify_cached(header_[c]).metric)))
        timing_from_title(*row);
      // (Also in a report on Amdahl's law whose table says nothing of it: "| baseline_tps | s |"
      // with 0.539, a fraction.)
      if ((amdahl_ || (amdahl_document_ && row->value && *row->value >= 0 && *row->value <= 1)) &&
          row->unit == "s" && names_the_symbol_s(header_[c]))
        detail::unname_metric(*row, true);
      // "Max Speedup (1/s)" of a fitted Amdahl curve: the law's limit for endless agents, a
      // prediction, not the largest speedup observed.
      if (amdahl_ && row->metric_id() == "speedup" && row->statistic == "max")
        row->statistic = "expected";
      if (per_mtok_ && row->unit == "USD") detail::set_unit(*row, "USD/Mtok");
      if (!caption_price_unit_.empty() && row->unit == "USD")
        detail::set_unit(*row, caption_price_unit_);
      // "| Input Tokens | 512 |" of a set-up table: the length asked for, no tokens counted.
      if (settings_table_ && row->role == metrics::Role::metric) defined_length(*row);
      // "| Duration | 300 seconds |" in a set-up's "| Parameter | Value |": the run's length asked
      // for (--max-seconds), no time measured.
      if (settings_table_ && row->metric_id() == "duration" && row->statistic == "value" &&
          n == 2 && text::iequals(text::trim(stripped_[0]), "duration") && in_a_setup_section())
        detail::as_setting(*row, "duration_limit", true);
      // ("| Parameter | Value |" of "Decode Length | 8", "Warmups | 1" a tool printed: a figure
      // that names no measurement in its table of settings is one more setting. Not a note's
      // table of that header, which holds a test's statistics as often: "TOST p-value".)
      if (settings_table_ && in_fence_ && row->role == metrics::Role::metric && !row->metric &&
          row->unit.empty())
        detail::as_setting(*row, {}, true);
      // "Canonical mixes": the lengths a workload asks for, no tokens counted.
      if (mix_table_ && row->role == metrics::Role::metric) defined_length(*row);
      // "| GPU | VRAM (GB) |" of a hardware database: what each device has, no memory in use.
      if (device_list_table_ && row->role == metrics::Role::metric) detail::as_identifier(*row);
      if (spec_table_ && row->metric_id() == "memory" && names_bare_memory(header_[c]))
        detail::unname_metric(*row, false);
      else if (devices_table_ && row->metric_id() == "memory" && names_bare_memory(header_[c]) &&
               row->statistic == "value")
        detail::as_setting(*row, "accelerator_memory", true);
      // "| **Unified Memory** | 512 GB |" under "## Test Machine": the memory the machine has,
      // no memory in use.
      if (setup_section_ && label_col_ && n > 1 && row->metric_id() == "memory" &&
          lists_properties(header_[0]) && names_installed_memory(stripped_[0]) &&
          row->statistic != "max" && !names_results(own_heading())) {
        detail::as_setting(*row, "system_memory", true);
        detail::add_note(*row,
                         "the memory the machine has, as its set-up lists it (not memory in use)");
      }
      // "Energy-only (on-prem tier)" of a price table: the tier's price, not energy.
      if (price_col_[c] && row->metric && row->unit.empty() && names_a_pricing_tier(header_[c]))
        detail::unname_metric(*row, false);
      if (price_col_[c] && !row->metric && row->role == metrics::Role::metric &&
          row->unit.empty() && row->statistic == "value")
        detail::set_unit(*row, "USD/Mtok");
      if (row->unit.empty() && unit_col_ < n && !stripped_[unit_col_].empty())
        detail::set_unit(*row, stripped_[unit_col_]);
      if (labels.failed) detail::mark_failed(*row, labels.error);
      // "| Params (M) |" of 124.4, "| Size (B) |" of 1.5: a count of parameters in the scale its
      // header says (no size in bytes); "| Parameters |" of a bare 7 says none: no value.
      const auto bare_count = [](std::string_view cell) {
        return !cell.empty() && std::all_of(cell.begin(), cell.end(), [](char ch) {
          return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.' || ch == ',';
        });
      };
      if (row->role == metrics::Role::parameter && row->value &&
          (row->parameter == "model_params" ||
           (row->parameter == "model_size" &&
            !size_in_billions(header_[c], stripped_[c]).empty())) &&
          bare_count(stripped_[c])) {
        const std::string h = text::to_lower(header_[c]);
        const double scale =
            h.find("(b)") != std::string::npos || h.find("billion") != std::string::npos   ? 1e9
            : h.find("(m)") != std::string::npos || h.find("million") != std::string::npos ? 1e6
                                                                                           : 0;
        if (row->parameter == "model_size") detail::as_setting(*row, "model_params", false);
        if (scale > 0) {
          row->value = *row->value * scale;  // (a count, as llama-bench's "6.74 B" is read)
          detail::add_note(*row, scale == 1e9 ? "billions of parameters, as the header's (B) says"
                                              : "millions of parameters, as the header's (M) says");
        } else if (*row->value < 1e5) {
          row->value.reset();
          row->normalized.reset();
          detail::add_note(*row,
                           "a count of parameters written without its scale (B or M): no value");
        }
      }
      if (c == successes_col_ && row->value && row->role == metrics::Role::metric)
        detail::as_successes(*row);
      // (A document that says what its "±" is, "**Metrics:** Mean ± Max Deviation", says it of
      // every table.)
      if (spread_definition_.empty())
        detail::emit_companions(r_.rows, *row, header_[c], table_section_);
      else
        detail::emit_companions(r_.rows, *row, header_[c],
                                table_section_ + " / " + spread_definition_);
      if (col_foreign_[c])
        configs_.mark_foreign(r_.rows, first);
      else
        configs_.mark(r_.rows, first, col_variant_[c].empty() ? table_variant_ : col_variant_[c]);
    }
    // "| Notes |" of "Memory Usage: 9.9Gi": the figures a note names, rows of the table's row.
    for (std::size_t c = 0; c < n; ++c) {
      if (roles_[c].note)
        detail::add_note_figures(
            r_.rows, stripped_[c],
            {header_[c], locator(c), number, measurement_table_ ? "sample" : "value"}, ctx, labels);
    }
    rounded_copies(row_start);
    statistic_of_the_rows_runs(row_start);
    setting_named_by_the_label(row_start);
    zeros_of_a_run_without_figures(row_start, n);
    run_figure(row_start, n);
    if (guidellm_console_) {
      detail::guidellm_console_row(r_.rows, row_start);
      if (n > 0) guidellm_completed_none(stripped_[0], row_start);
    }
    ++row_;
  }

  // "| Average | … |", "| **Median (p50)** | … |", "| p95 | … |": a row of the rows' statistic;
  // "" when the label is none.
  // (A label written "p95", "P100" is a percentile only under a header that names statistics:
  // "| Prompt |" of "P10", "| GPU |" of "P100" name a prompt and a GPU.)
  std::string statistic_of_row(std::string_view label, std::string_view header) {
    label = text::trim(label);
    // ("| **平均** | … |": the statistic's name in Chinese or Japanese, by its English words.)
    std::string english;
    if (metrics::has_cjk(label)) {
      english = metrics::in_english(label);
      label = text::trim(english);
    }
    if (label.size() >= 2 && (label[0] == 'p' || label[0] == 'P') &&
        std::isdigit(static_cast<unsigned char>(label[1]))) {
      const std::string h = text::to_lower(text::trim(header));
      if (h != "percentile" && h != "percentiles" && h != "statistic" && h != "stat" &&
          h != "metric" && h != "quantile" && h != "measure")
        return {};
    }
    // "Median (p50)": the statistic and its percentile, the same.
    if (const auto open = label.find(" (");
        open != std::string_view::npos && label.ends_with(")")) {
      const auto word = metrics::parse_statistic(label.substr(0, open));
      const auto inner = metrics::parse_statistic(label.substr(open + 2, label.size() - open - 3));
      if (word && inner &&
          (*word == *inner || (*word == "median" && *inner == "p50") ||
           (*word == "mean" && *inner == "avg")))
        label = label.substr(0, open);
    }
    if (label.size() < 3 || !std::isalpha(static_cast<unsigned char>(label[0]))) return {};
    if (label.size() > 12) return statistic_and_timing(label);
    const auto st = metrics::parse_statistic(label);
    if (!st) return statistic_and_timing(label);
    const bool percentile = st->size() >= 2 && (*st)[0] == 'p' &&
                            std::isdigit(static_cast<unsigned char>((*st)[1])) &&
                            (label[0] == 'p' || label[0] == 'P');
    if (*st == "mean" || *st == "median" || *st == "min" || *st == "max" || *st == "std" ||
        percentile)
      return *st;
    return {};
  }

  // "| **Average TTFT** | ~483ms | 5,038.8ms |" under the prompts' rows: a statistic of a timing or
  // rate the label names, no prompt of its own ("Max Tokens", "Average Acceptance Rate" are none).
  // A column header of the table naming a quantity other than the one an "Average TTFT" row
  // label names ("E2E latency (ms)"): the label then stays, for that column's figure.
  bool header_names_other_metric() const {
    if (row_stat_metric_.empty()) return false;
    return std::any_of(header_.begin() + 1, header_.end(), [&](const std::string& h) {
      const auto* m = detail::classify_cached(h).metric;
      return m && m->id != row_stat_metric_ && m->id != "duration";
    });
  }

  std::string statistic_and_timing(std::string_view label) {
    const auto space = label.find(' ');
    if (space == std::string_view::npos || label.size() > 40) return {};
    const auto st = metrics::parse_statistic(label.substr(0, space));
    if (!st || (*st != "mean" && *st != "median")) return {};  // ("Max Throughput": a goal)
    const auto& c = detail::classify_cached(label);
    if (c.role != metrics::Role::metric || c.metric == nullptr || c.statistic != *st) return {};
    const bool timing = c.kind == units::Kind::ttft || c.kind == units::Kind::latency ||
                        c.kind == units::Kind::throughput;
    if (!timing) return {};
    row_stat_metric_ = c.metric->id;  // (its figures' metric: a column of another keeps its own)
    return *st;
  }

  // "| Total | Success | Failed | Success Rate |" of "12 | 12 | 0 | 100.0%": beside a column of
  // failed requests counted, "Success" counts the requests that succeeded (no flag of one
  // request, whose 0 would fail the row and drop its figures), as in CSV.
  void successes_counted() {
    successes_col_ = detail::successes_column(header_);
    if (successes_col_ != std::string::npos)
      roles_[successes_col_] = detail::column_role("requests");
  }

  // "| vLLM (ROCm) | 0.596s | 0.818s | 1.905s | **1.106s** |" under "| 后端 | 运行1 | 运行2 | 运行3
  // | 平均 |": a statistic's column (the runs' mean) is of the quantity its row's runs are, where
  // they are all of one (and in its unit); so are several such columns of different statistics
  // ("| 平均 | 最大 |": mean and max).
  void statistic_of_the_rows_runs(std::size_t row_start) {
    const metrics::MetricDef* runs = nullptr;
    std::array<MetricRow*, 4> stats{};
    std::size_t n_stats = 0;
    for (std::size_t i = row_start; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role != metrics::Role::metric) continue;
      if (!row.metric) {
        // (Not a figure that is no statistic of the runs' figures: a "CV%", a "Delta vs
        // Baseline", a "Mean Improvement"; nor two unnamed columns of one statistic.)
        const std::string& st = row.statistic;
        const bool of_the_runs =
            st == "mean" || st == "median" || st == "min" || st == "max" ||
            (st.size() >= 2 && st[0] == 'p' && std::isdigit(static_cast<unsigned char>(st[1])));
        if (!of_the_runs || row.unit.empty() || row.unit == "%") continue;
        for (std::size_t k = 0; k < n_stats; ++k)
          if (stats[k]->statistic == st) return;
        if (n_stats == stats.size()) return;
        stats[n_stats++] = &row;
      } else if (row.statistic == "sample" || row.statistic == "value") {
        if (runs && runs != row.metric) return;
        runs = row.metric;
      }
    }
    if (!runs) return;
    for (std::size_t k = 0; k < n_stats; ++k)
      if (!metrics::unit_fits(*runs, stats[k]->unit, stats[k]->statistic)) return;
    // (Each a statistic of those runs' figures: a mean, median or percentile within them, a min or
    // max one of them. A P99 far above every run is of requests, no statistic of the runs.)
    // (Compared in one unit: "| 0.61s | 0.58s | 605 ms |" of a mean in ms over runs in s.)
    const auto in_one_unit = [](const MetricRow& row) -> std::optional<double> {
      if (!row.value) return std::nullopt;
      if (row.unit.empty()) return *row.value;
      const auto n = units::normalize(*row.value, row.unit);
      return n ? std::optional<double>(n->value) : std::nullopt;
    };
    double low = 0, high = 0;
    bool any = false;
    for (std::size_t i = row_start; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.metric != runs || (row.statistic != "sample" && row.statistic != "value")) continue;
      const auto v = in_one_unit(row);
      if (!v) return;
      low = any ? std::min(low, *v) : *v;
      high = any ? std::max(high, *v) : *v;
      any = true;
    }
    if (!any) return;
    const double tolerance = 0.01 * std::max(std::abs(low), std::abs(high));
    const auto of_the_runs = [&](const MetricRow& st) {
      const auto v = in_one_unit(st);
      if (!v || *v < low - tolerance || *v > high + tolerance) return false;
      if (st.statistic == "min") return std::abs(*v - low) <= tolerance;
      if (st.statistic == "max") return std::abs(*v - high) <= tolerance;
      return true;
    };
    for (std::size_t k = 0; k < n_stats; ++k) {
      if (!of_the_runs(*stats[k])) continue;
      stats[k]->metric = runs;
      stats[k]->kind = runs->kind;
      detail::renormalize(*stats[k]);
    }
  }

  // "| Configuration | 14B |" over "| Hidden Size | 5,120 |", "| Number of Layers | 48 |": a row
  // whose label, in a column of labels, names a setting holds that setting's values (a model's
  // architecture, its context length), no unnamed figure.
  void setting_named_by_the_label(std::size_t row_start) {
    if (label_col_ || stripped_.empty() || roles_.empty() ||
        roles_[0].use != detail::ColumnRole::Use::context || r_.rows.size() == row_start ||
        !names_settings_listed(header_[0]))
      return;
    // (The setting's bare name: "Concurrency 8" names the row's load, its figures measured.)
    if (stripped_[0].find_first_of("0123456789") != std::string::npos) return;
    const auto& label = detail::classify_cached(stripped_[0]);
    if (label.role != metrics::Role::parameter || !label.parameter) return;
    for (std::size_t i = row_start; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (row.role == metrics::Role::metric && !row.metric && row.unit.empty())
        detail::as_setting(row, label.parameter->id, false);
    }
  }

  // "Configuration", "Setting", "Parameter", "Property": a first column that lists settings.
  static bool names_settings_listed(std::string_view header) {
    const std::string_view h = text::trim(header);
    for (const std::string_view w :
         {"configuration", "config", "setting", "settings", "parameter", "parameters", "property",
          "properties", "spec", "specs", "specification", "metric", "item", "key", "model"})
      if (text::iequals(h, w)) return true;
    return false;
  }

  // A table under a heading (or caption) of a run's set-up: "### Benchmark Configuration",
  // "## Setup", "Parameters" (not a results table headed "| Parameter | Value |").
  bool in_a_setup_section() const {
    if (setup_section_) return true;
    const std::string low = text::to_lower(table_section_);
    for (const std::string_view w : {"config", "setup", "set-up", "setting", "parameter"})
      if (low.find(w) != std::string::npos) return true;
    return false;
  }

  // "| **N/A** | N/A | N/A | … | 0 |": a run whose measured columns say n/a gave no figures; its
  // zeros ("Mem (MB)" 0) are placeholders, no measurement (kept as written, no value).
  void zeros_of_a_run_without_figures(std::size_t row_start, std::size_t n) {
    // (Its labels count too: "| N/A | N/A | N/A | 0 | 0 |" of a Target, Model and Workload.)
    // (... or where every label of it says n/a, two or more: "| N/A | N/A | N/A | 0 | 0 |" of a
    // Target, Model and Workload; not a hosted model's "N/A" quantization and GPU.)
    std::size_t missing = 0, labels = 0, labels_missing = 0;
    for (std::size_t c = 0; c < n; ++c) {
      const bool no_value = stripped_[c].size() <= 4 && detail::is_no_value(stripped_[c]);
      if (roles_[c].use == detail::ColumnRole::Use::context) {
        ++labels;
        labels_missing += no_value ? 1 : 0;
      } else if (roles_[c].use == detail::ColumnRole::Use::metric && roles_[c].parameter.empty() &&
                 no_value) {
        ++missing;
      }
    }
    if (missing < 2 && (labels < 2 || labels_missing != labels)) return;
    for (std::size_t i = row_start; i < r_.rows.size(); ++i) {
      const MetricRow& row = r_.rows[i];
      if (row.metric && row.role == metrics::Role::metric && row.value && *row.value != 0) return;
    }
    for (std::size_t i = row_start; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      if (!row.metric || row.role != metrics::Role::metric || !row.value) continue;
      row.value.reset();
      row.normalized.reset();
      detail::add_note(row, "0 where the run's other measured columns are n/a: no figure");
    }
  }

  // "| Time (ms) | Time (s) |" of "203,458.50" and "~203.5s": the second cell is the first figure
  // again, rounded (so marked); counted once, it is left unnamed.
  void rounded_copies(std::size_t row_start) {
    for (std::size_t i = row_start; i < r_.rows.size(); ++i) {
      MetricRow& copy = r_.rows[i];
      if (!copy.metric || !copy.normalized || !copy.raw.starts_with("~")) continue;
      for (std::size_t j = row_start; j < r_.rows.size(); ++j) {
        const MetricRow& exact = r_.rows[j];
        if (j == i || exact.metric != copy.metric || exact.statistic != copy.statistic ||
            !exact.normalized || exact.raw.starts_with("~") ||
            !text::iequals(without_unit(exact.name), without_unit(copy.name)) ||
            std::abs(*exact.normalized - *copy.normalized) > 0.005 * std::abs(*exact.normalized))
          continue;
        detail::unname_metric(copy, false);
        detail::add_note(copy, "the figure of '" + exact.name + "' again, rounded");
        break;
      }
    }
  }

  // "Memory", "RAM", "Unified Memory", "System RAM": the machine's memory (not "GPU Memory",
  // "VRAM": a device's, which a set-up lists as often as the memory one run took of it).
  static bool names_installed_memory(std::string_view label) {
    const auto words = detail::words_of(text::to_lower(label));
    if (words.empty()) return false;
    bool memory = false;
    for (const auto& w : words) {
      if (w == "memory" || w == "ram" || w == "mem") {
        memory = true;
      } else if (w != "unified" && w != "installed" && w != "system" && w != "total" &&
                 w != "host") {
        return false;
      }
    }
    return memory;
  }

  // "Setup and Results", "Benchmark Configuration": a section of results too, whose memory may be
  // what a run took.
  static bool names_results(std::string_view heading) {
    const std::string low = text::to_lower(metrics::in_english(heading));  // "测试结果"
    return low.find("result") != std::string::npos || low.find("benchmark") != std::string::npos ||
           low.find("performance") != std::string::npos;
  }

  // "Ollama Alternatives Benchmark", "Migrating from vLLM", "Replacing Ollama": a title whose
  // engine is the one left, not the one measured.
  static bool names_an_engine_left(std::string_view title) {
    const std::string low = text::to_lower(title);
    for (const std::string_view w : {"alternative", "migrat", "replac", "instead of", "without",
                                     "switch", "moving from", "beyond"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "| Spec | Details |", "| Property | Value |": the first column of a table of what a machine
  // (or a set-up) has, not of measured quantities ("| Metric |").
  static bool lists_properties(std::string_view header) {
    const std::string low = text::to_lower(text::trim(header));
    for (const std::string_view w : {"spec", "specs", "specification", "property", "component",
                                     "item", "hardware", "field", "attribute", "key", "resource"}) {
      if (low == w) return true;
    }
    return false;
  }

  // "GGUF Q4_K_S", "MLX 8-bit", "AWQ": words of a weights' format and precision only.
  // "PyTorch MPS", "llama.cpp CUDA", "MLX": an engine with, at most, its device and precision
  // (the engine, as engine_in spells it); "" for anything more ("Llama 3 8B", "MLX Community").
  static std::string only_an_engine(std::string_view name) {
    // (Most model cells name no engine: a cheap look for one first.)
    if (name.size() > 32) return {};
    const std::string low = text::to_lower(name);
    if (!names_an_engine(low) && low.find("torch") == std::string::npos &&
        low.find("transformers") == std::string::npos && low.find("onnx") == std::string::npos)
      return {};
    std::string engine = detail::engine_in(name);
    // (The engine's own name, shorter than the cell: "mlx-community/Qwen3-4B-4bit" is a model
    // some engine's name is read in whole.)
    if (engine.empty() ||
        (engine.size() >= name.size() && (name.find_first_of("/_-") != std::string_view::npos ||
                                          detail::serving_engine_in(name).empty())))
      return {};
    for (const auto& w : detail::words_of(text::to_lower(name))) {
      const bool device = w == "mps" || w == "cuda" || w == "cpu" || w == "gpu" || w == "metal" ||
                          w == "rocm" || w == "vulkan";
      if (!device && !only_weights_format(w) && !text::icontains(engine, w)) return {};
    }
    return engine;
  }

  static bool only_weights_format(std::string_view name) {
    std::vector<std::string> words;  // split at spaces and hyphens only: "q4_k_s" is one word
    std::string word;
    for (const char ch : text::to_lower(name) + " ") {
      if (ch == ' ' || ch == '-' || ch == '(' || ch == ')') {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
      } else {
        word += ch;
      }
    }
    if (words.empty()) return false;
    for (const auto& w : words) {
      const bool format = w == "gguf" || w == "mlx" || w == "awq" || w == "gptq" || w == "exl2" ||
                          w == "exl3" || w == "fp16" || w == "bf16" || w == "fp8" || w == "fp32" ||
                          // (GGUF's names of its float types, alone: not "MLX F16")
                          ((w == "f16" || w == "f32") && words.size() == 1) || w == "int4" ||
                          w == "int8" || w == "nf4" || w == "mxfp4" || w == "nvfp4" || w == "bit" ||
                          w == "bits";
      const bool quant = w.size() >= 2 && (w[0] == 'q' || (w[0] == 'i' && w[1] == 'q')) &&
                         std::isdigit(static_cast<unsigned char>(w[w[0] == 'q' ? 1 : 2]));
      const bool bits = !w.empty() && std::isdigit(static_cast<unsigned char>(w[0])) &&
                        (w.ends_with("bit") || w.ends_with("bits") ||
                         std::all_of(w.begin(), w.end(), [](char ch) {
                           return std::isdigit(static_cast<unsigned char>(ch)) != 0;
                         }));
      if (!format && !quant && !bits) return false;
    }
    return true;
  }

  void rate_from_title(MetricRow& row) {
    read_titles();
    if (title_rate_.empty() || bench_table_ || !row.context.test.empty())
      return;  // (a test's rate: refine_by_test)
    detail::set_metric(row, title_rate_);
    detail::renormalize(row);
    detail::add_note(row, "the rate the title above names ('" + title_rate_title_ + "')");
  }

  // The one rate a table's caption or heading names in so many words ("Prompt Processing",
  // "Token Generation Speed"): its metric and the title, or "" (decided once per table).
  void rate_named_by_title() {
    title_rate_.clear();
    title_rate_title_.clear();
    // (Not a table of loads, "| Concurrency | Tokens/s |": its rates are the runs' throughputs.)
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string low = text::to_lower(header_[c]);
      if (roles_[c].parameter == "concurrency" || low.find("concurren") != std::string::npos ||
          low.find("batch") != std::string::npos || low.find("users") != std::string::npos ||
          low.find("clients") != std::string::npos || low.find("parallel") != std::string::npos)
        return;
    }
    for (const std::string& title : {caption_quantity_, heading_quantity_}) {
      if (title.empty()) continue;
      const std::string low = text::to_lower(title);
      // (A run's throughput, or a title that names both rates, says no one rate.)
      if (low.find("throughput") != std::string::npos) return;
      const auto says = [&](std::initializer_list<std::string_view> phrases) {
        return std::any_of(phrases.begin(), phrases.end(),
                           [&](std::string_view p) { return low.find(p) != std::string::npos; });
      };
      const bool decode = says({"generation speed", "token generation", "decode speed",
                                "decoding speed", "decode rate", "during decode"});
      const bool prompt = says(
          {"prompt processing", "prompt eval", "prefill speed", "prefill rate", "prompt speed"});
      if (decode == prompt) continue;  // neither, or both
      title_rate_ = decode ? "decode_rate" : "prompt_eval_rate";
      title_rate_title_ = title;
      return;
    }
  }

  // "Time (ms)" -> "Time": a header without the unit in brackets after it.
  static std::string_view without_unit(std::string_view header) {
    std::string_view h = text::trim(header);
    if (const auto open = h.find(" ("); open != std::string_view::npos && h.ends_with(")"))
      h = text::trim(h.substr(0, open));
    return h;
  }

  // "| Time (ms) |", "| Time |", "| Duration (s) |": a column of times that names no quantity.
  static bool generic_time_header(std::string_view header) {
    const std::string_view h = without_unit(header);
    return text::iequals(h, "time") || text::iequals(h, "duration") ||
           text::iequals(h, "elapsed") || text::iequals(h, "elapsed time");
  }

  // Whether the table's caption or heading names one timing of a request (read once per table).
  bool title_names_a_timing() {
    read_titles();
    return !title_timing_.empty();
  }

  // The times are of the quantity the table's caption or heading names (title_names_a_timing).
  void timing_from_title(MetricRow& row) {
    if (title_timing_.empty()) return;
    // ("| Rapid fire (5x) | 13.89s | Parallel queries |": several requests' wall time together,
    // no one request's timing.)
    if (!stripped_.empty() && names_several_requests(stripped_[0])) return;
    const auto* m = metrics::find_metric(title_timing_);
    if (!m || !metrics::unit_fits(*m, row.unit, row.statistic)) return;
    detail::set_metric(row, title_timing_);
    detail::renormalize(row);
    detail::add_note(row, "the quantity the title above names ('" + title_timing_title_ + "')");
  }

  // "Rapid fire (5x)", "Burst of 10", "8 parallel": a row label of several requests at once.
  static bool names_several_requests(std::string_view label) {
    const std::string low = text::to_lower(label);
    for (const std::string_view w : {"burst", "rapid fire"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    // "8 parallel", "10 concurrent", "batch of 4": of two requests or more.
    const auto words = detail::words_of(low);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      const auto n = numeric::parse_cell(words[i]);
      const auto next = numeric::parse_cell(words[i + 1]);
      if (n && n->suffix.empty() && n->value >= 2 &&
          (words[i + 1] == "parallel" || words[i + 1] == "concurrent"))
        return true;
      if (words[i] == "of" && i > 0 && words[i - 1] == "batch" && next && next->value >= 2)
        return true;
    }
    // "(5x)": a multiple of 2 to 9 (not a "1x" baseline, nor "8x7b", a model).
    for (std::size_t i = 1; i + 2 < low.size(); ++i) {
      if (low[i - 1] == '(' && low[i] >= '2' && low[i] <= '9' && low[i + 1] == 'x' &&
          low[i + 2] == ')')
        return true;
    }
    return false;
  }

  // Words of a title that may name a request's timing.
  static constexpr std::string_view kTimingCues[] = {
      "ttft",        "first token", "tpot",        "per output token", "itl",
      "inter-token", "inter token", "latenc",      "response time",    "end-to-end",
      "e2e",         "load",        "prompt eval", "prefill",          "time to"};

  // What the table's titles name, once per table and only for a table that asks.
  void read_titles() {
    if (titles_read_) return;
    titles_read_ = true;
    rate_named_by_title();
    timing_named_by_title();
  }

  // The one timing of a request a table's caption or heading names ("Time to First Token
  // (TTFT)"): its metric and the title, or "" (decided once per table). Not a title that names
  // two ("TTFT and Total Time", "TTFT vs TPOT"), nor one whose quantity a column of the table
  // already names (the title's quantity is then that column's).
  void timing_named_by_title() {
    title_timing_.clear();
    title_timing_title_.clear();
    for (const std::string& title : {caption_quantity_, heading_quantity_}) {
      if (title.empty()) continue;
      // (A title's words first: the classifier only for one that may name a timing. In English:
      // "총 응답 시간", total response time.)
      const std::string cue = text::to_lower(metrics::in_english(title));
      if (std::none_of(std::begin(kTimingCues), std::end(kTimingCues),
                       [&](std::string_view w) { return cue.find(w) != std::string::npos; }))
        continue;
      const auto& named = detail::classify_cached(title);
      if (!named.metric || named.role != metrics::Role::metric) continue;
      const std::string_view id = named.metric->id;
      if (id != "ttft" && id != "tpot" && id != "itl" && id != "e2e_latency" &&
          id != "first_byte" && id != "load_time" && id != "prompt_eval_time")
        continue;
      const std::string low = " " + cue + " ";
      // (A request's whole latency only where the title says so: not "Prefill Latency".)
      if (id == "e2e_latency" && low.find("response time") == std::string::npos &&
          low.find("end-to-end") == std::string::npos && low.find("e2e") == std::string::npos &&
          low.find("request latency") == std::string::npos)
        return;
      for (const std::string_view two : {" and ", " vs", " versus ", " / ", " & ", " + "}) {
        if (low.find(two) != std::string::npos) return;
      }
      for (const auto& h : header_) {
        if (const auto* m = detail::classify_cached(h).metric; m && m->id == id) return;
      }
      title_timing_ = std::string(id);
      title_timing_title_ = title;
      return;
    }
  }

  // The one model a caption line names ("The result of InternVL3-8B-hf:"): a word with a known
  // family or a size ("8B", "0.5b"), or "" when it names none or two.
  // The one model name a sentence quotes in code marks (`org/Model-7B`), "" if none or several.
  static std::string quoted_model_in(std::string_view sentence) {
    std::string found;
    for (std::size_t open = sentence.find('`'); open != std::string_view::npos;) {
      const auto close = sentence.find('`', open + 1);
      if (close == std::string_view::npos) break;
      const std::string w(sentence.substr(open + 1, close - open - 1));
      open = sentence.find('`', close + 1);
      if (w.size() < 4 || w.find(' ') != std::string_view::npos || names_a_file(w) ||
          !(looks_like_llm(w) || has_size_marker(w)))
        continue;
      if (!found.empty() && found != w) return {};
      found = w;
    }
    return found;
  }

  static std::string caption_model_in(std::string_view caption) {
    std::string found;
    std::size_t i = 0;
    while (i < caption.size()) {
      while (i < caption.size() && (caption[i] == ' ' || caption[i] == '`' || caption[i] == '*'))
        ++i;
      std::size_t j = i;
      while (j < caption.size() && caption[j] != ' ' && caption[j] != '`' && caption[j] != '*') ++j;
      std::string w(caption.substr(i, j - i));
      i = j;
      while (!w.empty() && (w.back() == ':' || w.back() == ',' || w.back() == '.')) w.pop_back();
      if (w.size() < 4 || names_a_file(w) || !(looks_like_llm(w) || has_size_marker(w))) continue;
      if (!found.empty() && found != w) return {};
      found = std::move(w);
    }
    return found;
  }

  // "InternVL3-8B-hf", "qwen2.5-0.5b": a parameter count between separators.
  static bool has_size_marker(std::string_view w) {
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (!std::isdigit(static_cast<unsigned char>(w[k])) ||
          (k > 0 && w[k - 1] != '-' && w[k - 1] != '_'))
        continue;
      std::size_t e = k;
      while (e < w.size() && (std::isdigit(static_cast<unsigned char>(w[e])) || w[e] == '.')) ++e;
      if (e < w.size() && (w[e] == 'b' || w[e] == 'B') &&
          (e + 1 == w.size() || w[e + 1] == '-' || w[e + 1] == '_'))
        return true;
    }
    return false;
  }

  // GuideLLM's "Benchmarks Info" says how many requests each run completed ("Requests Made
  // Comp"); a run that completed none prints 0.0 for its latencies in "Benchmarks Stats" below:
  // placeholders, no measurement.
  void guidellm_completed_none(const std::string& label, std::size_t first) {
    for (std::size_t i = first; i < r_.rows.size(); ++i) {
      const MetricRow& count = r_.rows[i];
      if (count.metric_id() != "requests" || !count.value || !count.name.ends_with(" Made Comp"))
        continue;
      if (*count.value == 0) {
        guidellm_none_.insert(label);
      } else {
        guidellm_none_.erase(label);
      }
      return;
    }
    if (guidellm_none_.count(label) == 0) return;
    for (std::size_t i = first; i < r_.rows.size(); ++i) {
      MetricRow& row = r_.rows[i];
      const bool per_request =
          row.kind == units::Kind::ttft || row.kind == units::Kind::latency ||
          (row.kind == units::Kind::tokens && row.statistic != "sum" && row.statistic != "count");
      if (row.role != metrics::Role::metric || !per_request || !row.value || *row.value != 0)
        continue;
      detail::drop_value(row,
                         "the run completed no request (its Requests Made Comp is 0): a "
                         "placeholder, no value");
      ++guidellm_placeholders_;
    }
  }

  // "| Request Throughput (per sec) | 1.73 | N/A | N/A |" under "| avg | min | max |": a figure of
  // the whole run, written once in the mean's column (genai-perf, AIPerf), not a mean.
  void run_figure(std::size_t first, std::size_t n) {
    if (r_.rows.size() != first + 1 || r_.rows[first].statistic != "mean") return;
    std::size_t absent = 0;
    for (std::size_t c = 1; c < n; ++c) absent += text::iequals(stripped_[c], "n/a") ? 1 : 0;
    if (absent >= 2) r_.rows[first].statistic = "value";
  }

  // "| Fast runtime | Balanced runtime | Deep runtime | Fast decode | Balanced decode | ... |":
  // every quantity once under each of two words or more, the word first: those words name the
  // variants compared, each column's configuration ("Fast"). (Not a phase, a statistic or a
  // quantity of its own: "Prompt tok/s | Decode tok/s | Prompt ms | Decode ms".)
  void mark_profile_columns() {
    if (header_.size() < 5) return;
    std::map<std::string, std::set<std::string>> rests;  // first word -> the rest of each header
    std::vector<std::string> first_of(header_.size());
    for (std::size_t c = 1; c < header_.size(); ++c) {
      const std::string h(text::trim(strip_emphasis(header_[c])));
      const auto space = h.find(' ');
      if (space == std::string::npos || space < 3) continue;
      const std::string word = h.substr(0, space);
      if (!std::all_of(word.begin(), word.end(),
                       [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }))
        continue;
      const auto& alone = detail::classify_cached(word);
      const std::string low = text::to_lower(word);
      if (alone.metric || alone.parameter || !alone.statistic.empty() || alone.stat_only ||
          !detail::engine_in(word).empty())
        continue;
      static constexpr std::string_view kPhases[] = {
          "prompt", "decode",  "prefill", "generation", "gen",   "input",  "output",
          "total",  "first",   "last",    "request",    "token", "tokens", "peak",
          "avg",    "average", "cold",    "warm",       "eval",  "load",   "end",
          "time",   "batch",   "stream",  "single",     "multi"};
      if (std::find(std::begin(kPhases), std::end(kPhases), low) != std::end(kPhases)) continue;
      const std::string rest = text::to_lower(text::trim(h.substr(space + 1)));
      rests[word].insert(rest);
      first_of[c] = word;
    }
    if (rests.size() < 2) return;
    const auto& shared = rests.begin()->second;
    if (shared.size() < 2) return;
    // (The rest a quantity, one at least, and none a statistic: "Safety Slope | Safety CI | Cap
    // Slope | Cap CI" are two quantities' statistics, no variants.)
    bool quantity = false;
    for (const auto& rest : shared) {
      const auto& cls = detail::classify_cached(rest);
      if (cls.stat_only || !cls.statistic.empty()) return;
      quantity = quantity || cls.metric != nullptr;
    }
    if (!quantity) return;
    for (const auto& [word, set] : rests)
      if (set != shared) return;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      if (first_of[c].empty() || !col_labels_[c].empty()) continue;
      col_labels_[c] = first_of[c];
    }
  }

  // "| Batch Mean (ms) | Stream Mean (ms) |": one figure of non-streamed and of streamed
  // requests, side by side; each column's request mode joins its configuration. (Not a lone
  // "Batch" column: a batch size.)
  void mark_request_modes() {
    std::vector<int> mode(header_.size(), 0);  // 1 streamed, -1 not
    bool streamed = false, whole = false;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string low = text::to_lower(header_[c]);
      if (low.rfind("stream", 0) == 0) mode[c] = 1;
      if (low.rfind("batch ", 0) == 0 || low.rfind("non-stream", 0) == 0 ||
          low.rfind("nonstream", 0) == 0 || low.rfind("non stream", 0) == 0)
        mode[c] = -1;
      streamed = streamed || mode[c] == 1;
      whole = whole || mode[c] == -1;
    }
    for (std::size_t c = 0; streamed && whole && c < header_.size(); ++c) {
      if (mode[c] == 0) continue;
      std::string& label = col_labels_[c];
      label +=
          std::string(label.empty() ? "" : " ") + (mode[c] == 1 ? "stream=true" : "stream=false");
    }
  }

  // "Technical Report 108 Baseline", "Expected Value (Technical Report 108)": a report's number.
  static bool cites_a_report(const std::string& header) {
    const std::string low = text::to_lower(header);
    const auto at = low.find("technical report ");
    return at != std::string::npos && at + 17 < low.size() &&
           std::isdigit(static_cast<unsigned char>(low[at + 17]));
  }

  static void drop_suffix(std::string& config, const std::string& suffix) {
    if (config.size() < suffix.size() ||
        config.compare(config.size() - suffix.size(), suffix.size(), suffix) != 0)
      return;
    config.erase(config.size() - suffix.size());
    while (!config.empty() && config.back() == ' ') config.pop_back();
  }

  // The one model the document names in full that a name cut short ("…-Instr...") begins; the
  // name as written where none or several do.
  std::string full_model_name(const std::string& cut) const {
    std::string_view prefix = cut;
    while (!prefix.empty() &&
           (prefix.back() == '.' || static_cast<unsigned char>(prefix.back()) >= 0x80))
      prefix.remove_suffix(1);
    if (prefix.size() < 6) return cut;
    std::string found;
    if (document_.model.size() > prefix.size() && document_.model.starts_with(prefix))
      found = document_.model;
    for (const auto& m : doc_models_) {
      if (m.size() <= prefix.size() || !m.starts_with(prefix) || m == found) continue;
      if (!found.empty()) return cut;  // (two names it may be)
      found = m;
    }
    return found.empty() ? cut : found;
  }

  void remember_model(const std::string& model) {
    if (model.empty() || doc_models_.size() >= 64) return;
    if (std::find(doc_models_.begin(), doc_models_.end(), model) == doc_models_.end())
      doc_models_.push_back(model);
  }

  // "| Quant | $/1M Tokens | Baseline $/1M |": a baseline column beside the same quantity of the
  // row's own is the reference's figure (repeated on every row), not the row's variant's.
  void mark_reference_columns() {
    col_reference_.assign(header_.size(), false);
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string& h = header_[c];
      if (h.size() < 10 || !text::iequals(std::string_view(h).substr(0, 9), "baseline ")) continue;
      const auto* quantity = detail::classify_cached(std::string_view(h).substr(9)).metric;
      if (!quantity) continue;
      for (std::size_t d = 0; d < header_.size() && !col_reference_[c]; ++d)
        col_reference_[c] = d != c && detail::classify_cached(header_[d]).metric == quantity &&
                            !compares(header_[d]);
    }
  }

  // "TR135 (Concurrency)", "TR134 (Quant)": a study's id, then only its topic in brackets.
  bool names_a_study_topic(std::size_t c) const {
    if (!col_foreign_[c]) return false;
    const std::string& h = header_[c];
    const auto open = h.find(" (");
    if (open == std::string::npos || h.back() != ')' || h.find('(', open + 2) != std::string::npos)
      return false;
    const std::string id = detail::source_id_in(std::string_view(h).substr(0, open));
    return !id.empty() && id == detail::source_id_in(h);
  }

  // "Δ (Rust - Python)", "Delta", "Difference", "vs Python CV": a row label that opens by saying
  // its figures are differences.
  static bool names_a_difference_row(std::string_view label) {
    if (label.substr(0, 2) == "\xCE\x94" || label.substr(0, 2) == "\xCE\xB4") return true;
    const std::string low =
        text::to_lower(label.substr(0, std::min<std::size_t>(label.size(), 12)));
    return low == "delta" || low.rfind("delta ", 0) == 0 || low.rfind("difference", 0) == 0 ||
           low.rfind("diff ", 0) == 0 || low.rfind("vs ", 0) == 0;
  }

  // The one model a row label or an aside names ("**Qwen 2.5 Chimera Homo**"), or "".
  static std::string model_named_by(const std::string& text) {
    std::string named = model_in_heading(text);
    // "GPT-2/CPU", "Llama-1B/compile": the model, then where it ran (not an org/name id).
    if (const auto slash = named.find('/');
        slash != std::string::npos && !starts_with_family(named.substr(slash + 1)))
      named.resize(slash);
    return starts_with_family(named) ? named : std::string();  // not "v3_7b_gptq_safety"
  }

  std::string model_by_size(const std::string& label) const {
    // Runs for every row without a model: a cheap test before any copy.
    if (doc_models_.empty() || label.find(" model") == std::string::npos) return {};
    const std::string low = text::to_lower(label);
    const auto at = low.find("b model");
    if (at == std::string::npos || at == 0) return {};
    std::size_t from = at;
    while (from > 0 &&
           (std::isdigit(static_cast<unsigned char>(low[from - 1])) || low[from - 1] == '.'))
      --from;
    if (from == at || (from > 0 && std::isalnum(static_cast<unsigned char>(low[from - 1]))))
      return {};
    const std::string size = low.substr(from, at - from + 1);  // "1b"
    std::string found;
    for (const auto& m : doc_models_) {
      const std::string lm = text::to_lower(m);
      if (lm.size() <= size.size() || lm.compare(lm.size() - size.size(), size.size(), size) != 0)
        continue;
      const char before = lm[lm.size() - size.size() - 1];
      if (before != '-' && before != ':' && before != ' ' && before != '_') continue;
      if (!found.empty() && found != m) return {};  // two of that size: which is unsaid
      found = m;
    }
    return found;
  }

  // "| Backend | Tiny Throughput | GPT2 Throughput |" in a report on Tiny-GPT2 and GPT-2: beside
  // a column that names its model, one whose first word is the short name of a model the report
  // named before ("Tiny" of "Tiny-GPT2") is that model's.
  void models_by_short_name() {
    for (const auto& m : col_model_) remember_model(m);
    if (std::all_of(col_model_.begin(), col_model_.end(),
                    [](const std::string& m) { return m.empty(); }))
      return;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      if (!col_model_[c].empty()) continue;
      const std::string& h = header_[c];
      std::size_t end = 0;
      while (end < h.size() && std::isalpha(static_cast<unsigned char>(h[end]))) ++end;
      // "| Llama | Qwen3 | Gemma3 |", "Llama peak": a family's name alone beside columns of
      // models, that family's model.
      const std::string word = text::to_lower(std::string_view(h).substr(0, end));
      // (The document's one model of that family where it names one: "Llama tok/s" under a title
      // "Qwen3-8B vs Llama-3.1-8B-Instruct".)
      if (end >= 3 && (end == h.size() || h[end] == ' ') &&
          std::find(std::begin(kFamilies), std::end(kFamilies), word) != std::end(kFamilies)) {
        col_model_[c] = h.substr(0, end);
        std::string only;
        for (const auto& m : doc_models_) {
          const std::string low = text::to_lower(m);
          if (!low.starts_with(word) || low.size() == word.size() ||
              std::isalpha(static_cast<unsigned char>(low[word.size()])))
            continue;
          if (!only.empty() && text::to_lower(only) != low) {
            only.clear();
            break;
          }
          only = m;
        }
        if (!only.empty()) col_model_[c] = only;
        continue;
      }
      if (end < 3 || end == h.size() || h[end] != ' ') continue;
      const std::string head = text::to_lower(std::string_view(h).substr(0, end)) + "-";
      for (const auto& m : doc_models_) {
        if (text::to_lower(m).rfind(head, 0) == 0) {
          col_model_[c] = m;
          break;
        }
      }
    }
  }

  struct LabelSays {
    metrics::Role role;
    const metrics::ParameterDef* parameter;
  };

  // "| llama.cpp | q4_k_m | 126.67 | 4090 only |" beside "| llama.cpp | q4_k_m | 53.08 |
  // 4090+3090 |": a row's note joins its configuration where the figures of another row, with
  // the same labels otherwise, have another note (not a rank "2nd" or a remark on one row).
  void flush_line_note() {
    if (!pending_note_.empty() && line_first_row_ < r_.rows.size())
      line_notes_.emplace_back(line_first_row_, r_.rows.size(), std::move(pending_note_));
    pending_note_.clear();
  }

  void notes_that_tell_rows_apart() {
    flush_line_note();
    if (line_notes_.empty()) return;
    const auto key = [&](const MetricRow& row) {  // the figure's name and labels
      const Context& c = row.context;
      return row.name + '\x1f' + c.model + '\x1f' + c.config + '\x1f' + c.quantization + '\x1f' +
             c.gpu + '\x1f' + c.backend + '\x1f' + c.test + '\x1f' + c.concurrency;
    };
    std::map<std::string, std::set<std::string>> notes_of;
    for (const auto& [first, last, note] : line_notes_) {
      for (std::size_t i = first; i < last && i < r_.rows.size(); ++i)
        notes_of[key(r_.rows[i])].insert(note);
    }
    for (const auto& [first, last, note] : line_notes_) {
      for (std::size_t i = first; i < last && i < r_.rows.size(); ++i) {
        const auto it = notes_of.find(key(r_.rows[i]));
        if (note.empty() || it == notes_of.end() || it->second.size() < 2) continue;
        std::string& config = r_.rows[i].context.config;
        config += (config.empty() ? "" : " ") + note;
      }
    }
    line_notes_.clear();
  }

  // "| HF Transformers | BF16 | 3.89 | ... |" then "| | torch.inference_mode() | | ... |": a
  // cell written over several lines of the table (tabulate splits a cell's lines so), its
  // figure columns empty: its text joins the configuration of the rows of the line above.
  bool continues_the_line_above(std::size_t n) {
    if (n < 2 || !stripped_[0].empty() || line_first_row_ >= r_.rows.size()) return false;
    std::string more, note;
    for (std::size_t c = 1; c < n; ++c) {
      if (stripped_[c].empty()) continue;
      const auto& role = roles_[c];
      const bool figure_column =
          role.use == detail::ColumnRole::Use::metric && role.parameter.empty() && !role.label;
      if (figure_column || detail::is_number_cell(stripped_[c])) return false;
      // (The rest of a note kept apart: "4.63 BPW" then "4090+3090".)
      std::string& into = !pending_note_.empty() && role.note ? note : more;
      into += (into.empty() ? "" : " ") + stripped_[c];
    }
    if (more.empty() && note.empty()) return false;
    if (!note.empty()) pending_note_ += " " + note;
    if (more.empty()) return true;
    const std::string quant = detail::quantization_in(more);
    for (std::size_t i = line_first_row_; i < r_.rows.size(); ++i) {
      Context& ctx = r_.rows[i].context;
      ctx.config += (ctx.config.empty() ? "" : " ") + more;
      if (!quant.empty() &&
          (ctx.quantization.empty() || ctx.quantization == document_.quantization))
        ctx.quantization = quant;
    }
    return true;
  }

  // "table[t][row].header" for column c of the current row.
  std::string locator(std::size_t c) const {
    char num[48];
    char* end = std::to_chars(num, num + 24, table_).ptr;
    const std::size_t table_digits = static_cast<std::size_t>(end - num);
    end = std::to_chars(end, num + sizeof num, row_).ptr;
    std::string s;
    s.reserve(static_cast<std::size_t>(end - num) + where_[c].size() + 10);
    s.append("table[").append(num, table_digits).append("][");
    s.append(num + table_digits, end).append("].").append(where_[c]);
    return s;
  }

  bool names_a_column(const std::string& cell) const {
    if (cell.empty()) return false;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      if (header_[c] == cell) return true;
    }
    return false;
  }

  // One cell of a matrix: the figure of a pair ("Efficiency" with "Loop Lag p99"), a quantity of
  // its own (a correlation, when the caption says so), not a value of either name.
  void pair_cell(const std::string& label, std::size_t c, const std::string& cell,
                 std::size_t number, const Context& ctx) {
    // (A column of identifiers, nvidia-smi topo's "NUMA Affinity" beside its GPU pairs: no
    // figures.)
    if (detail::classify_cached(header_[c]).role == metrics::Role::identifier) return;
    const std::string name =
        (correlation_ ? "correlation of " : "pair ") + label + " with " + header_[c];
    MetricRow* row = detail::add_text_row(r_.rows, name, cell);
    if (!row) return;
    row->locator = locator(c);
    row->line = number;
    row->context = ctx;
    row->role = metrics::Role::metric;
    row->metric = nullptr;
    row->parameter = {};
    row->kind = units::Kind::other;
    row->statistic = "value";
    if (correlation_) row->unit.clear();
    detail::renormalize(*row);
  }

  // A price column of a price table ("On-demand", "AWS Spot"), not one of another quantity
  // beside the prices ("gpu_hours_per_1M_tok", "Carbon gCO2e/1M", "n scenarios").
  static bool names_no_other_quantity(const std::string& header) {
    const std::string low = " " + text::to_lower(header) + " ";
    for (const std::string_view w : {"hour", "carbon", "co2", "wh", "energy", "tok", "count", " n ",
                                     "scenario", "runs", "samples", "%"}) {
      if (low.find(w) != std::string::npos) return false;
    }
    return true;
  }

  // "Energy-only (on-prem tier)", "Spot tier": a column of a price table that names the tier
  // its prices are for, whatever else it names.
  static bool names_a_pricing_tier(const std::string& header) {
    const std::string low = " " + text::to_lower(header) + " ";
    for (const std::string_view w : {" tier ", " tier)", "(tier", " tier:"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // A header that only says which figure of the quantity it is: "Best Observed", "Measured".
  static bool only_says_which(const std::string& header) {
    static constexpr std::string_view kWords[] = {"best",   "worst",    "observed", "measured",
                                                  "result", "results",  "overall",  "achieved",
                                                  "actual", "reported", "final",    "value"};
    const auto words = detail::words_of(text::to_lower(header));
    if (words.empty()) return false;
    for (const auto& w : words) {
      if (std::find(std::begin(kWords), std::end(kWords), w) == std::end(kWords)) return false;
    }
    return true;
  }

  // "**Rust Multi-Agent Efficiency by Model:**" over "| Model | ... | Best Observed |": a column
  // whose header names no quantity ("Best Observed", "Result") holds the one the caption names.
  // Or a column named only by a configuration ("N=7", "Q2_K", "qwen2.5-1.5b") under a caption or
  // heading that names the quantity ("4.2 Total System Throughput").
  void metric_from_caption(MetricRow& row, std::size_t c) {
    // (Not beside a label that names the row's quantity; a label that is a statistic alone, "p50"
    // of "| Percentile | Value |" under "**Time to First Token at 0.37 rps:**", names none.)
    const bool statistics_down = label_col_ && !row_statistic_.empty() && lists_statistics();
    if ((label_col_ && !statistics_down) || title_use_[c] == TitleUse::none) return;
    if (row.statistic != "value" && row.statistic != "sample" && !stat_title_[c] &&
        (row_statistic_.empty() || row.statistic != row_statistic_))
      return;
    // The caption first; a caption that names no quantity ("**qwen2.5-1.5b:**") leaves it to the
    // heading ("9.8 Per-Task Generation Quality").
    if (!table_caption_.empty() && metric_named_by(caption_quantity_, row)) return;
    if (!prose_quantity_.empty() && metric_named_by(prose_quantity_, row)) {
      if (row.context.test.empty()) row.context.test = test_in_words(prose_quantity_);
      return;
    }
    // ("### Decode tps" over "| size | 中位數 | 平均 |": statistics' columns under a heading that
    // names the quantity, no caption between.)
    // (Not a heading of what is required: "Minimum Viable Quality by Use Case".)
    if (title_use_[c] == TitleUse::caption && table_caption_.empty() && stat_title_[c] &&
        detail::names_a_foreseen_range(heading_quantity_))
      return;
    // ("### Time to First Token" over "| Percentile | Value |": statistics down the side, the
    // heading's quantity.)
    const bool statistics_listed = statistics_down && table_caption_.empty();
    if (title_use_[c] == TitleUse::caption_or_heading || table_caption_.empty())
      metric_named_by(title_use_[c] == TitleUse::caption && !statistics_listed &&
                              (!table_caption_.empty() || !stat_title_[c])
                          ? caption_quantity_
                          : heading_quantity_,
                      row);
  }

  // "| **gpt-oss-120b** |", "| **Prompt Processing** |": a bold first cell alone on its row, a
  // title of the rows below it (until the next): the model it names, or the phase whose generic
  // labels follow ("Time", "Speed"). True when the row was one.
  bool group_row(const std::vector<std::string>& cells) {
    if (header_.size() < 2 || cells.empty() || !label_col_) return false;
    const std::string_view first = text::trim(cells[0]);
    if (first.size() < 5 || !first.starts_with("**") || !first.ends_with("**")) return false;
    for (std::size_t c = 1; c < cells.size(); ++c)
      if (!text::trim(cells[c]).empty()) return false;
    const std::string title = strip_emphasis(std::string(first));
    if (std::string q = detail::quantization_in(title); !q.empty() && q.size() == title.size()) {
      group_quant_ = std::move(q);  // "| **Q8_0** |": the precision of the rows below
      group_phase_.clear();
    } else if (std::string model = model_in_heading(title); !model.empty()) {
      group_model_ = std::move(model);
      group_quant_ = detail::quantization_in(title);  // ("Qwen3-30B-A3B Q4_K_M")
      group_phase_.clear();
    } else if (std::string gpu = detail::gpu_named_in(title); !gpu.empty()) {
      group_gpu_ = std::move(gpu);  // "| **RTX 4090** |": the rows below ran on it
      group_phase_.clear();
    } else if (std::string load = batch_or_load_in(title); !load.empty()) {
      group_load_ = std::move(load);  // "| **Batch 8** |", "| **Concurrency 16** |"
      group_phase_.clear();
    } else if (const auto& c = detail::classify_cached(title + " time");
               c.metric && c.metric->id != "duration") {
      group_phase_ = title;  // (a phase: "Prompt Processing Time" is one's time)
    } else {
      // (After a model's group row, the next group row is another model's, named or not:
      // "| **Mistral Small** |" after "| **GLM-4.5-Air** |".)
      if (!group_model_.empty()) group_model_ = title;
      group_phase_.clear();
    }
    return true;
  }

  // "Batch 8", "Concurrency 16", "batch=8": the load a group row names, or "".
  static std::string batch_or_load_in(std::string_view title) {
    if (std::string n = concurrency_in_heading(title); !n.empty()) return n;
    const std::string low = text::to_lower(title);
    if (!low.starts_with("batch")) return {};
    std::string_view rest = text::trim(std::string_view(low).substr(5));
    if (rest.starts_with("size")) rest = text::trim(rest.substr(4));
    if (!rest.empty() && (rest.front() == '=' || rest.front() == ':'))
      rest = text::trim(rest.substr(1));
    if (rest.empty() || rest.size() > 5 ||
        rest.find_first_not_of("0123456789") != std::string_view::npos)
      return {};
    return std::string(rest);
  }

  // "Time", "Speed": a label that names no phase of its own.
  static bool generic_label(std::string_view label) {
    const std::string low = text::to_lower(text::trim(label));
    for (const std::string_view w :
         {"time", "speed", "rate", "throughput", "latency", "duration", "tokens", "tok/s", "t/s"})
      if (low == w) return true;
    return false;
  }

  // "| Model | Vulkan | ROCm | CUDA |": columns of llama.cpp's compute backends compared, each
  // its figures (not "| ROCm | 6.3.4 |", the version of the software a run used).
  void backends_compared() {
    // ("ROCm 7 RC", "RADV", "AMDVLK": a backend by its first word, a Vulkan driver's too.)
    const auto names_backend = [](std::string_view h) {
      h = text::trim(h);
      const std::string_view first = h.substr(0, h.find(' '));
      return !detail::compute_backend_name(first).empty() || text::iequals(first, "radv") ||
             text::iequals(first, "amdvlk") || text::iequals(h, "cpu");
    };
    if (std::count_if(header_.begin(), header_.end(), names_backend) < 2) return;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      // ("ROCm 7 RC": each column's backend as its header writes it.)
      if (c < col_backend_.size() && col_backend_[c].empty() && names_backend(header_[c]))
        col_backend_[c] = std::string(text::trim(  // ("RADV (t/s)": its unit apart)
            std::string_view(header_[c]).substr(0, header_[c].find(" ("))));
      if (roles_[c].names_config && !detail::compute_backend_name(text::trim(header_[c])).empty()) {
        roles_[c] = detail::column_role("value");
        figure_col_[c] = true;
      }
    }
  }

  // "| HTML | Python | C | BASIC |": scores per programming language, "C" among them no
  // concurrency.
  void languages_scored() {
    const auto language = [](std::string_view h) {
      h = text::trim(h);
      if (h.size() < 2 || h.size() > 10) return false;  // (most headers: longer)
      for (const std::string_view w : {"python", "html", "javascript", "typescript", "java", "rust",
                                       "c++", "c#", "julia", "basic", "bash", "sql", "golang"})
        if (h.size() == w.size() && text::iequals(h, w)) return true;
      return false;
    };
    // (Three or more: "| Python | Rust |" alone compares two runtimes' figures.)
    if (std::count_if(header_.begin(), header_.end(), language) < 3) return;
    for (std::size_t c = 0; c < header_.size(); ++c) {
      const std::string_view h = text::trim(header_[c]);
      // ("Python": the language scored, no Python runtime that served the figures.)
      if (c < col_backend_.size() && (language(h) || h == "C" || h == "R" || h == "Go"))
        col_backend_[c].clear();
      if ((h == "C" || h == "R" || h == "Go") && !roles_[c].parameter.empty()) {
        roles_[c] = detail::column_role("score");
        figure_col_[c] = true;
      }
    }
  }

  // "| Description |", "| Explanation |": prose on the row's quantity (of a table of quantities;
  // of runs, a description may tell them apart).
  // ("| What It Means |", "| Why |": in any table, see column_role.)
  static bool explains_the_quantity(std::string_view header) {
    const std::string low = text::to_lower(text::trim(header));
    for (const std::string_view w :
         {"meaning", "description", "explanation", "interpretation", "definition"})
      if (low == w) return true;
    return false;
  }

  // "| Percentile | Value |", "| Statistic | ms |": a first column of statistics, of one quantity.
  bool lists_statistics() const {
    const std::string low = text::to_lower(text::trim(header_[0]));
    return low == "percentile" || low == "percentiles" || low == "statistic" ||
           low == "statistics" || low == "stat" || low == "stats";
  }

  // The llama-bench test a sentence names in words: "of generating 1024 tokens" -> tg1024,
  // "1024 tokens prompt eval" or "processing 512 tokens" -> pp512; "" when it names none.
  static std::string test_in_words(std::string_view sentence) {
    const auto w = detail::words_of(text::to_lower(sentence));
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
      const bool count = !w[i].empty() && std::all_of(w[i].begin(), w[i].end(), [](char ch) {
        return ch >= '0' && ch <= '9';
      });
      if (!count || !w[i + 1].starts_with("token")) continue;
      const std::string_view before = i > 0 ? std::string_view(w[i - 1]) : std::string_view();
      const std::string_view after = i + 2 < w.size() ? std::string_view(w[i + 2]) : "";
      if (before == "generating" || before == "generate" || before == "generated")
        return "tg" + w[i];
      if (before == "processing" || before == "prefilling" || after == "prompt" ||
          after == "prefill")
        return "pp" + w[i];
    }
    return {};
  }

  // The sentence right above a table that names its quantity with a unit ("Average speed
  // (tokens/s) of generating 1024 tokens by GPUs on LLaMA 3. Higher speed is better."): its first
  // sentence, or "" when the line is further up, or names no unit in brackets.
  std::string lead_in_quantity(std::size_t table_line) const {
    if (prose_line_.empty() || table_line > prose_line_number_ + 3)
      return {};  // (its delimiter row)
    std::string_view first = prose_line_;
    if (const auto stop = first.find(". "); stop != std::string_view::npos)
      first = first.substr(0, stop);
    const auto open = first.find('(');
    if (open == std::string_view::npos || first.size() > 160) return {};
    const auto close = first.find(')', open);
    if (close == std::string_view::npos ||
        !metrics::parse_unit(first.substr(open + 1, close - open - 1)))
      return {};
    return std::string(first);
  }

  static bool metric_named_by(const std::string& quantity, MetricRow& row) {
    if (quantity.empty()) return false;
    const auto& named = detail::classify_cached(quantity, row.unit);
    if (!named.metric || named.role != metrics::Role::metric) return false;
    // "Latency (Mean, ms)": the caption's unit and statistic for bare figures.
    const std::string& unit = row.unit.empty() ? named.unit : row.unit;
    if (!metrics::unit_fits(*named.metric, unit, row.statistic)) return false;
    if (row.unit.empty() && !named.unit.empty()) detail::set_unit(row, named.unit);
    if (row.statistic == "value" && !named.statistic.empty() && named.statistic != "delta" &&
        named.statistic != "expected")
      row.statistic = named.statistic;
    // "Mean in-flight at submit time": a bare "time" names a moment there, not a duration.
    const std::string low = text::to_lower(quantity);
    if (named.metric->id == "duration" && named.unit.empty() &&
        low.find("latency") == std::string::npos && low.find("duration") == std::string::npos)
      return false;
    row.metric = named.metric;
    row.kind = named.metric->kind;
    // "The residual (observed eta minus predicted eta)": the figures are differences. (Not any
    // "delta" word of a caption's prose: "If capability also degrades, ... accuracy:".)
    if (low.find("residual") != std::string::npos) row.statistic = "delta";
    detail::renormalize(row);
    return true;
  }

  // "Aggregate Safety vs Concurrency": the quantity is what stands before "vs", the rest an axis.
  static std::string quantity_in(std::string title) {
    for (const std::string_view vs : {" vs ", " vs. ", " versus "}) {
      if (const auto at = text::to_lower(title).find(vs); at != std::string::npos) title.resize(at);
    }
    return title;
  }

  // "Overall Mean", "Mean": a statistic of the quantity the caption names ("**Throughput (Mean,
  // tok/s) - Higher is Better**"), with words that only say which.
  static bool names_only_a_statistic(const std::string& header) {
    const auto& cls = detail::classify_cached(header);
    if (cls.metric || !cls.unit.empty() || cls.statistic.empty() || cls.statistic == "count" ||
        cls.statistic == "cv" || cls.statistic == "delta" || cls.statistic == "expected" ||
        cls.statistic == "value")
      return false;
    for (const auto& w : detail::words_of(text::to_lower(header))) {
      // ("mean_a", "mean_b": the two sides of a comparison.)
      if (!metrics::parse_statistic(w) && !only_says_which(w) && w != "a" && w != "b") return false;
    }
    return true;
  }

  // "N=1 Mean", "Q4_K_M p95": a configuration and a statistic, of the quantity the caption names
  // ("**Per-Agent Throughput (TPS) -- N=1 vs N=8**").
  bool names_a_statistic_of_a_configuration(std::size_t c) const {
    const std::string& labels = col_labels_[c];
    if (labels.empty() || header_[c].size() <= labels.size() + 1 ||
        !text::iequals(std::string_view(header_[c]).substr(0, labels.size()), labels))
      return false;
    const auto& cls = detail::classify_cached(text::trim(header_[c].substr(labels.size())));
    return !cls.metric && cls.stat_only && cls.unit.empty() && !cls.statistic.empty() &&
           cls.statistic != "count" && cls.statistic != "cv" && cls.statistic != "delta" &&
           cls.statistic != "expected" && cls.statistic != "value";
  }

  bool names_engine_or_accelerator(std::size_t c) const {
    const std::string& h = header_[c];
    if (h.empty() || h.size() > 48) return false;
    const auto& cls = detail::classify_cached(h);  // (memoised: first)
    return cls.role == metrics::Role::metric && !cls.metric && cls.unit.empty() &&
           cls.statistic.empty() && !cls.stat_only && !cls.parameter &&
           (!col_backend_[c].empty() || !detail::gpu_named_in(h).empty());
  }

  bool names_only_a_configuration(std::size_t c) const {
    if (names_a_scenario(header_[c])) return true;
    if (!detail::source_id_in(header_[c]).empty()) return true;  // "TR116 (Py)": a study's column
    const std::string h = text::to_lower(header_[c]);
    // ... or "Baseline", "Chimera": one side of a baseline-against-tuned comparison.
    for (const std::string* v :
         {&col_labels_[c], &col_quant_[c], &col_model_[c], &col_variant_[c]}) {
      if (!v->empty() && text::to_lower(*v) == h) return true;
    }
    // ... or an engine or an accelerator, with what it ran: "MI300X vLLM v1", "2x RTX Pro 6000",
    // "SGLang NVFP4+DSPARK" (no quantity, unit or statistic of its own).
    if (names_engine_or_accelerator(c)) return true;
    // ... or a model's size and its precision together: "8B Q4_K_M", "70B F16".
    if (col_quant_[c].empty()) return false;
    std::string rest = h;
    if (const auto at = rest.find(text::to_lower(col_quant_[c])); at != std::string::npos)
      rest.erase(at, col_quant_[c].size());
    const auto words = detail::words_of(rest);
    return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) {
      return w.size() >= 2 && w.back() == 'b' && std::all_of(w.begin(), w.end() - 1, [](char ch) {
               return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.';
             });
    });
  }

  // "single_micro", "batch_medium": a workload's identifier as a column of figures, which are of
  // the quantity the caption names. (Not a field name that says what it is: "lat_mean_ms".)
  static bool names_a_scenario(const std::string& h) {
    if (names_a_request_mix(h)) return true;
    if (h.find('_') == std::string::npos || h.empty() ||
        !std::islower(static_cast<unsigned char>(h[0])))
      return false;
    for (const char ch : h) {
      if (!std::islower(static_cast<unsigned char>(ch)) &&
          !std::isdigit(static_cast<unsigned char>(ch)) && ch != '_')
        return false;
    }
    // Words of a field's name, not of a workload's: "n_ok", "degraded_rate", "p_value".
    static constexpr std::string_view kFieldWords[] = {
        "n",      "ok",     "total",  "rate",  "rates", "count", "num", "p",   "d",      "value",
        "values", "models", "unique", "ratio", "score", "pct",   "id",  "avg", "cohens", "sig"};
    std::size_t from = 0;
    while (from <= h.size()) {
      const auto to = std::min(h.find('_', from), h.size());
      const std::string_view w = std::string_view(h).substr(from, to - from);
      for (const auto f : kFieldWords) {
        if (w == f) return false;
      }
      from = to + 1;
    }
    const auto& cls = detail::classify_cached(h);
    return cls.role == metrics::Role::metric && !cls.metric && cls.statistic.empty() &&
           cls.unit.empty() && !cls.parameter;
  }

  // "Chat (128p+64g)", "Long-ctx (1024p+128g)": a request mix named with its prompt and generated
  // tokens.
  static bool names_a_request_mix(const std::string& h) {
    const auto open = h.find(" (");
    if (open == std::string::npos || open == 0 || h.back() != ')') return false;
    const std::string_view spec = std::string_view(h).substr(open + 2, h.size() - open - 3);
    const auto plus = spec.find("p+");
    if (plus == std::string_view::npos || plus == 0 || spec.back() != 'g') return false;
    const auto digits = [](std::string_view s) {
      return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) {
        return std::isdigit(static_cast<unsigned char>(ch));
      });
    };
    return digits(spec.substr(0, plus)) && digits(spec.substr(plus + 2, spec.size() - plus - 3));
  }

  // "| Metric | Smol (8KB) | Smol-1KB (1KB) | Delta |", "| Metric | Run A | Run B |": a table
  // that compares two or more things column by column, each named by nothing the rest of the
  // header reading recognised (no quantity, statistic, setting, engine, model or variant).
  // Each column's name is its figures' configuration, so the compared figures are told apart.
  // "| Metric | Chimera Configuration | Technical Report 108 - Rank 1 Configuration |": down a
  // column of metrics, a column named by a configuration holds that configuration's figures, not
  // a setting of the row.
  // "| Metric | Speculative Decoding | Baseline 3B |": beside a baseline's column, a column named
  // by a setting alone is the other variant compared (its figures), no setting of the row.
  void configurations_compared(bool metric_rows) {
    variant_col_.assign(header_.size(), false);
    bool baseline = false;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      baseline = baseline || text::to_lower(text::trim(header_[c])).starts_with("baseline");
    }
    for (std::size_t c = 1; c < header_.size(); ++c) {
      const std::string low = text::to_lower(text::trim(header_[c]));
      // (A technique switched on, not a setting whose values fill the column: "| CTX |" of 1024
      // beside "| Baseline |" keeps its settings.)
      const bool technique =
          roles_[c].parameter == "speculative" || roles_[c].parameter == "flash_attn";
      if (baseline && technique && !roles_[c].chosen &&
          roles_[c].use == detail::ColumnRole::Use::metric &&
          low.find_first_of("0123456789") == std::string::npos && !low.starts_with("baseline")) {
        roles_[c] = detail::ColumnRole{};
        col_labels_[c] = header_[c];
        variant_col_[c] = true;
        continue;
      }
      if (!metric_rows || roles_[c].use != detail::ColumnRole::Use::context) continue;
      if (low.ends_with(" configuration") || low.ends_with(" config"))
        roles_[c] = detail::ColumnRole{};
    }
  }

  void label_compared_columns() {
    std::vector<std::size_t> compared;
    for (std::size_t c = 1; c < header_.size(); ++c) {
      const std::string& h = header_[c];
      if (h.empty() || h.size() > 40 || h.find('/') != std::string::npos ||  // "Tok/Req"
          !col_labels_[c].empty() || !col_variant_[c].empty() ||
          // (A backend's column says more than the backend only in "Smol (8KB)": kept.)
          (!col_backend_[c].empty() && text::to_lower(col_backend_[c]) == text::to_lower(h)) ||
          !col_model_[c].empty() || !col_quant_[c].empty() || !col_test_[c].empty() ||
          !col_agents_[c].empty() || col_diff_[c] ||
          roles_[c].use != detail::ColumnRole::Use::metric || is_commentary(h))
        continue;
      const auto& cls = detail::classify_cached(h);
      if (cls.role != metrics::Role::metric || cls.metric || !cls.statistic.empty() ||
          !cls.unit.empty() || cls.parameter || cls.stat_only)
        continue;
      compared.push_back(c);
    }
    if (compared.size() < 2) return;
    for (const std::size_t c : compared) col_labels_[c] = header_[c];
  }

  // "Delta", "Winner", "Notes": a column about the compared ones, not one of them.
  static bool is_commentary(const std::string& header) {
    const std::string low = " " + text::to_lower(header) + " ";
    for (const std::string_view w :
         {" delta",       " winner",  " note",   " notes",          " change",       " difference",
          " diff",        " comment", " status", " description",    " source",       " verdict",
          " improvement", " ratio",   " result", " interpretation", " significance", " p-value",
          " effect",      " better",  " best",   " consistent",     " meaning",      " target",
          " threshold",   " gate",    " pass",   " remarks"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    // ... or a figure of a test or a generic cell: "F-statistic", "Cohen's d", "n_A", "p",
    // "Value (Example)".
    for (const auto& w : detail::words_of(low)) {
      for (const std::string_view s :
           {"statistic", "cohen", "hedges", "value", "values", "example", "n", "p", "d", "t", "u",
            "z", "df", "chi", "n_a", "n_b", "pvalue", "sig", "stat"}) {
        if (w == s) return true;
      }
    }
    return false;
  }

  // "Appendix B: Hardware Database", "GPU Specifications", "Hardware Catalog": a list of
  // machines and what they have, not what a run used.
  static bool names_a_hardware_list(const std::string& heading) {
    if (heading.find("utili") != std::string::npos || heading.find("usage") != std::string::npos)
      return false;
    const bool hardware = heading.find("hardware") != std::string::npos ||
                          heading.find("gpu") != std::string::npos ||
                          heading.find("device") != std::string::npos;
    for (const std::string_view w :
         {"database", "catalog", "specification", "specs", "inventory"}) {
      if (hardware && heading.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // What a heading's text says, once per distinct text and thread, as for column headers.
  struct HeadingFacts {
    std::string own;  // trimmed, without emphasis
    std::string model, quant, variant;
    std::string gpu;          // "### FP8 Benchmark on 16xH800"
    std::string concurrency;  // "### Concurrency User 4", "## 16 concurrent users"
    std::string size;         // "#### 7B Model": a model named by its size alone
    std::string bits;         // "### Single GPU, 4-bit": the weights' bits alone
    std::string kv;           // "### q4_0 KV": the KV cache's precision, "kv_cache_type=q4_0"
    bool setup = false, config_heading = false;
  };

  // "### q4_0 KV", "## KV cache: fp8", "### FP16 KV-cache": the precision a heading gives the KV
  // cache of its tables' runs, as a setting ("kv_cache_type=q4_0"); the type's word right before
  // "KV" or after it (and "cache", "type").
  static std::string kv_cache_in_heading(std::string_view h) {
    if (h.find_first_of("kK") == std::string_view::npos) return {};
    std::vector<std::string> words;
    for (std::size_t at = 0; at < h.size();) {
      const auto part = [&](std::size_t i) {
        const char ch = h[i];
        return ch == ' ' || ch == '(' || ch == ')' || ch == ',' || ch == ':' || ch == '/' ||
               ch == '=';
      };
      while (at < h.size() && part(at)) ++at;
      std::size_t end = at;
      while (end < h.size() && !part(end)) ++end;
      if (end > at) words.push_back(text::to_lower(h.substr(at, end - at)));
      at = end;
    }
    static constexpr std::string_view kTypes[] = {
        "f16",  "fp16", "bf16",  "f32",    "fp32",   "q8_0",     "q4_0",     "q4_1", "q5_0",
        "q5_1", "q8",   "q4",    "iq4_nl", "fp8",    "fp8_e4m3", "fp8_e5m2", "int8", "int4",
        "8bit", "4bit", "8-bit", "4-bit",  "turbo2", "turbo3",   "turbo4"};
    const auto type = [&](std::size_t k) {
      return k < words.size() &&
             std::find(std::begin(kTypes), std::end(kTypes), words[k]) != std::end(kTypes);
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
      const std::string& w = words[i];
      if (w != "kv" && w != "kv-cache" && w != "kvcache" && w != "kv_cache") continue;
      std::size_t after = i + 1;
      if (after < words.size() && words[after] == "cache") ++after;
      if (after < words.size() && (words[after] == "type" || words[after] == "dtype")) ++after;
      if (i > 0 && type(i - 1)) return "kv_cache_type=" + words[i - 1];
      if (type(after)) return "kv_cache_type=" + words[after];
    }
    return {};
  }

  // "#### 7B Model", "6.4.1 Decoding 0.5B": the one size in billions of parameters a heading
  // names (not "per 1B tokens", "7B vs 13B", "from 1B to 70B").
  static std::string size_alone_in(std::string_view h) {
    if (h.find_first_of("bB") == std::string_view::npos) return {};
    // (Words apart by spaces, brackets and CJK text only: "3.1-8B-Instruct" and "Sub-10B" are
    // one word each, no size alone.)
    std::vector<std::string> words;
    for (std::size_t at = 0; at < h.size();) {
      const auto part = [&](std::size_t i) {
        const char ch = h[i];
        return ch == ' ' || ch == '(' || ch == ')' || ch == ',' || ch == ':' ||
               static_cast<unsigned char>(ch) >= 0x80;
      };
      while (at < h.size() && part(at)) ++at;
      std::size_t end = at;
      while (end < h.size() && !part(end)) ++end;
      if (end > at) words.emplace_back(h.substr(at, end - at));
      at = end;
    }
    std::string found;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k];
      if (w.size() < 2 || (w.back() != 'B' && w.back() != 'b') || !detail::names_model_size(w))
        continue;
      if (!found.empty()) return {};
      const std::string next = k + 1 < words.size() ? text::to_lower(words[k + 1]) : "";
      if (next.starts_with("token") || next.starts_with("param") || next.starts_with("sample") ||
          next.starts_with("word") || next.starts_with("byte") || next.starts_with("request") ||
          next.starts_with("draft"))
        return {};
      // ("Payload 512B", "Block size 64B": a size in bytes.)
      const std::string before = k > 0 ? text::to_lower(words[k - 1]) : "";
      for (const std::string_view b : {"payload", "size", "buffer", "message", "file", "block",
                                       "chunk", "packet", "cache", "draft", "drafter", "with"})
        if (before == b) return {};
      found = w;
    }
    return found;
  }

  // The one load a heading names: "Concurrency User 4", "Concurrency 16", "16 concurrent users"
  // (a section number aside: "### 7. Concurrency" names none, nor "Concurrency 1 vs 8").
  static std::string concurrency_in_heading(std::string_view h) {
    std::size_t at = 0;
    while (at < h.size() && (std::isdigit(static_cast<unsigned char>(h[at])) || h[at] == '.'))
      ++at;  // "5.3 " of a numbered section
    if (at > 0 && at < h.size() && h[at] == ' ') h.remove_prefix(at + 1);
    if (!text::icontains(h, "concurren")) return {};
    const auto words = detail::words_of(text::to_lower(h));
    const auto number = [](const std::string& w) {
      return !w.empty() && w.size() <= 5 &&
             std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    std::size_t numbers = 0;
    std::string found;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!number(words[i])) continue;
      ++numbers;
      // Next to the word: "Concurrency 16", "Concurrency User 4", "16 concurrent users".
      const auto concurrency_at = [&](std::size_t k) {
        return k < words.size() && words[k].rfind("concurren", 0) == 0;
      };
      const bool user_between =
          i >= 2 && (words[i - 1] == "user" || words[i - 1] == "users" || words[i - 1] == "level");
      if ((i >= 1 && concurrency_at(i - 1)) || (user_between && concurrency_at(i - 2)) ||
          concurrency_at(i + 1))
        found = words[i];
    }
    if (numbers != 1 || found == "0") return {};  // none, or a range or a comparison
    return found;
  }

  static const HeadingFacts& heading_facts(std::string_view text) {
    thread_local std::unordered_map<std::string, HeadingFacts> memo;
    const std::string key(text);
    if (const auto it = memo.find(key); it != memo.end()) return it->second;
    if (memo.size() > 16384) memo.clear();
    HeadingFacts f;
    f.own = strip_emphasis(text::trim(text));
    f.model = model_in_heading(f.own);
    // "## Model: Mistral (4.1GB)", "## Model: Deepseek-R1 7b (4.7 GB)": a heading that says it
    // names the model names it whole, its file size aside.
    if (f.own.size() > 7 && text::iequals(std::string_view(f.own).substr(0, 6), "model:")) {
      std::string_view named = text::trim(std::string_view(f.own).substr(6));
      if (const auto open = named.rfind(" (");
          open != std::string_view::npos && named.back() == ')')
        named = text::trim(named.substr(0, open));
      if (!named.empty() && named.size() <= 60) f.model = std::string(named);
    }
    f.quant = one_quantization_in(f.own);
    // (A KV cache's precision is no weights': "### q8_0 KV (original env)".)
    f.kv = kv_cache_in_heading(f.own);
    if (!f.kv.empty()) {
      // ("single Vega 56, Q1_0, q4_0 KV": the weights' precision is the other one.)
      const std::string type = f.kv.substr(14);
      std::string low = text::to_lower(f.own);
      if (const auto at = low.find(type);
          at != std::string::npos && low.find(type, at + 1) == std::string::npos) {
        std::string rest = f.own;
        rest.replace(at, type.size(), type.size(), ' ');
        f.quant = one_quantization_in(rest);
      } else if (text::iequals(f.quant, type)) {
        f.quant.clear();
      }
    }
    // ("### Single GPU, 4-bit": the weights' bits, a section's only, below.)
    if (f.quant.empty() && f.own.find("bit") != std::string::npos) {
      std::string bits = detail::quantization_in(f.own);
      if (bits.size() <= 7 && text::icontains(bits, "bit")) f.bits = std::move(bits);
    }
    f.gpu = detail::gpu_named_in(f.own);
    f.concurrency = concurrency_in_heading(f.own);
    if (f.model.empty()) f.size = size_alone_in(f.own);
    f.setup = is_setup_heading(f.own);
    f.variant = detail::variant_word(f.own);
    f.config_heading = detail::is_config_heading(f.own);
    return memo.emplace(key, std::move(f)).first->second;
  }

  // What a column header says, decided once per distinct header text and thread (trees of
  // results repeat the same headers file after file): all of it depends on the text alone.
  struct HeaderFacts {
    std::string stripped;  // without emphasis
    detail::ColumnRole role;
    bool names_unit = false;  // "Unit(s)": the row's unit
    std::string variant, labels, quant, test, backend, agents, model;
    bool foreign = false, quant_own = false, bench_test = false, diff = false;
  };

  static const HeaderFacts& header_facts(const std::string& cell) {
    thread_local std::unordered_map<std::string, HeaderFacts> memo;
    if (const auto it = memo.find(cell); it != memo.end()) return it->second;
    if (memo.size() > 16384) memo.clear();
    HeaderFacts f;
    f.stripped = strip_emphasis(cell);
    const std::string& h = f.stripped;
    f.role = detail::column_role(h);
    const std::string low = text::to_lower(h);
    f.names_unit = low == "unit" || low == "units";
    f.variant = detail::variant_word(h);
    f.labels = detail::header_labels(h);
    // "TR134 (Q4_K_M)": the study the column's figures come from, beside its own labels.
    const auto id = detail::source_id_in(h);
    f.foreign = !id.empty() || cites_a_report(h);
    if (!id.empty()) f.labels = id + (f.labels.empty() ? "" : " " + f.labels);
    // "TR127 Mean (ms)" beside "TR128 Mean (ms)": each study's figures under its id.
    if (id.empty()) {
      if (auto lead = detail::leading_study_id(h); !lead.empty())
        f.labels = lead + (f.labels.empty() ? "" : " " + f.labels);
    }
    // "Phase 2 (N=270, 30 reps)": the phase of the study its figures were measured in.
    if (auto phase = detail::phase_in(h); !phase.empty() && id.empty())
      f.labels = phase + (f.labels.empty() ? "" : " " + f.labels);
    f.quant = detail::quantization_in(h);  // "AWQ Ratio"
    // The column's own precision ("FP16 Composite"), not one compared with ("Delta vs FP16").
    f.quant_own = !f.quant.empty() && !compares(h);
    f.test = detail::benchmark_in(h);  // "HellaSwag (n=100)"
    // "| version | pp512 | tg128 |": each column a llama-bench test, its cells in tok/s.
    if (auto test = detail::bench_test_id(h); !test.empty()) {
      f.test = std::move(test);
      f.labels.clear();
      f.bench_test = true;
    } else if (auto named = test_in_phase_header(h); !named.empty()) {
      f.test = std::move(named);  // "Prompt (pp512)", "Generation (tg128)": the same, named
      f.labels.clear();
      f.bench_test = true;
    } else if (auto rated = test_with_rate_unit(h); !rated.empty()) {
      f.test = std::move(rated);  // "pp512 (tok/s)": the same, with its unit
      f.labels.clear();
      f.bench_test = true;
    }
    // "MMLU - ARC (pp)": the difference of two benchmarks' scores, of neither.
    f.diff = names_a_difference(h);
    if (f.diff) f.test.clear();
    f.backend = detail::engine_in(h);  // "vLLM tok/s"
    f.agents = detail::agents_in(h);   // "eta(5)"
    f.model = model_in_heading(h);     // "qwen2.5-0.5b (ms)"
    return memo.emplace(cell, std::move(f)).first->second;
  }

  // "| GPUs Available | 2 x L40S |", "| Model Name | granite-3.3-8b |" of a set-up table before
  // any result (or in a set-up section): the document's machine and model, as a "**GPU:**" line.
  void setup_row(const std::string& label, std::string value, std::size_t number) {
    // ("PrismML llama.cpp prebuilt b9596-9fcaed763, `bin-ubuntu-vulkan-x64` — no compiling": a long
    // value by its first part.)
    if (value.size() > 80)
      if (const auto cut = value.find(", "); cut <= 80)  // (not npos)
        value.resize(cut);
    if (value.empty() || value.size() > 80) return;
    if (results_before_table_ && !setup_section_) return;
    // "| Concurrency | 1 |" in the document's set-up: the load of its figures.
    if (detail::is_number_cell(value)) {
      if (settings_tables_ == 1 && document_.concurrency.empty() &&
          text::iequals(text::trim(label), "concurrency") && numeric::parse_cell(value))
        document_.concurrency = std::string(text::trim(value));
      // "| Rate | 1.0 req/sec |" (GuideLLM's constant rate): the load of its figures.
      if (const auto parsed = numeric::parse_cell(value);
          settings_tables_ == 1 && document_.rate.empty() && parsed && in_a_setup_section() &&
          (text::iequals(text::trim(label), "rate") ||
           text::iequals(text::trim(label), "request rate")) &&
          (parsed->suffix.empty() || metrics::parse_unit(parsed->suffix) == "req/s"))
        document_.rate =
            std::string(text::trim(value.substr(0, value.find_first_not_of("0123456789.,"))));
      return;
    }
    while (!value.empty() && (value.back() == '.' || value.back() == ' ')) value.pop_back();
    const std::string low = " " + text::to_lower(label) + " ";
    const bool gpu =
        (low.find(" gpu") != std::string::npos || low.find(" accelerator") != std::string::npos) &&
        low.find(" used") == std::string::npos && low.find(" count") == std::string::npos &&
        low.find(" memory") == std::string::npos && low.find(" vram") == std::string::npos &&
        low.find(" util") == std::string::npos && low.find(" driver") == std::string::npos &&
        !detail::classify_cached(label).parameter;  // "GPU Layers": num_gpu
    if (gpu && document_.gpu.empty() && !no_gpu_) {
      // ("NVIDIA GeForce RTX 4080 Laptop GPU (12,282 MB)": the GPU's name, its memory apart.)
      std::string named = detail::gpu_named_in(value);
      document_.gpu = named.empty() ? value : std::move(named);
      document_gpu_line_ = number;
      return;
    }
    // "| **Chip** | Apple M3 Ultra |", "| SoC | RK3588 |": the chip whose GPU ran the figures (the
    // rows above the table too: label_earlier_rows_with_the_documents_gpu).
    if ((low == " chip " || low == " soc ") && document_.gpu.empty() && !no_gpu_) {
      if (auto named = detail::gpu_named_in(value); !named.empty()) {
        document_.gpu = std::move(named);
        document_gpu_line_ = number;
        return;
      }
    }
    // The document's own set-up is its first such table: a later one describes a later part
    // ("17.2 Experimental Design" of a phase run on another engine), not every figure.
    const bool documents_setup = settings_tables_ == 1;
    // "| **SKU** | gb300 only |", "| Platform | 8x H100 |": a machine's name that names its GPU.
    if (documents_setup &&
        (low == " sku " || low == " platform " || low == " hardware " || low == " system ") &&
        document_.gpu.empty() && !no_gpu_) {
      if (auto named = detail::gpu_named_in(value); !named.empty()) {
        document_.gpu = std::move(named);
        document_gpu_line_ = number;
        return;
      }
    }
    // "| **vLLM Version** | 0.18.0 |": the engine whose version the set-up states served it (a
    // client's "| Backend | openai |" names none).
    if (document_.backend.empty() && !results_before_table_ &&
        text::to_lower(label).ends_with(" version") && !names_a_client(value)) {
      document_.backend = detail::serving_engine_in(label.substr(0, label.size() - 8));
      if (!document_.backend.empty()) return;
    }
    std::string* slot = context_slot(document_, label);
    // "| Runtime | PrismML llama.cpp prebuilt b9596 |": the engine a set-up's runtime names (none
    // where it names none: "| Runtime | Python 3.12 |").
    if (!slot && (low == " runtime " || low == " inference engine " || low == " serving engine " ||
                  low == " inference runtime "))
      slot = &document_.backend;
    // "| **Model Root Path** | QuantTrio/Qwen3.5-27B-AWQ |" after the model's name: its weights'
    // quantization.
    if (!document_.model.empty() && document_.quantization.empty() &&
        (slot == &document_.model ||
         (low.find(" model ") != std::string::npos && value.find('/') != std::string::npos)) &&
        !names_another_model(low) && path_of_the_model(value))
      document_.quantization = detail::quantization_in(value);
    // "| **Backend** | TRT-LLM Dynamo, disaggregated serving |": the engine it names (in any
    // set-up table before the first result: "### Hardware" then "### Software").
    // (Only before any result: a study's parts often run on other engines.)
    if (slot == &document_.backend && document_.backend.empty() && !results_before_table_) {
      document_.backend = detail::engine_in(value);
      // ("Ollama v0.20.4": the engine; its version is the machine's, and a second system of the
      // document may run another.)
      if (const auto space = document_.backend.rfind(' '); space != std::string::npos) {
        const std::string_view last = std::string_view(document_.backend).substr(space + 1);
        const std::string_view digits = last.starts_with('v') ? last.substr(1) : last;
        if (!digits.empty() && std::isdigit(static_cast<unsigned char>(digits.front())) &&
            digits.find('.') != std::string_view::npos)
          document_.backend.resize(space);
      }
      return;
    }
    if (slot == &document_.model && document_.model.empty()) {
      // "`Qwen/Qwen3.5-2B` (pinned revision)", "gemma3 (Q4_K_M)": the model, its aside apart.
      if (const auto paren = value.find(" ("); paren != std::string::npos) {
        if (document_.quantization.empty())
          document_.quantization = detail::quantization_in(value.substr(paren));
        value.resize(paren);
      }
      // "C:\Users\...\models\gpt2-5m", "/models/llama/7B": a path, named by its last part.
      if (value.find('\\') != std::string::npos ||
          std::count(value.begin(), value.end(), '/') >= 2) {
        const auto cut = value.find_last_of("/\\");
        value = value.substr(cut + 1);
      }
      if (looks_like_llm(value)) document_.model = value;
    }
    // "| Quant | awq-int4 |": the precision as written (a long description by its format).
    const auto precision = [&] {
      return value.size() <= 24 && value.find(' ') == std::string::npos
                 ? value
                 : detail::quantization_in(value);
    };
    if (slot == &document_.quantization && document_.quantization.empty() && documents_setup) {
      document_.quantization = precision();
    } else if (slot == &document_.quantization && !document_.quantization.empty() &&
               heading_models_.size() > 2) {
      // "## Llama-70B Speed Test" then "### Setup" of "| **Quantization** | NVFP4 (4-bit) |",
      // after the first model's section said MXFP4: the section's model's precision.
      for (std::size_t k = std::min(heading_level_, heading_models_.size() - 1); k >= 2; --k) {
        if (heading_models_[k].empty()) continue;
        if (heading_quants_.size() > k && heading_quants_[k].empty())
          heading_quants_[k] = precision();
        break;
      }
    }
  }

  // "| Model Configuration | Speculative Decoding | Baseline |" over "| **Target Model** |
  // meta-llama/Llama-3.2-3B (28 layers) | meta-llama/Llama-3.2-3B (28 layers) |": the set-ups
  // compared share the model, which is then the document's (before any result only).
  void model_of_compared_setups(std::size_t n, std::size_t number) {
    if (!compared_setups_) return;
    Context probe;
    if (context_slot(probe, stripped_[0]) != &probe.model) return;
    setups_model_row_ = true;  // (a row of the set-ups' model: the table is of set-ups)
    if (!document_.model.empty()) return;
    std::string_view shared;
    for (std::size_t c = 1; c < n; ++c) {
      if (stripped_[c].empty() || detail::is_no_value(stripped_[c])) continue;
      if (!shared.empty() && stripped_[c] != shared) return;
      shared = stripped_[c];
    }
    if (shared.empty() || std::any_of(r_.rows.begin(), r_.rows.end(), [](const auto& row) {
          return row.role == metrics::Role::metric;
        }))
      return;
    const bool was = results_before_table_;
    results_before_table_ = false;
    setup_row(stripped_[0], std::string(shared), number);
    results_before_table_ = was;
  }

  // "| Model Configuration | A | B |", "| Setting | … |": a table of the set-ups compared (when
  // its other columns name no quantity: "| Configuration | VRAM Headroom (%) |" is of results).
  // ("Config ID", "Data Parameter | Value | Units" are none.)
  static bool names_setups(std::string_view header) {
    const auto words = detail::words_of(text::to_lower(header));
    if (words.empty() || words.size() > 3) return false;
    const std::string_view last = words.back();
    // (A bare "| Configuration |" lists the configurations, one per row, whose figures follow.)
    const bool configuration =
        last == "configuration" || last == "configurations" || last == "config";
    return (configuration && words.size() > 1) || last == "setting" || last == "settings" ||
           last == "setup" || last == "parameter" || last == "parameters";
  }
  // A column of such a table: a set-up's name ("Speculative Decoding", "Baseline"), no quantity,
  // unit, context field ("Model", "Quant") or "Value".
  static bool names_a_setup(const std::string& header) {
    const auto& c = detail::classify_cached(header);
    // ("Speculative Decoding": a technique, named as a setting is.)
    if ((c.role != metrics::Role::metric && c.role != metrics::Role::parameter) || c.metric ||
        !c.unit.empty())
      return false;
    Context probe;
    const std::string* slot = context_slot(probe, header);
    return (slot == nullptr || slot == &probe.config) &&  // ("Baseline": a variant, a set-up)
           !names_values(text::to_lower(text::trim(header))) && !text::iequals(header, "units") &&
           !text::iequals(header, "unit") && !text::iequals(header, "status");
  }

  // "0.6.3 (client only, for the benchmark script)": a version of the client, no server's.
  static bool names_a_client(std::string_view value) {
    const std::string low = text::to_lower(value);
    return low.find("client") != std::string::npos || low.find("benchmark") != std::string::npos ||
           low.find("script") != std::string::npos;
  }

  // "Draft Model Path", "Tokenizer Path": a label of another model than the one served.
  static bool names_another_model(const std::string& low_label) {
    for (const std::string_view w :
         {"draft", "speculative", "assistant", "tokenizer", "embedding", "reward", "judge"}) {
      if (low_label.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // "QuantTrio/Qwen3.5-27B-AWQ" after "Qwen3.5-27B": a path whose last part begins with the
  // document's model's name (its own weights).
  bool path_of_the_model(std::string_view value) const {
    const auto slash = value.find_last_of('/');
    std::string_view model = document_.model;
    if (const auto at = model.find_last_of('/'); at != std::string_view::npos)
      model = model.substr(at + 1);
    const std::string_view last = slash == std::string_view::npos ? value : value.substr(slash + 1);
    return !model.empty() &&
           text::iequals(last.substr(0, std::min(last.size(), model.size())), model);
  }

  // A title that names a language runtime ("Python", "Rust") the document's backend is not.
  bool names_another_runtime(const std::string& title) const {
    if (document_.backend.empty()) return false;
    const std::string backend = " " + text::to_lower(document_.backend) + " ";
    for (const auto& w : detail::words_of(text::to_lower(title))) {
      if ((w == "python" || w == "rust") && backend.find(w) == std::string::npos) return true;
    }
    return false;
  }

  // "Canonical mixes (total tokens per request)", "Workload definitions": a table that defines
  // the requests of a workload.
  static bool names_a_workload_definition(const std::string& where) {
    const std::string low = " " + where + " ";
    for (const std::string_view w : {" mix ", " mixes ", " mix:", " mixes:", " mixes (",
                                     "workload definition", "scenario definition"}) {
      if (low.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // A defined request's prompt and output lengths are settings; their total is stated beforehand.
  static void defined_length(MetricRow& row) {
    const std::string_view id = row.metric_id();
    if (id == "input_tokens" || id == "output_tokens") {
      detail::as_setting(row, id == "input_tokens" ? "input_len" : "output_len", false);
    } else if (id == "total_tokens" && row.statistic == "value") {
      row.statistic = "expected";
      row.note = "the length a workload defines, not a measurement";
    }
  }

  // "VRAM (GB)", "GPU Memory", "RAM": a memory named by nothing but the device and its unit.
  static bool names_bare_memory(std::string_view header) {
    std::string word;
    bool bare = true;
    const auto check = [&] {
      static constexpr std::string_view kBare[] = {
          "gpu", "vram", "memory", "mem", "ram", "system",  "host",     "device",
          "gb",  "gib",  "mb",     "mib", "tb",  "unified", "installed"};
      if (!word.empty() && std::find(std::begin(kBare), std::end(kBare), word) == std::end(kBare))
        bare = false;
      word.clear();
    };
    for (const char ch : header) {
      if (std::isalnum(static_cast<unsigned char>(ch)))
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      else
        check();
    }
    check();
    return bare;
  }

  // The heading the current table stands directly under.
  const std::string& own_heading() const {
    for (std::size_t k = headings_.size(); k-- > 2;) {
      if (!headings_[k].empty()) return headings_[k];
    }
    static const std::string none;
    return none;
  }

  FileResult& r_;
  bool text_mode_;
  detail::OllamaVerboseState ollama_;
  detail::VllmConsoleState vllm_;
  bool in_fence_ = false;
  std::size_t unclosed_fence_close_ = 0;  // the blank line closing a fence never closed, or 0
  std::string fence_phase_;  // "TRAINING (LoRA-style)": the block of the fence's report, or
  bool guidellm_fence_ = false;
  std::string prose_line_;                   // the latest prose line outside a fence
  std::size_t prose_line_number_ = 0;        // its number
  std::string colon_line_;                   // the latest line outside a fence that ends with ':'
  std::size_t colon_line_number_ = 0;        // its number
  detail::VllmEngineStatsState vllm_stats_;  // a vLLM server's logged statistics
  detail::NvidiaSmiState nvidia_smi_;        // nvidia-smi's table, printed into the text
  std::string fence_model_;                  // the model the caption right above this fence names
  std::set<std::string> guidellm_none_;      // GuideLLM runs that completed no request
  std::size_t guidellm_placeholders_ = 0;    // the fence holds GuideLLM's log: its tables are read
  std::size_t lines_read_ = 0;      // lines seen by box_or_text_line, a joined one counted once
  std::string command_;             // a command continued over lines ending in '\\'
  int console_summary_lines_ = 0;   // lines after a console table that may hold its totals
  bool fenced_statistics_ = false;  // a fenced "| Statistic | avg |" header is being read
  std::size_t fence_indent_ = 0;    // spaces before the open fence's backticks
  // A fence of a tool's results as a file holds them (```json, ```csv, ```sql, or an untagged one
  // that opens with '{' or '['): its text, what it is, its opening line and the rows before it.
  bool md_vllm_ = false;  // a result block written as a Markdown heading and list is being read
  std::string fence_text_, fence_kind_;
  bool shell_fence_ = false;
  std::string heredoc_end_;  // the word ending a here-document in a shell's fence, while in one  //
                             // the open fence is a shell's (```bash): commands and their output
  bool text_fence_ = false;  // the open fence holds console or plain text (is_text_fence)
  std::size_t fence_line_ = 0, fence_rows_ = 0, fences_read_ = 0;
  std::set<std::string> llmperf_commands_;         // loads named by LLMPerf command lines
  std::map<std::string, std::string> shell_vars_;  // MODEL="..." lines of a shell session
  std::vector<std::string> guidellm_rates_;        // a GuideLLM log's rate=[...] list
  std::size_t constant_rows_ = 0;                  // "constant" rows of the open console table
  bool active_ = false;
  bool label_col_ = false;
  struct {
    bool on = false;   // names_the_test_first: each row read with its first two cells swapped
    std::string test;  // the test of the row before
  } metric_second_;
  bool compared_setups_ = false;
  bool setups_model_row_ = false;   // a row of that table named the set-ups' model  // "| Model
                                    // Configuration | A | B |": the set-ups, one per column
  bool measurement_table_ = false;  // a column numbers the runs or requests: one per row
  struct AlignedBlock {             // figure lines pasted into prose, one after another
    std::size_t last_line = 0;
    std::size_t first_row = 0;              // its first row in r_.rows
    std::string concurrency, quantization;  // from its "Concurrency Level:" line, its caption
  } aligned_;
  std::size_t metric_col_ = std::string::npos;    // a "Metric" column after the first, if any
  std::size_t unit_col_ = std::string::npos;      // a "Unit(s)" column of the current table
  std::size_t provider_col_ = std::string::npos;  // a cloud provider's or instance's column
  std::size_t machine_col_ = std::string::npos;   // a "System" / "Machine" column
  std::string prev_;
  std::vector<std::string> header_;
  std::vector<std::string> where_;  // column c's name in locators (repeated headers numbered)
  std::vector<detail::ColumnRole> roles_;  // what column c holds
  std::vector<bool> col_baseline_;         // column c is a baseline's beside a tuned run's
  bool any_baseline_ = false;
  std::vector<std::string> stripped_;     // the current row's cells, emphasis removed
  std::vector<std::string> col_variant_;  // the variant column c names ("Baseline"), or ""
  std::vector<std::string> col_labels_;   // "N=8" labels in column c's header
  std::vector<bool> col_foreign_;         // column c names another study ("TR108 (Rank 1)")
  std::vector<std::string> col_quant_;    // a quantization column c's header names
  std::vector<std::string> col_test_;     // a benchmark column c's header names
  std::vector<bool> col_bench_test_;      // column c is a llama-bench test's ("pp512")
  std::vector<bool> col_vs_;    // "Chimera vs Baseline" beside both: signed percentages are changes
  std::vector<bool> col_diff_;  // column c holds differences: of two benchmarks, a plan
  std::vector<bool> stat_title_;          // column c names a statistic of the caption's quantity
  std::vector<bool> col_reference_;       // column c holds the reference's figure
  std::vector<bool> col_quant_own_;       // column c's header names its own precision
  std::vector<std::string> col_backend_;  // a serving engine column c's header names
  std::vector<std::string> col_gpu_;      // the accelerator column c's header names alone
  // What the line above said its figures are (a copy: the classification cache may be cleared).
  std::optional<metrics::Classification> values_caption_;
  std::vector<std::string> col_agents_;  // the agents an "eta(5)" column is at
  std::vector<std::string> col_model_;   // the one model column c's header names
  std::vector<std::string> doc_models_;  // models the document named so far (headings, columns)
  std::vector<const metrics::MetricDef*> sibling_;  // metric a bare "p99" column c is of
  std::vector<std::string> sibling_unit_;           // and its unit
  bool amdahl_ = false;             // the table is of Amdahl's law: "s" is its serial fraction
  bool amdahl_document_ = false;    // the document named Amdahl's law above the table
  bool per_mtok_ = false;           // the table's prices are per million tokens
  std::string caption_price_unit_;  // "USD/kreq": what the caption says its dollars buy
  bool spec_table_ = false;         // the table lists hardware and what it has
  bool devices_table_ = false;      // a row per device (a GPU column, no model column)
  bool device_list_table_ = false;  // llama.cpp's SYCL device list
  std::string sycl_index_;          // the SYCL device list's row being read: its device
  bool sycl_level_zero_ = false;    // the SYCL device list named a Level Zero GPU
  std::map<std::string, EngineModel> engine_models_;  // per engine (lower case): its model
  std::size_t document_backends_ = 0;
  bool engine_row_ = false;
  bool engine_quantization_ = false;  // the document's precision is one engine's model's  // the
                                      // current table row's model is its engine section's
  std::vector<std::pair<std::size_t, std::string>>
      level1_starts_;  // first row, title text  // the different backends its "Backend:" labels
                       // named
  bool mix_table_ = false;             // the table defines a workload's requests
  bool other_runtime_ = false;         // its title names a runtime the document's backend is not
  bool parts_table_ = false;           // ... one of a machine's parts ("| Component | Detail |")
  bool settings_table_ = false;        // the table lists a run's set-up, one setting per row
  std::size_t settings_tables_ = 0;    // such tables seen so far
  bool field_table_ = false;           // one headed "| Field | Value |"
  bool results_before_table_ = false;  // a metric row was read before the current table
  std::size_t document_gpu_line_ = 0;  // the line that named the document's GPU
  bool price_table_ = false;           // ... and the table is one of prices
  detail::DocumentConfigs configs_;    // configuration sections and variants
  detail::LlmperfConsoleState llmperf_;
  detail::LlamaTimingsState timings_;
  bool bench_table_ = false;       // the open table is llama-bench's
  detail::BoxTable box_;           // a console table drawn with box characters
  detail::GroupedHeader grouped_;  // a console table's header of column groups
  bool box_row_ = false;           // the line being read stands for a row of one
  struct SpacedTable {             // a table aligned by spaces (aligned_columns)
    std::size_t width = 0;         // its cells per row, while it is open
    std::string header;            // a header line waiting for its first row, as a pipe row
    std::size_t width_pending = 0, header_line = 0;
    bool ruled = false;              // a rule line stood between the header and its first row
    std::vector<std::string> names;  // a pandas header's column names (its index unnamed)
    std::string unbarred;            // the line read, its bars between columns made spaces
    std::size_t second_column = 0;   // where the header's second name starts in its line
  } spaced_;
  bool console_table_ = false;   // the open table is console output (box-drawn or grouped header)
  bool no_gpu_ = false;          // the log said it found no GPU
  bool jain_named_ = false;      // the prose named Jain's fairness index
  bool speedups_named_ = false;  // the prose says its figures are speedups
  bool prompt_table_ = false;    // the open table's rows are prompts' (a "Prompt" column)
  bool other_lead_ = false;      // the section's last lead line names no set-up ("Shopping list:")
  // The processor each CPU section's heading names ("### 3.1 CPU (i5-6200U, ...)"), by its line.
  std::vector<std::pair<std::size_t, std::string>> cpu_devices_;
  std::size_t console_tables_ = 0;  // tables read from box or grouped-header console output
  bool guidellm_console_ = false;   // one of them was GuideLLM's (rows "concurrent@4")
  std::size_t heading_level_ = 0;   // level of the latest heading (0: none yet)
  std::string title_model_named_;   // the model the document's title names, if any
  std::string compared_title_;      // the title, lower-case, where it compares ("vLLM vs SGLang")
  // The rows of the fence closed last (first, end) and its closing line: a note under it may
  // name their machine.
  std::tuple<std::size_t, std::size_t, std::size_t> closed_fence_{};
  bool table_since_heading_ = false;       // a table since the latest heading
  std::optional<bool> list_lead_machine_;  // ... it names a machine's list ("Hardware:")
  // What the own heading says of the lists under it (results; a machine's), by its text.
  std::string lists_heading_;
  std::string lists_section_;
  bool lists_under_results_ = false;
  std::pair<bool, bool> lists_heading_says_{false, false};
  std::string list_lead_;  // the line ending with ':' over the list being read (lower case)
  struct Bullet {          // "- Label: 1.5 unit", as written, with what the headings above it said
    std::string label, value;
    std::string raw;  // the item's text where its value left an aside out, else ""
    std::size_t line = 0;
    std::size_t part = 0;  // of several figures on one item ("6-9GB, 1808 TPS"): which, from 1
    bool foreseen = false;
    bool results = false;  // its heading names results (a list beside tables is read only so)
    bool targets = false;  // ... or its heading or lead names targets, settings, others' figures
    Context context;
  };
  std::vector<Bullet> bullets_;  // kept to the end: all in a note without tables, else some
  std::string bold_lead_;        // the latest line in bold alone since the heading, or ""
  std::string bold_load_;        // ... the latest of those that names a load
  detail::VegetaState vegeta_;
  detail::MlperfSummaryState mlperf_;
  bool eval_rate_defined_ = false;  // the document's rate is eval_count / eval_duration
  std::size_t successes_col_ = std::string::npos;  // "Success" beside "Failed": a count
  std::string spread_definition_;     // the line that says what the document's "±" is, or ""
  std::string lead_quant_;            // the precision the sentence right above the table names
  bool prose_since_heading_ = false;  // a prose line since the latest heading
  std::string vllm_model_;            // the vLLM client's model as last seen
  std::string client_concurrency_;    // a genai-perf/AIPerf command line's --concurrency
  std::size_t vllm_model_level_ = 0;  // heading level it was named under (0: none)
  std::size_t vllm_blocks_at_command_ = 0;  // result blocks read before that command
  std::string section_variant_;             // the variant the last heading names
  std::string table_variant_;               // the variant of the current table's section
  bool titled_ = false;                     // the first level-1 heading was seen
  bool results_title_model_ = false;        // the title's model is of its results' words only
  // The title's level-2 subtitle that names a model: the document's, once the next section shows
  // no figure stood under it.
  struct Subtitle {
    bool seen = false, pending = false;
    std::string model, quant, gpu;
    std::size_t line = 0, rows_at = 0;
  } subtitle_;
  std::string section_load_;  // "* max-concurrency 16" of a section: its blocks' load
  std::size_t section_load_level_ = 0;
  bool plain_console_ = false;       // a serving benchmark's console output pasted outside fences
  detail::TrtllmBenchState trtllm_;  // a trtllm-bench report being read
  detail::ChimeraReportState chimera_;  // a Chimera run's report: its sections read so far
  bool chimera_looked_ = false;         // whether the run's metrics.json was looked for
  struct Device {
    std::string index;  // "0" of "Device 0:" or "ggml_vulkan: 0 ="
    std::string name;
    bool integrated = false;
    std::string compute;  // llama.cpp's compute backend that listed it ("CUDA", "Vulkan"), if known
  };
  std::vector<Device> devices_;    // GPUs named by the log before the next table
  std::string cuda_init_backend_;  // "ROCm" of "ggml_cuda_init: found 1 ROCm devices:"
  std::pair<std::string, std::string> fence_loader_;  // the first loaded model of the fence
  std::string command_model_;            // the model a llama.cpp command in prose named last
  std::size_t command_section_ = 0;      // ... in the section of this count (section_changes_)
  std::string loaded_model_;             // the model llama.cpp's loader named ("general.name")
  std::string loaded_quant_;             // ... and its weights' type ("file type")
  std::vector<std::string> log_errors_;  // the first error lines of a log, as warnings
  std::size_t error_lines_ = 0;
  bool tables_since_devices_ = false;
  bool json_lines_ = false;                 // a log line held a JSON document
  std::string json_block_;                  // a JSON document printed over a log's lines
  std::size_t json_block_line_ = 0;         // ... from this line (0: none open)
  bool json_replay_ = false;                // reading an abandoned block's lines again, as lines
  std::string script_model_;                // the model of a script's "Testing model: X" line
  std::string script_config_;               // a script's "Scenario=serial" of its run line
  std::string script_concurrency_;          // a script's "Concurrency=5" of its run line
  std::string load_line_value_;             // a prose line's "Parallel = 4" (load_line)
  std::vector<std::string> col_in_flight_;  // requests in flight a column names (empty: none)
  std::size_t load_line_number_ = 0;
  struct SweepPoint {  // a sweep's progress line: "Q2_K  ctx=256  trial=1"
    std::string config, quantization;
    bool per_trial = false;  // it names the repetition: its figures are samples
    bool announced = false;  // per_trial comes from a "Run 2/3" line, until a blank line
    std::string repetition;  // "round=2" of "Round 2/3:", while announced
  } sweep_;
  std::string tag_line_;           // "[Cold start] X: 3 ms" read as "Cold start: 3 ms"
  detail::MlxGenerateState mlx_;   // MLX-LM's statistics blocks
  detail::GoBenchState go_bench_;  // Go's benchmark output
  // "Decode = steady-state single-stream tok/s.": columns the prose above a table defines.
  std::vector<std::pair<std::string, std::string>> column_units_;
  std::size_t column_units_line_ = 0;
  std::vector<std::pair<std::string, std::string>> legend_units_;  // ("FTL", "ms") of a legend
  std::size_t legend_line_ = 0;                                    // the line of its last item
  std::size_t note_end_line_ = 0;            // the last line of the table just ended
  bool llama_bench_table_ = false;           // a table with llama-bench's "test" and "t/s" columns
  Context document_;                         // labels stated by "**Model:** ..." lines
  std::string section_;                      // the open headings, level 2 down to the last
  std::size_t section_changes_ = 0;          // how often section_ was set
  std::vector<std::string> headings_;        // the open heading of each level
  std::vector<std::string> heading_models_;  // the model each open heading level names
  // The document's first line while it may be a title underlined with '=' (state 1), then 2.
  int setext_title_state_ = 0;
  std::string setext_title_;
  std::size_t setext_title_number_ = 0;
  bool setext_heading_ = false;            // the title is being read as the heading it is
  std::vector<std::string> heading_gpus_;  // the accelerator each open heading level names
  // A console captured at a fixed width (unwrap): its width, the lines each table line takes, the
  // line being joined.
  std::size_t wrap_width_ = 0, wrap_parts_ = 0, wrap_line_number_ = 0, wrap_pending_number_ = 0;
  std::string wrap_line_, wrap_pending_;
  bool unwrapping_ = false;
  // From which line on the open headings name which accelerator ("" = none), in line order.
  std::vector<std::pair<std::size_t, std::string>> gpu_spans_{{0, std::string()}};
  std::string heading_gpu_given_;              // the accelerator a heading gave a client command
  std::vector<std::string> heading_loads_;     // the concurrency each open heading level names
  std::vector<std::string> heading_settings_;  // "Number of GPUs=2": a labelled heading's setting
  std::vector<std::string> heading_quants_;    // the quantization each open heading level names
  std::string first_label_;                    // the current table's last first-column label
  // A column of figures whatever its header's name would make them: one compute backend's
  // compared ("ROCm" beside "Vulkan"), a programming language's score ("C" beside "Python").
  std::vector<bool> figure_col_;
  std::string group_model_;  // the model a group row above names ("| **gpt-oss-120b** |")
  std::string group_phase_;  // the phase a group row above names ("| **Prompt Processing** |")
  std::string late_gpu_;  // the machine a run's context after the results names ("GPU/Chip: …")
  std::size_t late_gpu_line_ = 0;
  bool late_gpu_conflict_ = false;    // ... and another after it
  std::string group_load_;            // the load a group row above names ("| **Batch 8** |")
  std::string group_gpu_;             // the GPU a group row above names ("| **RTX 4090** |")
  std::string group_quant_;           // the precision a group row above names ("| **Q8_0** |")
  std::string caption_model_;         // the one model the current table's caption names
  std::string caption_gpu_;           // the one accelerator the current table's caption names
  bool preamble_seen_prose_ = false;  // the preamble's first sentence read (prose_model)
  struct SummarySpan {
    std::size_t first = 0, end = 0;  // its heading's line, the next heading's (0: none yet)
    std::string model;               // the model it took from the heading above
  };
  std::vector<SummarySpan> summaries_;    // see models_of_summaries()
  std::size_t labelled_models_ = 0;       // "### Model: X" headings read
  std::size_t labelled_model_level_ = 0;  // the level of the last "### Model: X" heading, or 0
  Context setup_row_;           // the model and GPU a set-up section's table's first row names
  bool machine_title_ = false;  // the last "=== … ===" title names a machine ("Hardware Summary")
  std::string smi_gpu_;  // the GPU an nvidia-smi table showed for its section (gpu_shown_by_…)
  std::size_t smi_gpu_level_ = 0, smi_gpu_table_ = 0, smi_gpu_count_ = 0;
  std::string smi_gpu_shown_;  // the section's GPU as written ("4x NVIDIA H100 80GB")
  std::string caption_quant_;  // ... and its quantization, where it names one
  std::pair<std::size_t, std::size_t> note_rows_;  // the rows of the table just ended
  int note_lines_ = 0;                             // text lines after it that may still be its note
  std::string caption_;  // a bold caption line, for the table right below it
  std::size_t caption_line_ = 0;
  std::pair<std::string, std::size_t> time_real_;  // `time`'s "real" figure and its line
  std::string model_line_model_;                   // the model of the last "**Model:** X" line
  std::size_t model_line_number_ = 0;
  std::string table_section_;  // heading (and caption) of the current table
  std::string table_caption_;  // the caption line right above the current table, or ""
  std::string settings_;       // the last "Test Configuration: k=v, ..." line
  std::size_t settings_line_ = 0;
  std::size_t code_settings_section_ = 0;  // 1 + the section a line of code settings stood in
  std::string table_settings_;             // those settings, when the line is right above the table
  std::string dataset_;                    // the last "**Dataset:** WikiText-2 test" line
  std::size_t dataset_line_ = 0;
  Context keyed_;                  // what a key-value table's own rows say its figures are of
  std::string run_label_;          // "Variable-length Inductor run": the run of the tables below it
  std::string table_dataset_;      // that dataset, when the line is right above the table
  std::string table_concurrency_;  // slots its heading or caption names ("NP=4")
  std::string table_rate_;         // the request rate its caption names ("at 0.37 rps")
  std::vector<std::string> col_rate_;  // the request rate each column's header names
  std::string listed_concurrency_;     // a set-up list's "- Concurrent Requests: 256"
  std::size_t listed_concurrency_line_ = 0;
  bool matrix_ = false;       // a blank corner cell: maybe a matrix of pairs
  bool correlation_ = false;  // the table's heading or caption says correlations
  enum class TitleUse { none, caption, caption_or_heading };
  std::vector<TitleUse> title_use_;  // what column c may take from the table's titles
  std::vector<bool> price_col_;      // column c holds prices of a price table
  std::string prose_quantity_;       // what a lead-in sentence with a unit names (no caption)
  std::string caption_quantity_, heading_quantity_;  // what the caption and the heading name
  // A variant's column named by a setting (configurations_compared).
  std::vector<bool> variant_col_;
  std::string row_statistic_;
  std::string row_stat_metric_;  // the metric an "Average TTFT" row label names, or ""  // the
                                 // statistic the current table row's label names ("p95"), or ""
  std::string title_rate_, title_rate_title_;      // rate_named_by_title
  std::string title_timing_, title_timing_title_;  // timing_named_by_title
  bool titles_read_ = false;                       // read_titles
  std::size_t n_col_ = std::string::npos;          // an "N" column
  std::size_t table_first_row_ = 0;                // the first of the current table's rows
  std::size_t table_line_ = 0;                     // the line of its header
  bool preamble_ = true;                           // before the first table and the first section
  bool before_first_table_ = true;
  bool illustrative_ = false;       // the open table's figures are illustrative, made up
  bool reading_guide_ = false;      // the open table tells the reader how long to read
  bool gate_table_ = false;         // the open table lists bars to meet, not measurements
  bool labels_an_absence_ = false;  // its first column names what each row left out
  std::size_t setup_level_ = 0;     // the level of the heading that opened the set-up section
  bool setup_section_ = false;  // the open section describes the set-up ("Benchmark Configuration")
  // ... or a bold lead in it does, over its list ("**Test Environment**:").
  bool setup_lead_ = false;
  bool content_since_heading_ = true;  // a line other than a heading since the last heading
  // Leading length columns taken as settings, with their roles before (until the first row).
  std::vector<std::pair<std::size_t, detail::ColumnRole>> length_cols_;
  std::string banner_model_, banner_quant_;           // a run banner's ("==> qwen3-06b / Q3_K_L")
  const metrics::MetricDef* title_metric_ = nullptr;  // a "=== TTFT DISTRIBUTION ===" title's
  bool quoted_line_ = false;  // the current line was a block quote's ("> ...")
  int line_depth_ = 0;        // line() within line(): a line fed again
  struct DepthGuard {
    int& depth;
    explicit DepthGuard(int& d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;
  };
  bool quoted_fence_ = false;  // the open fence was opened inside a block quote
  std::string title_model_;    // the model a "=== ... ===" title names
  std::string note_title_;     // a text file's last "# ..." title line (no "key: value")
  std::string hash_banner_;    // a log's last "##### label #####" banner, its runs' label
  std::string short_line_;     // the latest short line alone ("With LMCache")
  std::size_t short_line_number_ = 0;
  std::string block_label_;  // ... when a result block's banner followed it closely
  // "====" / "📊 SkipLLaMA Benchmark Results" / "====": a title framed by rules.
  std::size_t rule_line_ = 0, framed_line_ = 0;
  std::string framed_;
  // "⚡ Time to First Token:" over "   P50: 0.626s": the quantity of the statistics below it.
  std::string stat_label_;
  std::size_t stat_label_line_ = 0;
  std::size_t line_first_row_ = 0;  // the first row of the table line read last
  // The rows of each line of the current table, with the line's note ("Notes=4090 only").
  std::vector<std::tuple<std::size_t, std::size_t, std::string>> line_notes_;
  std::string pending_note_;  // the note of the line read last, its rows not all emitted yet
  std::vector<std::string> heading_backends_;  // per level: a heading that names an engine alone
  std::vector<std::string> heading_computes_;  // per level: llama.cpp's compute backend a heading
                                               // names beside its device
  std::vector<std::string> sibling_gpus_;  // per level: an empty section's GPU, for its siblings
  bool model_section_ = false;             // the open section says which model ran ("## Model")
  std::string text_heading_;  // a text file's "### ..." line, a heading if a table follows
  std::size_t text_heading_line_ = 0;
  bool overview_section_ = false;  // the open section, before any table, is the document's summary
  std::size_t table_ = 0, row_ = 0;
};

}  // namespace

namespace {

// "gpt-4o-mini", "gemini-2.5-flash", "claude-3-5-sonnet": a model only its vendor's cloud serves
// (not "gpt-oss", "gpt2", "gemma": open weights a machine runs).
bool names_a_hosted_model(std::string_view model) {
  // (Runs for every row with a model and a GPU: one look at the first letter first.)
  const char first = static_cast<char>(std::tolower(static_cast<unsigned char>(model.front())));
  if (first != 'g' && first != 'c') return false;
  const std::string low = text::to_lower(model);
  if (low.starts_with("gpt-oss") || low.starts_with("gpt-j") || low.starts_with("gpt-neo"))
    return false;
  return low.starts_with("gpt-4") || low.starts_with("gpt-3.5") || low.starts_with("gpt-5") ||
         low.starts_with("claude") || low.starts_with("gemini");
}

// A comparison of a local model with cloud APIs ("| OpenAI (クラウド) | gpt-4o-mini | 1.717秒 |"
// under a note on a local RTX 4060 Ti): the APIs' figures did not run on the document's GPU.
void hosted_models_ran_elsewhere(MetricRows& rows) {
  for (auto& row : rows) {
    if (row.context.gpu.empty() || row.context.model.empty() ||
        !names_a_hosted_model(row.context.model))
      continue;
    row.context.gpu.clear();
    detail::add_note(row, "a hosted API's model: the document's GPU is not where it ran");
  }
}

}  // namespace

namespace {

// The first blank line after the last code fence a document opens and never closes (its fences
// counted as CommonMark does: an odd count leaves one open to the end), or 0 when every fence
// closes. (One pass over the lines; most documents have few fences.)
std::size_t unclosed_fence_close(std::string_view text) {
  // (A first count of the fences at a line's start: an even count, most documents, closes them
  // all; an odd one, or fences indented or of tildes, are looked at line by line.)
  // (One look for each backtick: a fence's first one stands at its line's start, after up to
  // three spaces.)
  std::size_t fences = 0;
  for (auto at = text.find('`'); at != std::string_view::npos; at = text.find('`', at + 1)) {
    std::size_t b = at;
    while (b > 0 && text[b - 1] == ' ' && at - b < 3) --b;
    if ((b == 0 || text[b - 1] == '\n') && text.substr(at, 3) == "```") {
      ++fences;
      at = text.find('\n', at);  // (the rest of the fence's line: its info string)
      if (at == std::string_view::npos) break;
    }
  }
  if (fences % 2 == 0 && text.find("~~~") == std::string_view::npos) return 0;
  text::LineCursor lines(text);
  bool open = false;
  std::size_t blank_after_open = 0;
  while (auto l = lines.next()) {
    if (is_fence_line(*l)) {
      open = !open;
      blank_after_open = 0;
    } else if (open && blank_after_open == 0 && text::trim(*l).empty()) {
      blank_after_open = lines.line_number();
    }
  }
  return open ? blank_after_open : 0;
}

}  // namespace

void harvest_markdown(std::string_view text, FileResult& r) {
  MarkdownHarvester h(r, false);
  h.close_unclosed_fence_at(unclosed_fence_close(text));
  // A note that pastes a serving benchmark's console output as plain lines (no fence): its
  // result blocks, and the arguments before them, are read as in a fence. (One look per file.)
  if (text.find("Serving Benchmark Result") != std::string_view::npos ||
      text.find("= PERFORMANCE OVERVIEW") != std::string_view::npos)
    h.read_plain_console();
  text::LineCursor lines(text);
  std::string section;  // the headings the line stands under (copied when they change)
  std::size_t seen = 0;
  while (auto l = lines.next()) {
    const std::size_t before = r.rows.size();
    if (h.section_changes() != seen) {
      seen = h.section_changes();
      section.assign(h.section());
    }
    h.line(*l, lines.line_number());
    // A figure a line reader took from a console block or a labelled line (Ollama's "eval rate",
    // a vLLM result) stands in its section as a table's figures do.
    if (r.rows.size() > before && !section.empty()) {
      for (std::size_t i = before; i < r.rows.size(); ++i)
        if (r.rows[i].context.section.empty()) r.rows[i].context.section.assign(section);
    }
  }
  h.finish();
  hosted_models_ran_elsewhere(r.rows);
}

namespace {

// "# WARM UP", "# REAL MEASUREMENT": a text note's comment line in capitals alone, the name of
// the part below it (its runs told apart); "" for any other line.
std::string_view capital_comment(std::string_view l) {
  if (l.size() < 5 || l.size() > 48 || l[0] != '#' || l[1] != ' ') return {};
  const std::string_view t = text::trim(l.substr(2));
  bool letter = false;
  for (const char c : t) {
    if (c >= 'A' && c <= 'Z') {
      letter = true;
    } else if (!(c == ' ' || c == '-' || c == '_' || (c >= '0' && c <= '9'))) {
      return {};
    }
  }
  return letter && t.size() >= 3 ? t : std::string_view();
}

}  // namespace

void harvest_text(std::string_view text, FileResult& r) {
  MarkdownHarvester h(r, true);
  text::LineCursor lines(text);
  std::string part;  // the capital comment the lines stand under
  while (auto l = lines.next()) {
    const std::size_t before = r.rows.size();
    h.line(*l, lines.line_number());
    if (l->size() > 4 && l->front() == '#')
      if (const auto c = capital_comment(*l); !c.empty()) part.assign(c);
    if (!part.empty()) {
      for (std::size_t i = before; i < r.rows.size(); ++i) {
        std::string& section = r.rows[i].context.section;
        if (section.empty())
          section = part;
        else if (!section.ends_with(part))
          section += " / " + part;  // (under the note's title: "GenAI-Perf Tool / WARM UP")
      }
    }
  }
  h.finish();
}

}  // namespace chimera::ingest
