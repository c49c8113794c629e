#pragma once
// Self-contained HTML reports: one file, no network access, no external scripts or fonts. Charts
// are inline SVG drawn here; tables sort on a click through a few lines of inline script.
// Everything that came from outside (file names, model output, server messages, option values)
// goes through esc(): it can only ever appear as text.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chimera::report::html {

// Escapes &, <, >, " and ' (text and attribute safe); control characters other than newline and
// tab become U+FFFD, so nothing can open a tag, end an attribute or smuggle a script.
std::string esc(std::string_view s);

struct Series {
  std::string name;
  std::vector<std::pair<double, double>> points;  // (x, y), drawn in x order
};

// A reference line across a chart: an SLO bound (axis 'y') or a marked x such as the knee.
struct RefLine {
  char axis = 'y';
  double value = 0;
  std::string label;
};
struct LineOptions {
  bool log_x = false;  // x on a log scale, ticked at the measured x values
  std::vector<RefLine> lines;
};

// Every chart is an <svg class="chart" data-chart="ID"> with a <title>; points carry tooltips.
// Axes tick in 1-2-5 steps (whole numbers when every x is one), y goes to a log scale when the
// values span two decades, each series has its own colour, dash and marker, and the legend sits
// between the title and the plot.
std::string line_chart(const std::string& id, const std::string& title, const std::string& x_label,
                       const std::string& y_label, const std::vector<Series>& series,
                       const LineOptions& options = {});
// Empirical CDFs of samples, one line per set.
std::string cdf_chart(const std::string& id, const std::string& title, const std::string& x_label,
                      const std::vector<std::pair<std::string, std::vector<double>>>& sets);
struct Bar {
  std::string label;
  double value = 0;
  std::optional<std::pair<double, double>> interval;  // error bar (e.g. 95 % CI)
  int group = 0;                                      // colour (0 baseline, 1 tuned, ...)
};
std::string bar_chart(const std::string& id, const std::string& title, const std::string& y_label,
                      const std::vector<Bar>& bars);
// A grid of cells coloured by value (absent: hatched "n/a").
std::string heat_map(const std::string& id, const std::string& title, const std::string& x_label,
                     const std::string& y_label, const std::vector<std::string>& xs,
                     const std::vector<std::string>& ys,
                     const std::vector<std::vector<std::optional<double>>>& values,
                     const std::string& value_label, bool higher_is_better);
struct Dot {
  std::string label;
  double x = 0, y = 0;
  bool highlight = false;  // e.g. on the Pareto front
};
std::string scatter(const std::string& id, const std::string& title, const std::string& x_label,
                    const std::string& y_label, const std::vector<Dot>& dots,
                    const std::string& highlight_name);
struct Segment {
  std::string label;
  double start_s = 0, end_s = 0;
  int kind = 0;  // colour
};
struct Lane {
  std::string name;
  std::vector<Segment> segments;
};
std::string timeline(const std::string& id, const std::string& title,
                     const std::vector<Lane>& lanes, const std::vector<std::string>& kind_names);

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // plain text cells (escaped when rendered)
  std::vector<bool> numeric;                   // per column: right-aligned, sorted as numbers
};
std::string table(const Table& t);

// A page: title, sections in order, an environment block and the metric definitions.
class Page {
 public:
  explicit Page(std::string title);
  void section(const std::string& heading, const std::string& inner_html);
  void section_with_id(const std::string& id, const std::string& heading,
                       const std::string& inner_html);  // a section links can point at
  void paragraph(const std::string& text);  // escaped text in its own section-less paragraph
  void environment(const std::vector<std::pair<std::string, std::string>>& facts);
  void definitions(const std::vector<std::pair<std::string, std::string>>& defs);
  // Another page's sections as one article of this one (a dashboard), under `heading`, reachable
  // at #anchor and linking back to #contents.
  void include(const std::string& anchor, const std::string& heading, const Page& other);
  const std::string& title() const { return title_; }
  std::string finish() const;

 private:
  std::string title_, body_;
};

// Escaped text as a paragraph, and as preformatted text (model output).
std::string p(const std::string& text);
std::string pre(const std::string& text);

}  // namespace chimera::report::html
